// The security headers proxy.ts puts on every response it handles: a Content-Security-Policy
// with a fresh nonce per request, HSTS when the service is served over https, and
// Cross-Origin-Opener-Policy. Pure functions: proxy.ts passes in what they depend on.
//
// How the nonce reaches the page: proxy.ts sets the policy (and `x-nonce`) on the request as
// well as on the response; Next.js reads the nonce from the request's Content-Security-Policy
// and puts it on its own scripts, and the root layout reads `x-nonce` (nonceFromHeaders) for
// GOV.UK Frontend's /js/init.mjs. A nonce works only on a page rendered per request, so reading
// it in the root layout makes every page dynamic.
//
// Two documents that are content, not the service's pages, get a sandboxing policy of their own
// instead (DOCUMENT_POLICIES): a change request's document, which its review page shows in a
// frame, and the mailbox's HTML view of an email. Their route handlers send the same policy, but
// proxy.ts must choose it: Next.js 16 drops a route handler's header when proxy.ts has already
// set one of that name.
//
// The rest of the set lives in next.config.js: X-Frame-Options, nosniff, Referrer-Policy and
// Permissions-Policy.
import { randomBytes } from "node:crypto";

/** The request header the root layout reads the nonce from. */
export const NONCE_HEADER = "x-nonce";
export const CSP_HEADER = "Content-Security-Policy";

export interface SecurityHeaders {
  [CSP_HEADER]: string;
  "Cross-Origin-Opener-Policy": "same-origin";
  "Strict-Transport-Security"?: string;
}

/** 128 random bits in base64: a new one for every request. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export interface PolicyOptions {
  nonce: string;
  /** `next dev` (NODE_ENV=development): React needs eval for its error overlays, and the overlay inline styles. */
  development?: boolean;
  /** The service is served over https (APP_URL): sub-resources are upgraded too. */
  https?: boolean;
}

/**
 * The page policy. Scripts run only with the nonce ('strict-dynamic' lets them load Next's
 * chunks; 'self' is the fallback for browsers without CSP 3); no 'unsafe-inline' for scripts,
 * ever. Styles come only from the service's own files (Next's CSS and GOV.UK Frontend's): measured
 * in Chromium, Next 16 and React 19 write no <style> element into these pages, and the one style
 * they set (on Next's route announcer) goes through the CSSOM, which a policy does not govern; our
 * own markup has no style attributes (classes in app/govuk.scss). Frames: only the service's own
 * pages (the evidence document on a change request's review page); no page may be framed.
 */
export function contentSecurityPolicy({ nonce, development = false, https = false }: PolicyOptions): string {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error("A CSP nonce must be base64.");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [])],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["frame-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** A change request's document: inert (no script, no plugin, a unique origin), framed only by the service's own pages. */
export const EVIDENCE_POLICY = "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'self'";
/** An email's HTML exactly as sent (the mailbox outside production): its own inline styles, nothing else; links may open. */
export const MAILBOX_HTML_POLICY = "sandbox allow-popups allow-top-navigation-by-user-activation; default-src 'none'; style-src 'unsafe-inline'";

const DOCUMENT_POLICIES: [RegExp, string][] = [
  [/^\/support\/change-requests\/[^/]+\/evidence$/, EVIDENCE_POLICY],
  [/^\/mailbox\/[^/]+\/html$/, MAILBOX_HTML_POLICY],
];

/** The policy of a document served at this path in place of the pages' one, or null for everything else. */
export function documentPolicy(pathname: string): string | null {
  return DOCUMENT_POLICIES.find(([pattern]) => pattern.test(pathname))?.[1] ?? null;
}

/** HSTS for a service served over https (APP_URL), null otherwise (http on localhost must stay reachable). */
export function strictTransportSecurity(appUrl: string | undefined): string | null {
  return isHttps(appUrl) ? "max-age=31536000; includeSubDomains" : null;
}

export function isHttps(appUrl: string | undefined): boolean {
  return (appUrl ?? "").toLowerCase().startsWith("https://");
}

export interface SecurityHeaderOptions {
  nonce: string;
  appUrl: string | undefined;
  development?: boolean;
  /** The path of a request passed on to its route: a document with a policy of its own gets that one. Unset for proxy.ts's own answers (the 404 and 429 pages, redirects). */
  passedOnPath?: string;
}

/** The headers for a response proxy.ts answers or passes on: the policy, COOP, and HSTS when https. */
export function securityHeaders({ nonce, appUrl, development = false, passedOnPath }: SecurityHeaderOptions): SecurityHeaders {
  const hsts = strictTransportSecurity(appUrl);
  const ownPolicy = passedOnPath === undefined ? null : documentPolicy(passedOnPath);
  return {
    [CSP_HEADER]: ownPolicy ?? contentSecurityPolicy({ nonce, development, https: isHttps(appUrl) }),
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(hsts ? { "Strict-Transport-Security": hsts } : {}),
  };
}

/**
 * The request headers to pass on to the page: the incoming ones plus the nonce and the policy
 * (Next.js nonces its scripts from the request's Content-Security-Policy).
 */
export function requestHeadersWithNonce(incoming: Headers, nonce: string, policy: string): Headers {
  const headers = new Headers(incoming);
  headers.set(NONCE_HEADER, nonce);
  headers.set(CSP_HEADER, policy);
  return headers;
}

/** The nonce a Content-Security-Policy allows scripts by, if any. */
export function nonceInPolicy(policy: string | null): string | undefined {
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
}

/** The nonce proxy.ts passed on, for the root layout (undefined outside a request through proxy.ts). */
export function nonceFromHeaders(headers: Pick<Headers, "get">): string | undefined {
  return headers.get(NONCE_HEADER) ?? undefined;
}
