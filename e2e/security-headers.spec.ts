// The security headers on one page of each kind (issue 12 §3), the mailbox and an email's own
// HTML too: a Content-Security-Policy with a fresh nonce on every response, which every script in
// the page carries; no CSP violation in the browser (console messages and
// `securitypolicyviolation` events); GOV.UK Frontend and React still start with JavaScript on.
// The policy itself is unit-tested (lib/http/security-headers.test.ts), HSTS too: these journeys
// run over http, where it must not be sent.
import type { Page, Response } from "@playwright/test";
import { MAILBOX_HTML_POLICY } from "../lib/http/security-headers";
import { expect, test } from "./fixtures/session";

const TEACHER = "tomasz.nowak@example.com";
const SUPPORT = "support@example.com";

interface Seen {
  /** Console messages about a policy, and every console error. */
  console: string[];
  /** `securitypolicyviolation` events, from any frame (JavaScript on only). */
  violations: string[];
  nonces: string[];
  /** Addresses visited that answer 404 on purpose: the browser logs their status as an error. */
  expectedNotFound: Set<string>;
}

async function watch(page: Page): Promise<Seen> {
  const seen: Seen = { console: [], violations: [], nonces: [], expectedNotFound: new Set() };
  page.on("console", (message) => {
    const notFoundOnPurpose = /status of 404/.test(message.text()) && seen.expectedNotFound.has(message.location().url);
    if (notFoundOnPurpose) return;
    if (message.type() === "error" || /content.security.policy|refused to/i.test(message.text())) {
      seen.console.push(`${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  page.on("pageerror", (error) => seen.console.push(`page error: ${error.message}`));
  await page.exposeBinding("reportCspViolation", ({ frame }, text: string) => seen.violations.push(`${frame.url()}: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation?: (text: string) => void }).reportCspViolation;
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  return seen;
}

/** The headers every HTML page carries; returns the policy's nonce after checking every script in the page has it. */
async function expectSecured(response: Response | null, seen: Seen, status = 200): Promise<string> {
  expect(response, "a response").not.toBeNull();
  const url = response!.url();
  expect(response!.status(), url).toBe(status);
  const headers = await response!.allHeaders();
  expect(headers["content-type"], url).toMatch(/^text\/html/);
  const policy = headers["content-security-policy"];
  expect(policy, `${url}: Content-Security-Policy`).toBeTruthy();
  const directives = new Map(
    policy!
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
  const nonce = /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/.exec(directives.get("script-src")?.find((source) => source.startsWith("'nonce-")) ?? "")?.[1];
  expect(nonce, `${url}: a nonce in script-src`).toBeTruthy();
  expect(directives.get("script-src"), url).not.toContain("'unsafe-inline'");
  expect(directives.get("script-src"), url).not.toContain("'unsafe-eval'");
  // Next 16 and React 19 write no inline styles into these pages (measured): the service's own CSS only.
  expect(directives.get("style-src"), url).toEqual(["'self'"]);
  expect(
    Object.fromEntries(
      [...directives].filter(([name]) => ["default-src", "object-src", "base-uri", "form-action", "frame-ancestors", "frame-src", "img-src"].includes(name)),
    ),
    url,
  ).toEqual({
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
  expect(headers, url).toMatchObject({
    "cross-origin-opener-policy": "same-origin",
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
  });
  expect(headers["strict-transport-security"], `${url}: no HSTS over http`).toBeUndefined();

  // Every script Next.js wrote and our own init.mjs carry this response's nonce.
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `${url}: scripts in the page`).toBeGreaterThan(0);
  expect(
    scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)),
    `${url}: scripts without the nonce`,
  ).toEqual([]);
  expect(
    scripts.some((tag) => tag.includes('src="/js/init.mjs"')),
    `${url}: GOV.UK Frontend's init.mjs`,
  ).toBe(true);
  expect(html, `${url}: no inline style attributes`).not.toMatch(/<[^>]+\sstyle="/);
  expect(seen.nonces, `${url}: a nonce used before`).not.toContain(nonce);
  seen.nonces.push(nonce!);
  return nonce!;
}

/** With JavaScript on: React hydrated the page (Next's scripts ran) and GOV.UK Frontend set up every component. */
async function expectScriptsRan(page: Page, javaScriptEnabled: boolean): Promise<void> {
  if (!javaScriptEnabled) return;
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __appHydrated?: boolean }).__appHydrated === true), { message: `${page.url()}: React hydrated` })
    .toBe(true);
  await expect
    .poll(
      () =>
        page.evaluate(() => ({
          supported: document.body.classList.contains("govuk-frontend-supported"),
          notSetUp: Array.from(document.querySelectorAll<HTMLElement>("[data-module^='govuk-']"))
            .filter((element) => !element.hasAttribute(`data-${element.dataset.module}-init`))
            .map((element) => element.dataset.module),
        })),
      { message: `${page.url()}: GOV.UK Frontend initialised` },
    )
    .toEqual({ supported: true, notSetUp: [] });
}

