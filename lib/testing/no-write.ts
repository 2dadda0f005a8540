// What the generated attack (e2e/attack.api.spec.ts) asks of the database, through the journey
// server's testing routes (the embedded database belongs to that one process), to show that its
// bad requests wrote nothing. Only when APP_ENV=test; previews and production answer 404.
//  - rowsHolding(marker): every row, in every table, whose text holds the run's marker, which
//    every value the attack types carries: nothing it typed may be stored anywhere (the outbox's
//    sealed secrets opened, audit events included);
//  - accountSnapshot(email): everything an identity the attack uses owns or is named in, to be
//    equal before and after the attack. What it leaves out, and why, is said beside each part.
//  - addStaffForTests(role): a member of staff of the attack's own, so that no other journey's
//    work shows in its snapshot.
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { actor, recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { runQuery, runQueryOne } from "@/lib/db/query";
import { messageData } from "@/lib/email/outbox";
import { rowsHoldingQuery, textColumnsQuery } from "./queries";

/** A run's marker: letters and digits only, so that no escaping, case or normalisation hides it. */
export const markerSchema = z.string().regex(/^atk[a-z0-9]{8,40}$/, "a marker is atk and 8 to 40 lower-case letters or digits");

export interface Trace {
  table: string;
  column: string;
  rows: number;
}

/** Where `marker` is stored: each table and column (in the public schema) with rows holding it. */
export async function rowsHolding(marker: string): Promise<Trace[]> {
  const needle = markerSchema.parse(marker);
  const prisma = await db();
  const columns = await runQuery(prisma, textColumnsQuery());
  const tables = Map.groupBy(columns, (c) => c.table);
  const traces: Trace[] = [];
  for (const [table, own] of tables) {
    const counts = (await runQueryOne(prisma, rowsHoldingQuery(table, own, needle))) ?? {};
    own.forEach(({ column }, index) => {
      const rows = counts[`c${index}`] ?? 0;
      if (rows > 0) traces.push({ table, column, rows });
    });
  }
  // An email's links and codes are sealed (lib/email/outbox.ts): opened, in case one carries
  // what was typed (a return address in a sign-in link).
  const sealed = await prisma.outboxMessage.findMany({
    where: { sealedData: { not: null } },
    select: { id: true, recipient: true, template: true, data: true, sealedData: true },
  });
  const opened = sealed.filter((row) => JSON.stringify(messageData(row).data).toLowerCase().includes(needle)).length;
  if (opened > 0) traces.push({ table: "outbox_messages", column: "sealedData (opened)", rows: opened });
  return traces;
}

/**
 * An identity as the database holds it, in a form that compares with toEqual. Left out, as
 * bookkeeping that any use moves, not something the attack could set:
 *  - sessions: every signed-in request moves its session's lastActiveAt (the idle timeout), and
 *    the sign-out action ends the session that posts it, as it should (the attack's sign-out
 *    cases carry sessions of their own; the test checks its main sessions still sign it in);
 *  - rate_limits: keyed by a hash of their subject, counted on every attempt by design, and
 *    holding no input;
 *  - api_keys' lastUsedAt (the table is global; keys the identity made or revoked are in its
 *    audit events).
 */
export async function accountSnapshot(email: string) {
  const prisma = await db();
  const account = await prisma.identityAccount.findUnique({ where: { email: email.toLowerCase() } });
  if (!account) return null;
  const { trn, id } = account;
  const [record, changeRequests, claims, emailVerification, auditEvents, outbox] = await Promise.all([
    trn
      ? prisma.teachingRecord.findUnique({
          where: { trn },
          include: {
            inductionPeriods: { orderBy: { id: "asc" } },
            ittTrainings: { orderBy: { id: "asc" } },
            npqs: { orderBy: { id: "asc" } },
            mqs: { orderBy: { id: "asc" } },
            invitations: { orderBy: { id: "asc" } },
            certificates: { orderBy: { id: "asc" } },
          },
        })
      : null,
    prisma.changeRequest.findMany({
      where: { OR: [{ requestedById: id }, { decidedById: id }, ...(trn ? [{ trn }] : [])] },
      // The document's bytes are compared by their hash.
      include: { evidence: { select: { fileName: true, contentType: true, size: true, sha256: true, createdAt: true } }, claim: true },
      orderBy: { id: "asc" },
    }),
    prisma.changeRequestClaim.findMany({ where: { claimedById: id }, orderBy: { changeRequestId: "asc" } }),
    prisma.emailVerification.findUnique({ where: { accountId: id } }),
    prisma.auditEvent.findMany({
      where: { OR: [{ actor: actor.account(id) }, { subjectAccountId: id }, ...(trn ? [{ subjectTrn: trn }] : [])] },
      orderBy: { id: "asc" },
    }),
    // Not their status: delivering what was already queued is the sender's work, not the attack's.
    prisma.outboxMessage.findMany({
      where: { recipient: account.email },
      select: { id: true, template: true, data: true, createdAt: true },
      orderBy: { id: "asc" },
    }),
  ]);
  // Through JSON: dates and decimals as text, so that the test process compares plain values.
  return JSON.parse(JSON.stringify({ account, record, changeRequests, claims, emailVerification, auditEvents, outbox })) as Record<string, unknown>;
}

export const staffRoleSchema = z.enum(["SUPPORT", "ADMIN"]);

/** A new member of staff at example.com, with its audit event, for one journey test's use. */
export async function addStaffForTests(role: z.infer<typeof staffRoleSchema>): Promise<{ email: string }> {
  const email = `journey-staff+${randomBytes(6).toString("hex")}@example.com`;
  await (
    await db()
  ).$transaction(async (tx) => {
    const account = await tx.identityAccount.create({ data: { email, firstName: "Journey", lastName: "Staff", role } });
    await recordAudit(tx, { actor: actor.system("journey-tests"), action: "staff.added", subjectAccountId: account.id, after: { email, role } });
  });
  return { email };
}
