// "Page not found" as a Response, for route handlers: notFound() there answers 404 with an empty
// body (Next 16), a blank page for someone who followed a stale link.
//
// The GOV.UK 404 page itself (app/not-found.tsx) can no longer be copied from the build: the root
// layout reads the CSP nonce, so nothing is prerendered and every page is drawn per request. The
// addresses a route handler would turn away (a certificate the teacher does not have, a missing
// document, the console for anyone but staff) are answered with that page by proxy.ts before the
// handler runs (lib/http/missing-pages.ts). This plain page is only for what proxy.ts could not
// foresee (a request withdrawn between the two checks): the same words, no script, no style.
import "server-only";
import { CONTACT_EMAIL } from "@/lib/contact";

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Page not found – Access your teaching qualifications – GOV.UK</title></head>
<body>
<main>
<h1>Page not found</h1>
<p>If you typed the web address, check it is correct.</p>
<p>If you pasted the web address, check you copied the entire address.</p>
<p>If the web address is correct or you selected a link or button, email <a href="mailto:${CONTACT_EMAIL}">${CONTACT_EMAIL}</a> if you need help with your teaching qualifications or your DfE Identity account.</p>
<p><a href="/">Go to the start page</a></p>
</main>
</body>
</html>
`;

export function notFoundResponse(): Response {
  return new Response(PAGE, {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
