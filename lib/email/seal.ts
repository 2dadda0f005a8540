// AES-256-GCM for the secret part of outbox messages (sign-in links, codes, invitation links).
// Keys come from OUTBOX_ENCRYPTION_KEYS, newest first: new messages are sealed with the first,
// and any key still in the list opens what it sealed, so a key can be rotated without losing
// mail in flight (docs/operations/email.md: "Rotating the outbox key").
//
// A sealed value is "v1.<key id>.<iv>.<ciphertext>.<tag>" (base64url). The key id is a hash of
// the key, so opening needs no guessing; the associated data binds the value to its message, so
// a sealed secret copied into another row (another recipient) does not open.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { decodeEncryptionKey, env } from "@/lib/env";

interface Key {
  id: string;
  key: Buffer;
}

let cached: { source: string; keys: Key[] } | undefined;

function keyRing(): Key[] {
  const source = env().OUTBOX_ENCRYPTION_KEYS;
  if (cached?.source !== source) {
    const keys = source.split(",").map((text) => {
      const key = decodeEncryptionKey(text);
      if (!key) throw new Error("OUTBOX_ENCRYPTION_KEYS holds a key that is not 32 bytes of base64");
      return { id: createHash("sha256").update("aytq:outbox-key:").update(key).digest("base64url").slice(0, 8), key };
    });
    cached = { source, keys };
  }
  return cached.keys;
}

export class SealError extends Error {}

/** Encrypts `plaintext` with the newest key, bound to `associatedData`. */
export function seal(plaintext: string, associatedData: string): string {
  const { id, key } = keyRing()[0]!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", id, iv.toString("base64url"), ciphertext.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** Decrypts a value made by seal() with the same associated data; throws SealError otherwise. */
export function unseal(sealed: string, associatedData: string): string {
  const [version, id, iv, ciphertext, tag, ...rest] = sealed.split(".");
  if (version !== "v1" || !id || iv === undefined || ciphertext === undefined || !tag || rest.length > 0) {
    throw new SealError("Not a sealed value");
  }
  const key = keyRing().find((candidate) => candidate.id === id);
  if (!key) throw new SealError(`Sealed with key ${id}, which is no longer in OUTBOX_ENCRYPTION_KEYS`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(associatedData, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SealError("The sealed value does not open: altered, or bound to another message");
  }
}

/** The id of the key new values are sealed with (for counting messages sealed with older keys). */
export function currentKeyId(): string {
  return keyRing()[0]!.id;
}
