// Next.js decodes a dynamic segment before the route runs, and a malformed escape
// (/qualifications/certificates/%C0%AE, a cut-off %E0%A4%A) then throws: a 500. Such an address
// names nothing, so proxy.ts answers the GOV.UK 404 page for it first.

/** True when the path has a percent-escape that does not decode to UTF-8. */
export function hasMalformedEscape(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
