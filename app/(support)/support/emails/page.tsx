import type { Metadata } from "next";
import { Details, Table, Tag } from "@/components/govuk";
import { ScrollContainer } from "@/components/layout/scroll-container";
import { formatDateTime } from "@/lib/format/dates";
import { requireRole } from "@/lib/identity/session";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { errorSummary, FAILED_SHOWN_FOR_DAYS, UNDELIVERED_LIMIT, undeliveredMail } from "@/lib/support/undelivered-mail";

export const metadata: Metadata = { title: "Emails not delivered" };

/** Mail that failed for good lately, or is late: a teacher who says nothing came can be told why. */
export default async function UndeliveredEmailsPage() {
  await requireRole("support");
  const emails = await undeliveredMail();
  return (
    <>
      <h1 className="govuk-heading-l">Emails not delivered</h1>
      <p className="govuk-body">
        Emails that failed in the last {FAILED_SHOWN_FOR_DAYS} days, and emails still waiting after a failed try. The service tries again for 72 hours before an
        email fails. If an invitation failed, check the teacher’s email address, then send them a new link from their record.
      </p>
      {emails.length === 0 ? (
        <p className="govuk-body">Every email has been delivered or is on its way.</p>
      ) : (
        <ScrollContainer labelledBy="undelivered-caption">
          <Table
            caption={`${emails.length === UNDELIVERED_LIMIT ? `The newest ${UNDELIVERED_LIMIT}` : emails.length} ${emails.length === 1 ? "email" : "emails"} not delivered, newest first`}
            captionClassName="govuk-table__caption--m"
            captionId="undelivered-caption"
            head={[
              { children: "To" },
              { children: "Email" },
              { children: "Written" },
              { children: "Tries", format: "numeric" },
              { children: "Status" },
              { children: "Problem" },
            ]}
            rows={emails.map((email) => ({
              key: email.id,
              cells: [
                {
                  children: (
                    <a className="govuk-link" href={SUPPORT_PAGES.search(email.recipient)}>
                      {email.recipient}
                    </a>
                  ),
                  className: "govuk-!-text-break-word",
                },
                { children: email.purpose },
                { children: formatDateTime(email.writtenAt) },
                { children: String(email.attempts), format: "numeric" },
                { children: <Tag colour={email.state === "Failed" ? "red" : "yellow"}>{email.state}</Tag> },
                {
                  children: email.lastError ? (
                    <>
                      <span className="govuk-!-display-block">{errorSummary(email.lastError)}</span>
                      <Details summary="The provider’s message" className="govuk-!-margin-bottom-0 govuk-!-font-size-16">
                        {email.lastError}
                      </Details>
                    </>
                  ) : (
                    "None yet"
                  ),
                  className: "govuk-!-text-break-word",
                },
              ],
            }))}
          />
        </ScrollContainer>
      )}
    </>
  );
}
