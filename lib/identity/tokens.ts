// Random secrets for links, codes, sessions and API keys. Only a keyed hash (HMAC-SHA-256 with
// TOKEN_HASH_SECRET) is ever stored: a database read or a backup alone cannot turn a stored
// hash back into a working secret, not even a 6-digit code, whose plain SHA-256 falls in seconds.
import "server-only";
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** A URL-safe token with 256 bits of randomness. */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A 6-digit code, uniformly random. */
export function generateCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

/** The hex HMAC-SHA-256 stored in place of a token or code (64 characters). */
export function hashToken(token: string): string {
  return keyedHash("token", token);
}

/** Compares a secret against a stored hash in constant time. */
export function matchesHash(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

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

/** Tokens we issue are 43 base64url characters; anything else is not worth a lookup. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
