// GOV.UK's "Sorry, there is a problem with the service" page (app/service-problem) as HTML, for the
// two answers a page cannot give itself: proxy.ts's 503 while the database does not answer, and
// the 500 for a page that failed while rendering (lib/next-seams/failed-page.mjs). The page is
// drawn by this server (it needs no database and reads nothing but its CSP nonce) and fetched
// through the port the request came in on (lib/next-seams/own-page.mjs).
import { CONTACT_EMAIL } from "../contact.mjs";
import { ownPageHtml, plainPage } from "./own-page.mjs";

export const SERVICE_PROBLEM_PATH = "/service-problem";

const TITLE = "Sorry, there is a problem with the service – Access your teaching qualifications – GOV.UK";

/** When the page itself cannot be had (the root layout is what fails, the port is unknown): the same words, with no script and no style. */
export const PLAIN_PROBLEM_PAGE = plainPage({
  title: TITLE,
  noindex: true,
  body: `<h1>Sorry, there is a problem with the service</h1>
<p>Try again later.</p>
<p>If you need help with your teaching qualifications or your DfE Identity account, email <a href="mailto:${CONTACT_EMAIL}">${CONTACT_EMAIL}</a>.</p>`,
});

/**
 * The problem page as this server draws it, with `nonce` in place of the one it was drawn with;
 * null when it cannot be had (no port, an answer that is not the page, a timeout).
 * @param {string | number | null | undefined} port
 * @param {string | undefined} nonce
 * @returns {Promise<string | null>}
 */
export function fetchServiceProblemPage(port, nonce) {
  return ownPageHtml({ port, path: SERVICE_PROBLEM_PATH, expectedStatus: 200, nonce });
}
