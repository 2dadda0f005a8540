// Who is on the other end of a request, for rate limits and origin checks. X-Forwarded-For,
// -Host and -Proto are lists each proxy appends to, so only their last entries come from
// proxies we run; a client can put anything before them. With TRUSTED_PROXY_HOPS=n we take
// the entry n hops from the right, counting the connection itself as hop 0:
//
//   client → proxy A → proxy B → app        X-Forwarded-For: <forged…>, client, A    socket: B
//   hops 0 → B (the socket), 1 → A, 2 → client; anything further left is the client's own claim.
//
// Next.js does not append the socket's address: a client's X-Forwarded-For replaces it. The
// production server therefore stamps the socket's address and protocol on each request as it
// arrives (lib/next-seams/peer.mjs), and they close each chain here.
import net from "node:net";
import { PEER_ADDRESS_HEADER, PEER_PROTO_HEADER, peerStamping } from "@/lib/next-seams/peer.mjs";

export { LOCAL_PORT_HEADER, PEER_ADDRESS_HEADER, PEER_PROTO_HEADER } from "@/lib/next-seams/peer.mjs";

interface HeaderSource {
  get(name: string): string | null;
}

/** True in a process whose server stamps every request (lib/next-seams/server.mjs); not under `next dev`. */
export function peerHeadersInstalled(): boolean {
  return peerStamping();
}

const entries = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);

/** The entry `hops` from the right; the leftmost when the chain is shorter (fewer proxies than configured). */
export function fromTheRight(chain: readonly string[], hops: number): string | undefined {
  if (chain.length === 0) return undefined;
  return chain[Math.max(0, chain.length - 1 - hops)];
}

/** An address as a plain IP: no port, no brackets, IPv4 not mapped into IPv6. */
export function plainIp(value: string): string {
  let ip = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) ip = mapped[1]!;
  return net.isIP(ip) ? ip.toLowerCase() : ip;
}

/** A forwarded header's chain closed by this connection's own value (when known). */
function chain(headers: HeaderSource, forwarded: string, own: string | null): string[] {
  const list = entries(headers.get(forwarded));
  return own ? [...list, own] : list;
}

let warned = false;
function warnOnce(peerKnown: boolean) {
  if (peerKnown || warned) return;
  warned = true;
  console.warn(
    "Client addresses: the socket’s address is not stamped on requests in this process (lib/next-seams/peer.mjs: `next dev` does not run that server); X-Forwarded-For is taken as Next.js left it.",
  );
}

/** The client's IP address, `hops` trusted proxies in (TRUSTED_PROXY_HOPS), or "unknown". */
export function clientAddress(headers: HeaderSource, hops: number, peerKnown = peerHeadersInstalled()): string {
  warnOnce(peerKnown);
  // Without the stamp (a process that did not install it), Next's own value is the best there is.
  const address = fromTheRight(chain(headers, "x-forwarded-for", peerKnown ? headers.get(PEER_ADDRESS_HEADER) : null), hops);
  return address ? plainIp(address) : "unknown";
}

/** The origin the client asked for ("https://host:port"), by the same rule, or null. */
export function requestOrigin(headers: HeaderSource, hops: number, peerKnown = peerHeadersInstalled()): string | null {
  const host = fromTheRight(chain(headers, "x-forwarded-host", headers.get("host")), hops);
  const proto = fromTheRight(chain(headers, "x-forwarded-proto", peerKnown ? headers.get(PEER_PROTO_HEADER) : null), hops) ?? "http";
  if (!host || !/^https?$/i.test(proto)) return null;
  try {
    return new URL(`${proto.toLowerCase()}://${host}`).origin;
  } catch {
    return null;
  }
}

/** The request came from a page of this service: its Origin is the origin it was sent to. */
export function isSameOriginRequest(headers: HeaderSource, hops: number, peerKnown = peerHeadersInstalled()): boolean {
  const origin = headers.get("origin");
  const own = requestOrigin(headers, hops, peerKnown);
  if (!origin || !own) return false;
  try {
    return new URL(origin).origin === own;
  } catch {
    return false;
  }
}
