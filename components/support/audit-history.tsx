// The audit history of a teacher, newest first: who, when, what, and each value from → to.
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
    <div className="app-scroll-container" tabIndex={0} role="region" aria-labelledby="history-caption">
      <table className="govuk-table govuk-!-font-size-16">
        <caption className="govuk-table__caption govuk-visually-hidden" id="history-caption">
          Everything recorded about this teacher, newest first
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">When</th>
            <th scope="col" className="govuk-table__header">Who</th>
            <th scope="col" className="govuk-table__header">What</th>
            <th scope="col" className="govuk-table__header">Changed</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {events.map((event) => (
            <tr key={event.id} className="govuk-table__row">
              <td className="govuk-table__cell">{WHEN.format(event.occurredAt)}</td>
              <td className="govuk-table__cell govuk-!-text-break-word">{event.who}</td>
              <td className="govuk-table__cell">{actionWords(event.action)}</td>
              <td className="govuk-table__cell govuk-!-text-break-word">
                {changes(event.before as Json, event.after as Json).map((line, index) => (
                  <span key={index} className="govuk-!-display-block">
                    {line}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
