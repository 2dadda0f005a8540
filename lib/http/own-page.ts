// One of this server's own pages, fetched from it over loopback, for an answer that needs GOV.UK
// HTML with a status a page cannot give itself: proxy.ts's 503 during an outage, a route
// handler's 404. Next 16 answers a page 200 (a rewrite cannot carry another status) and draws a
// page's own notFound() or error only with JavaScript, so the page is fetched and sent on with
// the status wanted. The page's CSP nonce is swapped for the answer's, which proxy.ts allows.
import { LOCAL_PORT_HEADER } from "./forwarded";
import { CSP_HEADER, nonceInPolicy } from "./security-headers";

interface HeaderSource {
  get(name: string): string | null;
}

const TIMEOUT_MS = 5_000;

/**
 * The HTML of `path` (a page that needs no session), its scripts carrying `nonce`; null when it
 * cannot be had (no local port known, no nonce, the page did not answer `expectedStatus` with HTML).
 */
export async function ownPageHtml(
  requestHeaders: HeaderSource,
  { path, expectedStatus, nonce }: { path: string; expectedStatus: number; nonce: string | undefined },
): Promise<string | null> {
  const port = requestHeaders.get(LOCAL_PORT_HEADER);
  if (!port || !/^\d+$/.test(port) || !nonce) return null;
  try {
    const page = await fetch(`http://127.0.0.1:${port}${path}`, {
      cache: "no-store",
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const pageNonce = nonceInPolicy(page.headers.get(CSP_HEADER));
    const html = await page.text();
    if (page.status !== expectedStatus || !pageNonce || !page.headers.get("content-type")?.startsWith("text/html")) return null;
    return html.replaceAll(pageNonce, nonce);
  } catch {
    return null;
  }
}
