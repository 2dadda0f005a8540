import type { ReactNode } from "react";
import { classNames } from "./class-names";
import { fieldMessages, FormGroup } from "./form-group";
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
  const field = fieldMessages(id, hint, errorMessage);
  const hasError = field.hasError;
  const input = (
    <input
      className={classNames("govuk-file-upload", className, hasError && "govuk-file-upload--error")}
      id={id}
      name={name}
      type="file"
      disabled={disabled || undefined}
      multiple={multiple || undefined}
      aria-describedby={field.describedBy(describedBy)}
      accept={accept}
    />
  );
  return (
    <FormGroup hasError={hasError} className={formGroupClassName}>
      <Label {...label} htmlFor={id} />
      {field.messages}
      {javascript ? (
        <div className="govuk-file-upload-wrapper" data-module="govuk-file-upload">
          {input}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}
