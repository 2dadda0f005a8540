// "Page not found" as a Response, for route handlers: notFound() there answers 404 with an empty
// body (Next 16), a blank page for someone who followed a stale link.
//
// The GOV.UK 404 page (app/not-found.tsx) is not prerendered (the root layout reads the CSP nonce,
// so every page is drawn per request): it is fetched from this server and sent with the answer's
// nonce (lib/next-seams/own-page.mjs). That costs a request only when something is missing, where a check
// in proxy.ts before every download cost its queries on every one. The plain page below, the same
// words with no script or style, is for when the server cannot be asked.
import "server-only";
import { headers } from "next/headers";
import { CONTACT_EMAIL } from "@/lib/contact";
import { ownPageHtml, plainPage } from "@/lib/next-seams/own-page.mjs";
import { LOCAL_PORT_HEADER, peerHeadersInstalled } from "./forwarded";
import { nonceFromHeaders } from "./security-headers";

const PAGE = plainPage({
  title: "Page not found – Access your teaching qualifications – GOV.UK",
  body: `<h1>Page not found</h1>
<p>If you typed the web address, check it is correct.</p>
<p>If you pasted the web address, check you copied the entire address.</p>
<p>If the web address is correct or you selected a link or button, email <a href="mailto:${CONTACT_EMAIL}">${CONTACT_EMAIL}</a> if you need help with your teaching qualifications or your DfE Identity account.</p>
<p><a href="/">Go to the start page</a></p>`,
});

/** The GOV.UK 404 page at the address asked for (call it in a route handler). */
export async function notFoundResponse(): Promise<Response> {
  const requestHeaders = await headers();
  const html = await ownPageHtml({
    // Only the server's own stamp: elsewhere (`next dev`) the header is whatever a client sent.
    port: peerHeadersInstalled() ? requestHeaders.get(LOCAL_PORT_HEADER) : null,
    path: "/_not-found",
    expectedStatus: 404,
    nonce: nonceFromHeaders(requestHeaders),
  });
  return new Response(html ?? PAGE, {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
