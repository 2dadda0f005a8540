// Loads the research personas and staff (personas.ts, from docs/personas.md) in one
// transaction. Idempotent: seeding again puts each persona back exactly as the table says
// (record, qualifications, account, invitations) and never duplicates anything.
import { createHash } from "node:crypto";
import { actor, recordAudit } from "@/lib/audit";
import { insertEvidence } from "@/lib/dqt/change-requests";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { isoDate } from "@/lib/format/dates";
import { enqueueEmail } from "@/lib/email/outbox";
import { DEVELOPMENT_API_KEY } from "@/lib/identity/api-keys";
import { API_SCOPES } from "@/lib/validation/api";
import { invitationLink } from "@/lib/identity/invitations";
import { generateToken, hashToken } from "@/lib/identity/tokens";
import { calendarDate, personaRecordData } from "./records";
import { PERSONA_LIST, STAFF_LIST, type Persona, type SeedDate } from "./personas";
import { sampleMarriageCertificate } from "./sample-documents";

type Tx = Prisma.TransactionClient;

export const SEED_ACTOR = actor.system("seed");

const DAY_MS = 24 * 3600_000;
// Seeded teachers verified their email this long before seeding.
const ACCOUNT_AGE_DAYS = 30;
// The expired invitation ran out this long before seeding.
const EXPIRED_DAYS_AGO = 14;

export interface SeededInvitation {
  trn: string;
  email: string;
  /** The DQT first name, for the invitation email. */
  firstName: string;
  /** The token for the link; only its hash is stored, so this is the one chance to see it. */
  token: string;
  createdAt: Date;
  expiresAt: Date;
  status: "pending" | "expired";
}

export interface SeedResult {
  invitations: SeededInvitation[];
}

/** Whether every persona's record is present. */
export async function isSeeded(prisma: PrismaClient): Promise<boolean> {
  const present = await prisma.teachingRecord.count({ where: { trn: { in: personaTrns() } } });
  return present === PERSONA_LIST.length;
}

/** Puts the personas and staff in place as of `today` (relative dates count back from it). */
export async function seed(prisma: PrismaClient, today = new Date()): Promise<SeedResult> {
  return prisma.$transaction(
    (tx) => seedInTransaction(tx, today),
    // PGlite runs every statement on one thread; the default 5 s can be tight on a busy machine.
    { maxWait: 10_000, timeout: 60_000 },
  );
}

/** The seed, in the caller's transaction (research mode's reset empties the tables first in the same one). */
export async function seedInTransaction(tx: Tx, today = new Date()): Promise<SeedResult> {
  await seedRecords(tx, today);
  await seedAccounts(tx, today);
  await seedChangeRequests(tx, today);
  const invitations = await seedInvitations(tx, today);
  await seedInvitationEmails(tx, invitations);
  await seedDevelopmentApiKey(tx);
  return { invitations };
}

/**
 * Writes each seeded invitation's email to the outbox (replacing earlier seeds' emails, whose
 * links no longer work), so people trying the service follow them from /mailbox.
 */
async function seedInvitationEmails(tx: Tx, invitations: SeededInvitation[]): Promise<void> {
  await tx.outboxMessage.deleteMany({ where: { template: "invitation", recipient: { in: invitations.map((i) => i.email) } } });
  for (const invitation of invitations) {
    await enqueueEmail(tx, {
      to: invitation.email,
      template: "invitation",
      data: { firstName: invitation.firstName, link: invitationLink(invitation.token), expiresAt: invitation.expiresAt.toISOString() },
    });
  }
}

/** The documented key for calling the APIs locally (docs/architecture/intake-api.md); never in production. */
async function seedDevelopmentApiKey(tx: Tx): Promise<void> {
  if (env().APP_ENV === "production") return;
  const keyHash = hashToken(DEVELOPMENT_API_KEY);
  await tx.apiKey.upsert({
    where: { keyHash },
    create: { keyHash, name: "Development (local use only)", scopes: [...API_SCOPES] },
    update: { revokedAt: null, scopes: [...API_SCOPES] },
  });
}

/**
 * Replaces the personas' invitations with fresh ones (3000001 pending, 3000008 expired) and
 * returns their tokens. Runs inside seed(); call it alone (in a transaction) to get a usable
 * link for a persona without re-seeding everything.
 */
export async function seedInvitations(tx: Tx, today = new Date()): Promise<SeededInvitation[]> {
  await tx.invitation.deleteMany({ where: { trn: { in: personaTrns() } } });
  const invitations: SeededInvitation[] = [];
  for (const persona of PERSONA_LIST) {
    if (!persona.invitation) continue;
    const token = generateToken();
    const invitation = { trn: persona.trn, email: persona.email, ...personaInvitationDates(persona, today) };
    await tx.invitation.create({ data: { ...invitation, tokenHash: hashToken(token) } });
    invitations.push({ ...invitation, firstName: persona.firstName, token, status: persona.invitation });
  }
  return invitations;
}

