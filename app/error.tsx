"use client"; // Next.js error boundaries must be client components: they also catch errors raised in the browser.

import { GovukTemplate } from "@/components/govuk";
import { ServiceProblemContent } from "@/components/layout/service-problem";
import { AYTQ_SERVICE } from "@/components/layout/services";

/** The GOV.UK "there is a problem with the service" page; it replaces the route groups' layouts, so it brings the template. */
export default function ErrorPage() {
  return (
    <GovukTemplate serviceName={AYTQ_SERVICE.name} serviceUrl={AYTQ_SERVICE.url}>
      <title>{`Sorry, there is a problem with the service – ${AYTQ_SERVICE.defaultTitle}`}</title>
      <ServiceProblemContent />
    </GovukTemplate>
  );
}
