import type { HTMLAttributes, ReactNode } from "react";
import { classNames, hasContent } from "./class-names";
import { fieldMessages, FormGroup } from "./form-group";
import { Label, type LabelOptions } from "./label";

/** Fixed widths (in characters) or fluid widths (fractions of the container). */
export type InputWidth = 2 | 3 | 4 | 5 | 10 | 20 | 30 | "full" | "three-quarters" | "two-thirds" | "one-half" | "one-third" | "one-quarter";

export function inputWidthClass(width: InputWidth | undefined): string | undefined {
  if (width === undefined) return undefined;
  return typeof width === "number" ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;
}

export interface TextInputProps {
  name: string;
  /** Defaults to `name`; the error summary links to it. */
  id?: string;
  label: LabelOptions;
  hint?: ReactNode;
  /** A message makes the field erroneous; falsy means no error. */
  errorMessage?: ReactNode;
  /** The value to show (React 19 resets forms after an action, so echo the submitted value here). */
  defaultValue?: string;
  type?: "text" | "email" | "tel" | "url" | "number" | "password" | "search";
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  spellCheck?: boolean;
  autoCapitalize?: string;
  pattern?: string;
  disabled?: boolean;
  width?: InputWidth;
  /** Wider letter spacing, for codes and reference numbers such as a TRN. */
  extraLetterSpacing?: boolean;
  prefix?: ReactNode;
  suffix?: ReactNode;
  /** Ids of other elements describing the input, before the hint and error ids. */
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
}

/** A text input in its form group, with label, hint and error message wired to `aria-describedby`. */
export function TextInput({
  name,
  id = name,
  label,
  hint,
  errorMessage,
  defaultValue,
  type = "text",
  autoComplete,
  inputMode,
  spellCheck,
  autoCapitalize,
  pattern,
  disabled,
  width,
  extraLetterSpacing,
  prefix,
  suffix,
  describedBy,
  className,
  formGroupClassName,
}: TextInputProps) {
  const field = fieldMessages(id, hint, errorMessage);
  const hasError = field.hasError;

  const input = (
    <input
      className={classNames(
        "govuk-input",
        inputWidthClass(width),
        extraLetterSpacing && "govuk-input--extra-letter-spacing",
        className,
        hasError && "govuk-input--error",
      )}
      id={id}
      name={name}
      type={type}
      spellCheck={spellCheck}
      defaultValue={defaultValue}
      disabled={disabled || undefined}
      aria-describedby={field.describedBy(describedBy)}
      autoComplete={autoComplete}
      autoCapitalize={autoCapitalize}
      pattern={pattern}
      inputMode={inputMode}
    />
  );

  return (
    <FormGroup hasError={hasError} className={formGroupClassName}>
      <Label {...label} htmlFor={id} />
      {field.messages}
      {hasContent(prefix) || hasContent(suffix) ? (
        <div className="govuk-input__wrapper">
          {hasContent(prefix) ? (
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          ) : null}
          {input}
          {hasContent(suffix) ? (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          ) : null}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}