/** A persona's qualifications as rows for the record `trn` (a persona's own, or a research copy's). */
export function personaQualificationRows(persona: Persona, trn: string, today: Date) {
  const date = (value: SeedDate) => calendarDate(value, today);
  const optionalDate = (value: SeedDate | undefined) => (value === undefined ? null : date(value));
  return {
    inductionPeriods: (persona.induction?.periods ?? []).map((period) => ({
      trn,
      appropriateBody: period.appropriateBody,
      startDate: date(period.startDate),
      endDate: optionalDate(period.endDate),
      numberOfTerms: period.numberOfTerms ?? null,
    })),
    ittTrainings: persona.itt.map((itt) => ({
      trn,
      qualification: itt.qualification ?? null,
      provider: itt.provider ?? null,
      trainingType: itt.trainingType ?? null,
      subjects: [...itt.subjects],
      startDate: optionalDate(itt.startDate),
      endDate: optionalDate(itt.endDate),
      result: itt.result ?? null,
      ageRangeFrom: itt.ageRange?.from ?? null,
      ageRangeTo: itt.ageRange?.to ?? null,
    })),
    npqs: persona.npqs.map((npq) => ({ trn, type: npq.type, awardedOn: date(npq.awardedOn) })),
    mqs: persona.mqs.map((mq) => ({ trn, specialism: mq.specialism, awardedOn: date(mq.awardedOn) })),
  };
}

/** Writes a persona's qualifications for the record `trn`. */
export async function writePersonaQualifications(tx: Tx, persona: Persona, trn: string, today: Date): Promise<void> {
  await writeQualificationRows(tx, [personaQualificationRows(persona, trn, today)]);
}

async function writeQualificationRows(tx: Tx, rows: ReturnType<typeof personaQualificationRows>[]): Promise<void> {
  await tx.inductionPeriod.createMany({ data: rows.flatMap((r) => r.inductionPeriods) });
  await tx.ittTraining.createMany({ data: rows.flatMap((r) => r.ittTrainings) });
  await tx.npq.createMany({ data: rows.flatMap((r) => r.npqs) });
  await tx.mandatoryQualification.createMany({ data: rows.flatMap((r) => r.mqs) });
}

/** When a persona's invitation was sent and when it runs out: pending ones were sent when QTS was awarded, expired ones ran out two weeks ago. */
export function personaInvitationDates(persona: Persona, today: Date): { createdAt: Date; expiresAt: Date } {
  const ttlMs = env().INVITATION_TTL_DAYS * DAY_MS;
  const createdAt =
    persona.invitation === "pending"
      ? new Date(today.getTime() - daysBefore(persona.qtsAwardedOn) * DAY_MS)
      : new Date(today.getTime() - EXPIRED_DAYS_AGO * DAY_MS - ttlMs);
  return { createdAt, expiresAt: new Date(createdAt.getTime() + ttlMs) };
}

async function seedRecords(tx: Tx, today: Date): Promise<void> {
  const trns = personaTrns();
  const existing = new Set((await tx.teachingRecord.findMany({ where: { trn: { in: trns } }, select: { trn: true } })).map((r) => r.trn));

  for (const persona of PERSONA_LIST) {
    const data = personaRecordData(persona, today);
    await tx.teachingRecord.upsert({ where: { trn: persona.trn }, create: { trn: persona.trn, ...data }, update: data });
    if (!existing.has(persona.trn)) {
      await recordAudit(tx, {
        actor: SEED_ACTOR,
        action: "record.seeded",
        subjectTrn: persona.trn,
        after: Object.fromEntries(Object.entries(data).map(([key, value]) => [key, value instanceof Date ? isoDate(value) : value])),
      });
    }
  }

  // Qualifications are replaced wholesale so that they equal the table exactly.
  const where = { trn: { in: trns } };
  await tx.inductionPeriod.deleteMany({ where });
  await tx.ittTraining.deleteMany({ where });
  await tx.npq.deleteMany({ where });
  await tx.mandatoryQualification.deleteMany({ where });
  await writeQualificationRows(
    tx,
    PERSONA_LIST.map((p) => personaQualificationRows(p, p.trn, today)),
  );
}

