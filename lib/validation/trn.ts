// A teacher reference number (TRN): 7 digits. The one rule for forms, the APIs, searches and
// lookups by address; apart from the other primitives so that proxy.ts's rules can use it lightly.
import { z } from "zod";

const TRN_PATTERN = /^\d{7}$/;

/** Whether a value is a TRN as written, untrimmed: an address's segment, a search, a stored key. */
export const isTrn = (value: string): boolean => TRN_PATTERN.test(value);

/** A TRN typed or sent: trimmed, then 7 digits. */
export const trn = z.string({ error: "Enter a teacher reference number (TRN)" }).trim().regex(TRN_PATTERN, "Teacher reference number (TRN) must be 7 digits");
