import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const PRODUCTION = {
  APP_ENV: "production",
  DATABASE_URL: "postgres://aytq@db.internal:5432/aytq",
  NEXTAUTH_SECRET: "a-production-secret-of-at-least-32-chars",
  RESEND_API_KEY: "re_123",
  APP_URL: "https://access-your-teaching-qualifications.education.gov.uk",
  TOKEN_HASH_SECRET: "a-production-token-hash-secret-of-32-chars",
  // Two keys: the newest first, the one before it still opening older messages.
  OUTBOX_ENCRYPTION_KEYS: "cHJvZHVjdGlvbi1vdXRib3gta2V5LWZvci10ZXN0cyE=,b2xkZXItcHJvZHVjdGlvbi1vdXRib3gta2V5LTAwMDE=",
};
const REQUIRED = ["DATABASE_URL", "NEXTAUTH_SECRET", "RESEND_API_KEY", "TOKEN_HASH_SECRET", "OUTBOX_ENCRYPTION_KEYS"];

/** The message parseEnv refused the variables with. */
function refusal(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).message;
  }
  return expect.fail("the environment was accepted");
}

describe("parseEnv", () => {
  it("gives development defaults when nothing is set: the embedded database, a development secret", () => {
    const env = parseEnv({});

    expect(env).toMatchObject({
      APP_ENV: "development",
      PGLITE_DIR: ".data/pglite",
      INVITATION_TTL_DAYS: 90,
      SESSION_IDLE_MINUTES: 60,
      SESSION_MAX_HOURS: 12,
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.RESEND_API_KEY).toBeUndefined();
    expect(env.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("treats an empty value as not set (a blank line in .env)", () => {
    const env = parseEnv({ DATABASE_URL: "", INVITATION_TTL_DAYS: "" });

    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.INVITATION_TTL_DAYS).toBe(90);
  });

  it("reads numbers and URLs", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://localhost/aytq", INVITATION_TTL_DAYS: "30", APP_URL: "https://aytq.example.com" });

    expect(env).toMatchObject({ DATABASE_URL: "postgresql://localhost/aytq", INVITATION_TTL_DAYS: 30, APP_URL: "https://aytq.example.com" });
  });

  it("names a DATABASE_URL that is not a postgres:// URL", () => {
    const message = refusal({ DATABASE_URL: "mysql://localhost/aytq" });

    expect(message).toMatch(/DATABASE_URL must be a postgres:\/\/ URL/);
    expect(message).toMatch(/\.env\.example/);
  });

  it.each([
    ["INVITATION_TTL_DAYS", "ninety", /INVITATION_TTL_DAYS/],
    ["INVITATION_TTL_DAYS", "1.5", /INVITATION_TTL_DAYS must be a whole number/],
    ["SESSION_IDLE_MINUTES", "0", /SESSION_IDLE_MINUTES must be more than 0/],
    ["SESSION_MAX_HOURS", "-1", /SESSION_MAX_HOURS must be more than 0/],
  ])("names a malformed number: %s=%j", (name, value, expected) => {
    expect(refusal({ [name]: value })).toMatch(expected);
  });

  it("names every bad value at once", () => {
    const message = refusal({ DATABASE_URL: "sqlite:aytq.db", APP_URL: "localhost", APP_ENV: "staging" });

    expect(message).toMatch(/DATABASE_URL/);
    expect(message).toMatch(/APP_URL must be the service’s absolute URL/);
    expect(message).toMatch(/APP_ENV must be one of development, test, preview or production/);
  });

  it("refuses a NEXTAUTH_SECRET shorter than 32 characters", () => {
    expect(refusal({ NEXTAUTH_SECRET: "short" })).toMatch(/NEXTAUTH_SECRET must be at least 32 characters/);
  });

  it("accepts production with its database, secret and email key", () => {
    expect(parseEnv(PRODUCTION)).toMatchObject(PRODUCTION);
  });

  it.each(REQUIRED)("requires %s in production", (name) => {
    expect(refusal({ ...PRODUCTION, [name]: undefined })).toMatch(new RegExp(`${name} is required when APP_ENV=production`));
  });

  it("lists everything production is missing", () => {
    const message = refusal({ APP_ENV: "production" });

    for (const name of REQUIRED) expect(message).toContain(`${name} is required`);
  });

  it("lists what production is missing alongside a malformed value", () => {
    const message = refusal({ APP_ENV: "production", INVITATION_TTL_DAYS: "ninety" });

    expect(message).toMatch(/INVITATION_TTL_DAYS/);
    expect(message).toContain("DATABASE_URL is required");
  });

  it("wants an https address in production, so session cookies are Secure", () => {
    expect(refusal({ ...PRODUCTION, APP_URL: "http://aytq.example.com" })).toMatch(/APP_URL must be an https:\/\/ address/);
    expect(refusal({ ...PRODUCTION, APP_URL: undefined })).toMatch(/APP_URL must be an https:\/\/ address/);
  });

  it("does not fall back to the development secret in production", () => {
    expect(parseEnv(PRODUCTION).NEXTAUTH_SECRET).toBe(PRODUCTION.NEXTAUTH_SECRET);
  });

  it("refuses the published development secrets and keys in production", () => {
    const development = parseEnv({});
    for (const name of ["NEXTAUTH_SECRET", "TOKEN_HASH_SECRET", "OUTBOX_ENCRYPTION_KEYS"] as const) {
      expect(refusal({ ...PRODUCTION, [name]: development[name] })).toContain(`${name} must not be the published development value`);
    }
    // Not even as an older key kept for rotation.
    expect(refusal({ ...PRODUCTION, OUTBOX_ENCRYPTION_KEYS: `${PRODUCTION.OUTBOX_ENCRYPTION_KEYS},${development.OUTBOX_ENCRYPTION_KEYS}` })).toContain(
      "OUTBOX_ENCRYPTION_KEYS must not be the published development value",
    );
  });

  it("has development values for the token hash secret and the outbox key", () => {
    const env = parseEnv({});
    expect(env.TOKEN_HASH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(env.OUTBOX_ENCRYPTION_KEYS, "base64")).toHaveLength(32);
    expect(env).toMatchObject({ TRUSTED_PROXY_HOPS: 0, WRONG_CODE_GLOBAL_LIMIT: 1000 });
  });

  it.each([
    ["not base64!", /OUTBOX_ENCRYPTION_KEYS must be a comma-separated list of keys/],
    ["c2hvcnQ=", /OUTBOX_ENCRYPTION_KEYS must be a comma-separated list/],
    [`${PRODUCTION.OUTBOX_ENCRYPTION_KEYS},`, /OUTBOX_ENCRYPTION_KEYS must be a comma-separated list/],
  ])("names an outbox key that is not 32 bytes of base64: %j", (value, expected) => {
    expect(refusal({ OUTBOX_ENCRYPTION_KEYS: value })).toMatch(expected);
  });

  it("reads TRUSTED_PROXY_HOPS as a whole number from 0", () => {
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(refusal({ TRUSTED_PROXY_HOPS: "-1" })).toMatch(/TRUSTED_PROXY_HOPS must be 0 or more/);
    expect(refusal({ TRUSTED_PROXY_HOPS: "one" })).toMatch(/TRUSTED_PROXY_HOPS must be a whole number/);
  });
});

describe("APP_ENV in a production build", () => {
  it("refuses to start a production build without it, naming the four values", () => {
    const message = refusal({ NODE_ENV: "production" });
    expect(message).toContain("APP_ENV must be set to one of development, test, preview or production");
    // Set, it is taken as said.
    expect(parseEnv({ NODE_ENV: "production", APP_ENV: "test" }).APP_ENV).toBe("test");
  });

  it("defaults to development only for `npm run dev`, scripts and tests, and while `next build` runs", () => {
    expect(parseEnv({ NODE_ENV: "development" }).APP_ENV).toBe("development");
    expect(parseEnv({}).APP_ENV).toBe("development");
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).APP_ENV).toBe("development");
  });
});

