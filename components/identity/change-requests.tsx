// A teacher's request to change their teaching record, as /account/requests shows it.
import { SummaryCard, SummaryList, Tag, type TagColour } from "@/components/govuk";
import { formatDate, formatDay } from "@/lib/format/dates";
import type { ChangeRequestStatus, ChangeRequestWithEvidence } from "@/lib/dqt/change-requests";
import { requestedValue } from "@/lib/dqt/change-requests";
import { formatFileSize } from "@/lib/dqt/evidence";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { fullName } from "@/lib/dqt/wording";
import { Reference } from "./breaks";

// The default (blue) tag for a request still waiting.
export const STATUS_TAGS: Record<Exclude<ChangeRequestStatus, "DRAFT">, { text: string; colour?: TagColour }> = {
  PENDING: { text: "Waiting for a decision" },
  ACCEPTED: { text: "Accepted", colour: "green" },
  REJECTED: { text: "Rejected", colour: "red" },
  WITHDRAWN: { text: "Withdrawn", colour: "grey" },
};

export const REQUEST_TITLES = { NAME: "Change of name", DATE_OF_BIRTH: "Change of date of birth" } as const;

export function StatusTag({ status }: { status: ChangeRequestStatus }) {
  if (status === "DRAFT") return null;
  const { text, colour } = STATUS_TAGS[status];
  return <Tag colour={colour}>{text}</Tag>;
}

/** The value asked for, as the teacher typed it. */
export function requestedText(request: ChangeRequestWithEvidence): string {
  const value = requestedValue(request);
  if (!value) return "";
  return value.kind === "NAME" ? fullName(value) : formatDate(value.dateOfBirth);
}

/** One request in the list of them: a card titled by its kind and reference. */
export function RequestCard({ request, withLink }: { request: ChangeRequestWithEvidence; withLink?: boolean }) {
  return (
    <SummaryCard
      title={`${REQUEST_TITLES[request.kind]} (${request.reference})`}
      titleContent={
        <>
          {REQUEST_TITLES[request.kind]} (<Reference reference={request.reference} />)
        </>
      }
      actions={
        request.status === "PENDING"
          ? [{ href: ACCOUNT_PAGES.withdraw(request.reference), text: "Withdraw" }]
          : withLink
            ? [{ href: ACCOUNT_PAGES.request(request.reference), text: "View" }]
            : []
      }
      rows={requestRows(request)}
    />
  );
}

/** One request on its own page, whose heading already names it: its rows, and a way to withdraw it while it waits. */
export function RequestDetails({ request }: { request: ChangeRequestWithEvidence }) {
  return (
    <>
      <SummaryList rows={requestRows(request)} />
      {request.status === "PENDING" ? (
        <p className="govuk-body">
          <a className="govuk-link" href={ACCOUNT_PAGES.withdraw(request.reference)}>
            Withdraw your request
          </a>
        </p>
      ) : null}
    </>
  );
}

function requestRows(request: ChangeRequestWithEvidence) {
  return [
    {
      key: request.kind === "NAME" ? "Name asked for" : "Date of birth asked for",
      value: <span className="govuk-!-text-break-word">{requestedText(request)}</span>,
    },
    { key: "Status", value: <StatusTag status={request.status} /> },
    request.status === "REJECTED" && request.rejectionReason ? { key: "Reason", value: request.rejectionReason } : null,
    request.evidence
      ? { key: "Document", value: <span className="govuk-!-text-break-word">{`${request.evidence.fileName} (${formatFileSize(request.evidence.size)})`}</span> }
      : null,
    request.submittedAt ? { key: "Sent", value: formatDay(request.submittedAt) } : null,
    request.decidedAt ? { key: "Decided", value: formatDay(request.decidedAt) } : null,
    request.withdrawnAt ? { key: "Withdrawn", value: formatDay(request.withdrawnAt) } : null,
  ];
}
