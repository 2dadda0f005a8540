import type { HTMLAttributes, ReactNode } from "react";
import { classNames, describedBy as joinIds, hasContent } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Hint } from "./hint";
import { Label, type LabelOptions } from "./label";

/** Fixed widths (in characters) or fluid widths (fractions of the container). */
export type InputWidth =
  | 2
  | 3
  | 4
  | 5
  | 10
  | 20
  | 30
  | "full"
  | "three-quarters"
  | "two-thirds"
  | "one-half"
  | "one-third"
  | "one-quarter";

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
  const hasHint = hasContent(hint);
  const hasError = hasContent(errorMessage);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

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
      aria-describedby={joinIds(describedBy, hasHint && hintId, hasError && errorId)}
      autoComplete={autoComplete}
      autoCapitalize={autoCapitalize}
      pattern={pattern}
      inputMode={inputMode}
    />
  );

  return (
    <div className={classNames("govuk-form-group", hasError && "govuk-form-group--error", formGroupClassName)}>
      <Label {...label} htmlFor={id} />
      {hasHint ? <Hint id={hintId}>{hint}</Hint> : null}
      {hasError ? <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage> : null}
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
    </div>
  );
}
