import { Table, Tag } from "@/components/govuk";
import { ScrollContainer } from "@/components/layout/scroll-container";
import { formatDateTime } from "@/lib/format/dates";

interface Row {
  id: string;
  recipient: string;
  subject: string;
  status: string;
  createdAt: Date;
}

const STATUS_COLOUR = { PENDING: "grey", SENT: "green", FAILED: "red" } as const;
const STATUS_TEXT = { PENDING: "In outbox", SENT: "Sent", FAILED: "Failed" } as const;

export function MailboxTable({ messages }: { messages: Row[] }) {
  if (messages.length === 0) return <p className="govuk-body">There are no emails.</p>;
  return (
    <ScrollContainer label="Emails, newest first">
      <Table
        caption="Emails, newest first"
        captionClassName="govuk-table__caption--m"
        head={[{ children: "To" }, { children: "Subject" }, { children: "Written" }, { children: "Status" }]}
        rows={messages.map((message) => ({
          key: message.id,
          cells: [
            { children: message.recipient, className: "govuk-!-text-break-word" },
            {
              children: (
                <a className="govuk-link" href={`/mailbox/${message.id}`}>
                  {message.subject}
                </a>
              ),
            },
            { children: formatDateTime(message.createdAt) },
            {
              children: (
                <Tag colour={STATUS_COLOUR[message.status as keyof typeof STATUS_COLOUR]}>
                  {STATUS_TEXT[message.status as keyof typeof STATUS_TEXT] ?? message.status}
                </Tag>
              ),
            },
          ],
        }))}
      />
    </ScrollContainer>
  );
}
