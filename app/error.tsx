"use client"; // Next.js error boundaries must be client components: they also catch errors raised in the browser.

import { AytqLayout } from "@/components/layout/service-layout";
import { ServiceProblemContent } from "@/components/layout/service-problem";
import { AYTQ_SERVICE } from "@/components/layout/services";

/** The GOV.UK "there is a problem with the service" page; it replaces the route groups' layouts, so it brings the template. */
export default function ErrorPage() {
  return (
    <AytqLayout>
      <title>{`Sorry, there is a problem with the service – ${AYTQ_SERVICE.defaultTitle}`}</title>
      <ServiceProblemContent />
    </AytqLayout>
  );
}
