import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm, Form, SubmitButton, TextField } from "@/components/forms/kit";
import { ContactUs } from "@/components/identity/contact-us";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { safeReturnTo } from "@/lib/identity/return-to";
import { currentAccount } from "@/lib/identity/session";
import { requestSignIn } from "./actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Sign in");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ returnTo?: string | string[] }> }) {
  const returnTo = safeReturnTo((await searchParams).returnTo);
  if (await currentAccount()) redirect(returnTo);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ActionForm title={TITLE} action={requestSignIn}>
          <h1 className="govuk-heading-l">Sign in to your DfE Identity account</h1>
          <p className="govuk-body">We’ll email you a link and a code to sign in. You do not need a password.</p>
          <Form hidden={{ returnTo }}>
            <TextField
              name="email"
              type="email"
              label={{ text: "Email address", className: "govuk-label--m" }}
              hint="Use the email address you set up your account with"
              autoComplete="email"
              spellCheck={false}
            />
            <SubmitButton>Continue</SubmitButton>
          </Form>
        </ActionForm>
        <h2 className="govuk-heading-m">If you do not have an account</h2>
        <p className="govuk-body">You set up a DfE Identity account from the email we send when you are awarded qualified teacher status (QTS).</p>
        <ContactUs>If you cannot find that email, contact us at</ContactUs>
      </div>
    </div>
  );
}
