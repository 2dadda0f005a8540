// The server's answer for a page that failed while rendering: Next's empty 500 document replaced by
// GOV.UK's problem page, on a real HTTP server, written the ways Next writes a response (streamed
// after flushHeaders, whole with end(), through gzip compression); and everything else left alone.
// Each server's responses are watched as lib/next-seams/server.mjs watches them. The journey
// (e2e/server-error.spec.ts) shows it on the built app, in a browser.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drawnProblemPage, isFailedPage, replaceFailedPage, type ProblemPageSource } from "./failed-page.mjs";
import { PLAIN_PROBLEM_PAGE } from "./problem-page.mjs";

const require = createRequire(import.meta.url);
// Next's own compression middleware (the one Next.js wraps every response in): what it does to a
// response is part of what this seam relies on.
const compression = require("next/dist/compiled/compression") as () => (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

const EMPTY_ERROR_DOCUMENT = `<!DOCTYPE html><html id="__next_error__"><head></head><body></body><script>self.__next_f.push([1,"the failed render's data: Tomasz Nowak"])</script></html>`;
const POLICY = (nonce: string) => `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`;
const PROBLEM_PAGE = (nonce: string) =>
  `<!DOCTYPE html><html><body><h1>Sorry, there is a problem with the service</h1><script nonce="${nonce}" src="/js/init.mjs"></script></body></html>`;

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/** How the test server answers each path: the ways Next writes a page. */
const ROUTES: Record<string, Handler> = {
  // As Next streams a page: headers set, then flushHeaders(), chunks, end().
  "/streamed": (_, response) => {
    response.statusCode = 500;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Security-Policy", POLICY("response-nonce"));
    response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    response.flushHeaders();
    response.write(EMPTY_ERROR_DOCUMENT.slice(0, 40));
    response.write(EMPTY_ERROR_DOCUMENT.slice(40));
    setImmediate(() => response.end());
  },
  // A body sent whole, its length given.
  "/whole": (_, response) => {
    response.statusCode = 500;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Length", Buffer.byteLength(EMPTY_ERROR_DOCUMENT));
    response.end(EMPTY_ERROR_DOCUMENT);
  },
  "/write-head": (_, response) => {
    response.writeHead(500, { "Content-Type": "text/html" });
    response.end(EMPTY_ERROR_DOCUMENT);
  },
  "/fine": (_, response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.flushHeaders();
    response.write("<html><body><h1>Your qualifications</h1>");
    response.end("</body></html>");
  },
  "/api": (_, response) => {
    response.writeHead(500, { "Content-Type": "application/json" });
    response.end('{"errors":[]}');
  },
  "/action": (_, response) => {
    response.writeHead(500, { "Content-Type": "text/x-component" });
    response.end("0:E{}");
  },
  // The problem page itself failing (its layout): left as it is, never asked for again.
  "/service-problem": (_, response) => {
    response.writeHead(500, { "Content-Type": "text/html" });
    response.end(EMPTY_ERROR_DOCUMENT);
  },
};

function startServer(handler: Handler, source: ProblemPageSource = testSource): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((request, response) => {
    replaceFailedPage(response, source);
    handler(request, response);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

const servers: http.Server[] = [];
let plain = "";
let gzipped = "";
let pageAsked: string[] = [];

/** The page source of the tests: records who asked, and fails for /rejects. */
async function testSource(response: http.ServerResponse): Promise<string> {
  pageAsked.push(response.req.url ?? "");
  if (response.req.url === "/rejects") throw new Error("no page");
  const nonce = /'nonce-([^']+)'/.exec(String(response.getHeader("content-security-policy") ?? ""))?.[1] ?? "none";
  return PROBLEM_PAGE(nonce);
}

beforeAll(async () => {
  const route = (request: http.IncomingMessage, response: http.ServerResponse) => (ROUTES[request.url ?? ""] ?? ROUTES["/streamed"]!)(request, response);
  const a = await startServer(route);
  const gzip = compression();
  const b = await startServer((request, response) => gzip(request, response, () => route(request, response)));
  servers.push(a.server, b.server);
  plain = a.origin;
  gzipped = b.origin;
});

afterAll(() =>
  Promise.all(
    servers.map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  ),
);

describe("isFailedPage", () => {
  const page = { method: "GET", url: "/qualifications", status: 500, contentType: "text/html; charset=utf-8" };

  it("is a 500 HTML page asked for by a browser", () => {
    expect(isFailedPage(page)).toBe(true);
    expect(isFailedPage({ ...page, method: "POST" })).toBe(true); // a form posted without JavaScript
    expect(isFailedPage({ ...page, url: "/account/requests/CR-D4N1EZ?from=support" })).toBe(true);
  });

  it("is not any other status, kind of answer, a HEAD, or the problem page itself", () => {
    for (const status of [200, 404, 502, 503]) expect(isFailedPage({ ...page, status }), String(status)).toBe(false);
    for (const contentType of ["text/x-component", "application/json", "text/plain", undefined]) {
      expect(isFailedPage({ ...page, contentType }), String(contentType)).toBe(false);
    }
    expect(isFailedPage({ ...page, method: "HEAD" })).toBe(false);
    expect(isFailedPage({ ...page, url: "/service-problem" })).toBe(false);
    expect(isFailedPage({ ...page, url: "/service-problem?x=1" })).toBe(false);
  });
});

describe("replaceFailedPage", () => {
  it("sends the problem page, with the response's nonce, status and headers, in place of a streamed empty document", async () => {
    for (const origin of [plain, gzipped]) {
      const response = await fetch(`${origin}/streamed`);
      expect(response.status).toBe(500);
      expect(response.headers.get("content-security-policy")).toBe(POLICY("response-nonce"));
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(response.headers.get("content-encoding")).toBeNull();
      const body = await response.text();
      expect(body).toBe(PROBLEM_PAGE("response-nonce"));
      expect(body).not.toContain("Tomasz");
    }
  });

  it("replaces a body sent whole, or with writeHead's own headers", async () => {
    for (const path of ["/whole", "/write-head"]) {
      for (const origin of [plain, gzipped]) {
        const response = await fetch(`${origin}${path}`);
        expect(response.status, path).toBe(500);
        expect(await response.text(), path).toBe(PROBLEM_PAGE("none"));
      }
    }
  });

  it("sends the plain problem page when the drawn one cannot be had", async () => {
    const response = await fetch(`${plain}/rejects`);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(PLAIN_PROBLEM_PAGE);
  });

  it("leaves every other answer alone, compressed or not", async () => {
    pageAsked = [];
    for (const origin of [plain, gzipped]) {
      const fine = await fetch(`${origin}/fine`);
      expect(fine.status).toBe(200);
      expect(await fine.text()).toBe("<html><body><h1>Your qualifications</h1></body></html>");
      expect(await (await fetch(`${origin}/api`)).text()).toBe('{"errors":[]}');
      expect(await (await fetch(`${origin}/action`)).text()).toBe("0:E{}");
      expect(await (await fetch(`${origin}/service-problem`)).text()).toBe(EMPTY_ERROR_DOCUMENT);
      const head = await fetch(`${origin}/streamed`, { method: "HEAD" });
      expect(head.status).toBe(500);
    }
    expect(pageAsked).toEqual([]);
  });

  it("under gzip, sends the page uncompressed in place of the compressed document, and still compresses the rest", async () => {
    const failed = await rawGet(`${gzipped}/streamed`);
    expect(failed.status).toBe(500);
    expect(failed.encoding).toBeUndefined();
    expect(failed.body.toString("utf8")).toBe(PROBLEM_PAGE("response-nonce"));
    const fine = await rawGet(`${gzipped}/fine`);
    expect(fine.encoding).toBe("gzip");
    expect(gunzipSync(fine.body).toString("utf8")).toBe("<html><body><h1>Your qualifications</h1></body></html>");
  });
});

/** A GET that asks for gzip and reads the bytes as sent (fetch would decompress them). */
function rawGet(url: string): Promise<{ status: number | undefined; encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode, encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("the problem page as this server draws it", () => {
  it("is fetched from the server's own /service-problem, and its nonce made the failed response's", async () => {
    const { server, origin } = await startServer((request, response) => {
      if (request.url === "/service-problem") {
        response.writeHead(200, { "Content-Type": "text/html", "Content-Security-Policy": POLICY("page-nonce") });
        response.end(PROBLEM_PAGE("page-nonce"));
        return;
      }
      ROUTES["/streamed"]!(request, response);
    }, drawnProblemPage);
    servers.push(server);
    const response = await fetch(`${origin}/qualifications`);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(PROBLEM_PAGE("response-nonce"));
  });
});
