import type { Metadata } from "next";
import { ActionForm, Form, RadiosField, SubmitButton } from "@/components/forms/kit";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { initialState } from "@/lib/forms/state";
import { journeyAt, STEPS } from "@/lib/identity/registration";
import { confirmEmail } from "../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Confirm your email address");

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey, invitationEmail } = await journeyAt("email");
  const change = (await searchParams).change === "1";
  // The saved answer: yes when the confirmed address is the invitation's, no when it is another.
  const saved = journey.emailConfirmed && journey.email ? (journey.email === invitationEmail ? "yes" : "no") : null;
  return (
    <QuestionPage backHref={change ? STEPS.checkAnswers : STEPS.mobile}>
      <ActionForm title={TITLE} action={confirmEmail} initialState={initialState({ useEmail: saved })}>
        <h1 className="govuk-heading-l">Confirm your email address</h1>
        <p className="govuk-body">
          You’ll use your email address to sign in to your DfE Identity account, and we’ll use it to contact you about your account and your teaching record.
        </p>
        <Form hidden={{ change: change ? "1" : undefined }}>
          <RadiosField
            name="useEmail"
            legend={{
              text: (
                <>
                  {/* The legend is sized to its longest word (display: table): let a long address break anywhere. */}
                  Is <span className="app-wrap-anywhere">{invitationEmail}</span> the email address you want to use?
                </>
              ),
              className: "govuk-fieldset__legend--m",
            }}
            inline
            items={[
              { value: "yes", text: "Yes" },
              { value: "no", text: "No" },
            ]}
          />
          <SubmitButton>Continue</SubmitButton>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
