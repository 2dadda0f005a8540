import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QualificationCard } from "@/components/aytq/qualification-card";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { BackLink, NotificationBanner, SummaryCard } from "@/components/govuk";
import { REQUEST_TITLES, requestedText, StatusTag } from "@/components/identity/change-requests";
import { formatMobile } from "@/components/identity/format";
import { formatDate, formatDay } from "@/lib/format/dates";
import { SUPPORT_SERVICE, pageTitle } from "@/components/layout/services";
import { AuditHistory } from "@/components/support/audit-history";
import { InvitationStatusTag } from "@/components/support/invitations";
import { requireRole } from "@/lib/identity/session";
import { qualificationCards } from "@/lib/qualifications";
import { fullName } from "@/lib/dqt/wording";
import { messageFor, SUPPORT_PAGES } from "@/lib/support/pages";
import { teacherOverview } from "@/lib/support/teacher";
import { manageInvitation } from "../../actions";
import { exists } from "./exists";

type Params = Promise<{ trn: string }>;

/** The banner after an invitation button, naming the teacher. */
const done = (name: string): Record<string, string> => ({
  resent: `A new link has been sent to ${name}. The old link no longer works`,
  revoked: `${name}’s invitation has been revoked`,
  invited: `${name} has been invited`,
});

// The forms render the <title> (ActionForm) with the teacher's name, so a failed action says "Error: ".
export const metadata: Metadata = { title: null };

export default async function TeacherPage({ params, searchParams }: { params: Params; searchParams: Promise<{ done?: string | string[] }> }) {
  await requireRole("support");
  const { trn } = await params;
  if (!(await exists({ trn }, async () => null))) notFound();
  const overview = await teacherOverview(trn);
  if (!overview) notFound();
  const { record, account, invitations, changeRequests, history, canInvite } = overview;
  const name = fullName(record);
  const banner = messageFor(done(name), (await searchParams).done);
  // One invitation action for the teacher's state: a new link for the newest invitation that
  // could still be used or has run out, or else an invitation, never both.
  const resendable = account ? undefined : invitations.find((invitation) => invitation.status === "pending" || invitation.status === "expired");
  const title = pageTitle(SUPPORT_SERVICE, `${name} (TRN ${record.trn})`);
  const cards = qualificationCards(record);

  return (
    <ActionForm title={title} action={manageInvitation}>
      <BackLink href={SUPPORT_PAGES.home}>Find a teacher</BackLink>
      {banner ? <NotificationBanner type="success" text={banner} /> : null}
      <span className="govuk-caption-l">TRN {record.trn}</span>
      <h1 className="govuk-heading-l govuk-!-text-break-word">{name}</h1>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryCard
            title="Teaching record"
            rows={[
              { key: "Name", value: <span className="govuk-!-text-break-word">{name}</span> },
              { key: "Date of birth", value: formatDate(record.dateOfBirth) },
              { key: "Email address", value: <span className="govuk-!-text-break-word">{record.email ?? "Not recorded"}</span> },
              { key: "Mobile number", value: record.mobile ? formatMobile(record.mobile) : "Not recorded" },
            ]}
          />
          <SummaryCard
            title="DfE Identity account"
            rows={
              account
                ? [
                    { key: "Name", value: <span className="govuk-!-text-break-word">{fullName(account)}</span> },
                    { key: "Email address", value: <span className="govuk-!-text-break-word">{account.email}</span> },
                    { key: "Mobile number", value: account.mobile ? formatMobile(account.mobile) : "Not added" },
                    { key: "Last signed in", value: account.lastSignedInAt ? formatDay(account.lastSignedInAt) : "Never" },
                  ]
                : [{ key: "Account", value: "This teacher has not set up a DfE Identity account" }]
            }
          />

          <h2 className="govuk-heading-m">Qualifications</h2>
          {cards.length > 0 ? (
            cards.map((card) => <QualificationCard key={card.id} card={card} withCertificate={false} headingLevel={3} />)
          ) : (
            <p className="govuk-body">There are no qualifications to show on this record.</p>
          )}

          <h2 className="govuk-heading-m">Invitations</h2>
          {invitations.length === 0 ? <p className="govuk-body">No invitations have been sent to this teacher.</p> : null}
          {invitations.map((invitation) => (
            <SummaryCard
              key={invitation.id}
              title={`Invitation sent ${formatDay(invitation.createdAt)}`}
              headingLevel={3}
              rows={[
                { key: "Status", value: <InvitationStatusTag status={invitation.status} /> },
                { key: "Sent to", value: <span className="govuk-!-text-break-word">{invitation.email}</span> },
                { key: invitation.status === "expired" ? "Expired" : "Expires", value: formatDay(invitation.expiresAt) },
              ]}
            >
              {invitation === resendable ? (
                <Form hidden={{ invitationId: invitation.id, from: "teacher" }} id={`invitation-${invitation.id}`}>
                  <div className="govuk-button-group govuk-!-margin-top-4 govuk-!-margin-bottom-0">
                    <SubmitButton variant="secondary" name="intent" value="resend">
                      Send a new link<span className="govuk-visually-hidden"> to {invitation.email}</span>
                    </SubmitButton>
                    {invitation.status === "pending" ? (
                      <SubmitButton variant="warning" name="intent" value="revoke">
                        Revoke<span className="govuk-visually-hidden"> the invitation sent {formatDay(invitation.createdAt)}</span>
                      </SubmitButton>
                    ) : null}
                  </div>
                </Form>
              ) : null}
            </SummaryCard>
          ))}
          {canInvite && !resendable ? (
            <Form hidden={{ trn: record.trn, from: "teacher" }} id="invite">
              <p className="govuk-body">This teacher has QTS, no account and no invitation waiting.</p>
              <SubmitButton name="intent" value="invite">
                Invite this teacher
              </SubmitButton>
            </Form>
          ) : null}

          <h2 className="govuk-heading-m">Change requests</h2>
          {changeRequests.length === 0 ? <p className="govuk-body">This teacher has not asked to change their record.</p> : null}
          {changeRequests.map((request) => (
            <SummaryCard
              key={request.id}
              title={`${REQUEST_TITLES[request.kind]} (${request.reference})`}
              headingLevel={3}
              actions={
                request.status === "PENDING"
                  ? [{ href: SUPPORT_PAGES.changeRequest(request.reference), text: "Review" }]
                  : [{ href: SUPPORT_PAGES.changeRequest(request.reference), text: "View" }]
              }
              rows={[
                { key: "Asked for", value: <span className="govuk-!-text-break-word">{requestedText({ ...request, evidence: null })}</span> },
                { key: "Status", value: <StatusTag status={request.status} /> },
                request.submittedAt ? { key: "Sent", value: formatDay(request.submittedAt) } : null,
                request.decidedBy && request.decidedAt ? { key: "Decided", value: `${formatDay(request.decidedAt)} by ${fullName(request.decidedBy)}` } : null,
                request.rejectionReason ? { key: "Reason", value: request.rejectionReason } : null,
              ]}
            />
          ))}
        </div>
      </div>

      <h2 className="govuk-heading-m">History</h2>
      <AuditHistory events={history} />
    </ActionForm>
  );
}
