// Random secrets for links and codes. Only their SHA-256 is ever stored.
import "server-only";
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** A URL-safe token with 256 bits of randomness. */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A 6-digit code, uniformly random. */
export function generateCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

/** The hex SHA-256 stored in place of a token or code. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
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
