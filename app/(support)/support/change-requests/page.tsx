import type { Metadata } from "next";
import { NotificationBanner } from "@/components/govuk";
import { REQUEST_TITLES } from "@/components/identity/change-requests";
import { formatDay } from "@/lib/format/dates";
import { requireRole } from "@/lib/identity/session";
import { fullName } from "@/lib/qualifications/wording";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { waitedFor, waitingRequests } from "@/lib/support/queue";

export const metadata: Metadata = { title: "Change requests" };

type Search = Promise<{ decided?: string | string[]; outcome?: string | string[] }>;

/** The waiting queue, oldest first, with how long each has waited. */
export default async function ChangeRequestsPage({ searchParams }: { searchParams: Search }) {
  await requireRole("support");
  const [requests, { decided, outcome }] = await Promise.all([waitingRequests(), searchParams]);
  const now = new Date();
  const banner =
    typeof decided === "string" && /^CR-[0-9A-Z]{6}$/.test(decided) && (outcome === "accepted" || outcome === "rejected")
      ? `Request ${decided} ${outcome}. The teacher has been emailed`
      : null;
  return (
    <>
      {banner ? <NotificationBanner type="success" text={banner} /> : null}
      <h1 className="govuk-heading-l">Change requests</h1>
      {requests.length === 0 ? (
        <p className="govuk-body">There are no requests waiting.</p>
      ) : (
        <>
          <p className="govuk-body">
            {requests.length} {requests.length === 1 ? "request is" : "requests are"} waiting, oldest first.
          </p>
          <div className="app-scroll-container" tabIndex={0} role="region" aria-labelledby="queue-caption">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden" id="queue-caption">
                Requests waiting for a decision, oldest first
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Reference</th>
                  <th scope="col" className="govuk-table__header">Teacher</th>
                  <th scope="col" className="govuk-table__header">Change</th>
                  <th scope="col" className="govuk-table__header">Sent</th>
                  <th scope="col" className="govuk-table__header">Waiting</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {requests.map((request) => (
                  <tr key={request.id} className="govuk-table__row">
                    <td className="govuk-table__cell">
                      <a className="govuk-link" href={SUPPORT_PAGES.changeRequest(request.reference)}>
                        {request.reference}
                      </a>
                    </td>
                    <td className="govuk-table__cell">
                      {fullName(request.record)} ({request.trn})
                    </td>
                    <td className="govuk-table__cell">{REQUEST_TITLES[request.kind]}</td>
                    <td className="govuk-table__cell">{request.submittedAt ? formatDay(request.submittedAt) : ""}</td>
                    <td className="govuk-table__cell">{request.submittedAt ? waitedFor(request.submittedAt, now) : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
