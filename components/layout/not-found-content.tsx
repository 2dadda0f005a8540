import { ContactEmailLink } from "./contact-email";

/** GOV.UK's "Page not found" page content, for the root not-found page and each route group's. */
export function NotFoundContent() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          If the web address is correct or you selected a link or button, email <ContactEmailLink /> if you need help with your teaching qualifications or your
          DfE Identity account.
        </p>
      </div>
    </div>
  );
}
