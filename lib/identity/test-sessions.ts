// A journey-test fixture: a signed-in session for a persona without the email round trip.
// Only when APP_ENV=test (the Playwright server); previews and production answer 404.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { secureCookies } from "@/lib/http/app-url";
import { authAdapter } from "./auth-adapter";
import { generateToken } from "./tokens";

export const testSessionsEnabled = () => env().APP_ENV === "test";

export interface SessionCookie {
  name: string;
  value: string;
  expires: Date;
}

export async function createTestSession(email: string): Promise<SessionCookie | null> {
  if (!testSessionsEnabled()) return null;
  const account = await (await db()).identityAccount.findUnique({ where: { email: email.toLowerCase() } });
  return account ? sessionFor(account.id) : null;
}

/**
 * A new session for an account, as next-auth makes one after sign-in, and the cookie that
 * carries it. For journey tests and research mode's "start as this teacher" only.
 */
export async function sessionFor(accountId: string): Promise<SessionCookie> {
  const sessionToken = generateToken();
  const expires = new Date(Date.now() + env().SESSION_MAX_HOURS * 3600_000);
  await authAdapter().createSession!({ sessionToken, userId: accountId, expires });
  return { name: `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`, value: sessionToken, expires };
}
