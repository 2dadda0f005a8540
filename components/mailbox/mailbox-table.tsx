import { Tag } from "@/components/govuk";
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
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Emails, newest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">To</th>
            <th scope="col" className="govuk-table__header">Subject</th>
            <th scope="col" className="govuk-table__header">Written</th>
            <th scope="col" className="govuk-table__header">Status</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {messages.map((message) => (
            <tr key={message.id} className="govuk-table__row">
              <td className="govuk-table__cell govuk-!-text-break-word">{message.recipient}</td>
              <td className="govuk-table__cell">
                <a className="govuk-link" href={`/mailbox/${message.id}`}>
                  {message.subject}
                </a>
              </td>
              <td className="govuk-table__cell">{formatDateTime(message.createdAt)}</td>
              <td className="govuk-table__cell">
                <Tag colour={STATUS_COLOUR[message.status as keyof typeof STATUS_COLOUR]}>{STATUS_TEXT[message.status as keyof typeof STATUS_TEXT] ?? message.status}</Tag>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollContainer>
  );
}
