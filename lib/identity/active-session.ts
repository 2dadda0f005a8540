// Looks up a session by its cookie token: one statement for the session and its account.
// Shared by next-auth's adapter and currentAccount(), which every signed-in page calls.
import "server-only";
import { db, type IdentityAccount } from "@/lib/db";
import { env } from "@/lib/env";
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

type Row = IdentityAccount & { sessionId: string; sessionExpires: Date; sessionLastActiveAt: Date };

/**
 * The session for this token and its account, while it is neither idle nor past its absolute
 * end; an ended session is deleted. Notes activity at most once a minute.
 */
export async function findActiveSession(sessionToken: string, now = new Date()): Promise<ActiveSession | null> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<Row[]>`
    SELECT s."id" AS "sessionId", s."expires" AS "sessionExpires", s."lastActiveAt" AS "sessionLastActiveAt", a.*
    FROM "sessions" s JOIN "identity_accounts" a ON a."id" = s."accountId"
    WHERE s."sessionTokenHash" = ${hashToken(sessionToken)}`;
  if (!row) return null;
  const { sessionId, sessionExpires, sessionLastActiveAt, ...account } = row;
  if (sessionExpires <= now || sessionIsIdle(sessionLastActiveAt, now)) {
    await prisma.session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (now.getTime() - sessionLastActiveAt.getTime() > ACTIVITY_WRITE_INTERVAL_MS) {
    await prisma.session.update({ where: { id: sessionId }, data: { lastActiveAt: now } });
  }
  return { sessionId, expires: sessionExpires, account };
}
