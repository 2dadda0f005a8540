// Seam: the socket, which Next.js gives app code no way to. The server (lib/next-seams/server.mjs)
// stamps each request with its socket's address, protocol and local port as it arrives,
// overwriting anything a client sent under those names; lib/http/forwarded.ts reads them to close
// X-Forwarded-* chains, and the server asks itself for its own pages through the port
// (lib/next-seams/own-page.mjs). Why: Next.js sets X-Forwarded-For to the socket's address only
// when the request has none (`??=` in its base server), so a client that sends one replaces it.

export const PEER_ADDRESS_HEADER = "x-aytq-peer-address";
export const PEER_PROTO_HEADER = "x-aytq-peer-proto";
/** The port the request arrived on. */
export const LOCAL_PORT_HEADER = "x-aytq-local-port";

const STAMPING = Symbol.for("aytq.peerStamping");

/** @param {import("node:http").IncomingMessage} request */
export function stampPeer(request) {
  const socket = /** @type {import("node:tls").TLSSocket | undefined} */ (request.socket);
  request.headers[PEER_ADDRESS_HEADER] = socket?.remoteAddress ?? "unknown";
  request.headers[PEER_PROTO_HEADER] = socket?.encrypted ? "https" : "http";
  request.headers[LOCAL_PORT_HEADER] = String(socket?.localPort ?? "");
}

/**
 * Said by the server of this process before it serves anything: every request here carries the
 * stamp, so the headers above can be believed. Not said under `next dev`, which this server does
 * not run: there they are a client's claim, and ignored.
 */
export function markPeerStamping() {
  /** @type {Record<symbol, unknown>} */ (globalThis)[STAMPING] = true;
}

/** @returns {boolean} */
export function peerStamping() {
  return /** @type {Record<symbol, unknown>} */ (globalThis)[STAMPING] === true;
}
