import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm, Form, SubmitButton, TextField } from "@/components/forms/kit";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { readPendingSignIn } from "@/lib/identity/pending-sign-in";
import { enterSignInCode } from "../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Check your email");

export default async function CheckEmailPage() {
  const pending = await readPendingSignIn();
  if (!pending) redirect("/sign-in");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ActionForm title={TITLE} action={enterSignInCode}>
          <h1 className="govuk-heading-l">Check your email</h1>
          <p className="govuk-body">
            If <strong className="govuk-!-text-break-word">{pending.email}</strong> has a DfE Identity account, we’ve sent it a link to sign in and a 6-digit
            code. If it does not, we’ve sent it an email explaining how to get an account.
          </p>
          <p className="govuk-body">The link and the code expire in 15 minutes.</p>
          <h2 className="govuk-heading-m">Reading your email on another device?</h2>
          <Form>
            <TextField
              name="code"
              label={{ text: "Enter the 6-digit code from the email" }}
              width={5}
              inputMode="numeric"
              autoComplete="one-time-code"
              spellCheck={false}
              extraLetterSpacing
            />
            <SubmitButton>Sign in</SubmitButton>
          </Form>
        </ActionForm>
        <p className="govuk-body">
          Not received an email? Check your spam folder, or{" "}
          <a className="govuk-link" href={`/sign-in?returnTo=${encodeURIComponent(pending.returnTo)}`}>
            send another email
          </a>
          .
        </p>
      </div>
    </div>
  );
}
