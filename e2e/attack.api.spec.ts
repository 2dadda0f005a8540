// A generated attack on every route and action the app has (issue 22 §3), against the production
// build (the journey server): every page route and route handler found in app/, and every server
// action the build registered (.next/server/server-reference-manifest.json: the ids any page's
// HTML gives away), each sent FUZZ_CASES generated bad requests (50 in `npm test`; `npm run fuzz
// -- --cases N` for more): odd methods, content types that lie, multipart garbage, NUL and
// noncharacters, prototype keys in query strings, huge fields, JSON of the wrong shape, and
// action arguments React cannot decode; signed out, as a teacher and as staff. None may be
// answered 5xx, and none may write: nothing typed is stored anywhere, and the identities attacked
// as are the same afterwards (e2e/attack-writes.ts). A failure names the request and the seed to
// replay the run with (FUZZ_SEED).
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import pLimit from "p-limit";
import type { APIRequestContext } from "@playwright/test";
import {
  downloadCertificates,
  newAttackers,
  newMarker,
  newSession,
  SESSION_COOKIE,
  snapshot,
  stillSignedIn,
  traces,
  type Attacker,
  type Who,
} from "./attack-writes";
import { declaredBodyOverLimit } from "../lib/next-seams/body-limits.mjs";
import { apiTest as test, expect } from "./fixtures";

const CASES = Number(process.env.FUZZ_CASES ?? 50);
// The same in every worker of a run (and all day): a new set of cases each day, replayable.
const SEED = Number(process.env.FUZZ_SEED ?? new Date().toISOString().slice(0, 10).replaceAll("-", ""));
// Requests in flight at once: enough to keep a 2-core server busy, few enough not to time out.
const CONCURRENCY = 4;
const APP = path.join(process.cwd(), "app");

// ---- what there is to attack ----

interface Target {
  name: string;
  /** A route pattern ("/account/record/[kind]/evidence"); its dynamic segments are generated. */
  route: string;
  /** A server action's id, sent as Next-Action (or as a form's $ACTION_ID_ without JavaScript). */
  actionId?: string;
  /** Ends the session that posts it, by design: its cases carry sessions of their own. */
  endsSession?: boolean;
}

// Actions that end the session posting them (signing out): were they to end the attack's own
// sessions, every later case would run signed out.
const SESSION_ENDERS = new Set(["app/(identity)/sign-out/actions.ts#signOut"]);

/** Every page.tsx and route.ts under app/, as its address pattern (route groups left out). */
function routes(dir = APP, prefix = ""): Target[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      return routes(path.join(dir, entry.name), prefix + segment);
    }
    if (!/^(page\.tsx|route\.ts)$/.test(entry.name)) return [];
    const route = prefix || "/";
    return [{ name: `${entry.name === "page.tsx" ? "page" : "route handler"} ${route}`, route }];
  });
}

/** Every server action in the build, with a page it is used on. */
function actions(): Target[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, { workers, filename, exportedName }]) => {
    const worker = Object.keys(workers)[0] ?? "app/page";
    const route =
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^/]+\)/g, "") || "/";
    return { name: `action ${filename} ${exportedName}`, route, actionId: id, endsSession: SESSION_ENDERS.has(`${filename}#${exportedName}`) };
  });
}

// ---- generated requests ----

/** Percent-encoded as UTF-8 (a lone surrogate as U+FFFD: the bytes of one are sent raw as %ED%A0%80). */
const encode = (value: string) => encodeURIComponent(value.toWellFormed());

const TROUBLE = [
  "\u0000",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u200b",
  "\u202e",
  "\u2028",
  "\ufeff",
  "\ufdd0",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udfff",
  "\u{10ffff}",
  "😀",
  "%00",
  "%C0%AE",
  "%",
  "../",
  "'",
  '"',
  "<script>",
  "$",
  "$$",
  "\\",
];
const trouble = fc.oneof(
  fc.constantFrom(...TROUBLE),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.tuple(fc.constantFrom("Ann", "tomasz.nowak@example.com", "3000002", "qts", "1990", "yes"), fc.constantFrom(...TROUBLE)).map(([a, b]) => a + b),
);
/**
 * Everything typed (a form's field, a query's value, a body) carries the test's marker, at its
 * start or its end, so that finding it stored anywhere afterwards is a write. Field names, query
 * keys, path segments and action arguments do not: they are the app's own words (qts, npq,
 * __proto__, $K1), there to reach the code behind them.
 */
