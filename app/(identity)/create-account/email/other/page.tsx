import type { Metadata } from "next";
import { ActionForm, Form, SubmitButton, TextField } from "@/components/forms/kit";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { pendingEmail } from "@/lib/identity/email-verification";
import { journeyAt, STEPS, stepUrl } from "@/lib/identity/registration";
import { EMAIL_IN_USE_MESSAGE } from "@/lib/validation/registration";
import { chooseOtherEmail } from "../../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "What email address do you want to use?");

type Search = Promise<{ change?: string | string[]; error?: string | string[] }>;

export default async function OtherEmailPage({ searchParams }: { searchParams: Search }) {
  const { journey, invitationEmail } = await journeyAt("email");
  const { change: changeParam, error } = await searchParams;
  const change = changeParam === "1";
  // "Create account" found the confirmed address taken since: show it with the error.
  const taken = error === "email-in-use" && journey.email && !journey.emailConfirmed ? journey.email : null;
  const typed = taken ?? (await pendingEmail({ journeyId: journey.id })) ?? (journey.email && journey.email !== invitationEmail ? journey.email : "");
  return (
    <QuestionPage backHref={stepUrl(STEPS.email, change)}>
      <ActionForm
        title={TITLE}
        action={chooseOtherEmail}
        initialState={{ errors: taken ? [{ field: "email", message: EMAIL_IN_USE_MESSAGE }] : [], values: { email: typed } }}
      >
        <Form hidden={{ change: change ? "1" : undefined }}>
          <TextField
            name="email"
            type="email"
            label={{ text: "What email address do you want to use?", isPageHeading: true, className: "govuk-label--l" }}
            hint="Use an email address only you can read, not a shared one like office@ or head@. We’ll send a code to it to check it’s yours."
            autoComplete="email"
            spellCheck={false}
          />
          <SubmitButton>Continue</SubmitButton>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
