// How large a request's body may be, by address: the one table of limits. proxy.ts answers 413
// to a request whose declared Content-Length is over its route's limit before a byte of the body
// is read (a client declaring 200 MB and sending 1 byte got no answer for 10 s while the proxy
// waited for the rest). A body without a declared length is still capped where it is read
// (lib/http/body.ts for the APIs, Next.js's serverActions.bodySizeLimit for actions).
import { API_BODY_LIMIT_BYTES } from "./body";

const MB = 1024 * 1024;

/** Pages' forms: next.config.js's serverActions.bodySizeLimit ("4mb"), a 3 MB evidence file and its form. */
export const PAGE_BODY_LIMIT_BYTES = 4 * MB;

/** A teacher's evidence for a change to their record: photos of up to 20 MB, and the form around one. */
export const EVIDENCE_BODY_LIMIT_BYTES = 21 * MB;

const LIMITS: readonly (readonly [RegExp, number])[] = [
  [/^\/api\//, API_BODY_LIMIT_BYTES],
  [/^\/account\/record\/[^/]+\/evidence\/?$/, EVIDENCE_BODY_LIMIT_BYTES],
];

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
