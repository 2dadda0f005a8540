// The email-code rules, safe to show in pages and components (lib/identity/email-verification.ts enforces them).
export const EMAIL_CODE_MINUTES = 15;
export const MAX_EMAIL_CODE_ATTEMPTS = 5;
