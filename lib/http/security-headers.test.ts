// The security headers: the policy builder itself, and proxy.ts putting them (with a fresh nonce)
// on every kind of answer it gives and on the request it passes on. The requests carry no
// session; the database is there because proxy.ts asks whether it answers before passing a
// page on (a 503 page otherwise).
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "@/lib/env";
import { proxy } from "@/proxy";
import { useTestDatabase } from "@/test/database";
import {
  contentSecurityPolicy,
  documentPolicy,
  EVIDENCE_POLICY,
  isHttps,
  MAILBOX_HTML_POLICY,
  newNonce,
  nonceFromHeaders,
  nonceInPolicy,
  requestHeadersWithNonce,
  securityHeaders,
  strictTransportSecurity,
} from "./security-headers";

/** The policy as directive name → its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

const NONCE = "c2VjdXJpdHktaGVhZGVycw==";

describe("contentSecurityPolicy", () => {
  it("lets scripts run only with the nonce: no 'unsafe-inline', no 'unsafe-eval' outside development", () => {
    const policy = directives(contentSecurityPolicy({ nonce: NONCE }));
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(contentSecurityPolicy({ nonce: NONCE })).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("holds the strict directives the service relies on", () => {
    const policy = directives(contentSecurityPolicy({ nonce: NONCE }));
    expect(Object.fromEntries(policy)).toMatchObject({
      "default-src": ["'self'"],
      "style-src": ["'self'"],
      "img-src": ["'self'", "data:"],
      "frame-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("adds 'unsafe-eval' for scripts (and inline styles for the error overlay) only in development", () => {
    const policy = directives(contentSecurityPolicy({ nonce: NONCE, development: true }));
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("upgrades sub-resources when served over https", () => {
    expect(directives(contentSecurityPolicy({ nonce: NONCE, https: true })).get("upgrade-insecure-requests")).toEqual([]);
  });

  it("is in the form Next.js reads the nonce from (its own parser's rule: base64 only)", () => {
    expect(() => contentSecurityPolicy({ nonce: "x' 'unsafe-inline" })).toThrow(/base64/);
    expect(contentSecurityPolicy({ nonce: NONCE })).toMatch(new RegExp(`script-src [^;]*'nonce-${NONCE.replace(/[+/=]/g, "\\$&")}'`));
  });
});

describe("documentPolicy", () => {
  it("gives a change request's document and an email's HTML their sandboxing policies, every other path none", () => {
    expect(documentPolicy("/support/change-requests/CR-D4N1EZ/evidence")).toBe(EVIDENCE_POLICY);
    expect(EVIDENCE_POLICY).toMatch(/^sandbox; default-src 'none'; .*frame-ancestors 'self'$/);
    expect(documentPolicy("/mailbox/00000000-0000-0000-0000-000000000000/html")).toBe(MAILBOX_HTML_POLICY);
    expect(MAILBOX_HTML_POLICY).toMatch(/^sandbox /);
    for (const path of ["/support/change-requests/CR-D4N1EZ", "/support/change-requests/CR-D4N1EZ/evidence/x", "/mailbox/x", "/qualifications", "/"]) {
      expect(documentPolicy(path), path).toBeNull();
    }
  });

  it("replaces the page policy only for a request passed on to that document", () => {
    const path = "/support/change-requests/CR-D4N1EZ/evidence";
    expect(securityHeaders({ nonce: NONCE, appUrl: undefined, passedOnPath: path })["Content-Security-Policy"]).toBe(EVIDENCE_POLICY);
    expect(securityHeaders({ nonce: NONCE, appUrl: undefined })["Content-Security-Policy"]).toBe(contentSecurityPolicy({ nonce: NONCE }));
  });
});

describe("newNonce", () => {
  it("is fresh every time: 128 random bits in base64", () => {
    const nonces = Array.from({ length: 1000 }, newNonce);
    expect(new Set(nonces).size).toBe(1000);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});

describe("HSTS", () => {
  it("is sent only when APP_URL is https", () => {
    expect(strictTransportSecurity("https://aytq.education.gov.uk")).toBe("max-age=31536000; includeSubDomains");
    expect(strictTransportSecurity("HTTPS://aytq.example.com")).toBe("max-age=31536000; includeSubDomains");
    for (const url of ["http://localhost:3000", "http://aytq.example.com", undefined, ""]) {
      expect(strictTransportSecurity(url), String(url)).toBeNull();
      expect(isHttps(url)).toBe(false);
    }
  });
});

describe("securityHeaders", () => {
  it("sends the policy and COOP always, HSTS with an https APP_URL only", () => {
    const plain = securityHeaders({ nonce: NONCE, appUrl: "http://localhost:3000" });
    expect(plain).toEqual({
      "Content-Security-Policy": contentSecurityPolicy({ nonce: NONCE }),
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    const secure = securityHeaders({ nonce: NONCE, appUrl: "https://aytq.example.com" });
    expect(secure["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(secure["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("passes the nonce and the policy on to the page, replacing any the browser sent", () => {
    const incoming = new Headers({ "x-nonce": "forged", accept: "text/html" });
    const passed = requestHeadersWithNonce(incoming, NONCE, "script-src 'nonce-x'");
    expect(nonceFromHeaders(passed)).toBe(NONCE);
    expect(passed.get("content-security-policy")).toBe("script-src 'nonce-x'");
    expect(passed.get("accept")).toBe("text/html");
    expect(incoming.get("x-nonce")).toBe("forged");
    expect(nonceFromHeaders(new Headers())).toBeUndefined();
  });
});

describe("proxy.ts", () => {
  const database = useTestDatabase();
  afterEach(() => {
    vi.unstubAllEnvs();
    forgetEnvForTests();
  });

  function withEnv(values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
    forgetEnvForTests();
  }

  const visit = (path: string) => proxy(new NextRequest(`http://localhost${path}`, { headers: { "x-nonce": "forged" } }));

  /** The nonce in the response's policy, checked against the one passed on to the page (when there is a page). */
  function policyNonce(response: Response): string {
    const policy = response.headers.get("content-security-policy");
    expect(policy).toBeTruthy();
    const nonce = nonceInPolicy(policy)!;
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    return nonce;
  }

  function passedOn(response: Response) {
    return { nonce: response.headers.get("x-middleware-request-x-nonce"), policy: response.headers.get("x-middleware-request-content-security-policy") };
  }

  it("passes a page on with the policy, and the same nonce to Next.js and the layout, never the browser's", async () => {
    const response = await visit("/");
    expect(response.headers.get("x-middleware-next")).toBe("1");
    const nonce = policyNonce(response);
    expect(passedOn(response)).toEqual({ nonce, policy: response.headers.get("content-security-policy") });
    expect(nonce).not.toBe("forged");
  });

  it("uses a new nonce for every request", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 20; i++) nonces.add(policyNonce(await visit("/cookies")));
    expect(nonces.size).toBe(20);
  });

  it("puts the headers on its 404 rewrite and its 429 rewrite too, with the nonce passed on", async () => {
    for (const [path, status] of [
      ["/support/change-requests", 404],
      ["/check-a-certificate/too-many-checks", 429],
    ] as const) {
      const response = await visit(path);
      expect(response.status, path).toBe(status);
      expect(response.headers.get("x-middleware-rewrite"), path).toBeTruthy();
      expect(passedOn(response).nonce, path).toBe(policyNonce(response));
    }
  });

  it("passes a change request's document on with its own sandboxing policy, but turns strangers away with the page policy", async () => {
    // An email that is there: the HTML of one that is not gets the 404 page (app/mailbox/[id]/exists.ts).
    const missing = await visit("/mailbox/00000000-0000-0000-0000-000000000000/html");
    expect(missing.status).toBe(404);
    const { id } = await database.prisma.outboxMessage.create({ data: { recipient: "tomasz.nowak@example.com", template: "check", data: {} } });
    const response = await visit(`/mailbox/${id}/html`);
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("content-security-policy")).toBe(MAILBOX_HTML_POLICY);
    // Signed out: the 404 page, a page with scripts, under the page policy.
    const turnedAway = await visit("/support/change-requests/CR-D4N1EZ/evidence");
    expect(turnedAway.status).toBe(404);
    expect(passedOn(turnedAway).nonce).toBe(policyNonce(turnedAway));
  });

  it("puts them on its redirect to the research password page", async () => {
    withEnv({ RESEARCH_MODE: "on", PREVIEW_PASSWORD: "a-research-password" });
    const response = await visit("/qualifications");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/\/research\/password\?returnTo=/);
    policyNonce(response);
  });

  it("sends HSTS when APP_URL is https, and not when it is http", async () => {
    withEnv({ APP_URL: "https://aytq.example.com" });
    expect((await visit("/")).headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    withEnv({ APP_URL: "http://localhost:3000" });
    expect((await visit("/")).headers.get("strict-transport-security")).toBeNull();
  });
});
