import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ContactUs } from "@/components/identity/contact-us";
import { requireAccount } from "@/lib/identity/session";

export const metadata: Metadata = { title: "There is no teaching record linked to your account" };

/** A signed-in account with no TRN (staff, for example): nothing to show, and why. */
export default async function NoRecordPage() {
  const account = await requireAccount("/qualifications");
  if (account.trn) redirect("/qualifications");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">There is no teaching record linked to your account</h1>
        <p className="govuk-body">
          You&apos;re signed in as <strong className="govuk-!-text-break-word">{account.email}</strong>, but this DfE Identity
          account is not linked to a teaching record, so there are no qualifications or certificates to show.
        </p>
        {account.role !== "TEACHER" ? (
          <p className="govuk-body">
            This is a staff account. Staff accounts are for supporting teachers and are never linked to a teaching record.
          </p>
        ) : null}
        <p className="govuk-body">
          A teaching record is linked when you set up your account from the email we send when you are awarded qualified teacher
          status (QTS). If you have a teacher reference number (TRN), the account you set up then is the one to sign in with.
        </p>
        <ContactUs>If you think your account should be linked to a teaching record, contact us at</ContactUs>
      </div>
    </div>
  );
}
