// A generated attack on every route and action the app has (issue 22 §3), against the production
// build (the journey server): every page route and route handler found in app/, and every server
// action the build registered (.next/server/server-reference-manifest.json: the ids any page's
// HTML gives away), each sent FUZZ_CASES generated bad requests (50 in `npm test`; `npm run fuzz
// -- --cases N` for more): odd methods, content types that lie, multipart garbage, NUL and
// noncharacters, prototype keys in query strings, huge fields, JSON of the wrong shape, and
// action arguments React cannot decode; signed out, as a teacher and as staff. None may be
// answered 5xx. A failure names the request and the seed to replay the run with (FUZZ_SEED).
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import pLimit from "p-limit";
import type { APIRequestContext } from "@playwright/test";
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
}

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
    const route = worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^/]+\)/g, "") || "/";
    return { name: `action ${filename} ${exportedName}`, route, actionId: id };
  });
}

// ---- generated requests ----

/** Percent-encoded as UTF-8 (a lone surrogate as U+FFFD: the bytes of one are sent raw as %ED%A0%80). */
const encode = (value: string) => encodeURIComponent(value.toWellFormed());

const TROUBLE = ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u200b", "\u202e", "\u2028", "\ufeff", "\ufdd0", "\ufffe", "\uffff", "\ud800", "\udfff", "\u{10ffff}", "😀", "%00", "%C0%AE", "%", "../", "'", '"', "<script>", "$", "$$", "\\"];
const troubled = fc.oneof(
  fc.constantFrom(...TROUBLE),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.tuple(fc.constantFrom("Ann", "tomasz.nowak@example.com", "3000002", "qts", "1990", "yes"), fc.constantFrom(...TROUBLE)).map(([a, b]) => a + b),
);
const huge = fc.constantFrom(100_000, 300_000).map((n) => "A".repeat(n));
const fieldValue = fc.oneof({ weight: 8, arbitrary: troubled }, { weight: 1, arbitrary: huge });
const fieldName = fc.constantFrom("email", "code", "firstName", "lastName", "persona", "intent", "password", "returnTo", "reason", "details", "dateOfBirth-day", "trn", "__proto__", "constructor", "0", "1_email", "$ACTION_REF_1", "$ACTION_1:0");
const fields = fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 6 });

const segment = fc.oneof(
  fc.constantFrom("qts", "npq", "name", "induction", "x", "00000000-0000-0000-0000-000000000000", "AB12CD34", "%00", "%EF%BF%BF", "%ED%A0%80", "..", "%2e%2e", "a".repeat(300)),
  fc.string({ unit: "grapheme", maxLength: 12 }).map(encodeURIComponent),
);
const query = fc.array(
  fc.tuple(fc.constantFrom("__proto__", "constructor", "prototype", "__proto__[polluted]", "constructor[prototype][x]", "to", "returnTo", "reset", "q", "page", "to[]"), troubled),
  { maxLength: 3 },
).map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&")}` : ""));

const ARGUMENTS = ['["$n1e999"]', '["$B1"]', '["$Q1"]', '["$W1"]', '["$@1"]', '["$T"]', '["$F1"]', '{"a":1}', '"$K1"', "[", "null", '[{"errors":[],"values":{}},"$K1"]', "[{\"__proto__\":{\"x\":1}},\"$K1\"]", "[1e999]"];

type Body = { contentType?: string; data?: Buffer | string };
const multipart = (pairs: [string, string][], boundary = "fuzz") =>
  Buffer.from(pairs.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + `--${boundary}--\r\n`);
