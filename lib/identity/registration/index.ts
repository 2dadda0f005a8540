// Setting up a DfE Identity account from an invitation: the journey's steps (steps.ts), this
// browser's journey (journey.ts), "Start now" (begin.ts) and "Create account" (complete.ts).
// Verifying another email address is lib/identity/email-verification.ts, shared with /account.
export * from "./begin";
export * from "./complete";
export * from "./journey";
export * from "./steps";
