// Staff accounts, managed by admins in the support console: add by email with a role, change a
// role, remove. There is always at least one admin: the last one can be neither demoted nor removed.
import "server-only";
import { actor, recordAudit } from "@/lib/audit";
import { db, Prisma, type Role, type Tx } from "@/lib/db";
import { runQuery } from "@/lib/db/query";
import type { Staff } from "./change-request-decisions";
import { lockAdminsQuery } from "./queries";

export type StaffRole = Exclude<Role, "TEACHER">;
export const STAFF_ROLES: Record<StaffRole, string> = { SUPPORT: "Support", ADMIN: "Admin" };

export async function listStaff() {
  return (await db()).identityAccount.findMany({
    where: { role: { not: "TEACHER" } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { email: "asc" }],
    select: { id: true, email: true, firstName: true, lastName: true, role: true, lastSignedInAt: true },
  });
}

export type StaffChange = { status: "done" } | { status: "refused"; field: string; message: string };

export async function addStaff(admin: Staff, input: { email: string; firstName: string; lastName: string; role: StaffRole }): Promise<StaffChange> {
  const prisma = await db();
  const existing = await prisma.identityAccount.findUnique({ where: { email: input.email }, select: { role: true } });
  if (existing) {
    return existing.role === "TEACHER"
      ? { status: "refused", field: "email", message: "This email address belongs to a teacher’s DfE Identity account. Use a work address for staff" }
      : { status: "refused", field: "email", message: "This email address already belongs to a member of staff" };
  }
  try {
    await prisma.$transaction(async (tx) => {
      const account = await tx.identityAccount.create({ data: { email: input.email, firstName: input.firstName, lastName: input.lastName, role: input.role } });
      await recordAudit(tx, {
        actor: actor.account(admin.id),
        action: "staff.added",
        subjectAccountId: account.id,
        after: { email: input.email, role: input.role },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { status: "refused", field: "email", message: "This email address already belongs to a DfE Identity account" };
    }
    throw error;
  }
  return { status: "done" };
}

/** The admins, locked so that two admins demoting each other at once still leave one. */
async function lockAdmins(tx: Tx): Promise<string[]> {
  return (await runQuery(tx, lockAdminsQuery())).map((row) => row.id);
}

const LAST_ADMIN = "There must always be at least one admin. Make someone else an admin first";

export async function changeStaffRole(admin: Staff, accountId: string, role: StaffRole): Promise<StaffChange> {
  return (await db()).$transaction(async (tx) => {
    const admins = await lockAdmins(tx);
    const account = await tx.identityAccount.findUnique({ where: { id: accountId }, select: { role: true, email: true } });
    if (!account || account.role === "TEACHER") return { status: "refused", field: "role", message: "This member of staff no longer exists" };
    if (account.role === role) return { status: "done" };
    if (account.role === "ADMIN" && admins.length <= 1) return { status: "refused", field: "role", message: LAST_ADMIN };
    await tx.identityAccount.update({ where: { id: accountId }, data: { role } });
    await recordAudit(tx, {
      actor: actor.account(admin.id),
      action: "staff.role-changed",
      subjectAccountId: accountId,
      before: { role: account.role },
      after: { role },
    });
    return { status: "done" };
  });
}

/** Removes a staff account (its sessions end with it). Its audit trail keeps who it was. */
export async function removeStaff(admin: Staff, accountId: string): Promise<StaffChange> {
  if (accountId === admin.id) return { status: "refused", field: "account", message: "You cannot remove yourself. Ask another admin to do it" };
  return (await db()).$transaction(async (tx) => {
    const admins = await lockAdmins(tx);
    const account = await tx.identityAccount.findUnique({ where: { id: accountId }, select: { role: true, email: true, firstName: true, lastName: true } });
    if (!account || account.role === "TEACHER") return { status: "refused", field: "account", message: "This member of staff no longer exists" };
    if (account.role === "ADMIN" && admins.length <= 1) return { status: "refused", field: "account", message: LAST_ADMIN };
    await recordAudit(tx, {
      actor: actor.account(admin.id),
      action: "staff.removed",
      subjectAccountId: accountId,
      before: { email: account.email, firstName: account.firstName, lastName: account.lastName, role: account.role },
    });
    await tx.identityAccount.delete({ where: { id: accountId } });
    return { status: "done" };
  });
}
