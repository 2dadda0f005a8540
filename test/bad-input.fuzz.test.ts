// Bad input gets a clear answer, never a 500 (issue 12 §4): generated input, at least 1,000
// cases per surface, on a real database. Each property says what must hold for every input,
// so a failure prints the smallest input that breaks it and the seed to replay it with
// (`fc.assert(…, { seed, path })`).
//
// - the intake API's route handlers, called as functions with generated bodies: never 5xx; a
//   4xx names fields; whatever they store is printable;
// - the name, email and date rules: never throw; what they accept is printable, and the
//   database stores it unchanged;
// - the sign-in and account set-up forms' schemas, and the sign-in action itself: a form error
//   or a redirect, never anything thrown.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as postQtsAward } from "@/app/api/v1/qts-awards/route";
import { POST as postTrnToken } from "@/app/api/v1/trn-tokens/route";
import { requestSignIn } from "@/app/(identity)/sign-in/actions";
import { API_BODY_LIMIT_BYTES } from "@/lib/http/body";
import { createApiKey } from "@/lib/identity/api-keys";
import { accountNameSchema, newEmailSchema, recordNameSchema } from "@/lib/validation/account";
import { qtsAwardSchema } from "@/lib/validation/api";
import { dateOfBirthField } from "@/lib/validation/date-input";
import { email, isoDate, isoDateOfBirth, name, optionalName, personalEmail } from "@/lib/validation/primitives";
import { codeSchema, confirmEmailSchema, mobileSchema, nameSchema, newLinkSchema, otherEmailSchema } from "@/lib/validation/registration";
import { signInSchema } from "@/lib/validation/sign-in";
import { addStaffSchema } from "@/lib/validation/support";
import { useTestDatabase } from "@/test/database";
import { nextControlFlow, request as nextRequest } from "@/test/next-request";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeadersMock);

const database = useTestDatabase();
const RUNS = 1_000;
// Each property took 1–12 s on two cores at load 10; the bound leaves room for a database-heavy
// file running beside it (7× slower seen), where a timeout would be a false alarm.
const FUZZ_TIMEOUT_MS = 120_000;

// What must never be stored: the same rules stated independently of lib/validation.
const NOT_IN_A_NAME = /[\p{Cc}\p{Cs}\u2028\u2029\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{10fffe}\u{10ffff}]/u;
const SHOWS = /[^\s\p{Cf}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0\u2800]/u;
const NOT_IN_AN_EMAIL = /[\s\p{C}]/u;
const isPrintableName = (value: unknown) => typeof value === "string" && !NOT_IN_A_NAME.test(value) && SHOWS.test(value);
const isPlainEmail = (value: unknown) => typeof value === "string" && !NOT_IN_AN_EMAIL.test(value) && value.includes("@");

// ---- generators ----

const TROUBLE = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\b",
  "\t",
  "\n",
  "\r",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u009b",
  "\u00ad",
  "\u034f",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u2028",
  "\u2029",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2060",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\ufeff",
  "\ufffd",
  "\ud800",
  "\udfff",
  "\ufdd0",
  "\ufffe",
  "\uffff",
  "\u{1fffe}",
  "\u{10ffff}",
  "\u0301",
  "\u3164",
  "%00",
  "%C0%AE",
  "\\",
  "'",
  '"',
  "<",
  ">",
  "@",
  " ",
  ".",
  "-",
  "😀",
  "é",
];
const troubleChar = fc.constantFrom(...TROUBLE);

/** A plausible value with trouble put in at random places. */
const spoiled = (plausible: fc.Arbitrary<string>) =>
  fc.tuple(plausible, fc.array(fc.tuple(troubleChar, fc.nat()), { minLength: 1, maxLength: 4 })).map(([value, inserts]) =>
    inserts.reduce((text, [char, at]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + char + text.slice(i);
    }, value),
  );

