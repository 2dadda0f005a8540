// The support console's list of mail that has not reached a teacher: failed in the last week, or
// late; not what was sent, what failed long ago, or what is simply queued.
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/database";
import { undeliveredMail } from "./undelivered-mail";

const database = useTestDatabase();
const NOW = new Date("2026-11-30T12:00:00Z");
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3600_000);

describe("undelivered mail", () => {
  it("lists failed and late emails, newest first, in the console's words", async () => {
    const write = (recipient: string, fields: object) =>
      database.prisma.outboxMessage.create({ data: { recipient, template: "invitation", data: {}, ...fields } });
    await write("sent@example.com", { status: "SENT", attempts: 1, sentAt: hoursAgo(1), createdAt: hoursAgo(2) });
    await write("failed@example.com", { status: "FAILED", attempts: 9, failedAt: hoursAgo(3), lastError: "422 invalid to address", createdAt: hoursAgo(75) });
    await write("long-ago@example.com", { status: "FAILED", attempts: 9, failedAt: hoursAgo(24 * 10), createdAt: hoursAgo(24 * 13) });
    await write("late@example.com", { status: "PENDING", attempts: 2, lastError: "503 from the provider", createdAt: hoursAgo(2) });
    await write("queued@example.com", { status: "PENDING", attempts: 0, createdAt: hoursAgo(0.1) });

    const listed = await undeliveredMail(NOW);
    expect(listed.map((e) => [e.recipient, e.state, e.attempts, e.lastError])).toEqual([
      ["late@example.com", "Late", 2, "503 from the provider"],
      ["failed@example.com", "Failed", 9, "422 invalid to address"],
    ]);
    expect(listed[0]!.purpose).toBe("Invitation to set up an account");
  });
});
