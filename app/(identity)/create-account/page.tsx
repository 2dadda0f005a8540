import { redirect } from "next/navigation";
import { activeJourney, JOURNEY_PAGES, nextStep } from "@/lib/identity/registration";

/** Resumes this browser's journey at its first unanswered question. */
export default async function CreateAccountPage(): Promise<never> {
  const active = await activeJourney();
  redirect(active ? nextStep(active.journey) : JOURNEY_PAGES.notAvailable);
}
