// A fresh copy of a research persona: a new record with the same qualifications, a TRN from the
// reserved 39xxxxx range and an address of its own at example.com (the persona's, plus the TRN),
// with the persona's account, invitation or waiting request as the table says. Several research
// participants, or several journey tests, can then play one persona at once without meeting.
import "server-only";
import { randomInt } from "node:crypto";
import { actor, recordAudit } from "@/lib/audit";
import { db, Prisma } from "@/lib/db";
import { insertEvidence, newReference } from "@/lib/dqt/change-requests";
import { enqueueEmail } from "@/lib/email/outbox";
import { invitationLink, sendInvitation } from "@/lib/identity/invitations";
import { generateToken, hashToken } from "@/lib/identity/tokens";
import { PERSONAS, type PersonaKey } from "@/lib/research/personas/personas";
import { personaRecordData } from "@/lib/research/personas/records";
import { personaEvidence, personaInvitationDates, writePersonaQualifications } from "@/lib/research/personas/seed";

/** Copies' TRNs: 3900000–3999999, never issued to a real teacher here. */
export const COPY_TRN_PREFIX = "39";
const RESEARCH_ACTOR = actor.system("research");

export interface PersonaCopy {
  persona: PersonaKey;
  trn: string;
  email: string;
  hasAccount: boolean;
  /** The invitation link, for a persona whose point is the invitation (3000001, 3000008). */
  invitationLink?: string;
}

export const isPersonaKey = (value: unknown): value is PersonaKey => typeof value === "string" && Object.hasOwn(PERSONAS, value);

/** "amara.okafor+3912345@example.com": the persona's address, tagged with the copy's TRN. */
export function copyEmail(personaEmail: string, trn: string): string {
  const [local, domain] = personaEmail.split("@");
  return `${local}+${trn}@${domain}`;
}

export async function copyPersona(key: PersonaKey, now = new Date()): Promise<PersonaCopy> {
  const persona = PERSONAS[key];
  const prisma = await db();
  for (let attempt = 0; ; attempt++) {
    const trn = `${COPY_TRN_PREFIX}${String(randomInt(0, 100_000)).padStart(5, "0")}`;
    const email = copyEmail(persona.email, trn);
    try {
      return await prisma.$transaction(
        async (tx) => {
          const record = { ...personaRecordData(persona, now), email };
          await tx.teachingRecord.create({ data: { trn, ...record } });
          await writePersonaQualifications(tx, persona, trn, now);
          await recordAudit(tx, { actor: RESEARCH_ACTOR, action: "record.copied", subjectTrn: trn, after: { persona: persona.trn, email } });
          const copy: PersonaCopy = { persona: key, trn, email, hasAccount: false };

          if ("account" in persona && persona.account) {
            const account = await tx.identityAccount.create({
              data: {
                email,
                trn,
                firstName: persona.account.firstName,
                lastName: persona.account.lastName,
                dateOfBirth: record.dateOfBirth,
                mobile: persona.account.mobile,
                emailVerifiedAt: now,
              },
            });
            copy.hasAccount = true;
            if ("openRequest" in persona && persona.openRequest) {
              const request = persona.openRequest;
              const submittedAt = new Date(now.getTime() - request.submittedDaysBeforeSeeding * 24 * 3600_000);
              const created = await tx.changeRequest.create({
                data: {
                  reference: newReference(),
                  trn,
                  requestedById: account.id,
                  kind: "NAME",
                  ...request.name,
                  status: "PENDING",
                  submittedAt,
                  createdAt: submittedAt,
                },
              });
              await insertEvidence(tx, created.id, personaEvidence(persona));
            }
          }
          if ("invitation" in persona && persona.invitation === "pending") {
            const sent = await sendInvitation(tx, { trn, email, firstName: persona.firstName, actor: RESEARCH_ACTOR, now });
            copy.invitationLink = sent.link;
          } else if ("invitation" in persona && persona.invitation === "expired") {
            const token = generateToken();
            const dates = personaInvitationDates(persona, now);
            await tx.invitation.create({ data: { trn, email, tokenHash: hashToken(token), ...dates } });
            await enqueueEmail(tx, {
              to: email,
              template: "invitation",
              data: { firstName: persona.firstName, link: invitationLink(token), expiresAt: dates.expiresAt.toISOString() },
            });
            copy.invitationLink = invitationLink(token);
          }
          return copy;
        },
        { maxWait: 10_000, timeout: 30_000 },
      );
    } catch (error) {
      // Another copy took this TRN first: draw again.
      if (attempt < 5 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
}