function expectNoViolations(seen: Seen, where: string): void {
  expect(seen.violations, `${where}: securitypolicyviolation events`).toEqual([]);
  expect(seen.console, `${where}: console errors and policy messages`).toEqual([]);
}

test("every kind of page carries the security headers, and nothing on it breaks the policy", async ({ page, context, signedInAs, javaScriptEnabled }) => {
  const seen = await watch(page);

  await test.step("the start page (by way of /), sign-in and cookies pages", async () => {
    for (const path of ["/", "/sign-in", "/cookies"]) {
      await expectSecured(await page.goto(path), seen);
      await expectScriptsRan(page, javaScriptEnabled);
    }
    await expect(page).toHaveURL("/cookies");
    expectNoViolations(seen, "public pages");
  });

  await test.step("page not found: an unknown address, and one the proxy turns away", async () => {
    for (const path of ["/no-such-page", "/support/change-requests"]) {
      seen.expectedNotFound.add(new URL(path, page.url()).href);
      await expectSecured(await page.goto(path), seen, 404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expectScriptsRan(page, javaScriptEnabled);
    }
    expectNoViolations(seen, "404 pages");
  });

  await test.step("a teacher's qualifications and account", async () => {
    await signedInAs(TEACHER);
    for (const path of ["/qualifications", "/account"]) {
      await expectSecured(await page.goto(path), seen);
      await expect(page).toHaveURL(path);
      await expectScriptsRan(page, javaScriptEnabled);
    }
    // A certificate the record does not support: the route handler draws the 404 page itself, fetched
    // from its own server with this answer's nonce (lib/http/not-found.ts).
    const missingCertificate = "/qualifications/certificates/itt";
    seen.expectedNotFound.add(new URL(missingCertificate, page.url()).href);
    await expectSecured(await page.goto(missingCertificate), seen, 404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectScriptsRan(page, javaScriptEnabled);
    expectNoViolations(seen, "signed-in pages");
  });

  await test.step("the support console, and a change request's review page with its document in a frame", async () => {
    await context.clearCookies();
    await signedInAs(SUPPORT);
    await expectSecured(await page.goto("/support"), seen);
    await expectScriptsRan(page, javaScriptEnabled);

    const evidence = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith("/CR-D4N1EZ/evidence"));
    await expectSecured(await page.goto("/support/change-requests/CR-D4N1EZ"), seen);
    await expectScriptsRan(page, javaScriptEnabled);
    // The document keeps its own sandboxing policy (framed by the service's pages only), not the pages' one.
    const document = await evidence;
    expect(document.status()).toBe(200);
    // allHeaders(): headers() gives a frame's navigation only part of its policy (Chromium's summary).
    expect(await document.allHeaders()).toMatchObject({
      "content-type": "application/pdf",
      "content-security-policy": "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'self'",
      "x-frame-options": "SAMEORIGIN",
    });
    await expect(page.locator("iframe.app-evidence")).toBeVisible();
    expectNoViolations(seen, "support pages");
  });

  await test.step("the mailbox, an email in it, and the email's own HTML under its sandboxing policy", async () => {
    await expectSecured(await page.goto("/mailbox"), seen);
    const message = page.locator("a[href^='/mailbox/']").filter({ hasNotText: /^$/ }).first();
    const href = (await message.getAttribute("href"))!;
    expect(href).toMatch(/^\/mailbox\/[0-9a-f-]{36}$/);
    await expectSecured(await page.goto(href), seen);
    await expectScriptsRan(page, javaScriptEnabled);
    const html = await context.request.get(`${href}/html`);
    expect(html.status()).toBe(200);
    expect(html.headers()["content-security-policy"]).toBe(MAILBOX_HTML_POLICY);
    expectNoViolations(seen, "mailbox pages");
  });
});
