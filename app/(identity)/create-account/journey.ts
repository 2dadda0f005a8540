// Route glue for the account set-up pages: which journey this browser is on, and which
// steps it may see. The rules themselves are lib/identity/registration's.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { activeJourney, nextStep, REGISTRATION_COOKIE, type ActiveJourney } from "@/lib/identity/registration";

export const STEPS = {
  name: "/create-account/name",
  dateOfBirth: "/create-account/date-of-birth",
  mobile: "/create-account/mobile",
  email: "/create-account/email",
  checkAnswers: "/create-account/check-answers",
} as const;

export type Step = keyof typeof STEPS;
const ORDER: string[] = Object.values(STEPS);

export const NOT_AVAILABLE = "/create-account/not-available";

/**
 * The journey of this browser, at `step`: no journey (expired, used, another browser) goes
 * to the not-available page, and a step whose earlier answers are missing to the first of them.
 */
export async function journeyAt(step: Step): Promise<ActiveJourney> {
  const active = await activeJourney();
  if (!active) redirect(NOT_AVAILABLE);
  const next = nextStep(active.journey);
  if (ORDER.indexOf(STEPS[step]) > ORDER.indexOf(next)) redirect(next);
  return active;
}

/** `?change=1`: the teacher came from check your answers and goes back there. */
export function isChange(value: string | string[] | undefined): boolean {
  return value === "1";
}

/** A step's URL, keeping the "change" flag. */
export function stepUrl(path: string, change: boolean): string {
  return change ? `${path}?change=1` : path;
}

/** Where the first question's back link goes: the start page of this browser's link. */
export async function startPageUrl(): Promise<string> {
  const token = (await cookies()).get(REGISTRATION_COOKIE)?.value;
  return token ? `/qualifications/start?trn_token=${encodeURIComponent(token)}` : "/qualifications/start";
}
