import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const PRODUCTION = {
  APP_ENV: "production",
  DATABASE_URL: "postgres://aytq@db.internal:5432/aytq",
  NEXTAUTH_SECRET: "a-production-secret-of-at-least-32-chars",
  RESEND_API_KEY: "re_123",
  APP_URL: "https://access-your-teaching-qualifications.education.gov.uk",
};

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

  it.each(["DATABASE_URL", "NEXTAUTH_SECRET", "RESEND_API_KEY"])("requires %s in production", (name) => {
    expect(refusal({ ...PRODUCTION, [name]: undefined })).toMatch(new RegExp(`${name} is required when APP_ENV=production`));
  });

  it("lists everything production is missing", () => {
    const message = refusal({ APP_ENV: "production" });

    for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "RESEND_API_KEY"]) expect(message).toContain(`${name} is required`);
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
});
