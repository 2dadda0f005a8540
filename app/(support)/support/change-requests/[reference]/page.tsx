import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm, Form, RadiosField, SubmitButton, TextareaField } from "@/components/forms/kit";
import { BackLink, SummaryCard, WarningText } from "@/components/govuk";
import { REQUEST_TITLES, requestedText, StatusTag } from "@/components/identity/change-requests";
import { formatDate, formatDay } from "@/lib/format/dates";
import { SUPPORT_SERVICE, pageTitle } from "@/components/layout/services";
import { REJECTION_REASONS } from "@/lib/dqt/change-request-decisions";
import { formatFileSize } from "@/lib/dqt/evidence";
import { requireRole } from "@/lib/identity/session";
import { fullName } from "@/lib/qualifications/wording";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { requestForReview, waitedFor } from "@/lib/support/queue";
import { decideRequest } from "../../actions";
import { exists } from "./exists";

// The decision form renders the <title> (ActionForm), so a failed decision says "Error: ".
export const metadata: Metadata = { title: null };

/** One request: the record now and the change asked for, side by side, the document, and the decision. */
export default async function ReviewRequestPage({ params }: { params: Promise<{ reference: string }> }) {
  await requireRole("support");
  const { reference } = await params;
  if (!(await exists({ reference }, async () => null))) notFound();
  const request = await requestForReview(reference);
  if (!request) notFound();
  const { record, evidence } = request;
  const isName = request.kind === "NAME";
  const title = `${REQUEST_TITLES[request.kind]} (${request.reference})`;
  const fileLabel = evidence ? `${evidence.contentType === "application/pdf" ? "PDF" : evidence.contentType === "image/png" ? "PNG" : "JPG"}, ${formatFileSize(evidence.size)}` : "";

  return (
    <ActionForm title={pageTitle(SUPPORT_SERVICE, title)} action={decideRequest}>
      <BackLink href={SUPPORT_PAGES.changeRequests}>Change requests</BackLink>
      <span className="govuk-caption-l">
        <a className="govuk-link" href={SUPPORT_PAGES.teacher(record.trn)}>
          {fullName(record)} (TRN {record.trn})
        </a>
      </span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        <StatusTag status={request.status} />{" "}
        {request.submittedAt ? `Sent ${formatDay(request.submittedAt)}${request.status === "PENDING" ? `, waiting ${waitedFor(request.submittedAt)}` : ""}` : null}
      </p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <SummaryCard
            title="On the record now"
            headingLevel={2}
            rows={[isName ? { key: "Name", value: <span className="govuk-!-text-break-word">{fullName(record)}</span> } : { key: "Date of birth", value: formatDate(record.dateOfBirth) }]}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <SummaryCard
            title="Asked for"
            headingLevel={2}
            rows={[{ key: isName ? "Name" : "Date of birth", value: <span className="govuk-!-text-break-word">{requestedText({ ...request, evidence: null })}</span> }]}
          />
        </div>
      </div>

      <h2 className="govuk-heading-m">The document</h2>
      {evidence ? (
        <>
          {evidence.contentType === "application/pdf" ? (
            <iframe className="app-evidence app-evidence--pdf" src={SUPPORT_PAGES.evidence(request.reference)} title={`The document sent: ${evidence.fileName}`} />
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

      {request.status === "PENDING" ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m">Accept the request</h2>
            <Form hidden={{ reference: request.reference }} id="decision">
              <WarningText>
                Accepting changes the {isName ? "name" : "date of birth"} on {fullName(record)}’s teaching record, and on every certificate from now on.
              </WarningText>
              <SubmitButton name="intent" value="accept">
                Accept and change the record
              </SubmitButton>
            </Form>

            <h2 className="govuk-heading-m">Reject the request</h2>
            <Form hidden={{ reference: request.reference, intent: "reject" }}>
              <RadiosField
                name="reason"
                legend={{ text: "Why are you rejecting it?", className: "govuk-fieldset__legend--s" }}
                hint="The teacher is sent the reason"
                items={[
                  ...Object.entries(REJECTION_REASONS).map(([value, text]) => ({ value, text })),
                  { value: "other", text: "Another reason" },
                ]}
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
      ) : (
        <SummaryCard
          title="Decision"
          rows={[
            { key: "Outcome", value: <StatusTag status={request.status} /> },
            request.decidedBy ? { key: "Decided by", value: `${fullName(request.decidedBy)}, ${request.decidedBy.email}` } : null,
            request.decidedAt ? { key: "Decided", value: formatDay(request.decidedAt) } : null,
            request.withdrawnAt ? { key: "Withdrawn by the teacher", value: formatDay(request.withdrawnAt) } : null,
            request.rejectionReason ? { key: "Reason sent to the teacher", value: request.rejectionReason } : null,
          ]}
        />
      )}
    </ActionForm>
  );
}
