// The change request queue's parts: when a request is due, and the change it asks for.
import { Tag } from "@/components/govuk";
import { requestedValue } from "@/lib/dqt/change-requests";
import { formatDate } from "@/lib/format/dates";
import type { Due } from "@/lib/format/working-days";
import { fullName } from "@/lib/dqt/wording";

/** "2 December 2026" and, when it has come or gone, a tag saying so. */
export function DueDate({ due }: { due: Due }) {
  return (
    <>
      <span className="govuk-!-display-block">{formatDate(due.day)}</span>
      {due.state === "overdue" ? <Tag colour="red">Overdue</Tag> : due.state === "due-today" ? <Tag colour="orange">Due today</Tag> : null}
    </>
  );
}

type Value = { firstName: string | null; middleName: string | null; lastName: string | null; dateOfBirth: Date | null };

/** The value on the record, in the request's kind: "Daniel Osei", "3 February 1990". */
export function recordValueText(kind: "NAME" | "DATE_OF_BIRTH", value: Value): string {
  if (kind === "NAME") return fullName({ firstName: value.firstName ?? "", middleName: value.middleName, lastName: value.lastName ?? "" });
  return value.dateOfBirth ? formatDate(value.dateOfBirth) : "";
}

/** "Daniel Osei → Daniel Osei-Bonsu": the record now and what the teacher asked for. */
export function ChangeText({ request, current }: { request: Value & { kind: "NAME" | "DATE_OF_BIRTH" }; current: Value }) {
  const value = requestedValue(request);
  const requested = value ? (value.kind === "NAME" ? fullName(value) : formatDate(value.dateOfBirth)) : "";
  return (
    <span className="govuk-!-text-break-word">
      {recordValueText(request.kind, current)} <span aria-hidden="true">→</span>
      <span className="govuk-visually-hidden">changed to</span> {requested}
    </span>
  );
}
