// Facts about the current request that identity rules need.
import "server-only";
import { headers } from "next/headers";

/** The client's address for rate limits: the first hop the proxy saw, else "unknown". */
export async function clientIp(): Promise<string> {
  const list = await headers();
  const forwarded = list.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || list.get("x-real-ip")?.trim() || "unknown";
}
