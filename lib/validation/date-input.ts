// Reads a GOV.UK date input (day, month, year boxes) with the Design System's error wording,
// saying which boxes to highlight.
import { z } from "zod";
import { MONTH_NAMES } from "@/lib/format/dates";
import { dateOfBirthProblem, realDate } from "./primitives";

/** One box of a GOV.UK date input, as the error says which to highlight. */
export type DatePart = "day" | "month" | "year";

export interface DateInputValues {
  day: string;
  month: string;
  year: string;
}
export type DateInputResult = { ok: true; date: Date } | { ok: false; message: string; fields: DatePart[] };

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());

/** "3", "03", "mar" and "March" are all March: people type months all sorts of ways. */
function monthNumber(value: string): number {
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const typed = value.toLowerCase();
  const index = MONTHS.findIndex((month) => typed === month || typed === month.slice(0, 3));
  return index >= 0 ? index + 1 : NaN;
}

function joinParts(parts: DatePart[]): string {
  return parts.length === 1 ? `a ${parts[0]}` : `a ${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

export function parseDateInput(values: DateInputValues, label: string): DateInputResult {
  const trimmed = { day: values.day.trim(), month: values.month.trim(), year: values.year.trim() };
  const missing = (["day", "month", "year"] as const).filter((part) => trimmed[part] === "");
  const Label = label[0]!.toUpperCase() + label.slice(1);
  if (missing.length === 3) return { ok: false, message: `Enter your ${label}`, fields: ["day", "month", "year"] };
  if (missing.length > 0) return { ok: false, message: `${Label} must include ${joinParts(missing)}`, fields: missing };
  if (!/^\d{4}$/.test(trimmed.year)) return { ok: false, message: "Year must include 4 numbers", fields: ["year"] };

  const day = /^\d{1,2}$/.test(trimmed.day) ? Number(trimmed.day) : NaN;
  const month = monthNumber(trimmed.month);
  const date = realDate(Number(trimmed.year), month, day);
  if (!date) {
    const fields: DatePart[] = [];
    if (!(day >= 1 && day <= 31)) fields.push("day");
    if (!(month >= 1 && month <= 12)) fields.push("month");
    return { ok: false, message: `${Label} must be a real date`, fields: fields.length ? fields : ["day", "month", "year"] };
  }
  return { ok: true, date };
}

export function parseDateOfBirthInput(values: DateInputValues, now = new Date()): DateInputResult {
  const parsed = parseDateInput(values, "date of birth");
  if (!parsed.ok) return parsed;
  const problem = dateOfBirthProblem(parsed.date, now);
  return problem ? { ok: false, message: problem, fields: ["day", "month", "year"] } : parsed;
}

const box = z.string().catch("");

/**
 * A GOV.UK date input as a form schema field: the action door (lib/forms/action.ts) gathers
 * `<name>-day`, `-month` and `-year` into `{ day, month, year }`; an error names the boxes to
 * highlight. `check` adds a rule about the date itself (it highlights every box).
 */
export function dateInputField(label: string, check?: (date: Date) => string | null) {
  return z
    .preprocess((value) => (value && typeof value === "object" ? value : {}), z.object({ day: box, month: box, year: box }))
    .transform((values, ctx) => {
      const parsed = parseDateInput(values, label);
      const problem = parsed.ok ? (check?.(parsed.date) ?? null) : parsed.message;
      if (!parsed.ok || problem) {
        ctx.addIssue({ code: "custom", message: problem!, params: { parts: parsed.ok ? ["day", "month", "year"] : parsed.fields } });
        return z.NEVER;
      }
      return parsed.date;
    });
}

/** A date of birth: a real date, in the past, after 1900, at least 16 years ago. */
export const dateOfBirthField = () => dateInputField("date of birth", (date) => dateOfBirthProblem(date));
