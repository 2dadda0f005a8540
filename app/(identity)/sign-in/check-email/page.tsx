import type { Metadata } from "next";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { redirect } from "next/navigation";
import { SignInCodeForm } from "@/components/forms/sign-in-code-form";
import { readPendingSignIn } from "@/lib/identity/pending-sign-in";
import { enterSignInCode } from "../actions";

// The form renders the <title> (FormErrors), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Check your email");

export default async function CheckEmailPage() {
  const pending = await readPendingSignIn();
  if (!pending) redirect("/sign-in");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SignInCodeForm title={TITLE} action={enterSignInCode} email={pending.email} />
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
