import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { EmailCodeField } from "@/components/identity/fields";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { EMAIL_CODE_MINUTES, pendingEmail } from "@/lib/identity/email-verification";
import { JOURNEY_PAGES, journeyAt, stepUrl } from "@/lib/identity/registration";
import { enterEmailCode } from "../../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Check your email");

export default async function EmailCodePage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey } = await journeyAt("email");
  const change = (await searchParams).change === "1";
  const otherEmail = stepUrl(JOURNEY_PAGES.otherEmail, change);
  const email = await pendingEmail({ journeyId: journey.id });
  if (!email) redirect(otherEmail);
  return (
    <QuestionPage backHref={otherEmail}>
      <ActionForm title={TITLE} action={enterEmailCode}>
        <h1 className="govuk-heading-l">Check your email</h1>
        <p className="govuk-body">
          We’ve sent a 6-digit code to <strong className="govuk-!-text-break-word">{email}</strong>. The code expires in{" "}
          {EMAIL_CODE_MINUTES} minutes.
        </p>
        <Form hidden={{ change: change ? "1" : undefined }}>
          <EmailCodeField email={email} />
          <div className="govuk-button-group">
            <SubmitButton>Continue</SubmitButton>
            <SubmitButton id="send-new-code" variant="secondary" name="intent" value="resend">
              Send a new code
            </SubmitButton>
          </div>
        </Form>
        <p className="govuk-body">Not received the email? Check your spam or junk folder, or send a new code.</p>
        <p className="govuk-body">
          <a className="govuk-link" href={otherEmail}>
            Use a different email address
          </a>
        </p>
      </ActionForm>
    </QuestionPage>
  );
}
