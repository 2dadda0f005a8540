// Facts about the current request that identity rules need.
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddress, isSameOriginRequest } from "@/lib/http/forwarded";

/** The client's address for rate limits: TRUSTED_PROXY_HOPS hops in (lib/http/forwarded.ts). */
export async function clientIp(): Promise<string> {
  return clientAddress(await headers(), env().TRUSTED_PROXY_HOPS);
}

/** A request (e.g. a form post to a route handler) sent from this service's own pages. */
export function isSameOriginForm(request: Request): boolean {
  return isSameOriginRequest(request.headers, env().TRUSTED_PROXY_HOPS);
}
