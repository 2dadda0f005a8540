// Facts about the current request that identity rules need.
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/forwarded";

/** The client's address for rate limits: TRUSTED_PROXY_HOPS hops in (lib/http/forwarded.ts). */
export async function clientIp(): Promise<string> {
  return clientAddress(await headers(), env().TRUSTED_PROXY_HOPS);
}
