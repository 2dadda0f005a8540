// Support staff decide a teacher's request to change their record. Accepting changes the record
// (and so every certificate made from then on), closes the request and emails the teacher, in
// one transaction with the audit events. A request is decided once: of two staff deciding at the
// same moment one wins, and the other is told who decided it and when. While another agent holds
// a live claim on it (lib/support/claims.ts) a decision is refused, naming them: an agent takes
// it over deliberately first, never by deciding from a page opened before the claim.
import "server-only";
import { actor, changedFields, recordAudit } from "@/lib/audit";
import { supersedeOutdatedCertificates } from "@/lib/certificates";
import { db, type ChangeRequest, type IdentityAccount, type Tx } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { formatDate } from "@/lib/format/dates";
import { fullName } from "@/lib/dqt/wording";
import type { RejectionReasonKey } from "@/lib/validation/support";
import { KIND_WORDS, requestedValue } from "@/lib/dqt/change-requests";
import { claimCutoff } from "./claims";

export type Staff = Pick<IdentityAccount, "id" | "firstName" | "lastName" | "email">;

export const REJECTION_REASONS = {
  "does-not-show-change": "The document does not show the change you asked for",
  "wrong-document":
    "The document is not one we can accept, such as a marriage or civil partnership certificate, a deed poll, a passport or a birth certificate",
  unreadable: "We could not read the document. Send a clearer photo or scan of the whole document",
} as const satisfies Record<RejectionReasonKey, string>;
export type RejectionReason = RejectionReasonKey | "other";

export type DecisionResult =
  | { status: "accepted"; request: ChangeRequest }
  | { status: "rejected"; request: ChangeRequest }
  | { status: "already-decided"; outcome: ChangeRequest["status"]; by: string | null; at: Date | null }
  | { status: "claimed"; by: string; since: Date }
  | { status: "not-found" };

/**
 * Takes the waiting request for this decision: true for the one caller that did, unless another
 * agent's claim on it is live (the same statement asks, so a claim cannot slip in between). The
 * request keeps what the record said before (its page shows it after the record has changed),
 * and any agent's claim on it goes (lib/support/claims.ts).
 */
async function takeDecision(tx: Tx, reference: string, staff: Staff, outcome: "ACCEPTED" | "REJECTED", now: Date, rejectionReason?: string) {
  const { count } = await tx.changeRequest.updateMany({
    where: { reference, status: "PENDING", NOT: { claim: { is: othersLiveClaim(staff, now) } } },
    data: { status: outcome, decidedById: staff.id, decidedAt: now, rejectionReason: rejectionReason ?? null },
  });
  if (count !== 1) return false;
  const { id, record } = await tx.changeRequest.findUniqueOrThrow({
    where: { reference },
    select: { id: true, record: { select: { firstName: true, middleName: true, lastName: true, dateOfBirth: true } } },
  });
  await tx.changeRequest.update({
    where: { id },
    data: {
      previousFirstName: record.firstName,
      previousMiddleName: record.middleName,
      previousLastName: record.lastName,
      previousDateOfBirth: record.dateOfBirth,
    },
  });
  await tx.changeRequestClaim.deleteMany({ where: { changeRequestId: id } });
  return true;
}

/** How a request that is no longer waiting was decided (or "not-found"). */
export async function decisionOf(reference: string): Promise<DecisionResult> {
  return alreadyDecided(reference);
}

const othersLiveClaim = (staff: Staff, now: Date) => ({ claimedById: { not: staff.id }, claimedAt: { gt: claimCutoff(now) } });

/** Why a decision did not go through: another agent is looking at the request, or it was decided. */
async function refused(reference: string, staff: Staff, now: Date): Promise<DecisionResult> {
  const claim = await (
    await db()
  ).changeRequestClaim.findFirst({
    where: { ...othersLiveClaim(staff, now), request: { reference, status: "PENDING" } },
    include: { claimedBy: { select: { firstName: true, lastName: true } } },
  });
  if (claim) return { status: "claimed", by: fullName(claim.claimedBy), since: claim.claimedAt };
  return alreadyDecided(reference);
}

