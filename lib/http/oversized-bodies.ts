// 413 for a request whose declared Content-Length is over its route's limit (lib/http/body-limits.ts),
// answered on the socket before a byte of the body is read and before Next.js sees the request.
// It cannot be left to proxy.ts: Next.js copies a request's body for the proxy and, whatever the
// proxy answers, waits for the whole body before replying, so a client declaring 200 MB and
// sending 1 byte got no answer at all. The connection is closed after the answer, so the rest of
// the body is never read. Installed once per process by instrumentation.ts, as peer-headers.ts is.
import http from "node:http";
import { declaredBodyOverLimit, describeLimit, oversizedBodyRedirect } from "./body-limits";

export function answerOversizedBody(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (!request.headers["content-length"]) return false;
  let pathname: string;
  try {
    pathname = new URL(request.url ?? "/", "http://localhost").pathname;
  } catch {
    return false;
  }
  const limit = declaredBodyOverLimit(pathname, new Headers({ "content-length": String(request.headers["content-length"]) }));
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

export function installOversizedBodyAnswer(): void {
  const state = globalThis as { __aytqOversizedBodies?: boolean };
  if (state.__aytqOversizedBodies) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request" && answerOversizedBody(args[0] as http.IncomingMessage, args[1] as http.ServerResponse)) return true;
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  state.__aytqOversizedBodies = true;
}
