// The GOV.UK field wrapper every field shares: the form group (with its red bar while the field is
// in error), and the hint and error message, whose ids the field's aria-describedby lists, in the
// Nunjucks templates' order.
import type { ReactNode } from "react";
import { classNames, describedBy as joinIds, hasContent } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Hint } from "./hint";

export interface FieldMessages {
  hasError: boolean;
  /** The ids for aria-describedby: any given first, then the hint's and the error message's. */
  describedBy: (...before: (string | undefined)[]) => string | undefined;
  /** The hint, then the error message, each only when it has content. */
  messages: ReactNode;
}

/** A field's hint and error message, with ids made from the field's id ("email-hint", "email-error"). */
export function fieldMessages(id: string, hint: ReactNode, errorMessage: ReactNode): FieldMessages {
  const hasHint = hasContent(hint);
  const hasError = hasContent(errorMessage);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return {
    hasError,
    describedBy: (...before) => joinIds(...before, hasHint && hintId, hasError && errorId),
    messages: (
      <>
        {hasHint ? <Hint id={hintId}>{hint}</Hint> : null}
        {hasError ? <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage> : null}
      </>
    ),
  };
}

export interface FormGroupProps {
  hasError: boolean;
  className?: string;
  /** data- attributes for a component's JavaScript (the character count's). */
  attributes?: Record<`data-${string}`, string | undefined>;
  children: ReactNode;
}

/** The form group around a field: `govuk-form-group--error` while it is in error. */
export function FormGroup({ hasError, className, attributes, children }: FormGroupProps) {
  return (
    <div className={classNames("govuk-form-group", hasError && "govuk-form-group--error", className)} {...attributes}>
      {children}
    </div>
  );
}
