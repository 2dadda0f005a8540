// The change requests waiting for support staff, oldest first, and one request to decide.
import "server-only";
import { db } from "@/lib/db";

export async function waitingCount(): Promise<number> {
  return (await db()).changeRequest.count({ where: { status: "PENDING" } });
}

export async function waitingRequests() {
  return (await db()).changeRequest.findMany({
    where: { status: "PENDING" },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    include: { record: { select: { firstName: true, middleName: true, lastName: true } } },
  });
}

/** A sent request with what staff need to decide it: the record as it is, the requester, the document's details. */
export async function requestForReview(reference: string) {
  if (!/^CR-[0-9A-Z]{6}$/.test(reference)) return null;
  const request = await (await db()).changeRequest.findUnique({
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
