import type { Metadata } from "next";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { ConfirmEmailForm } from "@/components/forms/create-account/confirm-email-form";
import { QuestionPage } from "@/components/identity/question-page";
import { confirmEmail } from "../actions";
import { isChange, journeyAt, STEPS } from "../journey";

// The form renders the <title> (FormErrors), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Confirm your email address");

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey, invitationEmail } = await journeyAt("email");
  const change = isChange((await searchParams).change);
  // The saved answer: yes when the confirmed address is the invitation's, no when it is another.
  const saved = journey.emailConfirmed && journey.email ? (journey.email === invitationEmail ? "yes" : "no") : "";
  return (
    <QuestionPage backHref={change ? STEPS.checkAnswers : STEPS.mobile}>
      <ConfirmEmailForm title={TITLE} action={confirmEmail} change={change} email={invitationEmail} initialState={{ errors: [], values: { useEmail: saved } }} />
    </QuestionPage>
  );
}
