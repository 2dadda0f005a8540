import type { Metadata } from "next";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { OtherEmailForm } from "@/components/forms/create-account/other-email-form";
import { QuestionPage } from "@/components/identity/question-page";
import { EMAIL_IN_USE_MESSAGE } from "@/lib/validation/registration";
import { chooseOtherEmail } from "../../actions";
import { isChange, journeyAt, STEPS, stepUrl } from "../../journey";

// The form renders the <title> (FormErrors), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "What email address do you want to use?");

type Search = Promise<{ change?: string | string[]; error?: string | string[] }>;

export default async function OtherEmailPage({ searchParams }: { searchParams: Search }) {
  const { journey, invitationEmail } = await journeyAt("email");
  const { change: changeParam, error } = await searchParams;
  const change = isChange(changeParam);
  // "Create account" found the confirmed address taken since: show it with the error.
  const taken = error === "email-in-use" && journey.email && !journey.emailConfirmed ? journey.email : null;
  const typed = taken ?? journey.pendingEmail ?? (journey.email && journey.email !== invitationEmail ? journey.email : "");
  const errors = taken ? [{ field: "email", message: EMAIL_IN_USE_MESSAGE }] : [];
  return (
    <QuestionPage backHref={stepUrl(STEPS.email, change)}>
      <OtherEmailForm title={TITLE} action={chooseOtherEmail} change={change} initialState={{ errors, values: { email: typed } }} />
    </QuestionPage>
  );
}
