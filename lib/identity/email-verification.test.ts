// The 6-digit code that proves someone reads an address, on a real database.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/database";
import { lastEmail } from "@/test/outbox";
import { confirmEmailCode, MAX_EMAIL_CODE_ATTEMPTS, pendingEmail, sendEmailCode } from "./email-verification";

const database = useTestDatabase();
const NEW_ADDRESS = "kemi.bello@school.example.com";
let accountId: string;

beforeEach(async () => {
  await database.truncate();
  accountId = (await database.prisma.identityAccount.create({ data: { email: "kemi.bello@example.com", firstName: "Kemi", lastName: "Bello" } })).id;
});

const wrongCode = (code: string) => (code === "000000" ? "111111" : "000000");
const markConfirmed = (email: string) => async (tx: Parameters<Parameters<typeof confirmEmailCode>[2]>[0]) => {
  await tx.identityAccount.update({ where: { id: accountId }, data: { email } });
};

describe("email verification codes", () => {
  it("sends a code to the new address and, when it is typed, makes the change in the same transaction", async () => {
    const owner = { accountId };
    expect(await sendEmailCode(owner, NEW_ADDRESS)).toEqual({ ok: true });
    expect(await pendingEmail(owner)).toBe(NEW_ADDRESS);
    const { data } = await lastEmail("email-code", NEW_ADDRESS);

    expect(await confirmEmailCode(owner, wrongCode(data.code), markConfirmed(NEW_ADDRESS))).toEqual({ status: "wrong" });
    expect(await confirmEmailCode(owner, data.code, markConfirmed(NEW_ADDRESS))).toEqual({ status: "confirmed", email: NEW_ADDRESS });
    expect((await database.prisma.identityAccount.findUniqueOrThrow({ where: { id: accountId } })).email).toBe(NEW_ADDRESS);
    // Spent: the same code again does nothing.
    expect(await pendingEmail(owner)).toBeNull();
    expect(await confirmEmailCode(owner, data.code, markConfirmed("x@example.com"))).toEqual({ status: "expired" });
  });

  it("stores only a hash of the code", async () => {
    await sendEmailCode({ accountId }, NEW_ADDRESS);
    const { data } = await lastEmail("email-code", NEW_ADDRESS);
    const row = await database.prisma.emailVerification.findFirstOrThrow();
    expect(row.codeHash).not.toContain(data.code);
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("ends after 5 wrong codes, even if the right one comes next", async () => {
    const owner = { accountId };
    await sendEmailCode(owner, NEW_ADDRESS);
    const { data } = await lastEmail("email-code", NEW_ADDRESS);
    const results = [];
    for (let i = 0; i < MAX_EMAIL_CODE_ATTEMPTS; i++) results.push((await confirmEmailCode(owner, wrongCode(data.code), markConfirmed(NEW_ADDRESS))).status);
    expect(results).toEqual(["wrong", "wrong", "wrong", "wrong", "expired"]);
    expect(await confirmEmailCode(owner, data.code, markConfirmed(NEW_ADDRESS))).toEqual({ status: "expired" });
    expect((await database.prisma.identityAccount.findUniqueOrThrow({ where: { id: accountId } })).email).toBe("kemi.bello@example.com");
  });

  it("expires after 15 minutes", async () => {
    const owner = { accountId };
    await sendEmailCode(owner, NEW_ADDRESS);
    const { data } = await lastEmail("email-code", NEW_ADDRESS);
    expect(await confirmEmailCode(owner, data.code, markConfirmed(NEW_ADDRESS), new Date(Date.now() + 16 * 60_000))).toEqual({ status: "expired" });
  });

  it("sends at most 5 codes in 15 minutes to one owner; a new code replaces the old", async () => {
    const owner = { accountId };
    const sent = [];
    for (let i = 0; i < 6; i++) sent.push((await sendEmailCode(owner, NEW_ADDRESS)).ok);
    expect(sent).toEqual([true, true, true, true, true, false]);
    expect(await database.prisma.emailVerification.count()).toBe(1);
  });

  it("when the change fails, nothing changes and the code still works", async () => {
    const owner = { accountId };
    await sendEmailCode(owner, NEW_ADDRESS);
    const { data } = await lastEmail("email-code", NEW_ADDRESS);
    await expect(
      confirmEmailCode(owner, data.code, async (tx, email) => {
        await markConfirmed(email)(tx);
        throw new Error("the second write failed");
      }),
    ).rejects.toThrow("the second write failed");
    expect((await database.prisma.identityAccount.findUniqueOrThrow({ where: { id: accountId } })).email).toBe("kemi.bello@example.com");
    expect(await confirmEmailCode(owner, data.code, markConfirmed(NEW_ADDRESS))).toEqual({ status: "confirmed", email: NEW_ADDRESS });
  });

  it("a journey and an account each have their own code", async () => {
    await database.prisma.teachingRecord.create({ data: { trn: "5000001", firstName: "K", lastName: "B", dateOfBirth: new Date("1990-01-01") } });
    const invitation = await database.prisma.invitation.create({
      data: { trn: "5000001", email: "k@example.com", tokenHash: "a".repeat(64), expiresAt: new Date(Date.now() + 3600_000) },
    });
    const journey = await database.prisma.registrationJourney.create({ data: { invitationId: invitation.id } });
    await sendEmailCode({ journeyId: journey.id }, "journey@example.com");
    await sendEmailCode({ accountId }, NEW_ADDRESS);
    expect(await pendingEmail({ journeyId: journey.id })).toBe("journey@example.com");
    expect(await pendingEmail({ accountId })).toBe(NEW_ADDRESS);
  });
});
