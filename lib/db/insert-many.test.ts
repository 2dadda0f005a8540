// insertMany writes exactly what Prisma's createMany writes for the same inputs (audit events:
// lib/audit/index.test.ts, against the other ways lib/audit writes them).
import { beforeEach, describe, expect, it } from "vitest";
import { messageData, outboxRowData } from "@/lib/email/outbox";
import { useTestDatabase } from "@/test/database";
import { insertMany } from "./insert-many";

const database = useTestDatabase();

beforeEach(() => database.truncate());

const now = new Date("2026-11-30T10:11:12.345Z");
const strip = <T extends { id: string }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);

describe("insertMany", () => {
  it("writes outbox messages as createMany does, with Prisma's defaults", async () => {
    const rows = [
      outboxRowData({ to: "a@example.com", template: "sign-in", data: { link: "https://x/y?token=1", code: "012345", expiresInMinutes: 15 } }),
      outboxRowData({ to: "b@example.com", template: "email-code", data: { code: "999999", expiresInMinutes: 5 } }),
    ];
    await database.prisma.$transaction((tx) => insertMany(tx, "outbox_messages", rows, now));
    const ours = await database.prisma.outboxMessage.findMany({ orderBy: { recipient: "asc" } });
    await database.prisma.outboxMessage.deleteMany();
    await database.prisma.outboxMessage.createMany({ data: rows.map((row) => ({ ...row, createdAt: now, updatedAt: now, nextAttemptAt: now })) });
    const prismas = await database.prisma.outboxMessage.findMany({ orderBy: { recipient: "asc" } });
    expect(strip(ours)).toEqual(strip(prismas));
    expect(ours[0]).toMatchObject({ status: "PENDING", attempts: 0, createdAt: now, nextAttemptAt: now, data: { expiresInMinutes: 15 } });
    // The code itself is sealed (lib/email/outbox.ts), and opens as it was.
    expect(messageData(ours[0]!).data).toMatchObject({ code: "012345" });
  });

  it("does nothing for no rows", async () => {
    expect(await database.prisma.$transaction((tx) => insertMany(tx, "outbox_messages", [], now))).toBe(0);
  });
});
