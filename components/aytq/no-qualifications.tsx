import { ContactUs } from "@/components/identity/contact-us";

/** The empty state: a record with nothing to show yet, such as a teacher still in training. */
export function NoQualifications() {
  return (
    <>
      <h2 className="govuk-heading-m">You do not have any qualifications to show yet</h2>
      <p className="govuk-body">
        Your qualifications will show here once they have been added to your teaching record, for example when you are awarded qualified teacher status (QTS).
      </p>
      <p className="govuk-body">Initial teacher training shows here once it has finished.</p>
      <ContactUs>If you think a qualification is missing, contact us at</ContactUs>
    </>
  );
}
