import type { Metadata } from "next";
import { ServiceProblemContent } from "@/components/layout/service-problem";
import { AytqLayout } from "@/components/layout/service-layout";
import { AYTQ_SERVICE } from "@/components/layout/services";

export const metadata: Metadata = {
  title: { absolute: `Sorry, there is a problem with the service – ${AYTQ_SERVICE.defaultTitle}` },
  robots: { index: false, follow: false },
};

// proxy.ts shows it, with status 503, while the database does not answer, and the server with
// status 500 in place of a page that failed while rendering (lib/http/server-error-pages.ts): it
// reads nothing but the request's CSP nonce (the root layout), never the database.

/** GOV.UK's "Sorry, there is a problem with the service" page, as real HTML (JavaScript or not). */
export default function ServiceProblemPage() {
  return (
    <AytqLayout>
      <ServiceProblemContent />
    </AytqLayout>
  );
}
