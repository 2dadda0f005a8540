import { ContactEmailLink } from "./contact-email";

/** GOV.UK's "Sorry, there is a problem with the service" page content, for the error pages. */
export function ServiceProblemContent() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Try again later.</p>
        <p className="govuk-body">
          If you need help with your teaching qualifications or your DfE Identity account, email <ContactEmailLink />.
        </p>
      </div>
    </div>
  );
}
