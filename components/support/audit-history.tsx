// The audit history of a teacher, newest first: when, who, what, and each change as a sentence
// (lib/support/history-words.ts).
import { Table } from "@/components/govuk";
import { ScrollContainer } from "@/components/layout/scroll-container";
import { formatDateTime } from "@/lib/format/dates";
import { actionWords, changeSentences } from "@/lib/support/history-words";
import type { HistoryEvent } from "@/lib/support/teacher";

type Json = Record<string, unknown> | null;

export function AuditHistory({ events }: { events: HistoryEvent[] }) {
  if (events.length === 0) return <p className="govuk-body">Nothing has been recorded yet.</p>;
  return (
    <ScrollContainer labelledBy="history-caption">
      <Table
        className="govuk-!-font-size-16"
        caption="Everything recorded about this teacher, newest first"
        captionClassName="govuk-visually-hidden"
        captionId="history-caption"
        head={[{ children: "When" }, { children: "Who" }, { children: "What" }, { children: "Details" }]}
        rows={events.map((event) => ({
          key: event.id,
          cells: [
            { children: formatDateTime(event.occurredAt) },
            { children: event.who, className: "govuk-!-text-break-word" },
            { children: actionWords(event.action) },
            {
              children: changeSentences(event.before as Json, event.after as Json).map((line, index) => (
                <span key={index} className="govuk-!-display-block">
                  {line}
                </span>
              )),
              className: "govuk-!-text-break-word",
            },
          ],
        }))}
      />
    </ScrollContainer>
  );
}
