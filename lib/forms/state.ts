// What a server action gives back to its form (lib/forms/action.ts makes every action): the
// errors for the error summary and the fields, and the values typed, since React 19 resets
// uncontrolled inputs after an action. Safe for the browser: the form kit reads it.
import type { z } from "zod";
import type { DatePart } from "@/lib/validation/date-input";

export type { DatePart };
const DATE_PARTS: readonly DatePart[] = ["day", "month", "year"];

export interface FieldError {
  /** The field's name, as the form kit's field knows it (a date input's prefix, "dateOfBirth"). */
  field: string;
  message: string;
  /** For a date input, the boxes the error is about (all of them when absent). */
  parts?: DatePart[];
}

export type FormValues = Record<string, string | string[]>;

export interface FormState {
  errors: FieldError[];
  values: FormValues;
  /** A success message to show above the form (a GOV.UK success notification banner). */
  notice?: string;
  /** A full-page navigation the form makes itself (see lib/forms/action.ts's leaveFor). */
  redirectTo?: string;
  /** Counts the form's submissions, so a second failure is a new error summary that takes focus. */
  attempt?: number;
  /** Values to show once after success and never again (a new API key). */
  shown?: Record<string, string>;
}

export const emptyFormState: FormState = { errors: [], values: {} };

/** A form state showing these values, for a question page that already has an answer. */
export function initialState(values: Record<string, string | string[] | null | undefined>): FormState {
  const defined = Object.entries(values).filter((entry): entry is [string, string | string[]] => entry[1] != null);
  return { errors: [], values: Object.fromEntries(defined) };
}

/** The id the error summary links to: the field itself, or a date input's first box in error. */
export function errorTargetId(error: FieldError): string {
  if (!error.parts) return error.field;
  const first = DATE_PARTS.find((part) => error.parts!.includes(part)) ?? "day";
  return `${error.field}-${first}`;
}

export function errorFor(state: FormState | undefined, field: string): FieldError | undefined {
  return state?.errors.find((error) => error.field === field);
}

/** A typed-back value as one string (a text input), or "". */
export function valueOf(state: FormState | undefined, name: string): string {
  const value = state?.values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** A typed-back value as a list (checkboxes). */
export function valuesOf(state: FormState | undefined, name: string): string[] {
  const value = state?.values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** One message per field, the first zod gave; a date's custom issue names its boxes in `params.parts`. */
export function zodErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (seen.has(field)) continue;
    seen.add(field);
    const parts = issue.code === "custom" ? (issue.params as { parts?: DatePart[] } | undefined)?.parts : undefined;
    errors.push(parts ? { field, message: issue.message, parts } : { field, message: issue.message });
  }
  return errors;
}

/** A date input's three boxes (`<name>-day`…) filled from a stored calendar date (UTC midnight). */
export function dateValues(name: string, date: Date | null | undefined): Record<string, string> {
  if (!date) return {};
  return {
    [`${name}-day`]: String(date.getUTCDate()),
    [`${name}-month`]: String(date.getUTCMonth() + 1),
    [`${name}-year`]: String(date.getUTCFullYear()),
  };
}
