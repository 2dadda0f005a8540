// next-auth's storage, on our own tables. Session tokens and email tokens are stored as keyed
// hashes (lib/identity/tokens.ts); for email tokens, of the hash next-auth itself passes in.
// A session ends after SESSION_IDLE_MINUTES without a request or SESSION_MAX_HOURS after
// sign-in, whichever comes first. Accounts are never created through next-auth (only by the set-up journey).
import "server-only";
import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";
import { actor, recordAudit } from "@/lib/audit";
import { db, type IdentityAccount } from "@/lib/db";
import { runQueryOne, runStatement } from "@/lib/db/query";
import { findActiveSession } from "./active-session";
import { markSignedInStatement, useVerificationTokenQuery } from "./queries";
import { hashToken } from "./tokens";

function toAdapterUser(account: IdentityAccount): AdapterUser {
  return { id: account.id, email: account.email, emailVerified: account.emailVerifiedAt, name: `${account.firstName} ${account.lastName}` };
}

export function authAdapter(): Adapter {
  return {
    async createUser() {
      throw new Error("Accounts are created by the account set-up journey, not at sign-in");
    },
    async getUser(id) {
      const account = await (await db()).identityAccount.findUnique({ where: { id } });
      return account ? toAdapterUser(account) : null;
    },
    async getUserByEmail(email) {
      const account = await (await db()).identityAccount.findUnique({ where: { email: email.toLowerCase() } });
      return account ? toAdapterUser(account) : null;
    },
    async getUserByAccount() {
      return null; // no OAuth providers
    },
    async updateUser(user) {
      const account = await (
        await db()
      ).identityAccount.update({
        where: { id: user.id },
        data: user.emailVerified ? { emailVerifiedAt: user.emailVerified } : {},
      });
      return toAdapterUser(account);
    },
    async linkAccount() {
      return undefined;
    },
    async createSession({ sessionToken, userId, expires }) {
      const prisma = await db();
      await prisma.$transaction(async (tx) => {
        await tx.session.create({ data: { sessionTokenHash: hashToken(sessionToken), accountId: userId, expires } });
        // Raw, so the account's updatedAt (the version /account's forms carry) stays as it was.
        await runStatement(tx, markSignedInStatement(userId, new Date()));
        await recordAudit(tx, { actor: actor.account(userId), action: "signed-in", subjectAccountId: userId });
      });
      return { sessionToken, userId, expires };
    },
    async getSessionAndUser(sessionToken) {
      const active = await findActiveSession(sessionToken);
      if (!active) return null;
      const session: AdapterSession = { sessionToken, userId: active.account.id, expires: active.expires };
      return { session, user: toAdapterUser(active.account) };
    },
    async updateSession({ sessionToken }) {
      // The absolute end never moves; activity is tracked in getSessionAndUser.
      const session = await (await db()).session.findUnique({ where: { sessionTokenHash: hashToken(sessionToken) } });
      return session ? { sessionToken, userId: session.accountId, expires: session.expires } : null;
    },
    async deleteSession(sessionToken) {
      await (await db()).session.deleteMany({ where: { sessionTokenHash: hashToken(sessionToken) } });
    },
    async createVerificationToken(token) {
      await (await db()).verificationToken.create({ data: { identifier: token.identifier, token: hashToken(token.token), expires: token.expires } });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      const prisma = await db();
      // Delete-and-return in one statement: two clicks on one link cannot both sign in.
      const row = await runQueryOne(prisma, useVerificationTokenQuery(identifier, hashToken(token)));
      return row ? { identifier: row.identifier, token, expires: row.expires } : null;
    },
  };
}