describe("APP_ENV=preview", () => {
  const PREVIEW = {
    APP_ENV: "preview",
    NEXTAUTH_SECRET: "a-preview-secret-of-at-least-32-characters",
    TOKEN_HASH_SECRET: "a-preview-token-hash-secret-of-32-characters",
    OUTBOX_ENCRYPTION_KEYS: "cHJldmlldy1vdXRib3gta2V5LWZvci10ZXN0cy0wMDE=",
    PREVIEW_PASSWORD: "a-shared-password",
  };
  const PREVIEW_REQUIRED = ["NEXTAUTH_SECRET", "TOKEN_HASH_SECRET", "OUTBOX_ENCRYPTION_KEYS", "PREVIEW_PASSWORD"];

  it("accepts its own secrets and password, on the embedded database and plain http", () => {
    expect(parseEnv(PREVIEW)).toMatchObject(PREVIEW);
  });

  it("lists every secret and the password it is missing", () => {
    const message = refusal({ APP_ENV: "preview" });
    for (const name of PREVIEW_REQUIRED) expect(message).toContain(`${name} is required when APP_ENV=preview`);
    expect(message).not.toContain("DATABASE_URL");
  });

  it("refuses the published development secrets and keys", () => {
    const development = parseEnv({});
    for (const name of ["NEXTAUTH_SECRET", "TOKEN_HASH_SECRET", "OUTBOX_ENCRYPTION_KEYS"] as const) {
      expect(refusal({ ...PREVIEW, [name]: development[name] })).toContain(`${name} must not be the published development value when APP_ENV=preview`);
    }
  });
});
