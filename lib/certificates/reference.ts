// Certificate references such as "QTS-7Q4K-2M9X-3HPD": a prefix naming the kind of certificate
// and 12 symbols of Crockford's base32 (60 random bits), read aloud or typed from paper without
// confusion: the alphabet has no I, L, O or U, and reading one forgives case, spaces, missing
// hyphens and the letters people type for the digits they resemble (O for 0, I or L for 1).
import { randomInt } from "node:crypto";

export const REFERENCE_PREFIXES = {
  QTS: "QTS",
  EYTS: "EYTS",
  INDUCTION: "IND",
  NPQ: "NPQ",
} as const;
export type ReferencePrefixType = keyof typeof REFERENCE_PREFIXES;

const CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RANDOM_SYMBOLS = 12; // 12 × 5 bits = 60 bits
const GROUP = 4;

/** A new random reference for a certificate of this kind, such as "QTS-7Q4K-2M9X-3HPD". */
export function newCertificateReference(type: ReferencePrefixType): string {
  let code = "";
  for (let i = 0; i < RANDOM_SYMBOLS; i++) code += CROCKFORD_ALPHABET[randomInt(CROCKFORD_ALPHABET.length)];
  return formatReference(REFERENCE_PREFIXES[type], code);
}

function formatReference(prefix: string, code: string): string {
  const groups = code.match(new RegExp(`.{1,${GROUP}}`, "g")) ?? [];
  return [prefix, ...groups].join("-");
}

// Longest first, so that "EYTS…" is never read as something shorter.
const PREFIXES = Object.values(REFERENCE_PREFIXES).sort((a, b) => b.length - a.length);
// Crockford's decoding: the letters people type for the digits they resemble.
const LOOK_ALIKES: Record<string, string> = { O: "0", I: "1", L: "1" };
const MAX_INPUT_LENGTH = 60;

/**
 * The reference someone typed or scanned, in its canonical form, or null when it cannot be one.
 * " qts 7q4k 2m9x 3hpd" and "QTS-7Q4K-2M9X-3HPO" both give "QTS-7Q4K-2M9X-3HP0".
 */
export function parseCertificateReference(input: string): string | null {
  if (input.length > MAX_INPUT_LENGTH) return null;
  const compact = input.toUpperCase().replace(/[\s\-‐‑‒–—_.]/g, "");
  const prefix = PREFIXES.find((candidate) => compact.startsWith(candidate));
  if (!prefix) return null;
  const code = [...compact.slice(prefix.length)].map((symbol) => LOOK_ALIKES[symbol] ?? symbol).join("");
  if (code.length !== RANDOM_SYMBOLS || [...code].some((symbol) => !CROCKFORD_ALPHABET.includes(symbol))) return null;
  return formatReference(prefix, code);
}

/** The example the check page gives: the shape of a reference, not a real one. */
export const EXAMPLE_REFERENCE = "QTS-7Q4K-2M9X-3HPD";