const NAMES = ["Nia", "Siân", "O’Brien", "Llewellyn-Jones", "José María", "王秀英", "محمد", "Zoë"];
const EMAILS = ["nia.adeyemi@example.com", "Ola.Nowak@Example.COM", "o'brien+aytq@school.example.co.uk", "office@example.com"];

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: troubleChar, maxLength: 8 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  spoiled(fc.constantFrom(...NAMES, ...EMAILS, "1996-05-14", "4000001", "07700 900111", "123456")),
  fc.constantFrom("", " ", "x".repeat(400), "null", "0"),
);
const spoiledName = fc.oneof({ weight: 4, arbitrary: spoiled(fc.constantFrom(...NAMES)) }, { weight: 1, arbitrary: text });
const spoiledEmail = fc.oneof({ weight: 4, arbitrary: spoiled(fc.constantFrom(...EMAILS)) }, { weight: 1, arbitrary: text });
const nameText = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: spoiled(fc.constantFrom(...NAMES)) },
  { weight: 2, arbitrary: text },
);
const emailText = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...EMAILS) },
  { weight: 3, arbitrary: spoiled(fc.constantFrom(...EMAILS)) },
  { weight: 2, arbitrary: text },
);

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Dates that may be real, unreal, ancient, in the future or malformed. */
const dateText = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.date({ min: new Date("1880-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  text,
);

/** Any JSON value a client could send in a field's place. */
const jsonValue = fc.jsonValue({ maxDepth: 2 });
const field = (plausible: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 6, arbitrary: plausible }, { weight: 1, arbitrary: jsonValue }, { weight: 1, arbitrary: fc.constantFrom(null, 0, true, [], {}) });

const TRNS = ["4200001", "4200002", "4200003"];
const FIELDS = ["trn", "firstName", "middleName", "lastName", "dateOfBirth", "email", "mobile", "qtsAwardedOn", "favouriteColour"] as const;
/** What a field may be spoiled with: trouble in the right kind of value, or any value at all. */
const spoilers: Record<(typeof FIELDS)[number], fc.Arbitrary<unknown>> = {
  trn: field(text),
  firstName: field(spoiledName),
  middleName: field(fc.oneof(spoiledName, fc.constant(null))),
  lastName: field(spoiledName),
  dateOfBirth: field(dateText),
  email: field(spoiledEmail),
  mobile: field(text),
  qtsAwardedOn: field(dateText),
  favouriteColour: text,
};
const LEFT_OUT = Symbol("left out");
/** A plausible award with one to three fields spoiled, missing or added; now and then none. */
const awardBody = fc
  .tuple(
    fc.record({
      trn: fc.constantFrom(...TRNS),
      firstName: fc.constantFrom(...NAMES),
      middleName: fc.constantFrom(null, "Ann"),
      lastName: fc.constantFrom(...NAMES),
      dateOfBirth: fc.constantFrom("1996-05-14", "1970-01-01"),
      email: fc.constantFrom(...EMAILS),
      mobile: fc.constantFrom("07700 900111", null),
      qtsAwardedOn: fc.constant("2026-11-01"),
    }),
    fc.oneof(
      // Few untouched: an accepted award costs a transaction, and refusals are what is probed.
      { weight: 1, arbitrary: fc.constant([] as [string, unknown][]) },
      {
        weight: 60,
        arbitrary: fc.array(
          fc.constantFrom(...FIELDS).chain((name) => fc.tuple(fc.constant(name), fc.option(spoilers[name], { freq: 8, nil: LEFT_OUT }))),
          { minLength: 1, maxLength: 3 },
        ),
      },
    ),
  )
  .map(([plausible, changes]) => {
    const body: Record<string, unknown> = { ...plausible };
    for (const [name, value] of changes) {
      if (value === LEFT_OUT) delete body[name];
      else body[name] = value;
    }
    return body;
  });
const tokenBody = fc.record({ trn: field(fc.oneof(fc.constantFrom(...TRNS), text)), email: field(emailText), extra: text }, { requiredKeys: [] });

/** A body as sent: JSON of a plausible shape, any JSON, any text, or more than the limit. */
const rawBody = fc.oneof(
  { weight: 3, arbitrary: awardBody.map((body) => JSON.stringify(body)) },
  { weight: 2, arbitrary: tokenBody.map((body) => JSON.stringify(body)) },
  { weight: 2, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => "[".repeat(n * 100)) },
  { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"trn":"4200001"}}', '{"constructor":{"prototype":{}}}', "\ufeff{}", '{"trn":"\\u0000"}') },
  { weight: 1, arbitrary: fc.integer({ min: API_BODY_LIMIT_BYTES - 100, max: API_BODY_LIMIT_BYTES + 100 }).map((n) => `{"trn":"${"9".repeat(n - 10)}"}`) },
);

// ---- the surfaces ----

let apiKey = "";
beforeAll(async () => {
  apiKey = (await createApiKey({ name: "Fuzz", scopes: ["qts-awards:write", "trn-tokens:write"] })).key;
  for (const trn of TRNS.slice(0, 2)) {
    await database.prisma.teachingRecord.create({
      data: { trn, firstName: "Ola", lastName: "Nowak", dateOfBirth: new Date("1990-03-02"), email: "ola.nowak@example.com" },
    });
  }
});

