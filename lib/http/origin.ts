// Is a POST from one of our own pages? Browsers send Origin with every form post; a post from
// another site (or with no Origin at all) is refused before anything is read or written.
import "server-only";

/** The post came from a page of this site (Origin's host is the host the request was sent to). */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
