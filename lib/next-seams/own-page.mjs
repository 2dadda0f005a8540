// Seam: one of this server's own pages, fetched from it over loopback, for an answer that needs
// GOV.UK HTML with a status a page cannot give itself: proxy.ts's 503 during an outage, the 500 in
// place of a page that failed (lib/next-seams/failed-page.mjs), a route handler's 404
// (lib/http/not-found.ts). Next.js 16 answers a rewrite to a page 200 and draws a route handler's
// notFound() as an empty body, so the page is fetched and sent on with the status wanted. The
// page's CSP nonce is swapped for the answer's. When it cannot be had, `plainPage` gives the same
// words with no script or style. Plain JavaScript: the production server runs it as it is.

const TIMEOUT_MS = 5_000;
const NONCE_IN_POLICY = /'nonce-([^']+)'/;

/**
 * The HTML of the page at `path`, its scripts carrying `nonce`; null when it cannot be had (no
 * port known, the page did not answer `expectedStatus` with HTML, a timeout).
 * @param {{ port: string | number | null | undefined, path: string, expectedStatus: number, nonce: string | undefined }} page
 *   port: the one this server took the request on; path: a page that needs no session;
 *   nonce: the answer's, which the page's scripts are to carry (none: the page as drawn).
 * @returns {Promise<string | null>}
 */
export async function ownPageHtml({ port, path, expectedStatus, nonce }) {
  if (!port || !/^\d+$/.test(String(port))) return null;
  try {
    const page = await fetch(`http://127.0.0.1:${port}${path}`, {
      cache: "no-store",
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const pageNonce = NONCE_IN_POLICY.exec(page.headers.get("content-security-policy") ?? "")?.[1];
    const html = await page.text();
    if (page.status !== expectedStatus || !pageNonce || !page.headers.get("content-type")?.startsWith("text/html")) return null;
    return nonce ? html.replaceAll(pageNonce, nonce) : html;
  } catch {
    return null;
  }
}

/**
 * A page with no script or style: the words of a GOV.UK page for when the page itself cannot be had.
 * @param {{ title: string, body: string, noindex?: boolean }} page
 * @returns {string}
 */
export function plainPage({ title, body, noindex = false }) {
  const robots = noindex ? `<meta name="robots" content="noindex, nofollow">` : "";
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${robots}<title>${title}</title></head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
