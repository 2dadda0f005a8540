// A database read (or a backup) gives nobody a way in. After an invitation, an account set-up
// with a code sent to another address, a sign-in by code, a pending sign-in, a session and an
// API key, every column of every table is read as text, and none holds a link token, an
// invitation token, a code, a session token or an API key, nor an unkeyed hash of one.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { actor } from "@/lib/audit";
import { messageData } from "@/lib/email/outbox";
import { useTestDatabase } from "@/test/database";
import { findActiveSession } from "./active-session";
import { authenticateApiKey, createApiKey } from "./api-keys";
import { authAdapter } from "./auth-adapter";
import { invitationState, sendInvitation } from "./invitations";
import { confirmEmailCode, sendEmailCode } from "./email-verification";
import { beginRegistration, completeRegistration } from "./registration";
import { startSignIn, verifySignInCode } from "./sign-in";
import { generateToken } from "./tokens";

const database = useTestDatabase();

async function newestMessageData(template: string, to: string) {
  const message = await database.prisma.outboxMessage.findFirstOrThrow({ where: { template, recipient: to }, orderBy: { createdAt: "desc" } });
  return messageData(message).data as Record<string, string>;
}

const tokenIn = (link: string, name: string) => new URL(link, "http://localhost").searchParams.get(name)!;
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** Every row of every table as text (JSON), one string per table. */
async function everyTableAsText(): Promise<Map<string, string>> {
  const tables = await database.sql.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const dump = new Map<string, string>();
  for (const { tablename } of tables) {
    const rows = await database.sql.query<{ row: string }>(`SELECT to_jsonb(t)::text AS "row" FROM "${tablename}" t`);
    dump.set(tablename, rows.map((r) => r.row).join("\n"));
  }
  return dump;
}

describe("secrets at rest", () => {
  it("no table holds a working link token, invitation token, code, session token or API key", async () => {
    const prisma = database.prisma;
    const secrets: { what: string; value: string; code?: boolean }[] = [];
    const keep = (what: string, value: string, code = false) => secrets.push({ what, value, code });

    for (const [trn, firstName, email] of [
      ["5100001", "Kemi", "kemi.bello@example.com"],
      ["5100002", "Ade", "ade.bello@example.com"],
    ] as const) {
      await prisma.teachingRecord.create({
        data: { trn, firstName, lastName: "Bello", dateOfBirth: new Date("1995-03-02"), email, qtsAwardedOn: new Date("2026-11-01") },
      });
    }

    // An invitation, used to set up an account with a code sent to another address…
    const kemi = await prisma.$transaction((tx) =>
      sendInvitation(tx, { trn: "5100001", email: "kemi.bello@example.com", firstName: "Kemi", actor: actor.system("test") }),
    );
    expect(tokenIn((await newestMessageData("invitation", "kemi.bello@example.com")).link!, "trn_token")).toBe(kemi.token);
    keep("invitation token", kemi.token);
    expect((await beginRegistration(kemi.token)).kind).toBe("journey");
    let journey = await prisma.registrationJourney.findFirstOrThrow();
    await sendEmailCode({ journeyId: journey.id }, "kemi@school.example.com");
    const emailCode = (await newestMessageData("email-code", "kemi@school.example.com")).code!;
    keep("email confirmation code", emailCode, true);
    journey = await prisma.registrationJourney.findFirstOrThrow();
    await prisma.registrationJourney.update({
      where: { id: journey.id },
      data: { firstName: "Kemi", lastName: "Bello", dateOfBirth: new Date("1995-03-02"), mobile: "+447700900222" },
    });
    journey = await prisma.registrationJourney.findFirstOrThrow();
    const confirmed = await confirmEmailCode({ journeyId: journey.id }, emailCode, async (tx, email) => {
      await tx.registrationJourney.update({ where: { id: journey.id }, data: { email, emailConfirmed: true } });
    });
    expect(confirmed.status).toBe("confirmed");
    journey = await prisma.registrationJourney.findFirstOrThrow();
    const created = await completeRegistration({ journey, invitationEmail: "kemi.bello@example.com", trn: "5100001" });
    expect(created.kind).toBe("created");
    keep("set-up sign-in token", tokenIn((created as { completeUrl: string }).completeUrl, "token"));

    // …an invitation still waiting to be used…
    const ade = await prisma.$transaction((tx) =>
      sendInvitation(tx, { trn: "5100002", email: "ade.bello@example.com", firstName: "Ade", actor: actor.system("test") }),
    );
    expect((await invitationState(ade.token)).status).toBe("valid");
    keep("unused invitation token", ade.token);

    // …a sign-in by code…
    const browser = generateToken();
    keep("pending sign-in nonce", browser);
    await startSignIn({ email: "kemi@school.example.com", ip: "192.0.2.1", returnTo: "/", requester: browser });
    const signIn = await newestMessageData("sign-in", "kemi@school.example.com");
    keep("sign-in link token", tokenIn(signIn.link!, "token"));
    keep("sign-in code", signIn.code!, true);
    const verified = await verifySignInCode({ email: "kemi@school.example.com", code: signIn.code!, returnTo: "/", requester: browser, ip: "192.0.2.1" });
    expect(verified.status).toBe("ok");
    keep("code's one-time sign-in token", tokenIn((verified as { completeUrl: string }).completeUrl, "token"));

    // …a sign-in still pending (its link and code unused)…
    await startSignIn({ email: "kemi@school.example.com", ip: "192.0.2.1", returnTo: "/", requester: generateToken() });
    const pending = await newestMessageData("sign-in", "kemi@school.example.com");
    keep("pending sign-in link token", tokenIn(pending.link!, "token"));
    keep("pending sign-in code", pending.code!, true);

    // …a session and an API key.
    const account = await prisma.identityAccount.findUniqueOrThrow({ where: { email: "kemi@school.example.com" } });
    const sessionToken = generateToken();
    await authAdapter().createSession!({ sessionToken, userId: account.id, expires: new Date(Date.now() + 3600_000) });
    expect(await findActiveSession(sessionToken)).not.toBeNull();
    keep("session token", sessionToken);
    const { key } = await createApiKey({ name: "secrets-at-rest", scopes: ["qts-awards:write"] });
    expect(await authenticateApiKey(`Bearer ${key}`, "qts-awards:write")).toMatchObject({ ok: true });
    keep("API key", key);

    expect(new Set(secrets.map((s) => s.value)).size).toBe(secrets.length);
    const dump = await everyTableAsText();
    expect(dump.get("outbox_messages")!.split("\n").length).toBeGreaterThanOrEqual(5);

    const found: string[] = [];
    for (const [table, text] of dump) {
      for (const { what, value, code } of secrets) {
        // A code is 6 digits: only as a value of its own, not inside a longer run (a ciphertext, an id).
        const forms = code ? [new RegExp(`(?<![\\w-])${value}(?![\\w-])`)] : [value, encodeURIComponent(value)];
        const hashes = [sha256(value)]; // an unkeyed hash of a code falls to a million guesses
        for (const form of [...forms, ...hashes]) {
          if (typeof form === "string" ? text.includes(form) : form.test(text)) found.push(`${what} in ${table}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
