// Looks up a session by its cookie token: one statement for the session and its account.
// Shared by next-auth's adapter and currentAccount(), which every signed-in page calls, so it
// reads on the raw SQL door (lib/db/sql.ts) as JSON, parsed here as Prisma would return it.
import "server-only";
import { z } from "zod";
import { db, rawSql, Role, type IdentityAccount } from "@/lib/db";
import { jsonCalendarDate as calendarDate, jsonColumn, jsonTimestamp as timestamp } from "@/lib/db/json-columns";
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

const accountJson = z.object({
  id: z.string(),
  email: z.string(),
  emailVerifiedAt: timestamp.nullable(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  lastName: z.string(),
  dateOfBirth: calendarDate.nullable(),
  mobile: z.string().nullable(),
  trn: z.string().nullable(),
  role: z.enum(Role),
  lastSignedInAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
}) satisfies z.ZodType<IdentityAccount, unknown>;

const sessionJson = z.object({ id: z.string(), expires: timestamp, lastActiveAt: timestamp, account: accountJson });

/**
 * The session for this token and its account, while it is neither idle nor past its absolute
 * end; an ended session is deleted. Notes activity at most once a minute.
 */
export async function findActiveSession(sessionToken: string, now = new Date()): Promise<ActiveSession | null> {
  const [row] = await (await rawSql()).query<{ session: unknown }>(
    `SELECT json_build_object('id', s."id", 'expires', s."expires", 'lastActiveAt', s."lastActiveAt", 'account', row_to_json(a)) AS "session"
     FROM "sessions" s JOIN "identity_accounts" a ON a."id" = s."accountId"
     WHERE s."sessionTokenHash" = $1`,
    [hashToken(sessionToken)],
  );
  if (!row) return null;
  const session = sessionJson.parse(jsonColumn(row.session));
  if (session.expires <= now || sessionIsIdle(session.lastActiveAt, now)) {
    await (await db()).session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now.getTime() - session.lastActiveAt.getTime() > ACTIVITY_WRITE_INTERVAL_MS) {
    await (await db()).session.update({ where: { id: session.id }, data: { lastActiveAt: now } });
  }
  return { sessionId: session.id, expires: session.expires, account: session.account };
}
