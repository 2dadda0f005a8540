import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { NoQualifications } from "@/components/aytq/no-qualifications";
import { QualificationCard } from "@/components/aytq/qualification-card";
import { YourDetails } from "@/components/aytq/your-details";
import { loadRecordWithIssuedCertificates } from "@/lib/certificates";
import { requireAccount } from "@/lib/identity/session";
import { qualificationCards, yourDetails } from "@/lib/qualifications";

export const metadata: Metadata = { title: "Your teaching qualifications" };

export default async function QualificationsPage() {
  const account = await requireAccount("/qualifications");
  // Staff land on the support console after signing in; they have no qualifications here.
  if (account.role !== "TEACHER") redirect("/support");
  if (!account.trn) redirect("/qualifications/no-record");
  // The whole record, pending change requests and issued certificates included, in one round trip.
  const loaded = await loadRecordWithIssuedCertificates(account.trn);
  // The account's TRN is a foreign key to the record (ON DELETE RESTRICT): a missing record is a fault.
  if (!loaded) notFound();
  const { record, issued } = loaded;
  const cards = qualificationCards(record, issued);
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Your teaching qualifications</h1>
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {cards.length > 0 ? cards.map((card) => <QualificationCard key={card.id} card={card} />) : <NoQualifications />}
        </div>
        <div className="govuk-grid-column-one-third">
          <YourDetails details={yourDetails(record)} />
        </div>
      </div>
    </>
  );
}
