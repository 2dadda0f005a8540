import type { Metadata } from "next";

export const metadata: Metadata = { title: "You’ve tried to sign in too many times" };

export default function TooManyAttemptsPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You’ve tried to sign in too many times</h1>
        <p className="govuk-body">To keep your account secure, we’ve stopped sending sign-in emails and checking codes for now.</p>
        <p className="govuk-body">Wait 15 minutes, then try again.</p>
        <p className="govuk-body">If you have already received a sign-in email in the last 15 minutes, you can still use the link in it.</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/sign-in">
            Sign in
          </a>
        </p>
      </div>
    </div>
  );
}
