// Invitations: the magic link a teacher gets when QTS is awarded. The link carries a random
// token tied to a TRN and an email; only its hash is stored. Opening the link (GET) never
// changes anything: mail scanners follow links.
import "server-only";
import { randomUUID } from "node:crypto";
import { actor as auditActor, recordAudit, type AuditEventInput } from "@/lib/audit";
import { db, type Invitation, type Prisma, type Tx } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import type { EmailData } from "@/lib/email/templates";
import { env } from "@/lib/env";
import { appUrl, configuredAppUrl } from "@/lib/http/app-url";
import { generateToken, hashToken, looksLikeToken } from "./tokens";

/** The link in an invitation email; `base` is the service's address (lib/http/app-url.ts). */
export function invitationLink(token: string, base = configuredAppUrl()): string {
  return new URL(`/qualifications/start?trn_token=${encodeURIComponent(token)}`, base).toString();
}

export function invitationExpiry(now = new Date()): Date {
  return new Date(now.getTime() + env().INVITATION_TTL_DAYS * 24 * 3600_000);
}

/** A new invitation's row, its one-time token (only the hash is stored) and its link. */
function newInvitation(input: { trn: string; email: string; now?: Date; base?: string }) {
  const token = generateToken();
  const row = {
    // Made here rather than by the insert so that bulk inserts can name it in audit events.
    id: randomUUID(),
    trn: input.trn,
    email: input.email.toLowerCase(),
    tokenHash: hashToken(token),
    expiresAt: invitationExpiry(input.now),
  } satisfies Prisma.InvitationCreateManyInput;
  return { row, token, link: invitationLink(token, input.base) };
}

export interface InvitationDraft {
  row: ReturnType<typeof newInvitation>["row"];
  token: string;
  link: string;
  /** The invitation email, for the outbox (enqueueEmail, or outboxRowData in bulk). */
  email: { to: string; template: "invitation"; data: EmailData["invitation"] };
}

/**
 * A new invitation and its email, not yet written: the one place both are made, for a single
 * teacher (sendInvitation) and for the first cohort in bulk (lib/identity/cohort.ts).
 */
export function draftInvitation(input: { trn: string; email: string; firstName: string; now?: Date; resent?: boolean; base?: string }): InvitationDraft {
  const { row, token, link } = newInvitation(input);
  return {
    row,
    token,
    link,
    email: {
      to: row.email,
      template: "invitation",
      data: { firstName: input.firstName, link, expiresAt: row.expiresAt.toISOString(), ...(input.resent ? { resent: true } : {}) },
    },
  };
}

/** The audit events for an invitation made, and (sent: true) its email written to the outbox. */
export function invitationAuditEvents(row: InvitationDraft["row"], actor: string, { sent }: { sent: boolean }): AuditEventInput[] {
  const created: AuditEventInput = {
    actor,
    action: "invitation.created",
    subjectTrn: row.trn,
    after: { invitationId: row.id, email: row.email, expiresAt: row.expiresAt.toISOString() },
  };
  if (!sent) return [created];
  return [created, { actor, action: "invitation.sent", subjectTrn: row.trn, after: { invitationId: row.id } }];
}

/** Creates an invitation with no email (in the caller's transaction) and returns its one-time token. */
export async function createInvitation(
  tx: Tx,
  input: { trn: string; email: string; actor: string; now?: Date },
): Promise<{ invitation: Invitation; token: string; link: string }> {
  const { row, token, link } = newInvitation({ ...input, base: await appUrl() });
  const invitation = await tx.invitation.create({ data: row });
  for (const event of invitationAuditEvents(row, input.actor, { sent: false })) await recordAudit(tx, event);
  return { invitation, token, link };
}

/**
 * Creates an invitation and writes its email to the outbox, in the caller's transaction.
 * `resent`: it replaces an earlier link (the email says so rather than congratulating again).
 */
export async function sendInvitation(
  tx: Tx,
  input: { trn: string; email: string; firstName: string; actor: string; now?: Date; resent?: boolean },
): Promise<{ invitation: Invitation; token: string; link: string }> {
  const draft = draftInvitation({ ...input, base: await appUrl() });
  const invitation = await tx.invitation.create({ data: draft.row });
  const [created, sent] = invitationAuditEvents(draft.row, input.actor, { sent: true });
  await recordAudit(tx, created!);
  await enqueueEmail(tx, draft.email);
  await recordAudit(tx, sent!);
  return { invitation, token: draft.token, link: draft.link };
}

/** Revokes a TRN's unused, unrevoked links, one audit event each, in the caller's transaction. */
export async function revokeLiveInvitations(tx: Tx, trn: string, now: Date, actor: string): Promise<number> {
  const live = await tx.invitation.findMany({ where: { trn, usedAt: null, revokedAt: null }, select: { id: true } });
  if (live.length === 0) return 0;
  await tx.invitation.updateMany({ where: { id: { in: live.map((i) => i.id) } }, data: { revokedAt: now } });
  for (const { id } of live) await recordAudit(tx, { actor, action: "invitation.revoked", subjectTrn: trn, after: { invitationId: id } });
  return live.length;
}

export type InvitationState =
  | { status: "valid"; invitation: Invitation; firstName: string }
  | { status: "used"; invitation: Invitation }
  | { status: "expired"; invitation: Invitation }
  | { status: "invalid" };

/** What a link's token stands for now. Reads only. */
export async function invitationState(token: unknown, now = new Date()): Promise<InvitationState> {
  if (!looksLikeToken(token)) return { status: "invalid" };
  const prisma = await db();
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { record: { select: { firstName: true, account: { select: { id: true } } } } },
  });
  if (!invitation || invitation.revokedAt) return { status: "invalid" };
  const { record, ...plain } = invitation;
  // Used, or the record has an account by another route: either way they sign in now.
  if (plain.usedAt || record.account) return { status: "used", invitation: plain };
  if (plain.expiresAt <= now) return { status: "expired", invitation: plain };
  return { status: "valid", invitation: plain, firstName: record.firstName };
}

/**
 * Someone with an expired link asks for a new one. A new link goes out only when the email
 * matches the invitation's; the caller shows the same answer either way.
 */
export async function requestNewInvitation(token: unknown, email: string, now = new Date()): Promise<void> {
  const state = await invitationState(token, now);
  if (state.status !== "expired") return;
  const old = state.invitation;
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    await recordAudit(tx, {
      actor: auditActor.system("invitation"),
      action: "invitation.expired-request",
      subjectTrn: old.trn,
      after: { invitationId: old.id, emailMatched: email.toLowerCase() === old.email },
    });
    if (email.toLowerCase() !== old.email) return;
    const record = await tx.teachingRecord.findUniqueOrThrow({ where: { trn: old.trn }, select: { firstName: true } });
    await revokeLiveInvitations(tx, old.trn, now, auditActor.system("invitation"));
    await sendInvitation(tx, { trn: old.trn, email: old.email, firstName: record.firstName, actor: auditActor.system("invitation"), now, resent: true });
  });
}
