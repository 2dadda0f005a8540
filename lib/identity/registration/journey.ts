// Which set-up journey this browser is on. The answers live server side in a
// RegistrationJourney bound to the invitation; the browser holds only the invitation token in
// an HttpOnly cookie, so a refresh, the back button or a browser restart lose nothing.
import "server-only";
import { redirect } from "next/navigation";
import { db, Prisma, type RegistrationJourney } from "@/lib/db";
import { COOKIES, deleteCookie, readCookie, setCookie } from "@/lib/http/cookies";
import { invitationState } from "../invitations";
import { isAhead, JOURNEY_PAGES, nextStep, type Step } from "./steps";

export interface ActiveJourney {
  journey: RegistrationJourney;
  invitationEmail: string;
  trn: string;
}

export async function rememberJourney(token: string, expiresAt: Date): Promise<void> {
  await setCookie(COOKIES.registration, token, { expires: expiresAt });
}

export async function forgetJourney(): Promise<void> {
  await deleteCookie(COOKIES.registration);
}

/** The invitation token this browser's journey belongs to. */
export async function journeyToken(): Promise<string | undefined> {
  return readCookie(COOKIES.registration);
}

/** The journey of an invitation (this browser's, by default), while the invitation can still be used. */
export async function activeJourney(token?: string, now = new Date()): Promise<ActiveJourney | null> {
  const state = await invitationState(token ?? (await journeyToken()), now);
  if (state.status !== "valid") return null;
  const journey = await (await db()).registrationJourney.findUnique({ where: { invitationId: state.invitation.id } });
  return journey ? { journey, invitationEmail: state.invitation.email, trn: state.invitation.trn } : null;
}

export async function updateJourney(id: string, data: Prisma.RegistrationJourneyUpdateInput): Promise<RegistrationJourney> {
  return (await db()).registrationJourney.update({ where: { id }, data });
}

/**
 * This browser's journey, at `step`: no journey (expired, used, another browser) goes to the
 * not-available page, and a step whose earlier answers are missing to the first of them.
 */
export async function journeyAt(step: Step): Promise<ActiveJourney> {
  const active = await activeJourney();
  if (!active) redirect(JOURNEY_PAGES.notAvailable);
  if (isAhead(step, active.journey)) redirect(nextStep(active.journey));
  return active;
}

/** Where the first question's back link goes: the start page of this browser's link. */
export async function startPageUrl(): Promise<string> {
  const token = await journeyToken();
  return token ? `/qualifications/start?trn_token=${encodeURIComponent(token)}` : "/qualifications/start";
}
