// Who is signed in. Every page and action asks again and loads only that person's data.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { actor, recordAudit } from "@/lib/audit";
import { db, type IdentityAccount } from "@/lib/db";
import { findActiveSession } from "./active-session";
import { safeReturnTo } from "./return-to";
import { hashToken } from "./tokens";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The signed-in account, or null. Cached for the rest of the request. Reads the session that
 * next-auth created straight from its cookie: one query, where getServerSession took three.
 */
export const currentAccount = cache(async (): Promise<IdentityAccount | null> => {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  return (await findActiveSession(token))?.account ?? null;
});

export function signInPath(returnTo: string): string {
  return `/sign-in?returnTo=${encodeURIComponent(safeReturnTo(returnTo))}`;
}

/** The signed-in account; anyone else goes to sign in and comes back to `returnTo`. */
export async function requireAccount(returnTo: string): Promise<IdentityAccount> {
  const account = await currentAccount();
  if (!account) redirect(signInPath(returnTo));
  return account;
}

/** Ends the current session: deletes its row and the cookie. */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  const prisma = await db();
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (!token) continue;
    await prisma.$transaction(async (tx) => {
      const session = await tx.session.findUnique({ where: { sessionTokenHash: hashToken(token) } });
      if (!session) return;
      await tx.session.delete({ where: { id: session.id } });
      await recordAudit(tx, { actor: actor.account(session.accountId), action: "signed-out", subjectAccountId: session.accountId });
    });
    jar.delete(name);
  }
}
