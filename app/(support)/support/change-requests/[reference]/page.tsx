import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm, Form, RadiosField, SubmitButton, TextareaField } from "@/components/forms/kit";
import { BackLink, Button, InsetText, NotificationBanner, SummaryCard } from "@/components/govuk";
import { REQUEST_TITLES, requestedText, StatusTag } from "@/components/identity/change-requests";
import { TheirClaim } from "@/components/support/claim";
import { recordValueText } from "@/components/support/queue";
import { formatDate, formatDateTime, formatDay } from "@/lib/format/dates";
import { dueDate } from "@/lib/format/working-days";
import { SUPPORT_SERVICE, pageTitle } from "@/components/layout/services";
import { REJECTION_REASONS } from "@/lib/support/change-request-decisions";
import { formatFileSize } from "@/lib/dqt/evidence";
import { requireRole } from "@/lib/identity/session";
import { fullName } from "@/lib/dqt/wording";
import { claimOnOpening, CLAIM_MINUTES } from "@/lib/support/claims";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { decidedRequest, requestForReview, waitedFor } from "@/lib/support/queue";
import { decideRequest } from "../../actions";
import { exists } from "./exists";

// The decision form renders the <title> (ActionForm), so a failed decision says "Error: ".
export const metadata: Metadata = { title: null };

type Search = Promise<{ decided?: string | string[] }>;

/**
 * One request: the record now and the change asked for, side by side, the document, and the
 * decision. Opening a waiting request claims it (lib/support/claims.ts): another agent's claim
 * is shown instead of the decision, with "Take over".
 */
