import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ContactUs } from "@/components/identity/contact-us";
import { requireAccount } from "@/lib/identity/session";

export const metadata: Metadata = { title: "There is no teaching record linked to your account" };

/**
 * A signed-in account with no TRN: nothing to show, and why. A staff account is never linked,
 * so it is told that, and how to see one's own record; a teacher's account may need linking.
 */
export default async function NoRecordPage() {
  const account = await requireAccount("/qualifications");
  if (account.trn) redirect("/qualifications");
  const staff = account.role !== "TEACHER";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">There is no teaching record linked to your account</h1>
        <p className="govuk-body">
          You’re signed in as <strong className="govuk-!-text-break-word">{account.email}</strong>. This DfE Identity account is not linked to a teaching
          record, so there are no qualifications or certificates to show.
        </p>
        {staff ? (
          <>
            <p className="govuk-body">This is a staff account. Staff accounts are for supporting teachers and are never linked to a teaching record.</p>
            <p className="govuk-body">
              To see your own teaching qualifications, sign out and sign in with the account you set up from the email we sent when you were awarded qualified
              teacher status (QTS).
            </p>
            <p className="govuk-body">
              <a className="govuk-link" href="/support">
                Go to the support console
              </a>
            </p>
          </>
        ) : (
          <>
            <p className="govuk-body">
              A teaching record is linked when you set up your account from the email we send when you’re awarded qualified teacher status (QTS). If you set up
              another account from that email, sign out and sign in with that one.
            </p>
            <ContactUs>If you think this account should be linked to your teaching record, contact us at</ContactUs>
          </>
        )}
      </div>
    </div>
  );
}
