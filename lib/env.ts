// The environment, validated once with zod. Every setting has a safe development default
// except those production cannot do without; a bad value stops start-up with a message
// naming it (instrumentation.ts reads it once when the server starts).
import "server-only";
import { z } from "zod";

const positiveInt = (fallback: number) =>
  z.coerce
    .number({ error: "must be a whole number, such as 60" })
    .int("must be a whole number, such as 60")
    .positive("must be more than 0")
    .default(fallback);

const nonNegativeInt = (fallback: number) =>
  z.coerce
    .number({ error: "must be a whole number, such as 1" })
    .int("must be a whole number, such as 1")
    .min(0, "must be 0 or more")
    .default(fallback);

/** 32 random bytes in base64 (`openssl rand -base64 32`): one AES-256 key. */
export function decodeEncryptionKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) return null;
  const key = Buffer.from(trimmed.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  return key.length === 32 ? key : null;
}

const encryptionKeyList = z
  .string()
  .refine(
    (value) => value.split(",").every((key) => decodeEncryptionKey(key) !== null),
    "must be a comma-separated list of keys, newest first, each 32 random bytes in base64 (openssl rand -base64 32)",
  );

const schema = z
  .object({
    APP_ENV: z
      .enum(["development", "test", "preview", "production"], {
        error: "must be one of development, test, preview or production",
      })
      .default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// URL (leave it unset for the embedded database)")
      .optional(),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    // Unset outside production: links follow the address each request came to (lib/http/app-url.ts).
    APP_URL: z.url({ error: "must be the service’s absolute URL, such as http://localhost:3000" }).optional(),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    RESEND_API_KEY: z.string().min(1).optional(),
    EMAIL_FROM: z.string().min(3).default("Access your teaching qualifications <noreply@example.com>"),
    INVITATION_TTL_DAYS: positiveInt(90),
    SESSION_IDLE_MINUTES: positiveInt(60),
    SESSION_MAX_HOURS: positiveInt(12),
    IP_RATE_LIMIT: positiveInt(30),
    WRONG_CODE_GLOBAL_LIMIT: positiveInt(1000),
    TOKEN_HASH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    OUTBOX_ENCRYPTION_KEYS: encryptionKeyList.optional(),
    TRUSTED_PROXY_HOPS: nonNegativeInt(0),
    // Research mode (lib/research/mode.ts): on by default in development and preview, off in
    // test unless the journey server turns it on, never in production.
    RESEARCH_MODE: z.enum(["on", "off"], { error: "must be on or off" }).optional(),
    PREVIEW_PASSWORD: z.string().min(8, "must be at least 8 characters").max(200, "must be 200 characters or fewer").optional(),
  })
;

const REQUIRED_IN_PRODUCTION = ["DATABASE_URL", "NEXTAUTH_SECRET", "RESEND_API_KEY", "TOKEN_HASH_SECRET", "OUTBOX_ENCRYPTION_KEYS"] as const;

export type Env = z.infer<typeof schema> & { NEXTAUTH_SECRET: string; TOKEN_HASH_SECRET: string; OUTBOX_ENCRYPTION_KEYS: string };

// Development and tests need no secrets of their own; production must set each one (checked
// above), and may not use these published values.
const DEVELOPMENT_SECRET = "development-secret-not-for-production-use-0000";
const DEVELOPMENT_TOKEN_HASH_SECRET = "development-token-hash-secret-not-for-production-use";
const DEVELOPMENT_OUTBOX_KEY = "ZGV2ZWxvcG1lbnQtb3V0Ym94LWtleS1ub3QtZm9yLXA=";
const DEVELOPMENT_VALUES = { NEXTAUTH_SECRET: DEVELOPMENT_SECRET, TOKEN_HASH_SECRET: DEVELOPMENT_TOKEN_HASH_SECRET, OUTBOX_ENCRYPTION_KEYS: DEVELOPMENT_OUTBOX_KEY };

export class EnvError extends Error {}

/** Parses a set of variables; throws an EnvError listing every bad one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "not set" (a blank line in .env).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  // Checked apart from the schema so that every problem is listed at once.
  const production = cleaned.APP_ENV === "production";
  const missing = production ? REQUIRED_IN_PRODUCTION.filter((key) => !cleaned[key]) : [];
  // Session cookies are Secure only on https (lib/identity/auth.ts).
  const insecure = production && !String(cleaned.APP_URL ?? "").startsWith("https://");
  const published = production
    ? (Object.keys(DEVELOPMENT_VALUES) as (keyof typeof DEVELOPMENT_VALUES)[]).filter((key) =>
        String(cleaned[key] ?? "").split(",").some((value) => value.trim() === DEVELOPMENT_VALUES[key]),
      )
    : [];
  if (!result.success || missing.length > 0 || insecure || published.length > 0) {
    const lines = [
      ...(result.success ? [] : result.error.issues.map((issue) => `  - ${issue.path.join(".")} ${issue.message}`)),
      ...missing.map((key) => `  - ${key} is required when APP_ENV=production`),
      ...(insecure ? ["  - APP_URL must be an https:// address when APP_ENV=production"] : []),
      ...published.map((key) => `  - ${key} must not be the published development value when APP_ENV=production`),
    ];
    throw new EnvError(`The environment is not valid:\n${lines.join("\n")}\nSee .env.example for each setting.`);
  }
  return {
    ...result.data,
    NEXTAUTH_SECRET: result.data.NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET,
    TOKEN_HASH_SECRET: result.data.TOKEN_HASH_SECRET ?? DEVELOPMENT_TOKEN_HASH_SECRET,
    OUTBOX_ENCRYPTION_KEYS: result.data.OUTBOX_ENCRYPTION_KEYS ?? DEVELOPMENT_OUTBOX_KEY,
  };
}

let cached: Env | undefined;

/** The validated environment of this process (parsed on first use, then cached). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export const isProduction = () => env().APP_ENV === "production";

/** Tests that change process.env make the next env() read it again. */
export function forgetEnvForTests(): void {
  cached = undefined;
}
