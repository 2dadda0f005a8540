import type { ReactNode } from "react";
import { classNames, describedBy as joinIds, hasContent } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Hint } from "./hint";
import { Label, type LabelOptions } from "./label";

export interface TextareaProps {
  name: string;
  /** Defaults to `name`; the error summary links to it. */
  id?: string;
  label: LabelOptions;
  hint?: ReactNode;
  /** A message makes the field erroneous; falsy means no error. */
  errorMessage?: ReactNode;
  /** The text to show (React 19 resets forms after an action, so echo the submitted value here). */
  defaultValue?: string;
  rows?: number;
  spellCheck?: boolean;
  autoComplete?: string;
  disabled?: boolean;
  /** Ids of other elements describing the textarea, before the hint and error ids. */
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
  /** Attributes for the form group (the character count's `data-*` settings). */
  formGroupAttributes?: Record<`data-${string}`, string | undefined>;
  /** Content after the textarea, inside the form group. */
  afterInput?: ReactNode;
}

export function Textarea({
  name,
  id = name,
  label,
  hint,
  errorMessage,
  defaultValue,
  rows = 5,
  spellCheck,
  autoComplete,
  disabled,
  describedBy,
  className,
  formGroupClassName,
  formGroupAttributes,
  afterInput,
}: TextareaProps) {
  const hasHint = hasContent(hint);
  const hasError = hasContent(errorMessage);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div
      className={classNames("govuk-form-group", hasError && "govuk-form-group--error", formGroupClassName)}
      {...formGroupAttributes}
    >
      <Label {...label} htmlFor={id} />
      {hasHint ? <Hint id={hintId}>{hint}</Hint> : null}
      {hasError ? <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage> : null}
      <textarea
        className={classNames("govuk-textarea", hasError && "govuk-textarea--error", className)}
        id={id}
        name={name}
        rows={rows}
        spellCheck={spellCheck}
        disabled={disabled || undefined}
        aria-describedby={joinIds(describedBy, hasHint && hintId, hasError && errorId)}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
      />
      {afterInput}
    </div>
  );
}
