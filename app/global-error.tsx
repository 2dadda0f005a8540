"use client"; // Next.js error boundaries must be client components: they also catch errors raised in the browser.

import { AytqLayout } from "@/components/layout/service-layout";
import { AYTQ_SERVICE } from "@/components/layout/services";
import { ServiceProblemContent } from "@/components/layout/service-problem";
import "./govuk.scss";

/** Replaces the root layout when the root layout itself fails, so it brings the document and the styles. */
export default function GlobalError() {
  return (
    <html lang="en" className="govuk-template">
      <body className="govuk-template__body">
        <title>{`Sorry, there is a problem with the service – ${AYTQ_SERVICE.defaultTitle}`}</title>
        <AytqLayout>
          <ServiceProblemContent />
        </AytqLayout>
      </body>
    </html>
  );
}
