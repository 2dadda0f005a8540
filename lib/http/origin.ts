// Is a POST from one of our own pages? Browsers send Origin with every form post; a post from
// another site (or with no Origin at all) is refused before anything is read or written. The
// origin it was sent to counts X-Forwarded-Host/-Proto only as far as TRUSTED_PROXY_HOPS allows
// (lib/http/forwarded.ts).
import "server-only";
import { env } from "@/lib/env";
import { isSameOriginRequest } from "./forwarded";

export function isSameOrigin(headers: Headers): boolean {
  return isSameOriginRequest(headers, env().TRUSTED_PROXY_HOPS);
}
