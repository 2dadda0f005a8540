// The one keyed hash (HMAC-SHA-256 with TOKEN_HASH_SECRET) behind stored tokens, signed cookies
// and rate-limit keys: below every domain folder, so that rate limits and research mode's gate
// can hash without importing the identity.
import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

/**
 * HMAC-SHA-256 of `value` under TOKEN_HASH_SECRET, for one `purpose`: the purpose is mixed into
 * the key so a hash made for one use (a stored token) never works as another (a cookie's signature).
 */
export function keyedHash(purpose: string, value: string): string {
  return createHmac("sha256", purposeKey(purpose)).update(value, "utf8").digest("hex");
}

const purposeKeys = new Map<string, Buffer>();
function purposeKey(purpose: string): Buffer {
  const secret = env().TOKEN_HASH_SECRET;
  const cacheKey = `${purpose}\u0000${secret}`;
  let key = purposeKeys.get(cacheKey);
  if (!key) {
    key = createHmac("sha256", secret).update(`aytq:${purpose}`, "utf8").digest();
    purposeKeys.set(cacheKey, key);
  }
  return key;
}
