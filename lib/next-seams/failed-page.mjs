// Seam: a page that fails while rendering (a bug: anything a server component, layout or metadata
// throws but notFound() and redirect()) answers 500 with GOV.UK's "Sorry, there is a problem with
// the service" page as real HTML, with JavaScript on or off.
//
// Why: Next.js 16.4 answers such a page 500 with a fixed empty document,
// `<html id="__next_error__"><head></head><body></body></html>` plus the failed render's data, and
// app/error.tsx fills it in only once JavaScript runs (app-render's renderToStream catch and
// getErrorRSCPayload). React renders no error boundary on the server, and Next has no setting or
// hook to change that body: instrumentation's onRequestError only reports, proxy.ts runs before the
// page, and a page cannot set its own status. A failure inside <Suspense> answers 200 with the
// fallback (tried); no page here streams.
//
// So the server (lib/next-seams/server.mjs) watches each response it hands to Next.js: when its
// headers go out as a 500 HTML page for a browser, the body Next writes is thrown away and the
// problem page (lib/next-seams/problem-page.mjs, its nonce made the response's) is sent at its
// end. Only the methods of that one response are wrapped; nothing of Node's is patched. The
// response's own headers (the CSP with its nonce, the other security headers) and its status
// stay, with Cache-Control: private, no-store. Nothing of the failed render reaches the browser.
// Next's gzip compression wraps the response's methods later, over these, so what is thrown away
// may be compressed: Content-Encoding goes with it.
import { fetchServiceProblemPage, PLAIN_PROBLEM_PAGE, SERVICE_PROBLEM_PATH } from "./problem-page.mjs";

/**
 * @typedef {object} ResponseSummary
 * @property {string | undefined} method
 * @property {string | undefined} url the request's address (path and query)
 * @property {number} status
 * @property {string | undefined} contentType
 */

/**
 * Whether this response is Next's empty error document for a page, which the problem page replaces.
 * @param {ResponseSummary} response
 */
export function isFailedPage({ method, url, status, contentType }) {
  if (status !== 500) return false;
  // A HEAD has no body to replace; the problem page itself failing (its layout) must not loop.
  if (method === "HEAD") return false;
  if ((url ?? "").split("?")[0] === SERVICE_PROBLEM_PATH) return false;
  // Pages only: not a server action's or a navigation's data (text/x-component), nor JSON.
  return /^text\/html\b/i.test(contentType ?? "");
}

/** @typedef {(response: import("node:http").ServerResponse) => Promise<string>} ProblemPageSource */

/** @type {ProblemPageSource} GOV.UK's problem page as this server draws it, or its plain copy. */
export const drawnProblemPage = async (response) => {
  const policy = response.getHeader("content-security-policy");
  const nonce = /'nonce-([^']+)'/.exec(typeof policy === "string" ? policy : "")?.[1];
  const page = await fetchServiceProblemPage(response.req?.socket?.localPort, nonce);
  if (page) return page;
  warnOnce();
  return PLAIN_PROBLEM_PAGE;
};

let warned = false;
function warnOnce() {
  if (warned) return;
  warned = true;
  console.warn(
    `A page failed and ${SERVICE_PROBLEM_PATH} could not be drawn in its place: the plain problem page was sent instead (lib/next-seams/failed-page.mjs).`,
  );
}

/**
 * The Content-Type the response is about to be sent with: from writeHead's own headers, or set before.
 * @param {import("node:http").ServerResponse} response
 * @param {unknown[]} writeHeadArgs
 */
function contentType(response, writeHeadArgs) {
  const given = /** @type {Record<string, unknown> | undefined} */ (
    writeHeadArgs.find((arg) => typeof arg === "object" && arg !== null && !Array.isArray(arg))
  );
  const fromArgs = given && Object.entries(given).find(([name]) => name.toLowerCase() === "content-type")?.[1];
  const value = fromArgs ?? response.getHeader("content-type");
  return typeof value === "string" ? value : Array.isArray(value) ? value[0] : undefined;
}

/** @param {unknown[]} args */
function callbackOf(args) {
  return /** @type {((error?: Error | null) => void) | undefined} */ (args.findLast((arg) => typeof arg === "function"));
}

/**
 * Watches one response: if it goes out as a failed page, the problem page is sent in its place.
 * Call before handing the response to Next.js (so that its compression wraps over this).
 * @param {import("node:http").ServerResponse} response
 * @param {ProblemPageSource} [source]
 */
export function replaceFailedPage(response, source = drawnProblemPage) {
  const writeHead = response.writeHead;
  const write = response.write;
  const end = response.end;
  let replacing = false;
  let ending = false;
  /** @param {unknown[]} writeHeadArgs */
  const failed = (writeHeadArgs) =>
    isFailedPage({ method: response.req?.method, url: response.req?.url, status: 500, contentType: contentType(response, writeHeadArgs) });
  const replace = () => {
    replacing = true;
    // Both describe Next's body (or its compressed copy), not the page sent instead.
    response.removeHeader("content-length");
    response.removeHeader("content-encoding");
    response.setHeader("cache-control", "private, no-store");
  };

  // `arguments`, not rest parameters: nothing is allocated for a response that did not fail.
  response.writeHead = /** @type {typeof writeHead} */ (
    function (/** @type {number} */ status) {
      if (status === 500 && !replacing && failed([...arguments].slice(1))) replace();
      return writeHead.apply(response, /** @type {any} */ (arguments));
    }
  );
  response.write = /** @type {typeof write} */ (
    function () {
      if (!replacing) return write.apply(response, /** @type {any} */ (arguments));
      const done = callbackOf([...arguments]);
      if (done) process.nextTick(done);
      return true;
    }
  );
  response.end = /** @type {typeof end} */ (
    function () {
      // A body sent whole by end() alone: its headers are written only now.
      if (!replacing && response.statusCode === 500 && !response.headersSent && failed([])) replace();
      if (!replacing || ending) return end.apply(response, /** @type {any} */ (arguments));
      ending = true;
      const done = callbackOf([...arguments]);
      /** @param {string | null} page */
      const finish = (page) => {
        if (response.destroyed || page === null) end.call(response, done);
        else end.call(response, page, "utf8", done);
      };
      if (response.destroyed) finish(null);
      else source(response).then(finish, () => finish(PLAIN_PROBLEM_PAGE));
      return response;
    }
  );
}
