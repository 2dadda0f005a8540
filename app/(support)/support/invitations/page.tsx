import type { Metadata } from "next";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { NotificationBanner, Pagination } from "@/components/govuk";
import { formatDay } from "@/lib/format/dates";
import { SUPPORT_SERVICE, pageTitle } from "@/components/layout/services";
import { requireRole } from "@/lib/identity/session";
import { listInvitations } from "@/lib/support/invitations";
import { messageFor, SUPPORT_PAGES } from "@/lib/support/pages";
import { manageInvitation } from "../actions";

// The buttons' form renders the <title> (ActionForm).
export const metadata: Metadata = { title: null };

type Search = Promise<{ filter?: string | string[]; page?: string | string[]; done?: string | string[] }>;

const DONE: Record<string, string> = {
  resent: "A new link has been sent. The old link no longer works",
  revoked: "The invitation has been revoked",
};

/** Invitations waiting to be used, or that ran out, each with "Send a new link" and (while it works) "Revoke". */
export default async function InvitationsPage({ searchParams }: { searchParams: Search }) {
  await requireRole("support");
  const params = await searchParams;
  const filter = params.filter === "expired" ? "expired" : "pending";
  const { rows, total, page, pages } = await listInvitations(filter, Number(params.page) || 1);
  const banner = messageFor(DONE, params.done);
  const heading = filter === "pending" ? "Invitations waiting to be used" : "Expired invitations";
  return (
    <ActionForm title={pageTitle(SUPPORT_SERVICE, heading)} action={manageInvitation}>
      {banner ? <NotificationBanner type="success" text={banner} /> : null}
      <h1 className="govuk-heading-l">{heading}</h1>
      <nav aria-label="Invitations to show" className="govuk-!-margin-bottom-6">
        <ul className="govuk-list">
          <li>
            {filter === "pending" ? (
              <a className="govuk-link govuk-link--no-underline govuk-!-font-weight-bold" href={SUPPORT_PAGES.invitations("pending")} aria-current="page">
                Waiting to be used (showing)
              </a>
            ) : (
              <a className="govuk-link" href={SUPPORT_PAGES.invitations("pending")}>
                Waiting to be used
              </a>
            )}
          </li>
          <li>
            {filter === "expired" ? (
              <a className="govuk-link govuk-link--no-underline govuk-!-font-weight-bold" href={SUPPORT_PAGES.invitations("expired")} aria-current="page">
                Expired (showing)
              </a>
            ) : (
              <a className="govuk-link" href={SUPPORT_PAGES.invitations("expired")}>
                Expired
              </a>
            )}
          </li>
        </ul>
      </nav>
      <p className="govuk-body">
        {total} {total === 1 ? "invitation" : "invitations"}. Teachers who have since set up an account are not listed.
      </p>
      {rows.map((invitation) => (
        <div key={invitation.id} className="govuk-summary-card">
          <div className="govuk-summary-card__title-wrapper">
            <h2 className="govuk-summary-card__title">
              <a className="govuk-link" href={SUPPORT_PAGES.teacher(invitation.trn)}>
                {invitation.name} ({invitation.trn})
              </a>
            </h2>
          </div>
          <div className="govuk-summary-card__content">
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Sent to</dt>
                <dd className="govuk-summary-list__value govuk-!-text-break-word">{invitation.email}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Sent</dt>
                <dd className="govuk-summary-list__value">{formatDay(invitation.createdAt)}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{filter === "pending" ? "Expires" : "Expired"}</dt>
                <dd className="govuk-summary-list__value">{formatDay(invitation.expiresAt)}</dd>
              </div>
            </dl>
            <Form hidden={{ invitationId: invitation.id, from: "invitations", filter }} id={`invitation-${invitation.id}`}>
              <div className="govuk-button-group govuk-!-margin-bottom-0">
                <SubmitButton variant="secondary" name="intent" value="resend">
                  Send a new link<span className="govuk-visually-hidden"> to {invitation.name}</span>
                </SubmitButton>
                {filter === "pending" ? (
                  <SubmitButton variant="warning" name="intent" value="revoke">
                    Revoke<span className="govuk-visually-hidden"> {invitation.name}’s invitation</span>
                  </SubmitButton>
                ) : null}
              </div>
            </Form>
          </div>
        </div>
      ))}
      <Pagination page={page} pages={pages} href={(n) => SUPPORT_PAGES.invitations(filter, n)} landmarkLabel="Invitation pages" />
    </ActionForm>
  );
}
