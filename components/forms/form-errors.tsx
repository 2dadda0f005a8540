"use client";
// Client because it follows a server action's state. It renders the error summary and the
// page's <title>, prefixed "Error: " while there are errors: React puts the title in <head>,
// and since the server renders the same state for a post without JavaScript, the prefix is
// there with JavaScript off too. Pages using it set `metadata = { title: null }`, so theirs is
// the only <title>.
import { ErrorSummary } from "@/components/govuk";
import type { FieldProblem } from "@/lib/validation/form-state";

/** The page title (in full, see pageTitle) and GOV.UK's error summary linking to each field. */
export function FormErrors({ errors, title }: { errors: FieldProblem[]; title: string }) {
  if (errors.length === 0) return <title>{title}</title>;
  return (
    <>
      <title>{`Error: ${title}`}</title>
      <ErrorSummary errors={errors.map((error) => ({ text: error.message, href: `#${error.field}` }))} />
    </>
  );
}
