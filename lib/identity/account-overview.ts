// What /account shows: the DfE Identity account, and the teaching record it is linked to (the
// name and date of birth certificates carry) with any change to them still waiting for staff.
import "server-only";
import { db, type ChangeRequestKind, type IdentityAccount } from "@/lib/db";

export interface RecordSummary {
  trn: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  dateOfBirth: Date;
  /** Requests waiting for staff, by kind: their references. */
  waiting: Partial<Record<ChangeRequestKind, string>>;
}

export async function recordSummary(account: Pick<IdentityAccount, "trn">): Promise<RecordSummary | null> {
  if (!account.trn) return null;
  const record = await (
    await db()
  ).teachingRecord.findUnique({
    where: { trn: account.trn },
    select: {
      trn: true,
      firstName: true,
      middleName: true,
      lastName: true,
      dateOfBirth: true,
      changeRequests: { where: { status: "PENDING" }, select: { kind: true, reference: true } },
    },
  });
  if (!record) return null;
  const { changeRequests, ...rest } = record;
  return { ...rest, waiting: Object.fromEntries(changeRequests.map((request) => [request.kind, request.reference])) };
}
