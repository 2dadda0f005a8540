// Fetching one of the server's own pages for an answer with another status: a stand-in server on
// loopback plays the page (its real use is proxy.ts's 503 page and route handlers' 404 page, which
// the journeys load with JavaScript off).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSP_HEADER } from "@/lib/http/security-headers";
import { ownPageHtml } from "./own-page.mjs";

const PAGE_NONCE = "cGFnZS1ub25jZQ==";
const PAGE = `<html><head><script nonce="${PAGE_NONCE}" src="/a.js"></script></head><body><h1>Page not found</h1><script nonce="${PAGE_NONCE}">1</script></body></html>`;

let server: http.Server;
let port: string;
const requested: string[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requested.push(request.url ?? "");
    if (request.url === "/_not-found") {
      response.writeHead(404, { "Content-Type": "text/html; charset=utf-8", [CSP_HEADER]: `script-src 'self' 'nonce-${PAGE_NONCE}'` });
      response.end(PAGE);
    } else if (request.url === "/moved") {
      response.writeHead(303, { Location: "/research/password" });
      response.end();
    } else if (request.url === "/no-policy") {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.end(PAGE);
    } else {
      response.writeHead(200, { "Content-Type": "application/json", [CSP_HEADER]: `script-src 'nonce-${PAGE_NONCE}'` });
      response.end("{}");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = String((server.address() as AddressInfo).port);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("ownPageHtml", () => {
  it("returns the page with every script carrying the answer's nonce instead of the page's", async () => {
    const html = await ownPageHtml({ port, path: "/_not-found", expectedStatus: 404, nonce: "YW5zd2Vy" });
    expect(html).toContain("<h1>Page not found</h1>");
    expect(html).not.toContain(PAGE_NONCE);
    expect(html?.match(/nonce="YW5zd2Vy"/g)).toHaveLength(2);
  });

  it("gives nothing rather than the wrong page: another status, a redirect, no policy, not HTML", async () => {
    const options = { nonce: "YW5zd2Vy" };
    expect(await ownPageHtml({ port, ...options, path: "/_not-found", expectedStatus: 200 })).toBeNull();
    expect(await ownPageHtml({ port, ...options, path: "/moved", expectedStatus: 303 })).toBeNull();
    expect(await ownPageHtml({ port, ...options, path: "/no-policy", expectedStatus: 200 })).toBeNull();
    expect(await ownPageHtml({ port, ...options, path: "/json", expectedStatus: 200 })).toBeNull();
  });

  it("asks nothing without a local port, and only a port on loopback", async () => {
    const before = requested.length;
    expect(await ownPageHtml({ port: null, path: "/_not-found", expectedStatus: 404, nonce: "YW5zd2Vy" })).toBeNull();
    expect(await ownPageHtml({ port: "evil.example:80", path: "/_not-found", expectedStatus: 404, nonce: "YW5zd2Vy" })).toBeNull();
    expect(requested.length).toBe(before);
  });

  it("without a nonce (an answer with no policy), the page as drawn", async () => {
    expect(await ownPageHtml({ port, path: "/_not-found", expectedStatus: 404, nonce: undefined })).toBe(PAGE);
  });

  it("gives nothing when the server does not answer", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = String((closed.address() as AddressInfo).port);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await ownPageHtml({ port: closedPort, path: "/_not-found", expectedStatus: 404, nonce: "YW5zd2Vy" })).toBeNull();
  });
});
