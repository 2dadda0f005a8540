// One of this server's own pages, fetched from it over loopback, for an answer that needs GOV.UK
// HTML with a status a page cannot give itself: proxy.ts's 503 during an outage, the 500 in place
// of a page that failed (lib/http/server-error-pages.ts), a route handler's 404. Next 16 answers a
// page 200 (a rewrite cannot carry another status) and draws a page's own notFound() or error only
// with JavaScript, so the page is fetched and sent on with the status wanted. The page's CSP nonce
// is swapped for the answer's, which proxy.ts allows. When it cannot be had, `plainPage` gives the
// same words with no script or style.
import { CSP_HEADER, nonceInPolicy } from "./security-headers";

const TIMEOUT_MS = 5_000;

export interface OwnPage {
  /** The port this server took the request on (the socket's, or LOCAL_PORT_HEADER's). */
  port: string | number | null | undefined;
  /** A page that needs no session. */
  path: string;
  expectedStatus: number;
  /** The answer's nonce, which its scripts are to carry (none: the page as drawn, for an answer without a policy). */
  nonce: string | undefined;
}

/**
 * The HTML of the page at `path`, its scripts carrying `nonce`; null when it cannot be had (no
 * port known, the page did not answer `expectedStatus` with HTML, a timeout).
 */
export async function ownPageHtml({ port, path, expectedStatus, nonce }: OwnPage): Promise<string | null> {
  if (!port || !/^\d+$/.test(String(port))) return null;
  try {
    const page = await fetch(`http://127.0.0.1:${port}${path}`, {
      cache: "no-store",
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const pageNonce = nonceInPolicy(page.headers.get(CSP_HEADER));
    const html = await page.text();
    if (page.status !== expectedStatus || !pageNonce || !page.headers.get("content-type")?.startsWith("text/html")) return null;
    return nonce ? html.replaceAll(pageNonce, nonce) : html;
  } catch {
    return null;
  }
}

/** A page with no script or style: the words of a GOV.UK page for when the page itself cannot be had. */
export function plainPage({ title, body, noindex = false }: { title: string; body: string; noindex?: boolean }): string {
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