const marked = (marker: string, value: fc.Arbitrary<string>) => fc.tuple(value, fc.boolean()).map(([v, first]) => (first ? marker + v : v + marker));
const huge = fc.constantFrom(100_000, 300_000).map((n) => "A".repeat(n));
const fieldName = fc.constantFrom(
  "email",
  "code",
  "firstName",
  "lastName",
  "persona",
  "intent",
  "password",
  "returnTo",
  "reason",
  "details",
  "dateOfBirth-day",
  "trn",
  "__proto__",
  "constructor",
  "0",
  "1_email",
  "$ACTION_REF_1",
  "$ACTION_1:0",
);

/** The generated requests' parts, each value typed carrying `marker`. */
function parts(marker: string) {
  const troubled = marked(marker, trouble);
  const fieldValue = fc.oneof({ weight: 8, arbitrary: troubled }, { weight: 1, arbitrary: marked(marker, huge) });
  const fields = fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 6 });
  const query = fc
    .array(
      fc.tuple(
        fc.constantFrom(
          "__proto__",
          "constructor",
          "prototype",
          "__proto__[polluted]",
          "constructor[prototype][x]",
          "to",
          "returnTo",
          "reset",
          "q",
          "page",
          "to[]",
        ),
        troubled,
      ),
      { maxLength: 3 },
    )
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&")}` : ""));
  const body: fc.Arbitrary<Body> = fc.oneof(
    fc.constant({}),
    marked(marker, fc.string({ unit: "binary", maxLength: 200 })).map((data) => ({ contentType: "multipart/form-data; boundary=x", data })),
    fields.map((pairs) => ({ contentType: "multipart/form-data; boundary=fuzz", data: multipart(pairs) })),
    fields.map((pairs) => ({ contentType: "multipart/form-data; boundary=other", data: multipart(pairs) })),
    fields.map((pairs) => ({ contentType: "application/x-www-form-urlencoded", data: pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&") })),
    fc
      .constantFrom(
        '{"firstName":1}',
        "[]",
        "null",
        '{"__proto__":{"admin":true}}',
        '"x"',
        "{",
        JSON.stringify({ email: ["a"], trn: {} }),
        JSON.stringify(marker),
      )
      .map((data) => ({ contentType: "application/json", data })),
    // JSON of a right shape with wrong values, each typed.
    fields.map((pairs) => ({ contentType: "application/json", data: JSON.stringify(Object.fromEntries(pairs)) })),
    fc
      .tuple(
        fc.constantFrom(
          "text/plain",
          "application/xml",
          "image/png",
          "multipart/form-data",
          "multipart/mixed; boundary=x",
          "application/x-www-form-urlencoded; charset=utf-16",
          "",
        ),
        troubled,
      )
      .map(([contentType, data]) => ({ contentType, data })),
  );
  const actionBody: fc.Arbitrary<Body> = fc.oneof(
    body,
    fc.tuple(fc.constantFrom(...ARGUMENTS), fields).map(([args, pairs]) => ({
      contentType: "multipart/form-data; boundary=fuzz",
      data: multipart([["0", args], ...pairs.map(([k, v]) => [`1_${k}`, v] as [string, string])]),
    })),
    fc.constantFrom(...ARGUMENTS).map((data) => ({ contentType: "text/plain;charset=UTF-8", data })),
  );
  return { query, body, actionBody };
}

const segment = fc.oneof(
  fc.constantFrom(
    "qts",
    "npq",
    "name",
    "induction",
    "x",
    "00000000-0000-0000-0000-000000000000",
    "AB12CD34",
    "%00",
    "%EF%BF%BF",
    "%ED%A0%80",
    "..",
    "%2e%2e",
    "a".repeat(300),
  ),
  fc.string({ unit: "grapheme", maxLength: 12 }).map(encodeURIComponent),
);

const ARGUMENTS = [
  '["$n1e999"]',
  '["$B1"]',
  '["$Q1"]',
  '["$W1"]',
  '["$@1"]',
  '["$T"]',
  '["$F1"]',
  '{"a":1}',
  '"$K1"',
  "[",
  "null",
  '[{"errors":[],"values":{}},"$K1"]',
  '[{"__proto__":{"x":1}},"$K1"]',
  "[1e999]",
];

type Body = { contentType?: string; data?: Buffer | string };
const multipart = (pairs: [string, string][], boundary = "fuzz") =>
  Buffer.from(pairs.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + `--${boundary}--\r\n`);
interface Attack {
  method: string;
  segments: string[];
  query: string;
  body: Body;
  who: Who;
  /** For an action: sent with the Next-Action header (JavaScript on), or as a form's field. */
  asAction: "header" | "form" | "none";
  sameOrigin: boolean;
}

const attack = (target: Target, { query, body, actionBody }: ReturnType<typeof parts>): fc.Arbitrary<Attack> =>
  fc.record({
    method: target.actionId
      ? fc.constantFrom("POST", "POST", "POST", "PUT")
      : fc.constantFrom("GET", "POST", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"),
    segments: fc.array(segment, { minLength: 4, maxLength: 4 }),
    query,
    body: target.actionId ? actionBody : body,
    who: fc.constantFrom<Who>("signed out", "teacher", "staff"),
    asAction: target.actionId ? fc.constantFrom<Attack["asAction"]>("header", "header", "form") : fc.constant<Attack["asAction"]>("none"),
    sameOrigin: fc.boolean(),
  });

/** The address: each dynamic segment filled with a generated one ([...x] with two). */
function address(route: string, segments: string[]): string {
  let i = 0;
  return route.replace(/\[(\.\.\.)?[^\]]+\]/g, (_, rest: string | undefined) => {
    const value = segments[i++ % segments.length]!;
    return rest ? `${value}/${segments[i++ % segments.length]}` : value;
  });
}

// ---- the attack ----

test.describe.configure({ mode: "parallel" });

/** Whose session each case is sent with: the attack's own, or for a target that ends the session it posts, one of the spares. */
interface Sessions {
  main: Record<Who, string | null>;
  spares: Record<Who, string[]>;
}

function sessionFor(sessions: Sessions, target: Target, who: Who): string | null {
  if (who === "signed out") return null;
  return target.endsSession ? sessions.spares[who].pop()! : sessions.main[who];
}

async function send(request: APIRequestContext, baseURL: string, target: Target, a: Attack, session: string | null) {
  const url = address(target.route, a.segments) + a.query;
  const headers: Record<string, string> = { Origin: a.sameOrigin ? baseURL : "https://evil.example" };
  if (session) headers.Cookie = `${SESSION_COOKIE}=${session}`;
  if (a.body.contentType !== undefined) headers["Content-Type"] = a.body.contentType;
  let data = a.body.data;
  if (a.asAction === "header") headers["Next-Action"] = target.actionId!;
  if (a.asAction === "form") {
    headers["Content-Type"] = "multipart/form-data; boundary=fuzz";
    const extra = Buffer.from(`--fuzz\r\nContent-Disposition: form-data; name="$ACTION_ID_${target.actionId}"\r\n\r\n\r\n`);
    data = Buffer.concat([extra, Buffer.isBuffer(data) ? data : Buffer.from(data ?? "--fuzz--\r\n")]);
  }
  try {
    const response = await request.fetch(url, { method: a.method, headers, data, maxRedirects: 0, failOnStatusCode: false, timeout: 30_000 });
    return { url, status: response.status(), text: response.status() >= 500 ? (await response.text()).slice(0, 200) : "" };
  } catch (error) {
    // A body declared over its route's limit is answered 413 before a byte is read, and the
    // connection closed (lib/next-seams/oversized-bodies.mjs): a client still writing it may see
    // the close (EPIPE, ECONNRESET) before the 413. That is the refusal, not a failure.
    const size = data === undefined ? 0 : Buffer.byteLength(data);
    const pathname = new URL(url, baseURL).pathname;
    if (/EPIPE|ECONNRESET/.test(String(error)) && declaredBodyOverLimit(pathname, String(size)) !== null) return { url, status: 413, text: "" };
    throw error;
  }
}

/** The start of a body, escaped, for a failure's message. */
const preview = (data: Body["data"]) => (data === undefined ? "none" : JSON.stringify(String(data).slice(0, 160)));

// The journey tests' page that fails on purpose (APP_ENV=test only: e2e/server-error.spec.ts).
const FAILS_ON_PURPOSE = new Set(["/testing/failing-page"]);
const targets = [...routes(), ...actions()].filter((target) => !FAILS_ON_PURPOSE.has(target.route));

test("finds every route and action to attack", () => {
  expect(targets.filter((t) => !t.actionId).length).toBeGreaterThan(60);
  expect(targets.filter((t) => t.actionId).length).toBeGreaterThan(20);
});

// In a few groups, so that parallel workers share the load and one failure does not hide the rest.
// Each group attacks as a teacher and a member of staff of its own, with a marker of its own.
const GROUPS = 6;
for (let group = 0; group < GROUPS; group++) {
  test(`no generated request gets a 5xx or writes: group ${group + 1} of ${GROUPS}`, async ({ request, baseURL }) => {
    test.setTimeout(0);
    const marker = newMarker();
    const generated = parts(marker);
    const mine = targets.filter((_, i) => i % GROUPS === group);
    const cases = mine.flatMap((target, t) =>
      fc.sample(attack(target, generated), { numRuns: CASES, seed: SEED + group * 1000 + t }).map((a) => ({ target, a })),
    );

    const attackers = await newAttackers(request);
    await downloadCertificates(request, attackers.teacher);
    const sessions: Sessions = {
      main: { "signed out": null, teacher: attackers.teacher.session, staff: attackers.staff.session },
      spares: { "signed out": [], teacher: [], staff: [] },
    };
    // Made before the first snapshot, so that making them is not counted as the attack's doing.
    for (const { target, a } of cases) {
      if (target.endsSession && a.who !== "signed out") sessions.spares[a.who].push(await newSession(request, attackers[a.who].email));
    }
    const before = { teacher: await snapshot(request, attackers.teacher.email), staff: await snapshot(request, attackers.staff.email) };

    const limit = pLimit(CONCURRENCY);
    const failures: string[] = [];
    await Promise.all(
      cases.map(({ target, a }) =>
        limit(async () => {
          const outcome = await send(request, baseURL!, target, a, sessionFor(sessions, target, a.who)).catch((error: Error) => ({
            url: "",
            status: 599,
            text: error.message,
          }));
          if (outcome.status >= 500) {
            failures.push(
              `${target.name}: ${a.method} ${outcome.url} as ${a.who} (${a.asAction}, ${a.body.contentType ?? "no type"}, body ${preview(a.body.data)}) → ${outcome.status} ${outcome.text}`,
            );
          }
        }),
      ),
    );
    test.info().annotations.push({ type: "fuzz", description: `${mine.length} targets × ${CASES} cases, seed ${SEED}, marker ${marker}` });
    const replay = `replay with FUZZ_SEED=${SEED}`;
    expect.soft(failures, `${replay}:\n${failures.slice(0, 30).join("\n")}`).toEqual([]);

    // No write: nothing typed stored anywhere, the identities as they were, still signed in.
    expect.soft(await traces(request, marker), `${replay}: rows holding ${marker}, which only the attack typed`).toEqual([]);
    for (const who of ["teacher", "staff"] as const) {
      const attacker: Attacker = attackers[who];
      expect.soft(await snapshot(request, attacker.email), `${replay}: what the attack's ${who} (${attacker.email}) owns changed`).toEqual(before[who]);
      expect
        .soft(
          await stillSignedIn(request, attacker),
          `${replay}: the attack's ${who} was signed out by a case (a target that ends its session belongs in SESSION_ENDERS)`,
        )
        .toBe(true);
    }
  });
}
