// The change requests waiting for support staff, due soonest first (5 working days from the day
// each was sent: lib/format/working-days.ts), 25 a page, with who is looking at each
// (lib/support/claims.ts); and one request to decide.
import "server-only";
import { db, Prisma, type ChangeRequestKind } from "@/lib/db";
import { dueDate, type Due } from "@/lib/format/working-days";
import { claimCutoff, liveClaim } from "./claims";

export const QUEUE_PAGE_SIZE = 25;

export type Owner = "mine" | "unassigned";

export interface QueueFilter {
  kind?: ChangeRequestKind;
  owner?: Owner;
}

export async function waitingCount(): Promise<number> {
  return (await db()).changeRequest.count({ where: { status: "PENDING" } });
}

function queueWhere(filter: QueueFilter, staffId: string, now: Date): Prisma.ChangeRequestWhereInput {
  const cutoff = claimCutoff(now);
  return {
    status: "PENDING",
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.owner === "mine" ? { claim: { claimedById: staffId, claimedAt: { gt: cutoff } } } : {}),
    ...(filter.owner === "unassigned" ? { OR: [{ claim: null }, { claim: { claimedAt: { lte: cutoff } } }] } : {}),
  };
}

// Sent earlier is due earlier (the due date only ever moves forward with the day sent), so the
// index on (status, submittedAt) orders by due date.
const DUE_SOONEST: Prisma.ChangeRequestOrderByWithRelationInput[] = [{ submittedAt: "asc" }, { id: "asc" }];

/** One page of the queue, with each request's due date and live claim. */
export async function queuePage(filter: QueueFilter, staffId: string, page = 1, now = new Date()) {
  const prisma = await db();
  const where = queueWhere(filter, staffId, now);
  const total = await prisma.changeRequest.count({ where });
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const rows = await prisma.changeRequest.findMany({
    where,
    orderBy: DUE_SOONEST,
    skip: (current - 1) * QUEUE_PAGE_SIZE,
    take: QUEUE_PAGE_SIZE,
    include: {
      record: { select: { firstName: true, middleName: true, lastName: true, dateOfBirth: true } },
      claim: { include: { claimedBy: { select: { id: true, firstName: true, lastName: true } } } },
    },
  });
  const requests = rows.map(({ claim, ...request }) => ({
    ...request,
    due: dueDate(request.submittedAt ?? request.createdAt, now) satisfies Due,
    claim: liveClaim(claim, now),
  }));
  return { requests, total, page: current, pages };
}

/** The waiting request due soonest that nobody else is looking at (this agent's own claims count as free). */
export async function nextRequestReference(staffId: string, now = new Date()): Promise<string | null> {
  const next = await (
    await db()
  ).changeRequest.findFirst({
    where: { status: "PENDING", OR: [{ claim: null }, { claim: { claimedAt: { lte: claimCutoff(now) } } }, { claim: { claimedById: staffId } }] },
    orderBy: DUE_SOONEST,
    select: { reference: true },
  });
  return next?.reference ?? null;
}

/** A sent request with what staff need to decide it: the record as it is, the requester, the document's details. */
export async function requestForReview(reference: string) {
  if (!/^CR-[0-9A-Z]{6}$/.test(reference)) return null;
  const request = await (
    await db()
  ).changeRequest.findUnique({
    where: { reference },
    include: {
      record: { select: { trn: true, firstName: true, middleName: true, lastName: true, dateOfBirth: true } },
      requestedBy: { select: { email: true, firstName: true, lastName: true } },
      decidedBy: { select: { email: true, firstName: true, lastName: true } },
      evidence: { select: { fileName: true, contentType: true, size: true } },
    },
  });
  return request && request.status !== "DRAFT" ? request : null;
}

/** "3 days", "5 hours", "less than an hour": how long a request has waited. */
export function waitedFor(since: Date, now = new Date()): string {
  const hours = Math.floor((now.getTime() - since.getTime()) / 3600_000);
  if (hours < 1) return "less than an hour";
  if (hours < 24) return hours === 1 ? "1 hour" : `${hours} hours`;
  const days = Math.floor(hours / 24);
  return days === 1 ? "1 day" : `${days} days`;
}

/** After a decision, for its banner: the request's reference, outcome and teacher, if it was decided. */
export async function decidedRequest(reference: unknown) {
  if (typeof reference !== "string" || !/^CR-[0-9A-Z]{6}$/.test(reference)) return null;
  const request = await (
    await db()
  ).changeRequest.findUnique({
    where: { reference },
    select: { reference: true, status: true, record: { select: { firstName: true, middleName: true, lastName: true } } },
  });
  return request && (request.status === "ACCEPTED" || request.status === "REJECTED") ? request : null;
}