const body: fc.Arbitrary<Body> = fc.oneof(
  fc.constant({}),
  fc.string({ unit: "binary", maxLength: 200 }).map((data) => ({ contentType: "multipart/form-data; boundary=x", data })),
  fields.map((pairs) => ({ contentType: "multipart/form-data; boundary=fuzz", data: multipart(pairs) })),
  fields.map((pairs) => ({ contentType: "multipart/form-data; boundary=other", data: multipart(pairs) })),
  fields.map((pairs) => ({ contentType: "application/x-www-form-urlencoded", data: pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&") })),
  fc.constantFrom('{"firstName":1}', "[]", "null", '{"__proto__":{"admin":true}}', '"x"', "{", JSON.stringify({ email: ["a"], trn: {} })).map((data) => ({ contentType: "application/json", data })),
  fc.tuple(fc.constantFrom("text/plain", "application/xml", "image/png", "multipart/form-data", "multipart/mixed; boundary=x", "application/x-www-form-urlencoded; charset=utf-16", ""), troubled).map(([contentType, data]) => ({ contentType, data })),
);
const actionBody: fc.Arbitrary<Body> = fc.oneof(
  body,
  fc.tuple(fc.constantFrom(...ARGUMENTS), fields).map(([args, pairs]) => ({ contentType: "multipart/form-data; boundary=fuzz", data: multipart([["0", args], ...pairs.map(([k, v]) => [`1_${k}`, v] as [string, string])]) })),
  fc.constantFrom(...ARGUMENTS).map((data) => ({ contentType: "text/plain;charset=UTF-8", data })),
);

type Who = "signed out" | "teacher" | "staff";
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

const attack = (target: Target): fc.Arbitrary<Attack> =>
  fc.record({
    method: target.actionId ? fc.constantFrom("POST", "POST", "POST", "PUT") : fc.constantFrom("GET", "POST", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"),
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

const sessions: Record<Who, string | null> = { "signed out": null, teacher: null, staff: null };
const SESSION_COOKIE = "next-auth.session-token";

test.describe.configure({ mode: "parallel" });

test.beforeAll(async ({ request }) => {
  const teacher = await request.post("/api/testing/teachers", { data: { persona: "tomasz" } });
  const { email } = (await teacher.json()) as { email: string };
  for (const [who, address] of [["teacher", email], ["staff", "admin@example.com"]] as const) {
    const response = await request.post("/api/testing/sessions", { data: { email: address } });
    expect(response.status(), `a session for ${who}`).toBe(201);
    sessions[who] = ((await response.json()) as { value: string }).value;
  }
});

async function send(request: APIRequestContext, baseURL: string, target: Target, a: Attack) {
  const url = address(target.route, a.segments) + a.query;
  const headers: Record<string, string> = { Origin: a.sameOrigin ? baseURL : "https://evil.example" };
  const session = sessions[a.who];
  if (session) headers.Cookie = `${SESSION_COOKIE}=${session}`;
  if (a.body.contentType !== undefined) headers["Content-Type"] = a.body.contentType;
  let data = a.body.data;
  if (a.asAction === "header") headers["Next-Action"] = target.actionId!;
  if (a.asAction === "form") {
    headers["Content-Type"] = "multipart/form-data; boundary=fuzz";
    const extra = Buffer.from(`--fuzz\r\nContent-Disposition: form-data; name="$ACTION_ID_${target.actionId}"\r\n\r\n\r\n`);
    data = Buffer.concat([extra, Buffer.isBuffer(data) ? data : Buffer.from(data ?? "--fuzz--\r\n")]);
  }
  const response = await request.fetch(url, { method: a.method, headers, data, maxRedirects: 0, failOnStatusCode: false, timeout: 30_000 });
  return { url, status: response.status(), text: response.status() >= 500 ? (await response.text()).slice(0, 200) : "" };
}

// The journey tests' page that fails on purpose (APP_ENV=test only: e2e/server-error.spec.ts).
const FAILS_ON_PURPOSE = new Set(["/testing/failing-page"]);
const targets = [...routes(), ...actions()].filter((target) => !FAILS_ON_PURPOSE.has(target.route));

test("finds every route and action to attack", () => {
  expect(targets.filter((t) => !t.actionId).length).toBeGreaterThan(60);
  expect(targets.filter((t) => t.actionId).length).toBeGreaterThan(20);
});

// In a few groups, so that parallel workers share the load and one failure does not hide the rest.
const GROUPS = 6;
for (let group = 0; group < GROUPS; group++) {
  test(`no generated request gets a 5xx: group ${group + 1} of ${GROUPS}`, async ({ request, baseURL }) => {
    test.setTimeout(0);
    const mine = targets.filter((_, i) => i % GROUPS === group);
    const limit = pLimit(CONCURRENCY);
    const failures: string[] = [];
    await Promise.all(
      mine.flatMap((target, t) =>
        fc.sample(attack(target), { numRuns: CASES, seed: SEED + group * 1000 + t }).map((a) =>
          limit(async () => {
            const outcome = await send(request, baseURL!, target, a).catch((error: Error) => ({ url: "", status: 599, text: error.message }));
            if (outcome.status >= 500) {
              failures.push(`${target.name}: ${a.method} ${outcome.url} as ${a.who} (${a.asAction}, ${a.body.contentType ?? "no type"}) → ${outcome.status} ${outcome.text}`);
            }
          }),
        ),
      ),
    );
    test.info().annotations.push({ type: "fuzz", description: `${mine.length} targets × ${CASES} cases, seed ${SEED}` });
    expect(failures, `replay with FUZZ_SEED=${SEED}:\n${failures.slice(0, 30).join("\n")}`).toEqual([]);
  });
}
