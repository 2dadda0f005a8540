import type { Metadata } from "next";
import { BackLink, Button } from "@/components/govuk";
import { requireAccount } from "@/lib/identity/session";

export const metadata: Metadata = { title: "Change your details in your DfE Identity account" };

/** The interstitial: leaving AyTQ for the DfE Identity account, where details are changed. */
export default async function ChangeYourDetailsPage() {
  await requireAccount("/qualifications/account");
  return (
    <>
      {/* At the top of <main>: the route group's layout owns the template's beforeContent slot. */}
      <BackLink href="/qualifications" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Change your details in your DfE Identity account</h1>
          <p className="govuk-body">You’re leaving Access your teaching qualifications for your DfE Identity account, where you can change your details.</p>
          <p className="govuk-body">In your DfE Identity account you can:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>change your email address and mobile number</li>
            <li>
              ask us to change the name or date of birth on your teaching record, with a document that shows the change, such as a marriage certificate or
              passport
            </li>
          </ul>
          <p className="govuk-body">Your certificates show the name on your teaching record. A change to it is checked before it appears on them.</p>
          <Button href="/account">Continue</Button>
        </div>
      </div>
    </>
  );
}