export default async function ReviewRequestPage({ params, searchParams }: { params: Promise<{ reference: string }>; searchParams: Search }) {
  const staff = await requireRole("support");
  const { reference } = await params;
  if (!(await exists({ reference }, async () => null))) notFound();
  const request = await requestForReview(reference);
  if (!request) notFound();
  const [claim, decided] = await Promise.all([
    request.status === "PENDING" ? claimOnOpening(request.id, staff) : null,
    decidedRequest((await searchParams).decided),
  ]);
  const { record, evidence } = request;
  const isName = request.kind === "NAME";
  const title = `${REQUEST_TITLES[request.kind]} (${request.reference})`;
  const fileLabel = evidence
    ? `${evidence.contentType === "application/pdf" ? "PDF" : evidence.contentType === "image/png" ? "PNG" : "JPG"}, ${formatFileSize(evidence.size)}`
    : "";
  // Decided, the record may already carry the new value: show what it said before.
  const before =
    request.status === "PENDING" || (request.previousLastName === null && request.previousDateOfBirth === null)
      ? recordValueText(request.kind, record)
      : recordValueText(request.kind, {
          firstName: request.previousFirstName,
          middleName: request.previousMiddleName,
          lastName: request.previousLastName,
          dateOfBirth: request.previousDateOfBirth,
        });
  const sent = request.submittedAt ?? request.createdAt;
  const due = dueDate(sent);
  const canDecide = claim?.status === "yours";

  return (
    <ActionForm title={pageTitle(SUPPORT_SERVICE, title)} action={decideRequest}>
      <BackLink href={SUPPORT_PAGES.changeRequests}>Change requests</BackLink>
      {decided ? (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">
            Request {decided.reference} for {fullName(decided.record)} {decided.status === "ACCEPTED" ? "accepted" : "rejected"}
          </p>
          <p className="govuk-body">
            Decided. The teacher has been emailed. Next request: {request.reference}, due {formatDate(due.day)}.
          </p>
        </NotificationBanner>
      ) : null}
      <span className="govuk-caption-l">
        <a className="govuk-link" href={SUPPORT_PAGES.teacher(record.trn)}>
          {fullName(record)} (TRN {record.trn})
        </a>
      </span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        <StatusTag status={request.status} /> Sent {formatDay(sent)}
        {request.status === "PENDING"
          ? `, waiting ${waitedFor(sent)}. Due ${formatDate(due.day)}${due.state === "overdue" ? " (overdue)" : due.state === "due-today" ? " (today)" : ""}.`
          : null}
      </p>

      {claim?.status === "theirs" ? <TheirClaim reference={request.reference} by={fullName(claim.by)} since={claim.since} /> : null}
      {claim?.status === "yours" ? (
        <Form hidden={{ reference: request.reference, intent: "release" }} id="claim">
          <InsetText>
            You are looking at this request: other staff see that until you decide it or release it, or for {CLAIM_MINUTES} minutes after you last opened it.
          </InsetText>
          <SubmitButton variant="secondary">Release this request</SubmitButton>
        </Form>
      ) : null}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <SummaryCard
            title={request.status === "PENDING" ? "On the record now" : "On the record before the decision"}
            headingLevel={2}
            rows={[{ key: isName ? "Name" : "Date of birth", value: <span className="govuk-!-text-break-word">{before}</span> }]}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <SummaryCard
            title="Asked for"
            headingLevel={2}
            rows={[
              {
                key: isName ? "Name" : "Date of birth",
                value: <span className="govuk-!-text-break-word">{requestedText({ ...request, evidence: null })}</span>,
              },
            ]}
          />
        </div>
      </div>

      <h2 className="govuk-heading-m">The document</h2>
      {evidence ? (
        <>
          {canDecide ? (
            <p className="govuk-body">
              <a className="govuk-link" href="#decide">
                Skip the document and go to the decision
              </a>
            </p>
          ) : null}
          {evidence.contentType === "application/pdf" ? (
            <iframe
              className="app-evidence app-evidence--pdf"
              src={SUPPORT_PAGES.evidence(request.reference)}
              title={`The document sent: ${evidence.fileName}`}
            />
          ) : (
            // eslint-disable-next-line @next/next/no-img-element -- the stored file itself, never resized or cached by Next
            <img className="app-evidence" src={SUPPORT_PAGES.evidence(request.reference)} alt={`The document sent: ${evidence.fileName}`} />
          )}
          <p className="govuk-body">
            <a className="govuk-link" href={SUPPORT_PAGES.evidence(request.reference, true)}>
              Download {evidence.fileName} ({fileLabel})
            </a>
          </p>
        </>
      ) : (
        <p className="govuk-body">No document is stored with this request.</p>
      )}

      {canDecide ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m" id="decide" tabIndex={-1}>
              Accept the request
            </h2>
            <p className="govuk-body">
              You will be asked to confirm before the {isName ? "name" : "date of birth"} on {fullName(record)}’s teaching record changes.
            </p>
            <Button href={SUPPORT_PAGES.acceptRequest(request.reference)}>Accept this request</Button>

            <h2 className="govuk-heading-m">Reject the request</h2>
            <Form hidden={{ reference: request.reference, intent: "reject" }} id="decision">
              <RadiosField
                name="reason"
                legend={{ text: "Why are you rejecting it?", className: "govuk-fieldset__legend--s" }}
                hint="The teacher is sent the reason"
                items={[...Object.entries(REJECTION_REASONS).map(([value, text]) => ({ value, text })), { value: "other", text: "Another reason" }]}
              />
              {/* Not a conditional reveal: GOV.UK Frontend marks revealing radios aria-expanded, which axe
                  (rightly, for role=radio) reports as not allowed. */}
              <TextareaField
                name="details"
                label={{ text: "The reason the teacher will be sent", className: "govuk-label--s" }}
                hint="Only if you chose ‘Another reason’"
                rows={3}
              />
              <SubmitButton variant="warning">Reject request</SubmitButton>
            </Form>
          </div>
        </div>
      ) : request.status !== "PENDING" ? (
        <SummaryCard
          title="Decision"
          rows={[
            { key: "Outcome", value: <StatusTag status={request.status} /> },
            request.decidedBy ? { key: "Decided by", value: `${fullName(request.decidedBy)}, ${request.decidedBy.email}` } : null,
            request.decidedAt ? { key: "Decided", value: formatDateTime(request.decidedAt) } : null,
            request.withdrawnAt ? { key: "Withdrawn by the teacher", value: formatDateTime(request.withdrawnAt) } : null,
            request.rejectionReason ? { key: "Reason sent to the teacher", value: request.rejectionReason } : null,
          ]}
        />
      ) : null}
    </ActionForm>
  );
}
