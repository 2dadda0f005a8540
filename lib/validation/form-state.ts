// What a server action gives back to its form: the errors (for the error summary and the
// fields) and the values typed, since React 19 resets uncontrolled inputs after an action.
import type { z } from "zod";

export interface FieldProblem {
  /** The id of the input the error summary links to. */
  field: string;
  message: string;
}

export interface FormState {
  errors: FieldProblem[];
  values: Record<string, string>;
  /** A full-page navigation the form makes itself (see leaveForRouteHandler). */
  redirectTo?: string;
}

export const emptyFormState: FormState = { errors: [], values: {} };

/** The form's fields as strings (files and missing fields become ""). */
export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, typeof formData.get(name) === "string" ? String(formData.get(name)) : ""]));
}

export function fromZodError(error: z.ZodError, values: Record<string, string>): FormState {
  const seen = new Set<string>();
  const errors: FieldProblem[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (seen.has(field)) continue; // one message per field, the first
    seen.add(field);
    errors.push({ field, message: issue.message });
  }
  return { errors, values };
}

export function errorFor(state: FormState | undefined, field: string): string | undefined {
  return state?.errors.find((error) => error.field === field)?.message;
}
