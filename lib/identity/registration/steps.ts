// The account set-up journey's pages, in order, and which one a journey needs next: every
// step URL lives here, so no page can be skipped by typing an address.
import type { RegistrationJourney } from "@/lib/db";

export const STEPS = {
  name: "/create-account/name",
  dateOfBirth: "/create-account/date-of-birth",
  mobile: "/create-account/mobile",
  email: "/create-account/email",
  checkAnswers: "/create-account/check-answers",
} as const;

export type Step = keyof typeof STEPS;

/** Pages around the questions. */
export const JOURNEY_PAGES = {
  otherEmail: "/create-account/email/other",
  emailCode: "/create-account/email/code",
  notAvailable: "/create-account/not-available",
  alreadyHaveAccount: "/create-account/already-have-account",
  done: "/create-account/done",
  emailInUse: "/qualifications/start/email-in-use",
} as const;

const ORDER: string[] = Object.values(STEPS);

type Answers = Pick<RegistrationJourney, "firstName" | "lastName" | "dateOfBirth" | "mobile" | "email" | "emailConfirmed">;

/** The next page a journey needs: the first unanswered question, else check your answers. */
export function nextStep(journey: Answers): string {
  if (!journey.firstName || !journey.lastName) return STEPS.name;
  if (!journey.dateOfBirth) return STEPS.dateOfBirth;
  if (!journey.mobile) return STEPS.mobile;
  if (!journey.emailConfirmed || !journey.email) return STEPS.email;
  return STEPS.checkAnswers;
}

/** True when `step` comes after the first unanswered question (so it must not be shown yet). */
export function isAhead(step: Step, journey: Answers): boolean {
  return ORDER.indexOf(STEPS[step]) > ORDER.indexOf(nextStep(journey));
}

/** A page's URL, keeping the "change" flag of a teacher who came from check your answers. */
export function stepUrl(path: string, change: boolean): string {
  return change ? `${path}?change=1` : path;
}

/** After saving an answer: back to check your answers when changing one, else onwards. */
export function afterAnswer(change: boolean, journey: Answers): string {
  return change ? STEPS.checkAnswers : nextStep(journey);
}
