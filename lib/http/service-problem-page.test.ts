// The problem page fetched from this server's own /service-problem (for proxy.ts's 503 and the
// 500 in place of a failed page), its nonce made the answer's; null whenever it is not the page.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTACT_EMAIL } from "@/lib/contact";
import { fetchServiceProblemPage, PLAIN_PROBLEM_PAGE } from "./service-problem-page";

const PAGE = `<html><body><h1>Sorry, there is a problem with the service</h1><script nonce="page-nonce"></script><script nonce="page-nonce"></script></body></html>`;
let answer: { status: number; policy?: string } = { status: 200, policy: "script-src 'nonce-page-nonce'" };
let server: http.Server;
let port = 0;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    expect(request.url).toBe("/service-problem");
    response.writeHead(answer.status, { "Content-Type": "text/html", ...(answer.policy ? { "Content-Security-Policy": answer.policy } : {}) });
    response.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

describe("fetchServiceProblemPage", () => {
  it("is the page, with the answer's nonce in place of its own", async () => {
    answer = { status: 200, policy: "script-src 'nonce-page-nonce'" };
    expect(await fetchServiceProblemPage(port, "answer-nonce")).toBe(PAGE.replaceAll("page-nonce", "answer-nonce"));
    expect(await fetchServiceProblemPage(String(port), undefined)).toBe(PAGE);
  });

  it("is null without a port, for an answer that is not the page, or with no server there", async () => {
    expect(await fetchServiceProblemPage(null, "n")).toBeNull();
    expect(await fetchServiceProblemPage("", "n")).toBeNull();
    answer = { status: 500, policy: "script-src 'nonce-page-nonce'" };
    expect(await fetchServiceProblemPage(port, "n")).toBeNull();
    answer = { status: 200 };
    expect(await fetchServiceProblemPage(port, "n")).toBeNull();
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await fetchServiceProblemPage(closedPort, "n")).toBeNull();
  });
});

describe("PLAIN_PROBLEM_PAGE", () => {
  it("says the same as the page, with no script or style", () => {
    expect(PLAIN_PROBLEM_PAGE).toContain("<h1>Sorry, there is a problem with the service</h1>");
    expect(PLAIN_PROBLEM_PAGE).toContain("Try again later.");
    expect(PLAIN_PROBLEM_PAGE).toContain(`mailto:${CONTACT_EMAIL}`);
    expect(PLAIN_PROBLEM_PAGE).toContain('<html lang="en">');
    expect(PLAIN_PROBLEM_PAGE).not.toMatch(/<script|<style|style=/);
  });
});
