// Small builders for database tests: a teacher with a record and an account, a member of staff.
import { db } from "@/lib/db";

export async function createTeacher(trn: string, overrides: { email?: string; firstName?: string; lastName?: string; qts?: boolean } = {}) {
  const prisma = await db();
  const email = overrides.email ?? `teacher.${trn}@example.com`;
  const firstName = overrides.firstName ?? "Kemi";
  const lastName = overrides.lastName ?? "Bello";
  await prisma.teachingRecord.create({
    data: { trn, firstName, lastName, dateOfBirth: new Date("1995-03-02"), email, qtsAwardedOn: overrides.qts === false ? null : new Date("2020-07-31") },
  });
  const account = await prisma.identityAccount.create({ data: { email, firstName, lastName, trn } });
  return { id: account.id, trn, email, firstName };
}

export async function createStaff(email: string, role: "SUPPORT" | "ADMIN" = "SUPPORT") {
  const prisma = await db();
  return prisma.identityAccount.create({ data: { email, firstName: "Jordan", lastName: email.split("@")[0]!, role } });
}
