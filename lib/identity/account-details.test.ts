// Changes a teacher makes to their DfE Identity account, on a real database: the record's
// contact details follow in the same transaction, every change is audited, stale forms lose.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { useTestDatabase } from "@/test/database";
import { lastEmail } from "@/test/outbox";
import { accountVersion, applyNewEmail, changeAccountDetails, EmailTakenError, maskEmail } from "./account-details";
import { confirmEmailCode, sendEmailCode } from "./email-verification";

const database = useTestDatabase();
const TRN = "5000002";
let accountId: string;

beforeEach(async () => {
  await database.truncate();
  await database.prisma.teachingRecord.create({
    data: { trn: TRN, firstName: "Kemi", lastName: "Bello", dateOfBirth: new Date("1995-03-02"), email: "kemi@example.com", mobile: "+447700900111" },
  });
  accountId = (
    await database.prisma.identityAccount.create({
      data: { email: "kemi@example.com", firstName: "Kemi", lastName: "Bello", mobile: "+447700900111", trn: TRN, dateOfBirth: new Date("1995-03-02") },
    })
  ).id;
});

const account = () => database.prisma.identityAccount.findUniqueOrThrow({ where: { id: accountId } });
const record = () => database.prisma.teachingRecord.findUniqueOrThrow({ where: { trn: TRN } });
const audit = () => database.prisma.auditEvent.findMany({ orderBy: { occurredAt: "asc" } });

/** Makes every update of the teaching record fail, as a database fault after the account's write would. */
async function breakRecordUpdates() {
  await database.sql.exec(`
    CREATE OR REPLACE FUNCTION refuse_update() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'record update refused'; END $$ LANGUAGE plpgsql;
    CREATE TRIGGER refuse_record_update BEFORE UPDATE ON teaching_records FOR EACH ROW EXECUTE FUNCTION refuse_update();`);
}
async function mendRecordUpdates() {
  await database.sql.exec(`DROP TRIGGER IF EXISTS refuse_record_update ON teaching_records`);
}

describe("changing the account's details", () => {
  it("changes the mobile and the record's with it, auditing both with before and after", async () => {
    const result = await changeAccountDetails(accountId, accountVersion(await account()), { field: "mobile", mobile: "+447700900222" });
    expect(result).toBe("changed");
    expect((await account()).mobile).toBe("+447700900222");
    expect((await record()).mobile).toBe("+447700900222");
    expect((await audit()).map((e) => [e.actor, e.action, e.before, e.after])).toEqual([
      [`account:${accountId}`, "account.updated", { mobile: "+447700900111" }, { mobile: "+447700900222" }],
      [`account:${accountId}`, "record.updated", { mobile: "+447700900111" }, { mobile: "+447700900222" }],
    ]);
  });

  it("changes the name (with a middle name) and date of birth of the account only", async () => {
    await changeAccountDetails(accountId, accountVersion(await account()), { field: "name", firstName: "Kemi", middleName: "Ade", lastName: "Bello-Smith" });
    await changeAccountDetails(accountId, accountVersion(await account()), { field: "dateOfBirth", dateOfBirth: new Date("1995-03-03") });
    expect(await account()).toMatchObject({ firstName: "Kemi", middleName: "Ade", lastName: "Bello-Smith", dateOfBirth: new Date("1995-03-03") });
    expect(await record()).toMatchObject({ lastName: "Bello", dateOfBirth: new Date("1995-03-02") });
    const [name, dob] = await audit();
    expect(name).toMatchObject({
      action: "account.updated",
      before: { middleName: null, lastName: "Bello" },
      after: { middleName: "Ade", lastName: "Bello-Smith" },
    });
    expect(dob).toMatchObject({
      action: "account.updated",
      before: { dateOfBirth: "1995-03-02T00:00:00.000Z" },
      after: { dateOfBirth: "1995-03-03T00:00:00.000Z" },
    });
  });

  it("writes nothing when the value is the same", async () => {
    const before = await account();
    expect(await changeAccountDetails(accountId, accountVersion(before), { field: "mobile", mobile: "+447700900111" })).toBe("unchanged");
    expect((await account()).updatedAt).toEqual(before.updatedAt);
    expect(await audit()).toEqual([]);
  });

  it("refuses a form drawn before the account last changed", async () => {
    const drawn = accountVersion(await account());
    await changeAccountDetails(accountId, drawn, { field: "mobile", mobile: "+447700900222" });
    expect(await changeAccountDetails(accountId, drawn, { field: "mobile", mobile: "+447700900333" })).toBe("stale");
    expect((await account()).mobile).toBe("+447700900222");
  });

  it("changes nothing when the record's update fails after the account's", async () => {
    await breakRecordUpdates();
    try {
      await expect(changeAccountDetails(accountId, accountVersion(await account()), { field: "mobile", mobile: "+447700900222" })).rejects.toThrow();
    } finally {
      await mendRecordUpdates();
    }
    expect((await account()).mobile).toBe("+447700900111");
    expect((await record()).mobile).toBe("+447700900111");
    expect(await audit()).toEqual([]);
  });
});

describe("changing the account's email", () => {
  const confirm = async (email: string) => {
    const owner = { accountId };
    await sendEmailCode(owner, email);
    const { data } = await lastEmail("email-code", email);
    return confirmEmailCode(owner, data.code, async (tx, verified) => void (await applyNewEmail(tx, accountId, verified)));
  };

  it("replaces the address once the code is typed; the record follows and the old address is told", async () => {
    expect(await confirm("kemi.bello@school.example.com")).toEqual({ status: "confirmed", email: "kemi.bello@school.example.com" });
    expect((await account()).email).toBe("kemi.bello@school.example.com");
    expect((await record()).email).toBe("kemi.bello@school.example.com");
    const told = await lastEmail("email-changed", "kemi@example.com");
    expect(told.data).toMatchObject({ firstName: "Kemi", newEmail: `k${"•".repeat(9)}@school.example.com` });
    expect((await audit()).map((e) => [e.action, e.before, e.after])).toEqual([
      ["account.updated", { email: "kemi@example.com" }, { email: "kemi.bello@school.example.com" }],
      ["record.updated", { email: "kemi@example.com" }, { email: "kemi.bello@school.example.com" }],
    ]);
  });

  it("refuses an address another account took meanwhile, changing nothing", async () => {
    const owner = { accountId };
    await sendEmailCode(owner, "taken@example.com");
    const { data } = await lastEmail("email-code", "taken@example.com");
    await database.prisma.identityAccount.create({ data: { email: "taken@example.com", firstName: "Other", lastName: "Person" } });
    await expect(confirmEmailCode(owner, data.code, async (tx, email) => void (await applyNewEmail(tx, accountId, email)))).rejects.toBeInstanceOf(
      EmailTakenError,
    );
    expect((await account()).email).toBe("kemi@example.com");
    expect(await database.prisma.outboxMessage.count({ where: { template: "email-changed" } })).toBe(0);
  });

  it("changes nothing when the record's update fails", async () => {
    await breakRecordUpdates();
    try {
      await expect(confirm("kemi.new@example.com")).rejects.toThrow();
    } finally {
      await mendRecordUpdates();
    }
    expect((await account()).email).toBe("kemi@example.com");
    expect(await database.prisma.outboxMessage.count({ where: { template: "email-changed" } })).toBe(0);
    expect(await (await db()).emailVerification.count()).toBe(1);
  });
});

describe("maskEmail", () => {
  it("keeps the first letter and the domain", () => {
    expect(maskEmail("kemi@example.com")).toBe("k•••@example.com");
    expect(maskEmail("k@example.com")).toBe("k•@example.com");
  });
});
