// A journey-test fixture: a signed-in session for a persona without the email round trip.
// Only when APP_ENV=test (the Playwright server); previews and production answer 404.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { secureCookies } from "@/lib/http/app-url";
import { authAdapter } from "./auth-adapter";
import { generateToken } from "./tokens";

export const testSessionsEnabled = () => env().APP_ENV === "test";

export async function createTestSession(email: string): Promise<{ name: string; value: string; expires: Date } | null> {
  if (!testSessionsEnabled()) return null;
  const account = await (await db()).identityAccount.findUnique({ where: { email: email.toLowerCase() } });
  if (!account) return null;
  const sessionToken = generateToken();
  const expires = new Date(Date.now() + env().SESSION_MAX_HOURS * 3600_000);
  await authAdapter().createSession!({ sessionToken, userId: account.id, expires });
  return { name: `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`, value: sessionToken, expires };
}
