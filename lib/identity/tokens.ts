// Random secrets for links, codes, sessions and API keys. Only a keyed hash (HMAC-SHA-256 with
// TOKEN_HASH_SECRET) is ever stored: a database read or a backup alone cannot turn a stored
// hash back into a working secret, not even a 6-digit code, whose plain SHA-256 falls in seconds.
import "server-only";
import { randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { keyedHash } from "@/lib/keyed-hash";

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

/** Tokens we issue are 43 base64url characters; anything else is not worth a lookup. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
