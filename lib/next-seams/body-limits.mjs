// How large a request's body may be, by address: the one table of limits. The server answers a
// request whose declared Content-Length is over its route's limit before a byte of the body is
// read (oversized-bodies.mjs; a client declaring 200 MB and sending 1 byte got no answer for 10 s
// while Next.js waited for the rest). A body without a declared length is still capped where it
// is read (lib/http/body.ts for the APIs and the evidence upload, Next.js's
// serverActions.bodySizeLimit for actions). Plain JavaScript: the production server
// (lib/next-seams/server.mjs) runs it without a TypeScript loader.

const MB = 1024 * 1024;

/** The intake API's limit: a QTS award or a token request is well under 1 KB. */
export const API_BODY_LIMIT_BYTES = 64 * 1024;

/** Pages' forms: next.config.js's serverActions.bodySizeLimit ("4mb"). */
export const PAGE_BODY_LIMIT_BYTES = 4 * MB;

/**
 * A teacher's evidence (the upload route under /account/record/<kind>/evidence): photos of up to
 * 20 MB. The route itself reads a body with a cap and answers anything over 20 MB with the
 * message beside the field (lib/dqt/evidence-upload.ts), which a browser shows only once it has
 * sent its whole body; so bodies up to this size are let through to it, and past it the early
 * answer is the same message, by redirect, without reading the body.
 */
export const EVIDENCE_BODY_LIMIT_BYTES = 64 * MB;
const EVIDENCE_UPLOAD = /^\/account\/record\/([a-z-]+)\/evidence\/upload\/?$/;

/** @type {readonly (readonly [RegExp, number])[]} */
const LIMITS = [
  [/^\/api\//, API_BODY_LIMIT_BYTES],
  [EVIDENCE_UPLOAD, EVIDENCE_BODY_LIMIT_BYTES],
];

/** @param {string} pathname @returns {number} */
export function bodyLimitFor(pathname) {
  return LIMITS.find(([pattern]) => pattern.test(pathname))?.[1] ?? PAGE_BODY_LIMIT_BYTES;
}

/**
 * The route's limit when the request declares a longer body than it allows, else null.
 * @param {string} pathname
 * @param {string | null | undefined} contentLength the request's Content-Length header
 * @returns {number | null}
 */
export function declaredBodyOverLimit(pathname, contentLength) {
  if (contentLength == null || !/^\s*\d+\s*$/.test(contentLength)) return null;
  const limit = bodyLimitFor(pathname);
  return Number(contentLength) > limit ? limit : null;
}

/** How much of a body Next.js copies for proxy.ts: next.config.js's proxyClientMaxBodySize ("21mb"). */
export const PROXY_BODY_COPY_BYTES = 21 * MB;

/**
 * Whether proxy.ts has the whole body to judge: past PROXY_BODY_COPY_BYTES its copy is cut short
 * and would read as malformed (a 25 MB photo posted to the evidence upload did), so it is left to
 * the route, which reads the real body with its own cap.
 * @param {string | null | undefined} contentLength the request's Content-Length header
 */
export function proxyHasWholeBody(contentLength) {
  return !(contentLength != null && /^\s*\d+\s*$/.test(contentLength) && Number(contentLength) > PROXY_BODY_COPY_BYTES);
}

/**
 * Where an oversized post is sent back to with its message, when a page has one for it.
 * @param {string} pathname
 * @returns {string | null}
 */
export function oversizedBodyRedirect(pathname) {
  const kind = EVIDENCE_UPLOAD.exec(pathname)?.[1];
  return kind ? `/account/record/${kind}/evidence?error=too-big` : null;
}

/** "64 KB", "4 MB": a limit as a person reads it. @param {number} bytes */
export function describeLimit(bytes) {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / 1024)} KB`;
}
