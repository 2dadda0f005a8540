import type { Metadata } from "next";
import { ActionForm, Form, SubmitButton, TextField } from "@/components/forms/kit";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { initialState } from "@/lib/forms/state";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { pendingEmail } from "@/lib/identity/email-verification";
import { requireAccount } from "@/lib/identity/session";
import { startEmailChange } from "../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "What is your new email address?");

export default async function ChangeEmailPage() {
  const account = await requireAccount(ACCOUNT_PAGES.email);
  const waiting = await pendingEmail({ accountId: account.id });
  return (
    <QuestionPage backHref={ACCOUNT_PAGES.account}>
      <ActionForm title={TITLE} action={startEmailChange} initialState={initialState({ email: waiting })}>
        <Form>
          <TextField
            name="email"
            type="email"
            label={{ text: "What is your new email address?", isPageHeading: true, className: "govuk-label--l" }}
            hint="Use an email address only you can read, not a shared one like office@ or head@. We’ll send a code to it to check it’s yours."
            autoComplete="email"
            spellCheck={false}
          />
          <p className="govuk-body">
            You sign in with <strong className="govuk-!-text-break-word">{account.email}</strong> now. It stays your sign-in address until you enter the code we
            send to the new one.
          </p>
          <SubmitButton>Continue</SubmitButton>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
