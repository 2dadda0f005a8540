import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { BackLink, SummaryList, WarningText } from "@/components/govuk";
import { REQUEST_TITLES, requestedText } from "@/components/identity/change-requests";
import { TheirClaim } from "@/components/support/claim";
import { recordValueText } from "@/components/support/queue";
import { SUPPORT_SERVICE, pageTitle } from "@/components/layout/services";
import { requireRole } from "@/lib/identity/session";
import { fullName } from "@/lib/dqt/wording";
import { claimOnOpening } from "@/lib/support/claims";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { requestForReview } from "@/lib/support/queue";
import { decideRequest } from "../../../actions";

export const metadata: Metadata = { title: null };

/**
 * "Are you sure?": accepting changes a teaching record, so it says exactly what will change first.
 * Opening it claims the request as its page does; while another agent's claim is live it offers
 * "Take over" in place of the button (the decision would be refused: lib/support/change-request-decisions.ts).
 */
export default async function AcceptRequestPage({ params }: { params: Promise<{ reference: string }> }) {
  const staff = await requireRole("support");
  const { reference } = await params;
  const request = await requestForReview(reference);
  if (!request) notFound();
  const claim = request.status === "PENDING" ? await claimOnOpening(request.id, staff) : null;
  // Decided meanwhile: the request's page says how and by whom.
  if (!claim || claim.status === "not-waiting") redirect(SUPPORT_PAGES.changeRequest(request.reference));
  const { record } = request;
  const what = request.kind === "NAME" ? "name" : "date of birth";
  const heading = `Are you sure you want to change ${fullName(record)}’s ${what}?`;

  return (
    <ActionForm title={pageTitle(SUPPORT_SERVICE, heading)} action={decideRequest}>
      <BackLink href={SUPPORT_PAGES.changeRequest(request.reference)}>Back to the request</BackLink>
      <span className="govuk-caption-l">
        {REQUEST_TITLES[request.kind]} ({request.reference})
      </span>
      <h1 className="govuk-heading-l govuk-!-text-break-word">{heading}</h1>
      <SummaryList
        rows={[
          { key: "Teacher", value: `${fullName(record)} (TRN ${record.trn})` },
          {
            key: request.kind === "NAME" ? "Name now" : "Date of birth now",
            value: <span className="govuk-!-text-break-word">{recordValueText(request.kind, record)}</span>,
          },
          { key: "Will change to", value: <span className="govuk-!-text-break-word">{requestedText({ ...request, evidence: null })}</span> },
        ]}
      />
      {claim.status === "theirs" ? (
        <TheirClaim reference={request.reference} by={fullName(claim.by)} since={claim.since} then="accept" />
      ) : (
        <>
          <WarningText>
            The {what} on the teaching record changes now, and on every certificate from now on. {request.requestedBy.firstName} will be emailed to say so. This
            cannot be undone here.
          </WarningText>
          <Form hidden={{ reference: request.reference }} id="decision">
            <div className="govuk-button-group">
              <SubmitButton name="intent" value="accept">
                Accept and change the record
              </SubmitButton>
              <a className="govuk-link" href={SUPPORT_PAGES.changeRequest(request.reference)}>
                Cancel
              </a>
            </div>
          </Form>
        </>
      )}
    </ActionForm>
  );
}
