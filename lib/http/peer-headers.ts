// Stamps each incoming request with its socket's address, protocol and local port (lib/http/forwarded.ts
// reads them), overwriting anything a client sent under those names. Next.js gives app code no
// other way to the socket. Installed once per process by instrumentation.ts, before requests
// are served; it patches http.Server so it sees every request of the server Next.js creates.
import http from "node:http";
import type { TLSSocket } from "node:tls";
import { LOCAL_PORT_HEADER, PEER_ADDRESS_HEADER, PEER_PROTO_HEADER } from "./forwarded";

export function stampPeer(request: http.IncomingMessage): void {
  request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "unknown";
  request.headers[PEER_PROTO_HEADER] = (request.socket as TLSSocket | undefined)?.encrypted ? "https" : "http";
  request.headers[LOCAL_PORT_HEADER] = String(request.socket?.localPort ?? "");
}

export function installPeerHeaders(): void {
  const state = globalThis as { __aytqPeerHeaders?: boolean };
  if (state.__aytqPeerHeaders) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") stampPeer(args[0] as http.IncomingMessage);
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  state.__aytqPeerHeaders = true;
}