async function seedAccounts(tx: Tx, today: Date): Promise<void> {
  const emailVerifiedAt = new Date(calendarDate({ daysBeforeSeeding: ACCOUNT_AGE_DAYS }, today).getTime() + 9 * 3600_000);
  const accounts: Prisma.IdentityAccountCreateInput[] = [
    ...PERSONA_LIST.flatMap((p) =>
      p.account
        ? [
            {
              email: p.email,
              record: { connect: { trn: p.trn } },
              role: "TEACHER" as const,
              firstName: p.account.firstName,
              lastName: p.account.lastName,
              dateOfBirth: calendarDate(p.dateOfBirth, today),
              mobile: p.account.mobile,
              emailVerifiedAt,
            },
          ]
        : [],
    ),
    ...STAFF_LIST.map((s) => ({ email: s.email, role: s.role, firstName: s.firstName, lastName: s.lastName, emailVerifiedAt })),
  ];
  const trnByEmail = new Map<string, string | null>(PERSONA_LIST.filter((p) => p.account).map((p) => [p.email, p.trn]));
  for (const s of STAFF_LIST) trnByEmail.set(s.email, null);

  // Accounts that contradict the table go: another account on a persona's TRN, or an account
  // for a persona who has none (someone registered as Amara in a research session).
  const found = await tx.identityAccount.findMany({
    where: { OR: [{ trn: { in: personaTrns() } }, { email: { in: [...PERSONA_LIST.map((p) => p.email), ...trnByEmail.keys()] } }] },
    select: { id: true, email: true, trn: true },
  });
  await tx.identityAccount.deleteMany({ where: { id: { in: found.filter((a) => !trnByEmail.has(a.email)).map((a) => a.id) } } });
  // Unlink seeded accounts holding the wrong TRN first, so the upserts cannot collide.
  const misLinked = found.filter((a) => trnByEmail.has(a.email) && a.trn !== null && a.trn !== trnByEmail.get(a.email));
  await tx.identityAccount.updateMany({ where: { id: { in: misLinked.map((a) => a.id) } }, data: { trn: null } });

  for (const account of accounts) {
    const { email, ...update } = account;
    await tx.identityAccount.upsert({
      where: { email },
      create: account,
      update: { ...update, record: update.record ?? { disconnect: true }, dateOfBirth: update.dateOfBirth ?? null, mobile: update.mobile ?? null },
    });
  }
}

/**
 * The personas' change requests are exactly the table's: research sessions' requests go, and
 * each persona's open request (3000009's name change) is put back waiting, with its document.
 */
async function seedChangeRequests(tx: Tx, today: Date): Promise<void> {
  const seeded = PERSONA_LIST.flatMap((p) => (p.openRequest ? [{ persona: p, request: p.openRequest }] : []));
  await tx.changeRequest.deleteMany({ where: { trn: { in: personaTrns() }, reference: { notIn: seeded.map((s) => s.request.reference) } } });
  for (const { persona, request } of seeded) {
    const account = await tx.identityAccount.findUniqueOrThrow({ where: { email: persona.email }, select: { id: true } });
    const submittedAt = new Date(today.getTime() - request.submittedDaysBeforeSeeding * DAY_MS);
    const values = {
      trn: persona.trn,
      requestedById: account.id,
      kind: "NAME" as const,
      firstName: request.name.firstName,
      middleName: request.name.middleName ?? null,
      lastName: request.name.lastName,
      dateOfBirth: null,
      status: "PENDING" as const,
      submittedAt,
      decidedById: null,
      decidedAt: null,
      rejectionReason: null,
      withdrawnAt: null,
      createdAt: submittedAt,
    };
    const existing = await tx.changeRequest.findUnique({ where: { reference: request.reference }, select: { id: true } });
    const { id } = await tx.changeRequest.upsert({
      where: { reference: request.reference },
      create: { reference: request.reference, ...values },
      update: values,
    });
    await tx.changeRequestEvidence.deleteMany({ where: { changeRequestId: id } });
    await insertEvidence(tx, id, personaEvidence(persona));
    if (!existing) {
      await recordAudit(tx, {
        actor: actor.account(account.id),
        action: "change-request.submitted",
        subjectTrn: persona.trn,
        subjectAccountId: account.id,
        after: { reference: request.reference, kind: "NAME", requested: request.name, evidence: request.evidence.fileName },
      });
    }
  }
}

/** The stand-in document of a persona's request, ready to store. */
export function personaEvidence(persona: Persona) {
  const bytes = sampleDocument(persona);
  return {
    fileName: persona.openRequest!.evidence.fileName,
    contentType: "application/pdf" as const,
    bytes,
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

function sampleDocument(persona: Persona): Buffer {
  switch (persona.openRequest?.evidence.document) {
    case "marriage-certificate":
      return sampleMarriageCertificate();
    default:
      throw new Error(`No sample document for ${persona.trn}`);
  }
}

function personaTrns(): string[] {
  return PERSONA_LIST.map((p) => p.trn);
}

function daysBefore(value: SeedDate | undefined): number {
  if (value === undefined || typeof value === "string") throw new Error("A pending persona invitation needs a QTS date relative to seeding.");
  return value.daysBeforeSeeding;
}
