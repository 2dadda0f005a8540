// Client addresses and origins by TRUSTED_PROXY_HOPS: a forged X-Forwarded-* entry never
// counts, however many a client sends; the socket's own address closes every chain.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, fromTheRight, isSameOriginRequest, PEER_ADDRESS_HEADER, PEER_PROTO_HEADER, plainIp, requestOrigin } from "./forwarded";
import { stampPeer } from "@/lib/next-seams/peer.mjs";

/** Headers as the app sees them once the socket's address is stamped (peer-headers.ts). */
const seen = (headers: Record<string, string>, peer = "10.0.0.5", proto = "http") =>
  new Headers({ ...headers, [PEER_ADDRESS_HEADER]: peer, [PEER_PROTO_HEADER]: proto });

describe("clientAddress", () => {
  it("with no trusted proxy (the default) is the socket's address, whatever the client claims", () => {
    for (let i = 0; i < 35; i++) {
      const forged = `198.51.100.${i}`;
      expect(clientAddress(seen({ "x-forwarded-for": forged }), 0, true)).toBe("10.0.0.5");
      expect(clientAddress(seen({ "x-forwarded-for": `${forged}, 203.0.113.${i}` }), 0, true)).toBe("10.0.0.5");
    }
    expect(clientAddress(seen({}), 0, true)).toBe("10.0.0.5");
  });

  it("takes the address the given number of hops from the right", () => {
    // client 203.0.113.7 → proxy A 10.0.0.2 → proxy B (the socket, 10.0.0.5); "1.1.1.1" is forged.
    const headers = seen({ "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.2" });
    expect(clientAddress(headers, 1, true)).toBe("10.0.0.2");
    expect(clientAddress(headers, 2, true)).toBe("203.0.113.7");
  });

  it("with fewer entries than hops, takes the leftmost: the request did not come through every proxy", () => {
    expect(clientAddress(seen({ "x-forwarded-for": "203.0.113.7" }), 3, true)).toBe("203.0.113.7");
    expect(clientAddress(seen({}), 2, true)).toBe("10.0.0.5");
  });

  it("without the socket stamp, falls back to the header as Next.js left it", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "127.0.0.1" }), 0, false)).toBe("127.0.0.1");
    // A forged stamp counts for nothing when this process does not stamp.
    expect(clientAddress(new Headers({ [PEER_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "127.0.0.1" }), 0, false)).toBe("127.0.0.1");
    expect(clientAddress(new Headers(), 0, false)).toBe("unknown");
  });

  it("reads addresses plainly: no port, no brackets, no IPv4-mapped IPv6", () => {
    expect(plainIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(plainIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(plainIp("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(plainIp("unknown")).toBe("unknown");
    expect(fromTheRight([], 0)).toBeUndefined();
  });
});

describe("requestOrigin and isSameOriginRequest", () => {
  it("with no trusted proxy use the Host header and the socket's protocol", () => {
    const headers = seen({ host: "localhost:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(requestOrigin(headers, 0, true)).toBe("http://localhost:3000");
    expect(isSameOriginRequest(new Headers([...headers, ["origin", "http://localhost:3000"]]), 0, true)).toBe(true);
    expect(isSameOriginRequest(new Headers([...headers, ["origin", "https://evil.example"]]), 0, true)).toBe(false);
  });

  it("behind one proxy, use what it forwarded (the entry one hop in)", () => {
    const headers = seen({ host: "app:3000", "x-forwarded-host": "forged.example, aytq.example.gov.uk", "x-forwarded-proto": "http, https" });
    expect(requestOrigin(headers, 1, true)).toBe("https://aytq.example.gov.uk");
    expect(isSameOriginRequest(new Headers([...headers, ["origin", "https://aytq.example.gov.uk"]]), 1, true)).toBe(true);
    expect(isSameOriginRequest(new Headers([...headers, ["origin", "https://forged.example"]]), 1, true)).toBe(false);
    expect(isSameOriginRequest(new Headers([...headers, ["origin", "http://aytq.example.gov.uk"]]), 1, true)).toBe(false);
  });

  it("refuses no Origin, a malformed one, or an unreadable host", () => {
    expect(isSameOriginRequest(seen({ host: "localhost:3000" }), 0, true)).toBe(false);
    expect(isSameOriginRequest(seen({ host: "localhost:3000", origin: "null" }), 0, true)).toBe(false);
    expect(requestOrigin(seen({ host: "bad host/" }), 0, true)).toBeNull();
    expect(requestOrigin(seen({ host: "localhost", "x-forwarded-proto": "gopher" }), 1, true)).toBeNull();
  });
});

describe("stampPeer (as the production server calls it on every request)", () => {
  let server: http.Server;
  let port = 0;
  let received: http.IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      stampPeer(request);
      received.push(request.headers);
      response.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("stamps each request with its socket's address, over anything the client sent", async () => {
    received = [];
    await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "6.6.6.6", [PEER_ADDRESS_HEADER]: "6.6.6.6", [PEER_PROTO_HEADER]: "https" } });
    const [headers] = received;
    expect(headers![PEER_ADDRESS_HEADER]).toMatch(/127\.0\.0\.1$/);
    expect(headers![PEER_PROTO_HEADER]).toBe("http");
    const asSeen = new Headers(headers as Record<string, string>);
    expect(clientAddress(asSeen, 0, true)).toBe("127.0.0.1");
    expect(clientAddress(asSeen, 1, true)).toBe("6.6.6.6"); // only with a proxy we trust in front
  });
});
