"use client";
// Client because it follows a server action's state: the error summary and the "Error: "
// title prefix. Without JavaScript the page is rendered again by the server with the same
// state, so the summary is there too (see ErrorTitle for the title).
import { useEffect } from "react";
import { ErrorSummary } from "@/components/govuk";
import type { FieldProblem } from "@/lib/validation/form-state";

/** GOV.UK's error summary for a form's problems; each links to its field's id. */
export function FormErrors({ errors }: { errors: FieldProblem[] }) {
  useErrorTitle(errors.length > 0);
  if (errors.length === 0) return null;
  return <ErrorSummary errors={errors.map((error) => ({ text: error.message, href: `#${error.field}` }))} />;
}

const PREFIX = "Error: ";

/** Pages prefix their title with "Error: " while the form has errors. */
function useErrorTitle(hasErrors: boolean) {
  useEffect(() => {
    const title = document.title.startsWith(PREFIX) ? document.title.slice(PREFIX.length) : document.title;
    document.title = hasErrors ? `${PREFIX}${title}` : title;
  }, [hasErrors]);
}
