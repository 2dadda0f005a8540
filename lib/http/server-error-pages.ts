// A page that fails while rendering (a bug: anything a server component, layout or metadata
// throws but notFound() and redirect()) answers 500 with GOV.UK's "Sorry, there is a problem
// with the service" page as real HTML, with JavaScript on or off.
//
// Why here, below Next.js: Next 16.4 answers such a page 500 with a fixed empty document,
// `<html id="__next_error__"><head></head><body></body></html>` plus the failed render's data,
// and app/error.tsx fills it in only once JavaScript runs (next/dist/server/app-render/app-render.js:
// renderToStream's catch and getErrorRSCPayload). React renders no error boundary on the server,
// and Next has no setting or hook to change that body: instrumentation's onRequestError only
// reports, proxy.ts runs before the page, and a page cannot set its own status (a page that
// caught its own failure and drew the problem page would answer 200). A failure inside a
// <Suspense> boundary is no way out either: the page answers 200 with the boundary's fallback
// (tried); no page here streams.
//
// So the server itself, as each response's headers are written, recognises that answer (status
// 500, an HTML page, a browser's request) and sends the problem page (lib/http/service-problem-page.ts,
// the page this server draws, its nonce made the response's) in place of the body Next writes. The
// response's own headers (the Content-Security-Policy with its nonce, the other security headers)
// and its status stay, with Cache-Control: private, no-store. Nothing of the failed render reaches the browser:
// neither Next's data for it (which can hold what the layout drew for the signed-in teacher) nor
// any message or stack. Every other response pays one comparison of its status as its headers go
// out, and one property read per write and at its end.
//
// Installed by instrumentation.ts for `next start` and the standalone server only: under
// `next dev` the failure's own page (with its stack, for the developer) is left alone. It sits
// under Next's gzip compression (which wraps each response's methods later, on the response
// itself), so it sees the compressed body to throw away and drops Content-Encoding for the page.
// The rest of the story: README.md, "When things fail".
import http from "node:http";
import { CSP_HEADER, nonceInPolicy } from "./security-headers";
import { fetchServiceProblemPage, PLAIN_PROBLEM_PAGE, SERVICE_PROBLEM_PATH } from "./service-problem-page";

export interface ResponseSummary {
  method: string | undefined;
  /** The request's address (path and query). */
  url: string | undefined;
  status: number;
  contentType: string | undefined;
}

/** Whether this response is Next's empty error document for a page, which the problem page replaces. */
export function isFailedPage({ method, url, status, contentType }: ResponseSummary): boolean {
  if (status !== 500) return false;
  // A HEAD has no body to replace; the problem page itself failing (its layout) must not loop.
  if (method === "HEAD") return false;
  if ((url ?? "").split("?")[0] === SERVICE_PROBLEM_PATH) return false;
  // Pages only: not a server action's or a navigation's data (text/x-component), nor JSON.
  return /^text\/html\b/i.test(contentType ?? "");
}

/** The page to send: GOV.UK's problem page as this server draws it, or its plain copy. */
export type ProblemPageSource = (response: http.ServerResponse) => Promise<string>;

export const drawnProblemPage: ProblemPageSource = async (response) => {
  const policy = response.getHeader(CSP_HEADER);
  const nonce = nonceInPolicy(typeof policy === "string" ? policy : null);
  const page = await fetchServiceProblemPage(response.req?.socket?.localPort, nonce);
  if (page) return page;
  warnOnce();
  return PLAIN_PROBLEM_PAGE;
};

let warned = false;
function warnOnce() {
  if (warned) return;
  warned = true;
  console.warn(`A page failed and ${SERVICE_PROBLEM_PATH} could not be drawn in its place: the plain problem page was sent instead (lib/http/server-error-pages.ts).`);
}

const REPLACING = Symbol.for("aytq.serverErrorPage");

interface Replacing {
  ending: boolean;
}

type Tracked = http.ServerResponse & { [REPLACING]?: Replacing };

interface State {
  installed: boolean;
  source: ProblemPageSource;
}

function state(): State {
  const global = globalThis as { __aytqServerErrorPages?: State };
  return (global.__aytqServerErrorPages ??= { installed: false, source: drawnProblemPage });
}

/** The Content-Type the response is about to be sent with: from writeHead's own headers, or set before. */
function contentType(response: http.ServerResponse, writeHeadArgs: unknown[]): string | undefined {
  const given = writeHeadArgs.find((arg): arg is Record<string, unknown> => typeof arg === "object" && arg !== null && !Array.isArray(arg));
  const fromArgs = given && Object.entries(given).find(([name]) => name.toLowerCase() === "content-type")?.[1];
  const value = fromArgs ?? response.getHeader("content-type");
  return typeof value === "string" ? value : Array.isArray(value) ? value[0] : undefined;
}

function summary(response: http.ServerResponse, status: number, writeHeadArgs: unknown[] = []): ResponseSummary {
  return { method: response.req?.method, url: response.req?.url, status, contentType: contentType(response, writeHeadArgs) };
}

/** From now on Next's body for this response is thrown away; the problem page is sent at its end. */
function replace(response: Tracked): Replacing {
  const replacing = { ending: false };
  response[REPLACING] = replacing;
  // Both describe Next's body (or its compressed copy), not the page sent instead.
  response.removeHeader("content-length");
  response.removeHeader("content-encoding");
  response.setHeader("cache-control", "private, no-store");
  return replacing;
}

function callbackOf(args: unknown[]): ((error?: Error | null) => void) | undefined {
  const last = args.findLast((arg) => typeof arg === "function");
  return last as ((error?: Error | null) => void) | undefined;
}

/**
 * Installs the replacement on every response of this process's HTTP servers (once; later calls
 * only change where the page comes from, for tests).
 */
export function installServerErrorPages(source: ProblemPageSource = drawnProblemPage): void {
  const current = state();
  current.source = source;
  if (current.installed) return;
  current.installed = true;

  const prototype = http.ServerResponse.prototype;
  const writeHead = prototype.writeHead as (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;
  const write = prototype.write as (this: http.ServerResponse, ...args: unknown[]) => boolean;
  const end = prototype.end as (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;

  // `arguments`, not rest parameters: nothing is allocated for a response that did not fail.
  prototype.writeHead = function (this: Tracked, status: number) {
    if (status === 500 && !this[REPLACING] && isFailedPage(summary(this, status, [...arguments].slice(1)))) replace(this);
    return writeHead.apply(this, arguments as unknown as unknown[]);
  } as typeof prototype.writeHead;

  prototype.write = function (this: Tracked) {
    if (!this[REPLACING]) return write.apply(this, arguments as unknown as unknown[]);
    const done = callbackOf([...arguments]);
    if (done) process.nextTick(done);
    return true;
  } as typeof prototype.write;

  prototype.end = function (this: Tracked) {
    // A body sent whole by end() alone: its headers are written only now.
    const replacing = this[REPLACING] ?? (this.statusCode === 500 && !this.headersSent && isFailedPage(summary(this, 500)) ? replace(this) : undefined);
    if (!replacing || replacing.ending) return end.apply(this, arguments as unknown as unknown[]);
    replacing.ending = true;
    const done = callbackOf([...arguments]);
    const finish = (page: string | null) => {
      if (this.destroyed || page === null) end.call(this, done);
      else end.call(this, page, "utf8", done);
    };
    if (this.destroyed) finish(null);
    else state().source(this).then(finish, () => finish(PLAIN_PROBLEM_PAGE));
    return this;
  } as typeof prototype.end;
}
