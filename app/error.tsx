"use client"; // Next.js error boundaries must be client components: they also catch errors raised in the browser.

import { AytqLayout } from "@/components/layout/service-layout";
import { ServiceProblemContent } from "@/components/layout/service-problem";
import { AYTQ_SERVICE } from "@/components/layout/services";

/**
 * The GOV.UK "there is a problem with the service" page; it replaces the route groups' layouts, so it brings the template.
 * Drawn in the browser only: for a page that fails as it is first loaded, the server sends the
 * problem page itself, as real HTML with status 500 (lib/http/server-error-pages.ts); this one
 * covers a failure met in a client-side navigation or in the browser.
 */
export default function ErrorPage() {
  return (
    <AytqLayout>
      <title>{`Sorry, there is a problem with the service – ${AYTQ_SERVICE.defaultTitle}`}</title>
      <ServiceProblemContent />
    </AytqLayout>
  );
}
