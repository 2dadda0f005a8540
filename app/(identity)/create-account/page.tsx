import { redirect } from "next/navigation";
import { activeJourney, nextStep } from "@/lib/identity/registration";
import { NOT_AVAILABLE } from "./journey";

/** Resumes this browser's journey at its first unanswered question. */
export default async function CreateAccountPage(): Promise<never> {
  const active = await activeJourney();
  redirect(active ? nextStep(active.journey) : NOT_AVAILABLE);
}
