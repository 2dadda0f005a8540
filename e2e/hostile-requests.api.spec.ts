// Issue 22's cases, each as the attacker sent it, against the production build: every one gets a
// 4xx or the right page, never a 500 and never a hang. (The generated attack on every route and
// action is e2e/attack.api.spec.ts; the research gate's action bypass app/(research)/gate.test.ts.)
import http from "node:http";
import { apiTest as test, expect } from "./fixtures";

const PAGES = [
  "/",
  "/sign-in",
  "/sign-in/check-email",
  "/qualifications",
  "/qualifications/start",
  "/create-account",
  "/account",
  "/check-a-certificate",
  "/support",
  "/mailbox",
  "/cookies",
  "/research/password",
];

test("a malformed multipart body to any page is 400 with GOV.UK's problem page, not a plain-text 500", async ({ request, baseURL }) => {
  for (const path of PAGES) {
    for (const headers of [{} as Record<string, string>, { "Next-Action": "7f0123456789abcdef0123456789abcdef01234567", Origin: baseURL! }]) {
      const response = await request.post(path, {
        headers: { "Content-Type": "multipart/form-data; boundary=x", ...headers },
        data: Buffer.from("garbage"),
        maxRedirects: 0,
      });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(400);
      expect(response.headers()["content-type"]).toContain("text/html");
      expect(await response.text()).toContain("Sorry, there is a problem with the service");
    }
  }
});

test("a malformed body posted to an address with a malformed escape is 400, not 500", async ({ request }) => {
  for (const path of ["/account/record/%ED%A0%80", "/mailbox/%ED%A0%80/html", "/qualifications/certificates/%C0%AE"]) {
    const response = await request.post(path, {
      headers: { "Content-Type": "multipart/form-data; boundary=x" },
      data: Buffer.from("garbage"),
      maxRedirects: 0,
    });
    expect(response.status(), path).toBe(400);
  }
});

test("a post of a type no form sends is 400; to an API, 400 JSON naming the body", async ({ request }) => {
  const page = await request.post("/sign-in", { headers: { "Content-Type": "application/json" }, data: "{}", maxRedirects: 0 });
  expect(page.status()).toBe(400);
  const api = await request.post("/api/auth/signin/email", { headers: { "Content-Type": "multipart/form-data; boundary=x" }, data: Buffer.from("garbage") });
  expect(api.status()).toBe(400);
  expect(await api.json()).toEqual({ errors: [{ field: "(body)", message: "The body could not be read" }] });
});

test("crafted arguments to a real action are 400, not 500", async ({ request, baseURL }) => {
  // The sign-in form's action id, as any page's HTML gives it (the form without JavaScript).
  const html = await (await request.get("/sign-in")).text();
  const id = /&quot;id&quot;:&quot;([0-9a-f]{40,})&quot;/.exec(html)?.[1] ?? /"id":"([0-9a-f]{40,})"/.exec(html)?.[1];
  expect(id, "an action id in the sign-in page").toBeTruthy();
  for (const args of ['["$n1e999"]', '["$B1"]', '["$Q1"]']) {
    const response = await request.post("/sign-in", {
      headers: { "Next-Action": id!, Origin: baseURL! },
      multipart: { "0": args },
      maxRedirects: 0,
    });
    expect(response.status(), args).toBe(400);
  }
});

test("/mailbox?to=%00 is the mailbox, with nothing in it", async ({ request }) => {
  const response = await request.get("/mailbox?to=%00");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("Mailbox");
});

/** A request declaring `declared` bytes and sending one: the status and how long the answer took. */
function declareAndStall(baseURL: string, path: string, declared: number): Promise<{ status: number; location?: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = http.request(new URL(path, baseURL), {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=x", "Content-Length": String(declared) },
    });
    outgoing.on("response", (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, location: response.headers.location, ms: performance.now() - started });
      outgoing.destroy();
    });
    outgoing.on("error", reject);
    outgoing.setTimeout(8_000, () => reject(new Error(`no answer to ${path} in 8 s`)));
    outgoing.write("x");
  });
}

test("a body declared over its route's limit is 413 at once, before it is sent", async ({ baseURL }) => {
  for (const path of ["/sign-in", "/api/v1/qts-awards", "/account/record/name/evidence"]) {
    const { status } = await declareAndStall(baseURL!, path, 200 * 1024 * 1024);
    expect(status, path).toBe(413);
  }
  // The evidence upload has a message of its own for a file too large: the page it came from says it.
  const upload = await declareAndStall(baseURL!, "/account/record/name/evidence/upload", 200 * 1024 * 1024);
  expect(upload).toMatchObject({ status: 303, location: "/account/record/name/evidence?error=too-big" });
});
