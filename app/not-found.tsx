import type { Metadata } from "next";
import { ContactEmailLink } from "@/components/layout/contact-email";
import { AytqLayout } from "@/components/layout/service-layout";
import { AYTQ_SERVICE } from "@/components/layout/services";

export const metadata: Metadata = { title: { absolute: `Page not found – ${AYTQ_SERVICE.defaultTitle}` } };

// The root not-found renders outside the route groups' layouts, so it brings the template itself.
export default function NotFound() {
  return (
    <AytqLayout>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Page not found</h1>
          <p className="govuk-body">If you typed the web address, check it is correct.</p>
          <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
          <p className="govuk-body">
            If the web address is correct or you selected a link or button, email{" "}
            <ContactEmailLink />{" "}
            if you need help with your teaching qualifications or your DfE Identity account.
          </p>
        </div>
      </div>
    </AytqLayout>
  );
}
