// Asking for the name or date of birth on a teaching record to change. These print on
// certificates, so a teacher sends a document and support staff decide. A request is written
// as a draft (the new value, then the evidence, then check your answers), then sent: only
// then do staff see it, and only one per record and kind can wait at a time.
import "server-only";
import { randomInt } from "node:crypto";
import { actor, recordAudit } from "@/lib/audit";
import { db, Prisma, type ChangeRequest, type ChangeRequestKind, type ChangeRequestStatus, type Tx } from "@/lib/db";
import { runQueryOne, runStatement } from "@/lib/db/query";
import { enqueueEmail } from "@/lib/email/outbox";
import type { CheckedEvidence } from "./evidence";
import { evidenceFileQuery, insertEvidenceStatement } from "./queries";

export type { ChangeRequestKind, ChangeRequestStatus };

export { KIND_SLUGS, kindFromSlug, slugOf, type KindSlug } from "./change-request-kinds";

/** "name", "date of birth": what the teacher asked to change, in a sentence. */
export const KIND_WORDS: Record<ChangeRequestKind, string> = { NAME: "name", DATE_OF_BIRTH: "date of birth" };

export type RequestedValue = { kind: "NAME"; firstName: string; middleName: string | null; lastName: string } | { kind: "DATE_OF_BIRTH"; dateOfBirth: Date };

// Crockford's base32: no I, L, O or U, so a reference read aloud or typed is not mistaken.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** "CR-7Q4K2M": 30 bits, unique in the table (a clash is retried). */
export function newReference(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `CR-${code}`;
}

/** The teacher asking: their account and the record it is linked to. */
export interface Requester {
  id: string;
  trn: string;
  email: string;
  firstName: string;
}

export interface EvidenceSummary {
  fileName: string;
  contentType: string;
  size: number;
}

export type ChangeRequestWithEvidence = ChangeRequest & { evidence: EvidenceSummary | null };

const evidenceSummary = { select: { fileName: true, contentType: true, size: true } } as const;

/** The request of this kind waiting for staff on a record, if there is one. */
export async function openRequest(trn: string, kind: ChangeRequestKind): Promise<ChangeRequest | null> {
  return (await db()).changeRequest.findFirst({ where: { trn, kind, status: "PENDING" } });
}

/** The teacher's draft of this kind, with what they have sent so far. */
export async function draftOf(requester: Pick<Requester, "id">, kind: ChangeRequestKind): Promise<ChangeRequestWithEvidence | null> {
  return (await db()).changeRequest.findFirst({
    where: { requestedById: requester.id, kind, status: "DRAFT" },
    include: { evidence: evidenceSummary },
  });
}

/** Why a value is refused: it is what the record already has, so there is nothing to change. */
export const SAME_AS_RECORD: Record<ChangeRequestKind, string> = {
  NAME: "This is already the name on your teaching record. Enter the name you want it to show",
  DATE_OF_BIRTH: "This is already the date of birth on your teaching record. Enter the date of birth it should show",
};

/** Does the record already hold this value? Names are compared as typed: a change of capitals is a change. */
export async function recordAlreadyHas(trn: string, value: RequestedValue): Promise<boolean> {
  const record = await (
    await db()
  ).teachingRecord.findUnique({ where: { trn }, select: { firstName: true, middleName: true, lastName: true, dateOfBirth: true } });
  if (!record) return false;
  if (value.kind === "DATE_OF_BIRTH") return record.dateOfBirth.toISOString().slice(0, 10) === value.dateOfBirth.toISOString().slice(0, 10);
  return record.firstName === value.firstName && (record.middleName ?? "") === (value.middleName ?? "") && record.lastName === value.lastName;
}

/**
 * Saves the new value as the draft's (starting a draft if there is none), unless the record
 * already has it: a request for no change would only wait in support's queue.
 */
export async function saveDraftValue(requester: Requester, value: RequestedValue): Promise<"saved" | "same-as-record"> {
  if (await recordAlreadyHas(requester.trn, value)) return "same-as-record";
  const fields =
    value.kind === "NAME"
      ? { firstName: value.firstName, middleName: value.middleName, lastName: value.lastName, dateOfBirth: null }
      : { firstName: null, middleName: null, lastName: null, dateOfBirth: value.dateOfBirth };
  const prisma = await db();
  await withFreshReference(async (reference) => {
    const draft = await prisma.changeRequest.findFirst({ where: { requestedById: requester.id, kind: value.kind, status: "DRAFT" }, select: { id: true } });
    if (draft) await prisma.changeRequest.update({ where: { id: draft.id }, data: fields });
    else await prisma.changeRequest.create({ data: { reference, trn: requester.trn, requestedById: requester.id, kind: value.kind, ...fields } });
  });
  return "saved";
}

/** Attaches the checked document to the draft, replacing any sent before. False if there is no draft. */
export async function saveDraftEvidence(requester: Pick<Requester, "id">, kind: ChangeRequestKind, evidence: CheckedEvidence): Promise<boolean> {
  return (await db()).$transaction(async (tx) => {
    const draft = await tx.changeRequest.findFirst({ where: { requestedById: requester.id, kind, status: "DRAFT" }, select: { id: true } });
    if (!draft) return false;
    await tx.changeRequestEvidence.deleteMany({ where: { changeRequestId: draft.id } });
    await insertEvidence(tx, draft.id, evidence);
    return true;
  });
}

/** Writes a request's document (the bytes through lib/db/bytes.ts). */
export async function insertEvidence(tx: Tx, changeRequestId: string, evidence: CheckedEvidence): Promise<void> {
  await runStatement(tx, insertEvidenceStatement(changeRequestId, evidence));
}

