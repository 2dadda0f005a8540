import type { Metadata } from "next";
import { NotificationBanner } from "@/components/govuk";
import { Reference } from "@/components/identity/breaks";
import { RequestCard } from "@/components/identity/change-requests";
import { requestsOf } from "@/lib/dqt/change-requests";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { requireAccount } from "@/lib/identity/session";

export const metadata: Metadata = { title: "Your requests to change your teaching record" };

export default async function RequestsPage({ searchParams }: { searchParams: Promise<{ withdrawn?: string | string[] }> }) {
  const account = await requireAccount(ACCOUNT_PAGES.requests);
  const [requests, { withdrawn }] = await Promise.all([requestsOf(account), searchParams]);
  // Only a reference of one of this teacher's own withdrawn requests is repeated back.
  const withdrawnNow = typeof withdrawn === "string" ? requests.find((r) => r.reference === withdrawn && r.status === "WITHDRAWN") : undefined;
  return (
    <>
      <a href={ACCOUNT_PAGES.account} className="govuk-back-link">
        Back to your account
      </a>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {withdrawnNow ? (
            <NotificationBanner
              type="success"
              text={
                <>
                  You’ve withdrawn your request <Reference reference={withdrawnNow.reference} />
                </>
              }
            />
          ) : null}
          <h1 className="govuk-heading-l">Your requests to change your teaching record</h1>
          {requests.length === 0 ? (
            <p className="govuk-body">You have not asked us to change the name or date of birth on your teaching record.</p>
          ) : (
            requests.map((request) => <RequestCard key={request.id} request={request} withLink />)
          )}
          <p className="govuk-body">
            To ask for a change, go to{" "}
            <a className="govuk-link" href={ACCOUNT_PAGES.account}>
              your account
            </a>{" "}
            and choose “Change” beside the name or date of birth on your teaching record.
          </p>
        </div>
      </div>
    </>
  );
}
