// How large a request's body may be, by address: the one table of limits. proxy.ts answers 413
// to a request whose declared Content-Length is over its route's limit before a byte of the body
// is read (a client declaring 200 MB and sending 1 byte got no answer for 10 s while the proxy
// waited for the rest). A body without a declared length is still capped where it is read
// (lib/http/body.ts for the APIs, Next.js's serverActions.bodySizeLimit for actions).
import { API_BODY_LIMIT_BYTES } from "./body";

const MB = 1024 * 1024;

/** Pages' forms: next.config.js's serverActions.bodySizeLimit ("4mb"), a 3 MB evidence file and its form. */
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

const LIMITS: readonly (readonly [RegExp, number])[] = [
  [/^\/api\//, API_BODY_LIMIT_BYTES],
  [EVIDENCE_UPLOAD, EVIDENCE_BODY_LIMIT_BYTES],
];

/** Where an oversized post is sent back to with its message, when a page has one for it. */
export function oversizedBodyRedirect(pathname: string): string | null {
  const kind = EVIDENCE_UPLOAD.exec(pathname)?.[1];
  return kind ? `/account/record/${kind}/evidence?error=too-big` : null;
}

export function bodyLimitFor(pathname: string): number {
  return LIMITS.find(([pattern]) => pattern.test(pathname))?.[1] ?? PAGE_BODY_LIMIT_BYTES;
}

/** The route's limit when the request declares a longer body than it allows, else null. */
export function declaredBodyOverLimit(pathname: string, headers: Headers): number | null {
  const declared = headers.get("content-length");
  if (declared === null || !/^\s*\d+\s*$/.test(declared)) return null;
  const limit = bodyLimitFor(pathname);
  return Number(declared) > limit ? limit : null;
}

/** "64 KB", "4 MB": a limit as a person reads it. */
export function describeLimit(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / 1024)} KB`;
}
