import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/govuk";
import { RequestDetails } from "@/components/identity/change-requests";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { KIND_WORDS, requestOf } from "@/lib/dqt/change-requests";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { knownViewer } from "@/lib/http/page-exists";
import { requireAccount } from "@/lib/identity/session";
import { exists } from "./exists";

type Params = Promise<{ reference: string }>;

// The page renders its own <title>, the same words as its heading.
export const metadata: Metadata = { title: null };

/** One of the teacher's own requests; anyone else's reference is the 404 page. */
export default async function RequestPage({ params }: { params: Params }) {
  const { reference } = await params;
  const account = await requireAccount(ACCOUNT_PAGES.request(reference));
  if (!(await exists({ reference }, knownViewer(account)))) notFound();
  const request = await requestOf(account, reference);
  if (!request) notFound();
  const heading = `Your request to change your ${KIND_WORDS[request.kind]}`;
  return (
    <>
      <BackLink href={ACCOUNT_PAGES.requests} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <title>{pageTitle(IDENTITY_SERVICE, heading)}</title>
          <span className="govuk-caption-l app-no-wrap">{request.reference}</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          <RequestDetails request={request} />
          {request.status === "PENDING" ? (
            <p className="govuk-body">We’ll email you when we’ve decided, usually within 5 working days of your request.</p>
          ) : null}
        </div>
      </div>
    </>
  );
}
