// The outbox keeps no working link or code in clear: secrets are sealed (AES-GCM) to their
// message, keys rotate without losing mail in flight, and bulk writers get the same rows.
import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "@/lib/env";
import { useTestDatabase } from "@/test/database";
import { enqueueEmail, messageData, outboxRowData } from "./outbox";
import { SealError, seal, unseal } from "./seal";
import { ERASED, FIELD_SECRECY } from "./templates";

const database = useTestDatabase();

const KEY_A = "a2V5LWEta2V5LWEta2V5LWEta2V5LWEta2V5LWEtYWE=";
const KEY_B = "a2V5LWIta2V5LWIta2V5LWIta2V5LWIta2V5LWItYmI=";

afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnvForTests();
});

function useKeys(keys: string) {
  vi.stubEnv("OUTBOX_ENCRYPTION_KEYS", keys);
  forgetEnvForTests();
}

const signIn = {
  to: "teacher@example.com",
  template: "sign-in" as const,
  data: { link: "http://localhost:3000/sign-in/continue?token=SECRET-TOKEN-abc", code: "482913", expiresInMinutes: 15 },
};

describe("outboxRowData", () => {
  it("keeps public fields as they are and seals the secret ones", () => {
    const row = outboxRowData(signIn);
    expect(row).toMatchObject({ recipient: "teacher@example.com", template: "sign-in", data: { expiresInMinutes: 15 } });
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(row.sealedData).toMatch(/^v1\.[\w-]{8}\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain("SECRET-TOKEN");
    expect(stored).not.toContain("482913");
    expect(messageData(row)).toEqual({ data: signIn.data, erased: false });
  });

  it("seals nothing for a template with no secrets", () => {
    const row = outboxRowData({ to: "x@example.com", template: "sign-in-no-account", data: { startLink: "http://localhost:3000/qualifications/start" } });
    expect(row.sealedData).toBeNull();
    expect(row.data).toEqual({ startLink: "http://localhost:3000/qualifications/start" });
  });

  it("classifies every link that signs in or sets up an account, and every code, as secret", () => {
    expect(FIELD_SECRECY.invitation.link).toBe("secret");
    expect(FIELD_SECRECY["sign-in"]).toMatchObject({ link: "secret", code: "secret" });
    expect(FIELD_SECRECY["email-code"].code).toBe("secret");
  });

  it("gives rows createMany can insert by the hundred, which enqueueEmail's readers open alike", async () => {
    const rows = Array.from({ length: 200 }, (_, i) =>
      outboxRowData({ ...signIn, to: `bulk${i}@example.com`, data: { ...signIn.data, code: String(100000 + i) } }),
    );
    await database.prisma.outboxMessage.createMany({ data: rows });
    const { id } = await database.prisma.$transaction((tx) => enqueueEmail(tx, signIn));
    const stored = await database.prisma.outboxMessage.findMany({ where: { id: { in: [rows[199]!.id, id] } }, orderBy: { recipient: "asc" } });
    expect(stored.map((row) => messageData(row).data.code)).toEqual(["100199", "482913"]);
    await database.prisma.outboxMessage.deleteMany();
  });

  it("a sealed secret moved to another message (another recipient) does not open", () => {
    const original = outboxRowData(signIn);
    const attacker = outboxRowData({ ...signIn, to: "attacker@example.com" });
    expect(() => messageData({ ...attacker, sealedData: original.sealedData })).toThrow(SealError);
    expect(() => messageData({ ...original, recipient: "attacker@example.com" })).toThrow(SealError);
  });

  it("an altered sealed value does not open", () => {
    const sealed = seal("secret", "context");
    const parts = sealed.split(".");
    parts[3] = parts[3]!.startsWith("A") ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`;
    expect(() => unseal(parts.join("."), "context")).toThrow(SealError);
    expect(unseal(sealed, "context")).toBe("secret");
  });

  it("once erased, the secret fields read as erased", () => {
    const row = { ...outboxRowData(signIn), sealedData: null };
    expect(messageData(row)).toEqual({ data: { expiresInMinutes: 15, link: ERASED, code: ERASED }, erased: true });
  });
});

describe("rotating OUTBOX_ENCRYPTION_KEYS", () => {
  it("seals with the newest key and opens with any key still listed", () => {
    useKeys(KEY_A);
    const old = outboxRowData(signIn);

    useKeys(`${KEY_B},${KEY_A}`); // a new key first; the old one kept for mail in flight
    const fresh = outboxRowData(signIn);
    expect(fresh.sealedData!.split(".")[1]).not.toBe(old.sealedData!.split(".")[1]);
    expect(messageData(old).data).toEqual(signIn.data);
    expect(messageData(fresh).data).toEqual(signIn.data);

    useKeys(KEY_B); // the old key retired
    expect(() => messageData(old)).toThrow(/no longer in OUTBOX_ENCRYPTION_KEYS/);
    expect(messageData(fresh).data).toEqual(signIn.data);
  });
});