export type SubmitResult =
  { status: "sent"; reference: string } | { status: "already-open"; reference: string } | { status: "incomplete"; missing: "value" | "evidence" };

/**
 * Sends the draft to support staff: it becomes a waiting request, audited, and the teacher is
 * emailed its reference, all in one transaction. A second open request of the kind is refused
 * (also by a unique index, for two sends at once).
 */
export async function submitDraft(requester: Requester, kind: ChangeRequestKind, now = new Date()): Promise<SubmitResult> {
  const prisma = await db();
  const existing = await openRequest(requester.trn, kind);
  if (existing) return { status: "already-open", reference: existing.reference };
  try {
    return await prisma.$transaction(async (tx) => {
      const draft = await tx.changeRequest.findFirst({ where: { requestedById: requester.id, kind, status: "DRAFT" }, include: { evidence: evidenceSummary } });
      if (!draft || !hasValue(draft)) return { status: "incomplete", missing: "value" } as const;
      if (!draft.evidence) return { status: "incomplete", missing: "evidence" } as const;
      // Only from DRAFT: a send racing this one waits for its row lock, then finds it sent.
      const { count } = await tx.changeRequest.updateMany({ where: { id: draft.id, status: "DRAFT" }, data: { status: "PENDING", submittedAt: now } });
      if (count === 0) return { status: "already-open", reference: draft.reference } as const;
      await recordAudit(tx, {
        actor: actor.account(requester.id),
        action: "change-request.submitted",
        subjectTrn: requester.trn,
        subjectAccountId: requester.id,
        after: { reference: draft.reference, kind, requested: requestedJson(draft), evidence: draft.evidence.fileName },
      });
      await enqueueEmail(tx, {
        to: requester.email,
        template: "change-request-submitted",
        data: { firstName: requester.firstName, reference: draft.reference, change: KIND_WORDS[kind] },
      });
      return { status: "sent", reference: draft.reference } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const open = await openRequest(requester.trn, kind);
      if (open) return { status: "already-open", reference: open.reference };
    }
    throw error;
  }
}

export type WithdrawResult = "withdrawn" | "not-open";

/** The teacher takes back a waiting request of theirs. */
export async function withdrawRequest(requester: Pick<Requester, "id" | "trn">, reference: string, now = new Date()): Promise<WithdrawResult> {
  return (await db()).$transaction(async (tx) => {
    const { count } = await tx.changeRequest.updateMany({
      where: { reference, requestedById: requester.id, status: "PENDING" },
      data: { status: "WITHDRAWN", withdrawnAt: now },
    });
    if (count === 0) return "not-open";
    await recordAudit(tx, {
      actor: actor.account(requester.id),
      action: "change-request.withdrawn",
      subjectTrn: requester.trn,
      subjectAccountId: requester.id,
      before: { reference, status: "PENDING" },
      after: { reference, status: "WITHDRAWN" },
    });
    return "withdrawn";
  });
}

/** The teacher's sent requests (not drafts), newest first. */
export async function requestsOf(requester: Pick<Requester, "id">): Promise<ChangeRequestWithEvidence[]> {
  return (await db()).changeRequest.findMany({
    where: { requestedById: requester.id, status: { not: "DRAFT" } },
    orderBy: [{ submittedAt: "desc" }, { createdAt: "desc" }],
    include: { evidence: evidenceSummary },
  });
}

/** One of the teacher's own sent requests, or null (someone else's is null too). */
export async function requestOf(requester: Pick<Requester, "id">, reference: string): Promise<ChangeRequestWithEvidence | null> {
  if (!/^CR-[0-9A-Z]{6}$/.test(reference)) return null;
  return (await db()).changeRequest.findFirst({
    where: { reference, requestedById: requester.id, status: { not: "DRAFT" } },
    include: { evidence: evidenceSummary },
  });
}

/** The stored document of a request: its bytes exactly as stored. For support staff only. */
export async function evidenceFile(changeRequestId: string): Promise<(EvidenceSummary & { bytes: Buffer; sha256: string }) | null> {
  return runQueryOne(await db(), evidenceFileQuery(changeRequestId));
}

/** The requested value, whole. */
export function requestedValue(request: Pick<ChangeRequest, "kind" | "firstName" | "middleName" | "lastName" | "dateOfBirth">): RequestedValue | null {
  if (request.kind === "NAME") {
    return request.firstName && request.lastName
      ? { kind: "NAME", firstName: request.firstName, middleName: request.middleName, lastName: request.lastName }
      : null;
  }
  return request.dateOfBirth ? { kind: "DATE_OF_BIRTH", dateOfBirth: request.dateOfBirth } : null;
}

const hasValue = (request: Parameters<typeof requestedValue>[0]) => requestedValue(request) !== null;

function requestedJson(request: Parameters<typeof requestedValue>[0]): Prisma.InputJsonValue {
  const value = requestedValue(request)!;
  return value.kind === "NAME"
    ? { firstName: value.firstName, middleName: value.middleName, lastName: value.lastName }
    : { dateOfBirth: value.dateOfBirth.toISOString().slice(0, 10) };
}

/** Runs `write` with a new reference, again with another if it clashed with an existing one. */
async function withFreshReference(write: (reference: string) => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(newReference());
    } catch (error) {
      const clash = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && String(error.meta?.target ?? "").includes("reference");
      if (!clash || attempt >= 4) throw error;
    }
  }
}
