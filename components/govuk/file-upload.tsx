import type { ReactNode } from "react";
import { classNames, describedBy as joinIds, hasContent } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Hint } from "./hint";
import { Label, type LabelOptions } from "./label";

export interface FileUploadProps {
  name: string;
  /** Defaults to `name`; the error summary links to it. */
  id?: string;
  label: LabelOptions;
  hint?: ReactNode;
  /** A message makes the field erroneous; falsy means no error. */
  errorMessage?: ReactNode;
  /** File types the picker offers, for example `".pdf,.jpg,.jpeg,.png"`; the server must still check. */
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  /** Ids of other elements describing the input, before the hint and error ids. */
  describedBy?: string;
  /** Lets GOV.UK Frontend's JavaScript replace the native control with its drop zone. */
  javascript?: boolean;
  className?: string;
  formGroupClassName?: string;
}

/** A file input; the form needs `encType="multipart/form-data"` unless it posts to a server action. */
export function FileUpload({
  name,
  id = name,
  label,
  hint,
  errorMessage,
  accept,
  multiple,
  disabled,
  describedBy,
  javascript,
  className,
  formGroupClassName,
}: FileUploadProps) {
  const hasHint = hasContent(hint);
  const hasError = hasContent(errorMessage);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const input = (
    <input
      className={classNames("govuk-file-upload", className, hasError && "govuk-file-upload--error")}
      id={id}
      name={name}
      type="file"
      disabled={disabled || undefined}
      multiple={multiple || undefined}
      aria-describedby={joinIds(describedBy, hasHint && hintId, hasError && errorId)}
      accept={accept}
    />
  );
  return (
    <div className={classNames("govuk-form-group", hasError && "govuk-form-group--error", formGroupClassName)}>
      <Label {...label} htmlFor={id} />
      {hasHint ? <Hint id={hintId}>{hint}</Hint> : null}
      {hasError ? <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage> : null}
      {javascript ? (
        <div className="govuk-file-upload-wrapper" data-module="govuk-file-upload">
          {input}
        </div>
      ) : (
        input
      )}
    </div>
  );
}
