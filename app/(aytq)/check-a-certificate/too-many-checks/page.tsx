import type { Metadata } from "next";
import { ContactUs } from "@/components/identity/contact-us";
import { CERTIFICATE_CHECKS_PER_IP } from "@/lib/certificates/check";

export const metadata: Metadata = { title: "You’ve checked too many certificates" };
// Rendered per request, never prerendered: a cached copy with an ETag would be revalidated to a
// 200, and the limit must read 429 every time (proxy.ts).
export const dynamic = "force-dynamic";

export default function TooManyChecksPage() {
  const minutes = Math.ceil(CERTIFICATE_CHECKS_PER_IP.windowSeconds / 60);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You’ve checked too many certificates</h1>
        <p className="govuk-body">
          To keep teachers’ records safe, one internet connection can check up to {CERTIFICATE_CHECKS_PER_IP.limit} certificates every {minutes} minutes.
        </p>
        <p className="govuk-body">
          Wait {minutes} minutes, then{" "}
          <a className="govuk-link" href="/check-a-certificate">
            check a certificate
          </a>{" "}
          again.
        </p>
        <ContactUs>If you need to check many certificates, contact us at</ContactUs>
      </div>
    </div>
  );
}
