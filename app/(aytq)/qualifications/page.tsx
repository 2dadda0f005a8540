import type { Metadata } from "next";
import { requireAccount } from "@/lib/identity/session";

export const metadata: Metadata = { title: "Your teaching qualifications" };

// Signed-in placeholder until the qualifications cards land (issue 4).
export default async function QualificationsPage() {
  const account = await requireAccount("/qualifications");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Your teaching qualifications</h1>
        <p className="govuk-body">You&apos;re signed in as {account.email}.</p>
        {account.trn ? <p className="govuk-body">Teacher reference number (TRN): {account.trn}</p> : null}
        <p className="govuk-body">
          <a className="govuk-link" href="/sign-out">
            Sign out
          </a>
        </p>
      </div>
    </div>
  );
}
