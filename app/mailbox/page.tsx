import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WarningText } from "@/components/govuk";
import { MailboxTable } from "@/components/mailbox/mailbox-table";
import { listMailbox, mailboxEnabled } from "@/lib/email/mailbox";

export const metadata: Metadata = { title: "Mailbox" };
export const dynamic = "force-dynamic";

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string | string[] }> }) {
  if (!mailboxEnabled()) notFound();
  const { to } = await searchParams;
  const recipient = typeof to === "string" && to.trim() ? to.trim() : undefined;
  const messages = await listMailbox({ to: recipient });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Mailbox</h1>
        <WarningText>
          This mailbox is for trying the service. It shows every email the service has written, to anyone. It does not exist in production, where email goes to
          real inboxes.
        </WarningText>
        <form method="get" action="/mailbox" className="govuk-!-margin-bottom-6">
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="to">
              Show emails to
            </label>
            <input className="govuk-input govuk-input--width-20" id="to" name="to" type="email" spellCheck={false} defaultValue={recipient} />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Show emails
          </button>
          {recipient ? (
            <p className="govuk-body">
              <a className="govuk-link" href="/mailbox">
                Show all emails
              </a>
            </p>
          ) : null}
        </form>
        <MailboxTable messages={messages} />
      </div>
    </div>
  );
}
