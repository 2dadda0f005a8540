// Invitations as support staff manage them: list pending and expired ones, send a new link (the
// old one stops working), revoke one, or invite a teacher who has QTS and no account.
import "server-only";
import { actor, recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { runQueryOne } from "@/lib/db/query";
import { revokeLiveInvitations, sendInvitation } from "@/lib/identity/invitations";
import type { Staff } from "./change-request-decisions";
import { lockRecordForInvitationQuery } from "./queries";
import { invitationStatus, type InvitationStatus } from "./teacher";

export const INVITATIONS_PAGE_SIZE = 25;

export interface InvitationRow {
  id: string;
  trn: string;
  email: string;
  name: string;
  createdAt: Date;
  expiresAt: Date;
  status: InvitationStatus;
}

/** Invitations waiting to be used ("pending"), or that ran out unused ("expired"), newest first. */
export async function listInvitations(filter: "pending" | "expired", page = 1, now = new Date()) {
  const prisma = await db();
  const where = { usedAt: null, revokedAt: null, expiresAt: filter === "pending" ? { gt: now } : { lte: now }, record: { account: null } };
  const total = await prisma.invitation.count({ where });
  const pages = Math.max(1, Math.ceil(total / INVITATIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const invitations = await prisma.invitation.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (current - 1) * INVITATIONS_PAGE_SIZE,
    take: INVITATIONS_PAGE_SIZE,
    include: { record: { select: { firstName: true, middleName: true, lastName: true } } },
  });
  const rows: InvitationRow[] = invitations.map(({ record, ...invitation }) => ({
    id: invitation.id,
    trn: invitation.trn,
    email: invitation.email,
    name: [record.firstName, record.middleName, record.lastName].filter(Boolean).join(" "),
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    status: invitationStatus(invitation, now),
  }));
  return { rows, total, page: current, pages };
}

export type InvitationActionResult = { status: "done"; trn: string } | { status: "not-possible"; trn: string | null; why: string };

/** Locks the record's invitations so two staff acting at once do not both send one. */
async function lockRecord(tx: Tx, trn: string) {
  return runQueryOne(tx, lockRecordForInvitationQuery(trn));
}

/** A new link by email for the invitation's teacher; every older link of theirs stops working. */
export async function resendInvitation(staff: Staff, invitationId: string, now = new Date()): Promise<InvitationActionResult> {
  const prisma = await db();
  const invitation = await prisma.invitation.findUnique({ where: { id: invitationId } });
  if (!invitation) return { status: "not-possible", trn: null, why: "This invitation no longer exists" };
  return prisma.$transaction(async (tx) => {
    const record = await lockRecord(tx, invitation.trn);
    const account = await tx.identityAccount.findUnique({ where: { trn: invitation.trn }, select: { id: true } });
    if (!record || account) return { status: "not-possible", trn: invitation.trn, why: "This teacher already has an account" };
    const who = actor.account(staff.id);
    await revokeLiveInvitations(tx, invitation.trn, now, who);
    await sendInvitation(tx, { trn: invitation.trn, email: invitation.email, firstName: record.firstName, actor: who, now, resent: true });
    return { status: "done", trn: invitation.trn };
  });
}

export async function revokeInvitation(staff: Staff, invitationId: string, now = new Date()): Promise<InvitationActionResult> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { id: invitationId } });
    if (!invitation) return { status: "not-possible", trn: null, why: "This invitation no longer exists" };
    if (invitation.usedAt || invitation.revokedAt)
      return { status: "not-possible", trn: invitation.trn, why: "This invitation has already been used or revoked" };
    await tx.invitation.update({ where: { id: invitationId }, data: { revokedAt: now } });
    await recordAudit(tx, { actor: actor.account(staff.id), action: "invitation.revoked", subjectTrn: invitation.trn, after: { invitationId } });
    return { status: "done", trn: invitation.trn };
  });
}

/** Invites a teacher with QTS, no account and no live invitation, at the record's email. */
export async function inviteTeacher(staff: Staff, trn: string, now = new Date()): Promise<InvitationActionResult> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const record = await lockRecord(tx, trn);
    if (!record) return { status: "not-possible", trn: null, why: "There is no teaching record with this TRN" };
    if (!record.qtsAwardedOn) return { status: "not-possible", trn, why: "Only a teacher who has been awarded QTS can be invited" };
    if (!record.email) return { status: "not-possible", trn, why: "The teaching record has no email address to send the invitation to" };
    if (await tx.identityAccount.findUnique({ where: { trn }, select: { id: true } }))
      return { status: "not-possible", trn, why: "This teacher already has an account" };
    const live = await tx.invitation.count({ where: { trn, usedAt: null, revokedAt: null, expiresAt: { gt: now } } });
    if (live > 0) return { status: "not-possible", trn, why: "This teacher already has an invitation waiting. Send a new link instead" };
    await sendInvitation(tx, { trn, email: record.email, firstName: record.firstName, actor: actor.account(staff.id), now });
    return { status: "done", trn };
  });
}
