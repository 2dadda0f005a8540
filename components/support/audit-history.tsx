// The audit history of a teacher, newest first: who, when, what, and each value from → to.
import { Table } from "@/components/govuk";
import { ScrollContainer } from "@/components/layout/scroll-container";
import type { HistoryEvent } from "@/lib/support/teacher";

const WHEN = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit", hour12: true, timeZone: "Europe/London" });

/** "account.updated" → "Account updated". */
export function actionWords(action: string): string {
  const words = action.replace(/[.-]/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Json = Record<string, unknown> | null;

function show(value: unknown): string {
  if (value === null || value === undefined) return "(none)";
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value;
  return JSON.stringify(value);
}

/** Each field the event names, as "field: from → to" (or just the value, for a creation). */
export function changes(before: Json, after: Json): string[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.map((key) => {
    const hasBefore = before !== null && key in before;
    const hasAfter = after !== null && key in after;
    if (hasBefore && hasAfter) return `${key}: ${show(before![key])} → ${show(after![key])}`;
    return `${key}: ${show(hasAfter ? after![key] : before![key])}`;
  });
}

export function AuditHistory({ events }: { events: HistoryEvent[] }) {
  if (events.length === 0) return <p className="govuk-body">Nothing has been recorded yet.</p>;
  return (
    <ScrollContainer labelledBy="history-caption">
      <Table
        className="govuk-!-font-size-16"
        caption="Everything recorded about this teacher, newest first"
        captionClassName="govuk-visually-hidden"
        captionId="history-caption"
        head={[{ children: "When" }, { children: "Who" }, { children: "What" }, { children: "Changed" }]}
        rows={events.map((event) => ({
          key: event.id,
          cells: [
            { children: WHEN.format(event.occurredAt) },
            { children: event.who, className: "govuk-!-text-break-word" },
            { children: actionWords(event.action) },
            {
              children: changes(event.before as Json, event.after as Json).map((line, index) => (
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
