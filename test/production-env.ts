// The least environment lib/env accepts for APP_ENV=production, for unit tests of what production
// refuses or hides. Its database is never opened.
export const PRODUCTION_ENV = {
  APP_ENV: "production",
  DATABASE_URL: "postgres://localhost/never-opened",
  NEXTAUTH_SECRET: "n".repeat(40),
  TOKEN_HASH_SECRET: "t".repeat(40),
  OUTBOX_ENCRYPTION_KEYS: Buffer.alloc(32, 7).toString("base64"),
  RESEND_API_KEY: "re_x",
  APP_URL: "https://aytq.example.gov.uk",
} as const;

/** The least environment lib/env accepts for APP_ENV=preview: secrets of its own and the password. */
export const PREVIEW_ENV = {
  APP_ENV: "preview",
  NEXTAUTH_SECRET: "p".repeat(40),
  TOKEN_HASH_SECRET: "q".repeat(40),
  OUTBOX_ENCRYPTION_KEYS: Buffer.alloc(32, 9).toString("base64"),
  PREVIEW_PASSWORD: "a-shared-password",
} as const;
