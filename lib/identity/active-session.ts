// Looks up a session by its cookie token: one statement for the session and its account.
// Shared by next-auth's adapter and currentAccount(), which every signed-in page calls, so it is
// one hand-written query (lib/identity/queries.ts), its account read as JSON and parsed there.
import "server-only";
import { db, type IdentityAccount } from "@/lib/db";
import { runQueryOne } from "@/lib/db/query";
import { env } from "@/lib/env";
import { sessionQuery } from "./queries";
import { hashToken } from "./tokens";

// Writing lastActiveAt on every request would make each page view a write.
const ACTIVITY_WRITE_INTERVAL_MS = 60_000;

export function sessionIsIdle(lastActiveAt: Date, now = new Date()): boolean {
  return now.getTime() - lastActiveAt.getTime() > env().SESSION_IDLE_MINUTES * 60_000;
}

export interface ActiveSession {
  sessionId: string;
  expires: Date;
  account: IdentityAccount;
}

/**
 * The session for this token and its account, while it is neither idle nor past its absolute
 * end; an ended session is deleted. Notes activity at most once a minute.
 */
export async function findActiveSession(sessionToken: string, now = new Date()): Promise<ActiveSession | null> {
  const prisma = await db();
  const row = await runQueryOne(prisma, sessionQuery(hashToken(sessionToken)));
  if (!row) return null;
  const { session } = row;
  if (session.expires <= now || sessionIsIdle(session.lastActiveAt, now)) {
    await prisma.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now.getTime() - session.lastActiveAt.getTime() > ACTIVITY_WRITE_INTERVAL_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastActiveAt: now } });
  }
  return { sessionId: session.id, expires: session.expires, account: session.account };
}
