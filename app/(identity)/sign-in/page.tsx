import type { Metadata } from "next";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { safeReturnTo } from "@/lib/identity/return-to";
import { currentAccount } from "@/lib/identity/session";
import { requestSignIn } from "./actions";

// The form renders the <title> (FormErrors), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Sign in");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ returnTo?: string | string[] }> }) {
  const returnTo = safeReturnTo((await searchParams).returnTo);
  if (await currentAccount()) redirect(returnTo);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SignInForm title={TITLE} action={requestSignIn} returnTo={returnTo} />
        <h2 className="govuk-heading-m">If you do not have an account</h2>
        <p className="govuk-body">
          You set up a DfE Identity account from the email we send when you are awarded qualified teacher status (QTS). If you
          cannot find that email, contact us at{" "}
          <a className="govuk-link" href="mailto:teaching.qualifications@example.com">
            teaching.qualifications@example.com
          </a>
          .
        </p>
      </div>
    </div>
  );
}
