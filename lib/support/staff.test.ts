// Staff accounts, managed by admins, on a real database.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/database";
import { createStaff } from "@/test/fixtures";
import { addStaff, changeStaffRole, listStaff, removeStaff } from "./staff";

const database = useTestDatabase();
beforeEach(() => database.truncate());

describe("staff", () => {
  it("adds a member of staff, not over a teacher's account or twice", async () => {
    const admin = await createStaff("admin@example.com", "ADMIN");
    expect(await addStaff(admin, { email: "jo@example.com", firstName: "Jo", lastName: "Bloggs", role: "SUPPORT" })).toEqual({ status: "done" });
    expect((await addStaff(admin, { email: "jo@example.com", firstName: "Jo", lastName: "B", role: "SUPPORT" })).status).toBe("refused");
    await database.prisma.identityAccount.create({ data: { email: "teacher@example.com", firstName: "T", lastName: "T" } });
    expect(await addStaff(admin, { email: "teacher@example.com", firstName: "T", lastName: "T", role: "ADMIN" })).toMatchObject({
      status: "refused",
      field: "email",
    });
    expect((await listStaff()).map((s) => s.email).sort()).toEqual(["admin@example.com", "jo@example.com"]);
    expect(await database.prisma.auditEvent.count({ where: { action: "staff.added", actor: `account:${admin.id}` } })).toBe(1);
  });

  it("never leaves the service without an admin", async () => {
    const admin = await createStaff("admin@example.com", "ADMIN");
    const other = await createStaff("other@example.com", "ADMIN");
    expect(await changeStaffRole(admin, other.id, "SUPPORT")).toEqual({ status: "done" });
    expect((await changeStaffRole(admin, admin.id, "SUPPORT")).status).toBe("refused");
    expect((await removeStaff(other, admin.id)).status).toBe("refused");
    expect((await removeStaff(admin, admin.id)).status).toBe("refused");
    expect(await database.prisma.identityAccount.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("two admins demoting each other at once still leave one", async () => {
    const a = await createStaff("a@example.com", "ADMIN");
    const b = await createStaff("b@example.com", "ADMIN");
    await Promise.all([changeStaffRole(a, b.id, "SUPPORT"), changeStaffRole(b, a.id, "SUPPORT")]);
    expect(await database.prisma.identityAccount.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("removes a member of staff, keeping who they were in the audit trail", async () => {
    const admin = await createStaff("admin@example.com", "ADMIN");
    const jo = await createStaff("jo@example.com");
    expect(await removeStaff(admin, jo.id)).toEqual({ status: "done" });
    expect(await database.prisma.identityAccount.findUnique({ where: { id: jo.id } })).toBeNull();
    const [event] = await database.prisma.auditEvent.findMany({ where: { action: "staff.removed" } });
    expect(event).toMatchObject({ subjectAccountId: jo.id, before: { email: "jo@example.com", role: "SUPPORT" } });
  });
});
