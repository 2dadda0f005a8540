// Changes a teacher makes to their own DfE Identity account on /account: name, date of birth
// and mobile directly, email once the new address is verified. Each change is audited in the
// same transaction, and the linked teaching record's email and mobile follow the account's.
// A form drawn before the account last changed is not applied over that change.
import "server-only";
import { actor, changedFields, recordAudit } from "@/lib/audit";
import { db, Prisma, type IdentityAccount, type Tx } from "@/lib/db";
import { runQueryOne } from "@/lib/db/query";
import { enqueueEmail } from "@/lib/email/outbox";
import { CONTACT_EMAIL } from "@/lib/contact";
import { lockAccountQuery } from "./queries";

export type AccountDetailsChange =
  | { field: "name"; firstName: string; middleName: string | null; lastName: string }
  | { field: "dateOfBirth"; dateOfBirth: Date }
  | { field: "mobile"; mobile: string };

export type ChangeResult = "changed" | "unchanged" | "stale";

/** The version a form carries (the account's last change), to refuse a stale form. */
export const accountVersion = (account: Pick<IdentityAccount, "updatedAt">) => String(account.updatedAt.getTime());

/**
 * Applies one change, unless the account has changed since the form was drawn (`version`).
 * The same value again changes nothing and writes nothing.
 */
export async function changeAccountDetails(accountId: string, version: string, change: AccountDetailsChange): Promise<ChangeResult> {
  return (await db()).$transaction(async (tx) => {
    const account = await lockAccount(tx, accountId);
    if (!account || accountVersion(account) !== version) return "stale";
    const { field: _field, ...values } = change;
    const diff = changedFields(account as unknown as Record<string, unknown>, values);
    if (!diff.changed) return "unchanged";
    await tx.identityAccount.update({ where: { id: accountId }, data: values });
    const who = actor.account(accountId);
    await recordAudit(tx, {
      actor: who,
      action: "account.updated",
      subjectTrn: account.trn,
      subjectAccountId: accountId,
      before: diff.before,
      after: diff.after,
    });
    if (change.field === "mobile") await followOnRecord(tx, account.trn, { mobile: change.mobile }, who);
    return "changed";
  });
}

/**
 * Makes a verified address the account's (inside the code check's transaction): the record's
 * email follows, both are audited, and the old address is told. Throws EmailTakenError when
 * another account has the address by now.
 */
export async function applyNewEmail(tx: Tx, accountId: string, newEmail: string): Promise<"changed" | "unchanged"> {
  const account = await lockAccount(tx, accountId);
  if (!account) throw new Error("The account has gone.");
  if (account.email === newEmail) return "unchanged";
  try {
    // A clash aborts the whole transaction: the code stays unspent, and the caller says why.
    await tx.identityAccount.update({ where: { id: accountId }, data: { email: newEmail, emailVerifiedAt: new Date() } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new EmailTakenError();
    throw error;
  }
  const who = actor.account(accountId);
  await recordAudit(tx, {
    actor: who,
    action: "account.updated",
    subjectTrn: account.trn,
    subjectAccountId: accountId,
    before: { email: account.email },
    after: { email: newEmail },
  });
  await followOnRecord(tx, account.trn, { email: newEmail }, who);
  await enqueueEmail(tx, {
    to: account.email,
    template: "email-changed",
    data: { firstName: account.firstName, newEmail: maskEmail(newEmail), helpEmail: CONTACT_EMAIL },
  });
  return "changed";
}

export class EmailTakenError extends Error {
  constructor() {
    super("Another account uses this email address.");
  }
}

/** "t•••••@school.example.com": enough for the owner to recognise, not enough to give it away. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}${"•".repeat(Math.max(local.length - 1, 1))}@${domain}`;
}

async function lockAccount(tx: Tx, accountId: string): Promise<IdentityAccount | null> {
  return runQueryOne(tx, lockAccountQuery(accountId));
}

/** The teaching record's contact details follow the account's, in the same transaction. */
async function followOnRecord(tx: Tx, trn: string | null, values: { email?: string; mobile?: string }, who: string): Promise<void> {
  if (!trn) return;
  const record = await tx.teachingRecord.findUnique({ where: { trn }, select: { email: true, mobile: true } });
  if (!record) return;
  const diff = changedFields(record as Record<string, unknown>, values);
  if (!diff.changed) return;
  await tx.teachingRecord.update({ where: { trn }, data: values });
  await recordAudit(tx, { actor: who, action: "record.updated", subjectTrn: trn, before: diff.before, after: diff.after });
}
