import type { Metadata } from "next";
import { ContactUs } from "@/components/identity/contact-us";
import { RATE_LIMITS } from "@/lib/rate-limit";

export const metadata: Metadata = { title: "You’ve asked for too many new links" };

export default function TooManyNewLinkRequestsPage() {
  const minutes = Math.ceil(RATE_LIMITS.newLinkPerIp.windowSeconds / 60);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You’ve asked for too many new links</h1>
        <p className="govuk-body">To keep teaching records secure, we’ve stopped sending new links from here for now.</p>
        <p className="govuk-body">Wait {minutes} minutes, then open the link in your email again to ask for a new one.</p>
        <ContactUs>If you need help now, contact us at</ContactUs>
      </div>
    </div>
  );
}
