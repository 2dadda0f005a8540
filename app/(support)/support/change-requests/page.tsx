import type { Metadata } from "next";
import { NotificationBanner, Table } from "@/components/govuk";
import { ScrollContainer } from "@/components/layout/scroll-container";
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
          <ScrollContainer labelledBy="queue-caption">
            <Table
              caption="Requests waiting for a decision, oldest first"
              captionClassName="govuk-visually-hidden"
              captionId="queue-caption"
              head={[{ children: "Reference" }, { children: "Teacher" }, { children: "Change" }, { children: "Sent" }, { children: "Waiting" }]}
              rows={requests.map((request) => ({
                key: request.id,
                cells: [
                  {
                    children: (
                      <a className="govuk-link" href={SUPPORT_PAGES.changeRequest(request.reference)}>
                        {request.reference}
                      </a>
                    ),
                  },
                  {
                    children: (
                      <>
                        {fullName(request.record)} ({request.trn})
                      </>
                    ),
                  },
                  { children: REQUEST_TITLES[request.kind] },
                  { children: request.submittedAt ? formatDay(request.submittedAt) : "" },
                  { children: request.submittedAt ? waitedFor(request.submittedAt, now) : "" },
                ],
              }))}
            />
          </ScrollContainer>
        </>
      )}
    </>
  );
}
