// The Register/Apply for QTS services tell us QTS was awarded: create or update the teaching
// record, record the award, and invite the teacher (or, if they have an account already,
// tell them). One transaction, with audit events; replaying the same award changes nothing.
import { actor as auditActor, changedFields, recordAudit } from "@/lib/audit";
import { db, Prisma } from "@/lib/db";
import { runQuery, runQueryOne } from "@/lib/db/query";
import { enqueueEmail } from "@/lib/email/outbox";
import { isoDate } from "@/lib/format/dates";
import { appUrl } from "@/lib/http/app-url";
import { createInvitation, revokeLiveInvitations, sendInvitation } from "@/lib/identity/invitations";
import { lockRecordQuery } from "@/lib/dqt/queries";
import type { QtsAwardInput } from "@/lib/validation/api";

export type QtsAwardOutcome =
  | { kind: "invited"; trn: string; invitationExpiresAt: Date }
  | { kind: "account-notified"; trn: string }
  | { kind: "already-recorded"; trn: string; invitationExpiresAt: Date | null };

export async function recordQtsAward(input: QtsAwardInput, apiKeyName: string): Promise<QtsAwardOutcome> {
  try {
    return await recordOnce(input, apiKeyName);
  } catch (error) {
    // Two first-time calls for one TRN at once: the loser retries and finds the record.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return recordOnce(input, apiKeyName);
    throw error;
  }
}

async function recordOnce(input: QtsAwardInput, apiKeyName: string): Promise<QtsAwardOutcome> {
  const prisma = await db();
  const actor = auditActor.apiKey(apiKeyName);
  const details = {
    firstName: input.firstName,
    middleName: input.middleName ?? null,
    lastName: input.lastName,
    dateOfBirth: input.dateOfBirth,
    email: input.email,
    ...(input.mobile ? { mobile: input.mobile } : {}),
  };

  return prisma.$transaction(async (tx) => {
    // Serialise concurrent calls for the same TRN.
    await runQuery(tx, lockRecordQuery(input.trn));
    const existing = await tx.teachingRecord.findUnique({
      where: { trn: input.trn },
      include: { account: { select: { id: true, email: true, firstName: true } } },
    });

    if (!existing) {
      await tx.teachingRecord.create({ data: { trn: input.trn, ...details, qtsAwardedOn: input.qtsAwardedOn } });
      await recordAudit(tx, { actor, action: "record.created", subjectTrn: input.trn, after: { ...details, dateOfBirth: isoDate(input.dateOfBirth) } });
    } else {
      const { account: _account, ...record } = existing;
      const diff = changedFields(record, details);
      if (diff.changed) {
        await tx.teachingRecord.update({ where: { trn: input.trn }, data: details });
        await recordAudit(tx, { actor, action: "record.updated", subjectTrn: input.trn, before: jsonDates(diff.before), after: jsonDates(diff.after) });
      }
    }

    const sameAward = existing?.qtsAwardedOn?.getTime() === input.qtsAwardedOn.getTime();
    if (sameAward) {
      const latest = await tx.invitation.findFirst({ where: { trn: input.trn, revokedAt: null }, orderBy: { createdAt: "desc" } });
      return { kind: "already-recorded", trn: input.trn, invitationExpiresAt: latest?.expiresAt ?? null } as const;
    }

    if (existing) {
      await tx.teachingRecord.update({ where: { trn: input.trn }, data: { qtsAwardedOn: input.qtsAwardedOn } });
    }
    await recordAudit(tx, {
      actor,
      action: "qts.awarded",
      subjectTrn: input.trn,
      before: existing?.qtsAwardedOn ? { qtsAwardedOn: isoDate(existing.qtsAwardedOn) } : null,
      after: { qtsAwardedOn: isoDate(input.qtsAwardedOn) },
    });

    if (existing?.account) {
      await enqueueEmail(tx, {
        to: existing.account.email,
        template: "qts-added",
        data: { firstName: input.firstName, signInLink: new URL("/sign-in", await appUrl()).toString() },
      });
      return { kind: "account-notified", trn: input.trn } as const;
    }

    // A new award supersedes any link sent before.
    await revokeLiveInvitations(tx, input.trn, new Date(), actor);
    const { invitation } = await sendInvitation(tx, { trn: input.trn, email: input.email, firstName: input.firstName, actor });
    return { kind: "invited", trn: input.trn, invitationExpiresAt: invitation.expiresAt } as const;
  });
}

function jsonDates(value: Prisma.InputJsonValue): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(v) ? v.slice(0, 10) : v)));
}

/**
 * For services that send their own emails: a fresh invitation link for a TRN, no email. It
 * revokes the TRN's older live links (audited), so there is only ever one link that works.
 */
export async function issueTrnToken(input: { trn: string; email: string }, apiKeyName: string) {
  const prisma = await db();
  const actor = auditActor.apiKey(apiKeyName);
  return prisma.$transaction(async (tx) => {
    // Locks the record: two calls at once still leave one live link.
    const record = await runQueryOne(tx, lockRecordQuery(input.trn));
    if (!record) return null;
    await revokeLiveInvitations(tx, input.trn, new Date(), actor);
    const { invitation, link } = await createInvitation(tx, { trn: input.trn, email: input.email, actor });
    return { trn: input.trn, link, expiresAt: invitation.expiresAt };
  });
}
