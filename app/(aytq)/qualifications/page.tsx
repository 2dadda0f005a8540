import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { NoQualifications } from "@/components/aytq/no-qualifications";
import { QualificationCard } from "@/components/aytq/qualification-card";
import { YourDetails } from "@/components/aytq/your-details";
import { loadTeachingRecord } from "@/lib/dqt/record";
import { requireAccount } from "@/lib/identity/session";
import { qualificationCards, yourDetails } from "@/lib/qualifications";

export const metadata: Metadata = { title: "Your teaching qualifications" };

export default async function QualificationsPage() {
  const account = await requireAccount("/qualifications");
  // Staff land on the support console after signing in; they have no qualifications here.
  if (account.role !== "TEACHER") redirect("/support");
  if (!account.trn) redirect("/qualifications/no-record");
  // The whole record, pending change requests included, in one database round trip.
  const record = await loadTeachingRecord(account.trn);
  // The account's TRN is a foreign key to the record (ON DELETE RESTRICT): a missing record is a fault.
  if (!record) notFound();
  const cards = qualificationCards(record);
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
