import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink, InsetText, SummaryList } from "@/components/govuk";
import { mailboxEnabled, mailboxMessage } from "@/lib/email/mailbox";
import { formatDateTime } from "@/lib/format/dates";
import { exists } from "./exists";

export const metadata: Metadata = { title: "Email" };
export const dynamic = "force-dynamic";

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!mailboxEnabled()) notFound();
  const { id } = await params;
  if (!(await exists({ id }, async () => null))) notFound();
  const found = await mailboxMessage(id);
  if (!found) notFound();
  const { message, rendered, links, erased } = found;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={`/mailbox?to=${encodeURIComponent(message.recipient)}`}>Back to the mailbox</BackLink>
        <span className="govuk-caption-l">Email</span>
        <h1 className="govuk-heading-l">{rendered.subject}</h1>
        <SummaryList
          rows={[
            { key: "To", value: message.recipient },
            { key: "Written", value: formatDateTime(message.createdAt) },
            { key: "Status", value: message.status === "SENT" ? "Sent" : message.status === "FAILED" ? "Failed to send" : "In the outbox" },
          ]}
        />
        <h2 className="govuk-heading-m">Links in this email</h2>
        {erased ? (
          <InsetText>This email has been sent or has failed, so its sign-in links and codes have been erased from the outbox.</InsetText>
        ) : links.length ? (
          <ul className="govuk-list govuk-list--bullet" aria-label="Links in this email">
            {links.map((link, index) => (
              <li key={index}>
                <a className="govuk-link govuk-!-text-break-word" href={link.href}>
                  {link.text}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">This email has no links.</p>
        )}
        <h2 className="govuk-heading-m">The email as text</h2>
        <pre className="govuk-body govuk-!-text-break-word app-pre-wrap" data-testid="email-text">
          {rendered.text}
        </pre>
        <p className="govuk-body">
          <a className="govuk-link" href={`/mailbox/${message.id}/html`}>
            See the email as the recipient sees it (HTML)
          </a>
        </p>
      </div>
    </div>
  );
}
