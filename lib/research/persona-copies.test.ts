// Fresh copies of research personas, on a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { evidenceFile } from "@/lib/dqt/change-requests";
import { loadTeachingRecord } from "@/lib/dqt/record";
import { invitationState } from "@/lib/identity/invitations";
import { qualificationCards } from "@/lib/qualifications";
import { seed } from "@/lib/research/personas/seed";
import { useTestDatabase } from "@/test/database";
import { copyEmail, copyPersona } from "./persona-copies";

const database = useTestDatabase();
beforeAll(() => seed(database.prisma));

describe("copyPersona", () => {
  it("makes a new record with the persona's qualifications, a 39xxxxx TRN and its own address, and an account", async () => {
    const [a, b] = await Promise.all([copyPersona("tomasz"), copyPersona("tomasz")]);
    expect(a.trn).toMatch(/^39\d{5}$/);
    expect(a.trn).not.toBe(b.trn);
    expect(a.email).toBe(copyEmail("tomasz.nowak@example.com", a.trn));
    expect(a.hasAccount).toBe(true);
    const [original, copy] = await Promise.all([loadTeachingRecord("3000002"), loadTeachingRecord(a.trn)]);
    const titles = (record: typeof copy) => qualificationCards(record!).map((card) => [card.title, card.rows.map((row) => row.value)]);
    expect(titles(copy)).toEqual(titles(original));
    expect(await database.prisma.identityAccount.findUniqueOrThrow({ where: { email: a.email } })).toMatchObject({ trn: a.trn, firstName: "Tomasz" });
  });

  it("gives an invitation persona's copy a working invitation and its email", async () => {
    const copy = await copyPersona("amara");
    expect(copy.hasAccount).toBe(false);
    const token = new URL(copy.invitationLink!).searchParams.get("trn_token");
    expect((await invitationState(token)).status).toBe("valid");
    expect(await database.prisma.outboxMessage.count({ where: { recipient: copy.email, template: "invitation" } })).toBe(1);
    const expired = await copyPersona("sian");
    expect((await invitationState(new URL(expired.invitationLink!).searchParams.get("trn_token"))).status).toBe("expired");
  });

  it("gives Daniel's copy his waiting request, with its own reference and the document", async () => {
    const copy = await copyPersona("daniel");
    const request = await database.prisma.changeRequest.findFirstOrThrow({ where: { trn: copy.trn } });
    expect(request).toMatchObject({ status: "PENDING", lastName: "Osei-Bonsu" });
    expect(request.reference).not.toBe("CR-D4N1EZ");
    expect((await evidenceFile(request.id))!.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
