import type { Metadata } from "next";
import { Button } from "@/components/govuk";
import { ContactUs } from "@/components/identity/contact-us";

export const metadata: Metadata = { title: "You cannot continue setting up an account here" };

/** Where the journey's pages send a browser with no journey: expired, used, or never started here. */
export default function JourneyNotAvailablePage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You cannot continue setting up an account here</h1>
        <p className="govuk-body">This can happen if:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>you’ve already created your account</li>
          <li>the link in your email has expired or is no longer valid</li>
          <li>you started in a different browser, or your browser’s cookies were cleared</li>
        </ul>
        <p className="govuk-body">If you have not finished setting up your account, open the link in your email again. Your answers are saved.</p>
        <h2 className="govuk-heading-m">If you already have an account</h2>
        <Button href="/sign-in">Sign in</Button>
        <ContactUs>If you need help, contact us at</ContactUs>
      </div>
    </div>
  );
}
