// Starting a research session as a persona: as a fresh copy (lib/research/persona-copies.ts),
// or as the shared persona itself. A persona with an account is signed in; a persona whose
// point is the invitation opens it at the start page.
import "server-only";
import { actor } from "@/lib/audit";
import { db } from "@/lib/db";
import { invitationLink, sendInvitation } from "@/lib/identity/invitations";
import { generateToken, hashToken } from "@/lib/identity/tokens";
import { PERSONAS, type PersonaKey } from "@/lib/research/personas/personas";
import { personaInvitationDates } from "@/lib/research/personas/seed";
import { copyPersona } from "./persona-copies";

export type Start = { kind: "account"; accountId: string; email: string } | { kind: "invitation"; path: string; email: string };

const startPath = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};

export async function startAsCopy(key: PersonaKey, now = new Date()): Promise<Start> {
  const copy = await copyPersona(key, now);
  if (copy.invitationLink) return { kind: "invitation", path: startPath(copy.invitationLink), email: copy.email };
  const account = await (await db()).identityAccount.findUniqueOrThrow({ where: { email: copy.email }, select: { id: true } });
  return { kind: "account", accountId: account.id, email: copy.email };
}

/**
 * The shared persona itself. Its account if it has one (perhaps made in an earlier session);
 * else a fresh invitation in the state the persona is about (pending or expired), the old ones
 * revoked, its email in the outbox too.
 */
export async function startAsPersona(key: PersonaKey, now = new Date()): Promise<Start> {
  const persona = PERSONAS[key];
  const prisma = await db();
  const account = await prisma.identityAccount.findUnique({ where: { trn: persona.trn }, select: { id: true, email: true } });
  if (account) return { kind: "account", accountId: account.id, email: account.email };
  const who = actor.system("research");
  return prisma.$transaction(async (tx) => {
    await tx.invitation.updateMany({ where: { trn: persona.trn, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if ("invitation" in persona && persona.invitation === "expired") {
      const token = generateToken();
      await tx.invitation.create({ data: { trn: persona.trn, email: persona.email, tokenHash: hashToken(token), ...personaInvitationDates(persona, now) } });
      return { kind: "invitation", path: startPath(invitationLink(token)), email: persona.email };
    }
    const sent = await sendInvitation(tx, { trn: persona.trn, email: persona.email, firstName: persona.firstName, actor: who, now });
    return { kind: "invitation", path: startPath(sent.link), email: persona.email };
  });
}
