import type { Metadata } from "next";
import { Button, NotificationBanner, Pagination, Table } from "@/components/govuk";
import { ScrollContainer } from "@/components/layout/scroll-container";
import { REQUEST_TITLES } from "@/components/identity/change-requests";
import { ChangeText, DueDate } from "@/components/support/queue";
import { formatDay } from "@/lib/format/dates";
import { REPLY_WITHIN_WORKING_DAYS } from "@/lib/format/working-days";
import { requireRole } from "@/lib/identity/session";
import { fullName } from "@/lib/dqt/wording";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { decidedRequest, queuePage, type QueueFilter } from "@/lib/support/queue";

export const metadata: Metadata = { title: "Change requests" };

type Search = Promise<Record<string, string | string[] | undefined>>;

const KINDS = { NAME: "Change of name", DATE_OF_BIRTH: "Change of date of birth" } as const;
const OWNERS = { mine: "Assigned to me", unassigned: "Unassigned" } as const;

/** A word from the address that names one of `table`'s own keys, or undefined. */
function oneOf<T extends string>(table: Record<T, string>, value: unknown): T | undefined {
  return typeof value === "string" && Object.hasOwn(table, value) ? (value as T) : undefined;
}

/** The waiting queue, due soonest first, 25 a page, with who is looking at each request. */
export default async function ChangeRequestsPage({ searchParams }: { searchParams: Search }) {
  const staff = await requireRole("support");
  const params = await searchParams;
  const filter: QueueFilter = { kind: oneOf(KINDS, params.kind), owner: oneOf(OWNERS, params.owner) };
  const [{ requests, total, page, pages }, decided] = await Promise.all([
    queuePage(filter, staff.id, Number(typeof params.page === "string" ? params.page : 1) || 1),
    decidedRequest(params.decided),
  ]);
  const filtered = Boolean(filter.kind || filter.owner);
  return (
    <>
      {decided ? (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">
            Request {decided.reference} for {fullName(decided.record)} {decided.status === "ACCEPTED" ? "accepted" : "rejected"}
          </p>
          <p className="govuk-body">The teacher has been emailed. No other request is waiting for you to pick up.</p>
        </NotificationBanner>
      ) : null}
      {params.none === "1" && !decided ? (
        <NotificationBanner text="No request is waiting for you to pick up: every one is decided or being looked at." />
      ) : null}
      <h1 className="govuk-heading-l">Change requests</h1>
      <p className="govuk-body">Teachers are told we will reply within {REPLY_WITHIN_WORKING_DAYS} working days. Requests due soonest come first.</p>
      <Button href={SUPPORT_PAGES.nextRequest}>Start the next request</Button>

      <form method="get" action={SUPPORT_PAGES.changeRequests} className="app-queue-filter govuk-!-margin-bottom-6">
        <div className="govuk-form-group govuk-!-margin-bottom-4">
          <label className="govuk-label govuk-label--s" htmlFor="kind">
            Type
          </label>
          <select className="govuk-select" id="kind" name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">All types</option>
            {Object.entries(KINDS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group govuk-!-margin-bottom-4">
          <label className="govuk-label govuk-label--s" htmlFor="owner">
            Assigned to
          </label>
          <select className="govuk-select" id="owner" name="owner" defaultValue={filter.owner ?? ""}>
            <option value="">Anyone</option>
            {Object.entries(OWNERS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-button-group">
          <Button variant="secondary">Show requests</Button>
          {filtered ? (
            <a className="govuk-link" href={SUPPORT_PAGES.changeRequests}>
              Show all requests
            </a>
          ) : null}
        </div>
      </form>

      <h2 className="govuk-heading-m" id="queue-heading">
        {total === 0
          ? filtered
            ? "No requests match"
            : "There are no requests waiting"
          : `${total} ${total === 1 ? "request" : "requests"} ${filtered ? "match" : "waiting"}`}
      </h2>
      {total > 0 ? (
        <ScrollContainer labelledBy="queue-caption">
          <Table
            caption={`Requests waiting for a decision, due soonest first, page ${page} of ${pages}`}
            captionClassName="govuk-visually-hidden"
            captionId="queue-caption"
            head={[
              { children: "Request" },
              { children: "Teacher" },
              { children: "Now → asked for" },
              { children: "Sent" },
              { children: "Due" },
              { children: "Being looked at by" },
            ]}
            rows={requests.map((request) => ({
              key: request.id,
              cells: [
                {
                  children: (
                    <>
                      <a className="govuk-link govuk-!-display-block" href={SUPPORT_PAGES.changeRequest(request.reference)}>
                        {request.reference}
                      </a>
                      {REQUEST_TITLES[request.kind]}
                    </>
                  ),
                },
                {
                  children: (
                    <>
                      <span className="govuk-!-display-block govuk-!-text-break-word">{fullName(request.record)}</span>TRN {request.trn}
                    </>
                  ),
                },
                { children: <ChangeText request={request} current={request.record} /> },
                { children: formatDay(request.submittedAt ?? request.createdAt) },
                { children: <DueDate due={request.due} /> },
                {
                  children: request.claim
                    ? request.claim.claimedById === staff.id
                      ? "You"
                      : fullName({ firstName: request.claim.claimedBy.firstName, middleName: null, lastName: request.claim.claimedBy.lastName })
                    : "Nobody",
                },
              ],
            }))}
          />
        </ScrollContainer>
      ) : null}
      <Pagination page={page} pages={pages} href={(n) => SUPPORT_PAGES.queue(filter, n)} landmarkLabel="Change request pages" />
    </>
  );
}
