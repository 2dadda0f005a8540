import type { ReactNode } from "react";
import { classNames } from "./class-names";
import { fieldMessages, FormGroup } from "./form-group";
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
  const field = fieldMessages(id, hint, errorMessage);
  const hasError = field.hasError;
  return (
    <FormGroup hasError={hasError} className={formGroupClassName} attributes={formGroupAttributes}>
      <Label {...label} htmlFor={id} />
      {field.messages}
      <textarea
        className={classNames("govuk-textarea", hasError && "govuk-textarea--error", className)}
        id={id}
        name={name}
        rows={rows}
        spellCheck={spellCheck}
        disabled={disabled || undefined}
        aria-describedby={field.describedBy(describedBy)}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
      />
      {afterInput}
    </FormGroup>
  );
}
