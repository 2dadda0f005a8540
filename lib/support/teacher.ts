// Everything support staff see about one teacher: the record as AyTQ shows it, the linked
// account, invitations, change requests and the audit history, newest first.
import "server-only";
import { db, type AuditEvent, type ChangeRequest, type IdentityAccount, type Invitation } from "@/lib/db";
import { loadTeachingRecord, type TeachingRecordWithQualifications } from "@/lib/dqt/record";

export type InvitationStatus = "pending" | "used" | "revoked" | "expired";

export interface InvitationWithStatus extends Invitation {
  status: InvitationStatus;
}

export function invitationStatus(invitation: Pick<Invitation, "usedAt" | "revokedAt" | "expiresAt">, now = new Date()): InvitationStatus {
  if (invitation.usedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "pending";
}

export interface HistoryEvent extends AuditEvent {
  /** Who did it, in words: a staff member's or teacher's name and email, a service, the system. */
  who: string;
}

export interface TeacherOverview {
  record: TeachingRecordWithQualifications;
  account: IdentityAccount | null;
  invitations: InvitationWithStatus[];
  changeRequests: (ChangeRequest & { decidedBy: Pick<IdentityAccount, "firstName" | "lastName" | "email"> | null })[];
  history: HistoryEvent[];
  /** The record has QTS, no account and no live invitation: staff may invite the teacher. */
  canInvite: boolean;
}

const HISTORY_LIMIT = 200;

export async function teacherOverview(trn: string, now = new Date()): Promise<TeacherOverview | null> {
  const record = await loadTeachingRecord(trn);
  if (!record) return null;
  const prisma = await db();
  const [account, invitations, changeRequests] = await Promise.all([
    prisma.identityAccount.findUnique({ where: { trn } }),
    prisma.invitation.findMany({ where: { trn }, orderBy: { createdAt: "desc" } }),
    prisma.changeRequest.findMany({
      where: { trn, status: { not: "DRAFT" } },
      orderBy: [{ submittedAt: "desc" }],
      include: { decidedBy: { select: { firstName: true, lastName: true, email: true } } },
    }),
  ]);
  const events = await prisma.auditEvent.findMany({
    where: { OR: [{ subjectTrn: trn }, ...(account ? [{ subjectAccountId: account.id }] : [])] },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: HISTORY_LIMIT,
  });
  const withStatus = invitations.map((invitation) => ({ ...invitation, status: invitationStatus(invitation, now) }));
  return {
    record,
    account,
    invitations: withStatus,
    changeRequests,
    history: await describeActors(events),
    canInvite: Boolean(record.qtsAwardedOn) && !account && !withStatus.some((i) => i.status === "pending"),
  };
}

/** Turns "account:<id>" and the like into words people recognise. */
export async function describeActors<T extends Pick<AuditEvent, "actor">>(events: T[]): Promise<(T & { who: string })[]> {
  const ids = [...new Set(events.map((e) => /^account:(.+)$/.exec(e.actor)?.[1]).filter((id): id is string => !!id))];
  const accounts = ids.length
    ? await (
        await db()
      ).identityAccount.findMany({ where: { id: { in: ids } }, select: { id: true, firstName: true, lastName: true, email: true, role: true } })
    : [];
  const byId = new Map<string, { firstName: string; lastName: string; email: string; role: string }>(accounts.map((a) => [a.id, a]));
  // Removed staff: who they were is in the audit event of their removal.
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length) {
    const removals = await (await db()).auditEvent.findMany({ where: { action: "staff.removed", subjectAccountId: { in: missing } } });
    for (const removal of removals) {
      const before = removal.before as { email?: string; firstName?: string; lastName?: string; role?: string } | null;
      if (removal.subjectAccountId && before?.email) {
        byId.set(removal.subjectAccountId, {
          firstName: before.firstName ?? "",
          lastName: `${before.lastName ?? ""} (removed)`,
          email: before.email,
          role: before.role ?? "SUPPORT",
        });
      }
    }
  }
  return events.map((event) => ({ ...event, who: describeActor(event.actor, byId) }));
}

function describeActor(value: string, accounts: Map<string, { firstName: string; lastName: string; email: string; role: string }>): string {
  const [kind, rest = ""] = value.split(/:(.*)/s);
  if (kind === "account") {
    const account = accounts.get(rest);
    if (!account) return "A deleted account";
    const staff = account.role === "TEACHER" ? "" : ` (${account.role === "ADMIN" ? "admin" : "support"})`;
    return `${account.firstName} ${account.lastName}${staff}, ${account.email}`;
  }
  if (kind === "api-key") return `The ${rest} service (API key)`;
  if (kind === "system") return `The system (${rest})`;
  return value;
}