function apiRequest(path: string, body: string) {
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${apiKey}` },
    body,
  });
}

/** A 4xx must say which field was wrong, and why. */
async function expectClearAnswer(response: Response) {
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const answer = await response.json();
  if (response.status >= 400) {
    expect(answer.errors.length).toBeGreaterThan(0);
    for (const error of answer.errors) {
      expect(typeof error.field === "string" && error.field.length > 0).toBe(true);
      expect(typeof error.message === "string" && error.message.length > 0).toBe(true);
    }
  }
  return answer;
}

describe("the intake API, called with generated bodies", { timeout: FUZZ_TIMEOUT_MS }, () => {
  it(`POST /api/v1/qts-awards: ${RUNS} award-shaped bodies, never 5xx, and only printable names stored`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(awardBody, async (body) => {
        const response = await postQtsAward(apiRequest("/api/v1/qts-awards", JSON.stringify(body)));
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const answer = await expectClearAnswer(response);
        if (response.status < 300) {
          const record = await database.prisma.teachingRecord.findUniqueOrThrow({ where: { trn: answer.trn } });
          expect(isPrintableName(record.firstName) && isPrintableName(record.lastName)).toBe(true);
          expect(record.middleName === null || isPrintableName(record.middleName)).toBe(true);
          expect(isPlainEmail(record.email)).toBe(true);
          expect(record.qtsAwardedOn!.getTime()).toBeGreaterThan(record.dateOfBirth.getTime());
        }
      }),
      { numRuns: RUNS },
    );
    // The generator reaches both sides: accepted awards and refused ones.
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
    expect(statuses.get(400)).toBeGreaterThan(RUNS / 4);
  });

  it(`POST /api/v1/trn-tokens: ${RUNS} token-shaped bodies, never 5xx, one live link per TRN`, async () => {
    await fc.assert(
      fc.asyncProperty(tokenBody, async (body) => {
        await expectClearAnswer(await postTrnToken(apiRequest("/api/v1/trn-tokens", JSON.stringify(body))));
      }),
      { numRuns: RUNS },
    );
    for (const trn of TRNS) {
      expect(await database.prisma.invitation.count({ where: { trn, revokedAt: null, usedAt: null } })).toBeLessThanOrEqual(1);
    }
  });

  it(`both routes: ${RUNS} raw bodies (any JSON, any text, deep nesting, around 64 KB), never 5xx; 413 only over the limit`, async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, fc.constantFrom("qts-awards", "trn-tokens"), async (body, route) => {
        const post = route === "qts-awards" ? postQtsAward : postTrnToken;
        const response = await post(apiRequest(`/api/v1/${route}`, body));
        await expectClearAnswer(response);
        expect(response.status === 413).toBe(Buffer.byteLength(body) > API_BODY_LIMIT_BYTES);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the name, email and date rules", { timeout: FUZZ_TIMEOUT_MS }, () => {
  it(`${RUNS} names and emails: never throw; what is accepted is printable and stored unchanged`, async () => {
    const rules = { firstName: name("first name"), middleName: optionalName("middle name"), email, personalEmail };
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(nameText, nameText, emailText, async (first, middle, address) => {
        const firstName = rules.firstName.safeParse(first);
        const middleName = rules.middleName.safeParse(middle);
        const parsedEmail = rules.email.safeParse(address);
        const personal = rules.personalEmail.safeParse(address);
        for (const result of [firstName, middleName, parsedEmail, personal]) {
          if (!result.success) expect(result.error.issues[0]!.message.length).toBeGreaterThan(0);
        }
        if (firstName.success) expect(isPrintableName(firstName.data)).toBe(true);
        if (middleName.success && middleName.data !== undefined) expect(isPrintableName(middleName.data)).toBe(true);
        if (parsedEmail.success) expect(isPlainEmail(parsedEmail.data)).toBe(true);
        if (personal.success) expect(parsedEmail.success).toBe(true);
        if (!firstName.success || !middleName.success || !parsedEmail.success) return;

        // The database takes what the rules accept, and gives it back as it was.
        stored += 1;
        const data = {
          trn: "4299999",
          firstName: firstName.data,
          middleName: middleName.data ?? null,
          lastName: firstName.data,
          dateOfBirth: new Date("1990-01-01"),
          email: parsedEmail.data,
        };
        const back = await database.prisma.$transaction(async (tx) => {
          await tx.teachingRecord.create({ data });
          const row = await tx.teachingRecord.findUniqueOrThrow({ where: { trn: "4299999" } });
          await tx.teachingRecord.delete({ where: { trn: "4299999" } });
          return row;
        });
        expect({ firstName: back.firstName, middleName: back.middleName, email: back.email }).toEqual({
          firstName: data.firstName,
          middleName: data.middleName,
          email: data.email,
        });
      }),
      { numRuns: RUNS },
    );
    expect(stored).toBeGreaterThan(RUNS / 50);
  });

  it(`${RUNS} dates: an API date is real, from 1900 on, not in the future, and after the date of birth`, () => {
    const today = new Date();
    fc.assert(
      fc.property(dateText, dateText, (dateOfBirth, qtsAwardedOn) => {
        const date = isoDate("date").safeParse(qtsAwardedOn);
        if (date.success) expect(date.data.toISOString().slice(0, 10)).toBe(qtsAwardedOn);
        const born = isoDateOfBirth.safeParse(dateOfBirth);
        if (born.success) expect(born.data.getUTCFullYear()).toBeGreaterThanOrEqual(1900);
        const award = qtsAwardSchema.safeParse({ trn: "4200001", firstName: "Nia", lastName: "Adeyemi", dateOfBirth, email: "nia@example.com", qtsAwardedOn });
        if (award.success) {
          expect(award.data.qtsAwardedOn.getTime()).toBeGreaterThan(award.data.dateOfBirth.getTime());
          expect(award.data.qtsAwardedOn.getUTCFullYear()).toBeGreaterThanOrEqual(1900);
          expect(award.data.qtsAwardedOn.getTime()).toBeLessThanOrEqual(today.getTime());
        } else {
          for (const issue of award.error.issues) expect(["dateOfBirth", "qtsAwardedOn"]).toContain(issue.path[0]);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

/** A posted form as lib/forms/action.ts hands it to a schema: strings, lists of strings, date boxes. */
const formField = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: fc.array(text, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
const postedForm = fc.record(
  {
    email: fc.oneof(emailText, formField),
    firstName: fc.oneof(nameText, formField),
    middleName: fc.oneof(nameText, formField),
    lastName: fc.oneof(nameText, formField),
    code: fc.oneof(fc.stringMatching(/^\d{3}[ -]?\d{3}$/), formField),
    mobile: formField,
    useEmail: fc.oneof(fc.constantFrom("yes", "no"), formField),
    version: formField,
    role: fc.oneof(fc.constantFrom("SUPPORT", "ADMIN"), formField),
    dateOfBirth: fc.record({ day: formField, month: formField, year: fc.oneof(fc.integer({ min: 0, max: 9999 }).map(String), formField) }),
  },
  { requiredKeys: [] },
);

describe("the sign-in and account set-up forms", { timeout: FUZZ_TIMEOUT_MS }, () => {
  const schemas = {
    signInSchema,
    codeSchema,
    nameSchema,
    mobileSchema,
    confirmEmailSchema,
    otherEmailSchema,
    newLinkSchema,
    accountNameSchema,
    newEmailSchema,
    recordNameSchema,
    addStaffSchema,
    dateOfBirth: dateOfBirthField(),
  };

  it(`${RUNS} posted forms through every schema: a message per wrong field, and printable values when accepted`, async () => {
    await fc.assert(
      fc.asyncProperty(postedForm, async (form) => {
        for (const [which, schema] of Object.entries(schemas)) {
          const input = which === "dateOfBirth" ? form.dateOfBirth : form;
          const result = await schema.safeParseAsync(input);
          if (!result.success) {
            for (const issue of result.error.issues) expect(issue.message.length, which).toBeGreaterThan(0);
            continue;
          }
          const data = result.data as Record<string, unknown>;
          for (const key of ["firstName", "lastName"]) if (key in data) expect(isPrintableName(data[key]), `${which}.${key}`).toBe(true);
          if (typeof data.middleName === "string") expect(isPrintableName(data.middleName), `${which}.middleName`).toBe(true);
          if ("email" in data) expect(isPlainEmail(data.email), `${which}.email`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`${RUNS} posts to the sign-in action: a form error or a redirect, never anything thrown`, async () => {
    const outcomes = { errors: 0, redirects: 0 };
    await fc.assert(
      fc.asyncProperty(emailText, fc.option(text), fc.nat({ max: 255 }), async (address, returnTo, ip) => {
        nextRequest.reset({ headers: { origin: "http://localhost:3000", host: "localhost:3000", "x-forwarded-for": `192.0.2.${ip}`, "next-action": "x" } });
        const form = new FormData();
        form.set("email", address);
        if (returnTo !== null) form.set("returnTo", returnTo);
        try {
          const state = await requestSignIn({ errors: [], values: {} }, form);
          outcomes.errors += 1;
          expect(state.errors.map((e) => e.field)).toEqual(["email"]);
          expect(state.errors[0]!.message).toMatch(/^(Enter an email address|Email address must be)/);
        } catch (error) {
          const flow = nextControlFlow(error);
          if (!flow || !("redirect" in flow)) throw error;
          outcomes.redirects += 1;
          expect(["/sign-in/check-email", "/sign-in/too-many-attempts"]).toContain(flow.redirect);
        }
      }),
      { numRuns: RUNS },
    );
    expect(outcomes.errors).toBeGreaterThan(0);
    expect(outcomes.redirects).toBeGreaterThan(0);
  });
});
