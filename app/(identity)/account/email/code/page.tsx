import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { EmailCodeField } from "@/components/identity/fields";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { EMAIL_CODE_MINUTES, pendingEmail } from "@/lib/identity/email-verification";
import { requireAccount } from "@/lib/identity/session";
import { confirmEmailChange } from "../../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Check your email");

export default async function ConfirmNewEmailPage() {
  const account = await requireAccount(ACCOUNT_PAGES.emailCode);
  const email = await pendingEmail({ accountId: account.id });
  if (!email) redirect(ACCOUNT_PAGES.email);
  return (
    <QuestionPage backHref={ACCOUNT_PAGES.email}>
      <ActionForm title={TITLE} action={confirmEmailChange}>
        <h1 className="govuk-heading-l">Check your email</h1>
        <p className="govuk-body">
          We’ve sent a 6-digit code to <strong className="govuk-!-text-break-word">{email}</strong>. The code expires in{" "}
          {EMAIL_CODE_MINUTES} minutes.
        </p>
        <Form>
          <EmailCodeField email={email} />
          <div className="govuk-button-group">
            <SubmitButton>Change email address</SubmitButton>
            <SubmitButton id="send-new-code" variant="secondary" name="intent" value="resend">
              Send a new code
            </SubmitButton>
          </div>
        </Form>
        <p className="govuk-body">Not received the email? Check your spam or junk folder, or send a new code.</p>
        <p className="govuk-body">
          <a className="govuk-link" href={ACCOUNT_PAGES.email}>
            Use a different email address
          </a>
        </p>
      </ActionForm>
    </QuestionPage>
  );
}
