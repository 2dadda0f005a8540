// The environment, validated once with zod. Every setting has a safe development default
// except those production and previews cannot do without; a bad value stops start-up with a
// message naming it (instrumentation.ts reads it once when the server starts).
//
// APP_ENV says which of the four it is. Only `npm run dev`, scripts run by hand and the tests
// default it to development (or test): a production build (NODE_ENV=production: `npm start`,
// the image, the bundled scripts) refuses to start without it, because development turns
// research mode on with no password and seeds personas into whatever database it is given.
import "server-only";
import { z } from "zod";

const positiveInt = (fallback: number) =>
  z.coerce.number({ error: "must be a whole number, such as 60" }).int("must be a whole number, such as 60").positive("must be more than 0").default(fallback);

const nonNegativeInt = (fallback: number) =>
  z.coerce.number({ error: "must be a whole number, such as 1" }).int("must be a whole number, such as 1").min(0, "must be 0 or more").default(fallback);

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

const APP_ENVS = ["development", "test", "preview", "production"] as const;
const APP_ENV_NAMES = "development, test, preview or production";

const schema = z.object({
  APP_ENV: z.enum(APP_ENVS, { error: `must be one of ${APP_ENV_NAMES}` }).default("development"),
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
});

// What production and a preview must set themselves: a preview is on the internet too, and with
// the published development token key every code in its database could be recovered.
const REQUIRED: Partial<Record<(typeof APP_ENVS)[number], readonly string[]>> = {
  production: ["DATABASE_URL", "NEXTAUTH_SECRET", "RESEND_API_KEY", "TOKEN_HASH_SECRET", "OUTBOX_ENCRYPTION_KEYS"],
  preview: ["NEXTAUTH_SECRET", "TOKEN_HASH_SECRET", "OUTBOX_ENCRYPTION_KEYS", "PREVIEW_PASSWORD"],
};

export type Env = z.infer<typeof schema> & { NEXTAUTH_SECRET: string; TOKEN_HASH_SECRET: string; OUTBOX_ENCRYPTION_KEYS: string };

// Development and tests need no secrets of their own; production and previews must set each one
// (checked above), and may not use these published values.
const DEVELOPMENT_SECRET = "development-secret-not-for-production-use-0000";
const DEVELOPMENT_TOKEN_HASH_SECRET = "development-token-hash-secret-not-for-production-use";
const DEVELOPMENT_OUTBOX_KEY = "ZGV2ZWxvcG1lbnQtb3V0Ym94LWtleS1ub3QtZm9yLXA=";
const DEVELOPMENT_VALUES = {
  NEXTAUTH_SECRET: DEVELOPMENT_SECRET,
  TOKEN_HASH_SECRET: DEVELOPMENT_TOKEN_HASH_SECRET,
  OUTBOX_ENCRYPTION_KEYS: DEVELOPMENT_OUTBOX_KEY,
};

export class EnvError extends Error {}

/** Parses a set of variables; throws an EnvError listing every bad one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "not set" (a blank line in .env).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  // Checked apart from the schema so that every problem is listed at once.
  const appEnv = cleaned.APP_ENV;
  const unsetInProductionBuild = !appEnv && isProductionBuild(source);
  const production = appEnv === "production";
  const required = (appEnv && REQUIRED[appEnv as keyof typeof REQUIRED]) || [];
  const missing = required.filter((key) => !cleaned[key]);
  // Session cookies are Secure only on https (lib/identity/auth.ts).
  const insecure = production && !String(cleaned.APP_URL ?? "").startsWith("https://");
  const published =
    required.length > 0
      ? (Object.keys(DEVELOPMENT_VALUES) as (keyof typeof DEVELOPMENT_VALUES)[]).filter((key) =>
          String(cleaned[key] ?? "")
            .split(",")
            .some((value) => value.trim() === DEVELOPMENT_VALUES[key]),
        )
      : [];
  if (!result.success || unsetInProductionBuild || missing.length > 0 || insecure || published.length > 0) {
    const lines = [
      ...(unsetInProductionBuild ? [`  - APP_ENV must be set to one of ${APP_ENV_NAMES}: a production build does not assume development`] : []),
      ...(result.success ? [] : result.error.issues.map((issue) => `  - ${issue.path.join(".")} ${issue.message}`)),
      ...missing.map((key) => `  - ${key} is required when APP_ENV=${appEnv}`),
      ...(insecure ? ["  - APP_URL must be an https:// address when APP_ENV=production"] : []),
      ...published.map((key) => `  - ${key} must not be the published development value when APP_ENV=${appEnv}`),
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

/**
 * A production build being served or run (`npm start`, the image, its bundled scripts), not
 * `next build` itself, which reads no settings of the place it will run.
 */
function isProductionBuild(source: Record<string, string | undefined>): boolean {
  return source.NODE_ENV === "production" && source.NEXT_PHASE !== "phase-production-build";
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