async function alreadyDecided(reference: string): Promise<DecisionResult> {
  const request = await (
    await db()
  ).changeRequest.findUnique({
    where: { reference },
    include: { decidedBy: { select: { firstName: true, lastName: true, email: true } } },
  });
  if (!request || request.status === "DRAFT") return { status: "not-found" };
  const by = request.decidedBy ? `${request.decidedBy.firstName} ${request.decidedBy.lastName}` : request.status === "WITHDRAWN" ? "the teacher" : null;
  return { status: "already-decided", outcome: request.status, by, at: request.decidedAt ?? request.withdrawnAt };
}

export async function acceptChangeRequest(staff: Staff, reference: string, now = new Date()): Promise<DecisionResult> {
  const accepted = await (
    await db()
  ).$transaction(async (tx) => {
    if (!(await takeDecision(tx, reference, staff, "ACCEPTED", now))) return null;
    const request = await tx.changeRequest.findUniqueOrThrow({ where: { reference }, include: { requestedBy: true } });
    const value = requestedValue(request);
    if (!value) throw new Error(`Request ${reference} has no value to accept.`);
    const record = await tx.teachingRecord.findUniqueOrThrow({ where: { trn: request.trn } });
    const update =
      value.kind === "NAME" ? { firstName: value.firstName, middleName: value.middleName, lastName: value.lastName } : { dateOfBirth: value.dateOfBirth };
    const diff = changedFields(record as unknown as Record<string, unknown>, update);
    const who = actor.account(staff.id);
    if (diff.changed) {
      await tx.teachingRecord.update({ where: { trn: request.trn }, data: update });
      await recordAudit(tx, { actor: who, action: "record.updated", subjectTrn: request.trn, before: diff.before, after: diff.after });
      // Certificates printed with the old value are replaced by the next download's.
      await supersedeOutdatedCertificates(tx, request.trn, who, now);
    }
    await recordAudit(tx, {
      actor: who,
      action: "change-request.accepted",
      subjectTrn: request.trn,
      subjectAccountId: request.requestedById,
      before: { reference, status: "PENDING" },
      after: { reference, status: "ACCEPTED" },
    });
    await enqueueEmail(tx, {
      to: request.requestedBy.email,
      template: "change-request-accepted",
      data: {
        firstName: request.requestedBy.firstName,
        reference,
        change: KIND_WORDS[request.kind],
        newValue: value.kind === "NAME" ? fullName(value) : formatDate(value.dateOfBirth),
      },
    });
    return request;
  });
  return accepted ? { status: "accepted", request: accepted } : refused(reference, staff, now);
}

export async function rejectChangeRequest(staff: Staff, reference: string, reason: string, now = new Date()): Promise<DecisionResult> {
  const rejected = await (
    await db()
  ).$transaction(async (tx) => {
    if (!(await takeDecision(tx, reference, staff, "REJECTED", now, reason))) return null;
    const request = await tx.changeRequest.findUniqueOrThrow({ where: { reference }, include: { requestedBy: true } });
    await recordAudit(tx, {
      actor: actor.account(staff.id),
      action: "change-request.rejected",
      subjectTrn: request.trn,
      subjectAccountId: request.requestedById,
      before: { reference, status: "PENDING" },
      after: { reference, status: "REJECTED", reason },
    });
    await enqueueEmail(tx, {
      to: request.requestedBy.email,
      template: "change-request-rejected",
      data: { firstName: request.requestedBy.firstName, reference, change: KIND_WORDS[request.kind], reason },
    });
    return request;
  });
  return rejected ? { status: "rejected", request: rejected } : refused(reference, staff, now);
}

/** The words the teacher is sent for a reason chosen on the reject form. */
export function rejectionText(reason: RejectionReason, other: string | undefined): string {
  return reason === "other" ? (other ?? "").trim() : REJECTION_REASONS[reason];
}
