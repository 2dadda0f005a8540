// 413 for a request whose declared Content-Length is over its route's limit (body-limits.mjs),
// answered by the server (lib/next-seams/server.mjs) before a byte of the body is read and before
// Next.js sees the request. It cannot be left to proxy.ts: Next.js copies a request's body for the
// proxy and, whatever the proxy answers, waits for the whole body before replying, so a client
// declaring 200 MB and sending 1 byte got no answer at all. The connection is closed after the
// answer, so the rest of the body is never read.
import { declaredBodyOverLimit, describeLimit, oversizedBodyRedirect } from "./body-limits.mjs";

/**
 * Answers the request when its declared body is too large for its route; true when it did.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @returns {boolean}
 */
export function answerOversizedBody(request, response) {
  const declared = request.headers["content-length"];
  if (!declared) return false;
  let pathname;
  try {
    pathname = new URL(request.url ?? "/", "http://localhost").pathname;
  } catch {
    return false;
  }
  const limit = declaredBodyOverLimit(pathname, declared);
  if (limit === null) return false;
  const location = oversizedBodyRedirect(pathname);
  if (location) {
    response.writeHead(303, { Location: location, "Content-Length": 0, "Cache-Control": "no-store", Connection: "close" });
    response.end(() => request.socket.destroy());
    return true;
  }
  const api = pathname.startsWith("/api/");
  const body = api
    ? JSON.stringify({ errors: [{ field: "(body)", message: `The body must be ${describeLimit(limit)} or smaller` }] })
    : `What you sent is too large: it must be ${describeLimit(limit)} or smaller. Go back to the page and try again.`;
  response.writeHead(413, {
    "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    Connection: "close",
  });
  response.end(body, () => request.socket.destroy());
  return true;
}
