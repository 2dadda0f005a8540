import type { ReactNode } from "react";
import { classNames } from "./class-names";

/** A field's label, as form components take it. */
export interface LabelOptions {
  text: ReactNode;
  /** For example `govuk-label--l` (with `isPageHeading`) or `govuk-visually-hidden`. */
  className?: string;
  /** Wraps the label in the page's h1, for a page that asks one question. */
  isPageHeading?: boolean;
}

export interface LabelProps extends LabelOptions {
  htmlFor?: string;
}

export function Label({ text, className, isPageHeading, htmlFor }: LabelProps) {
  const label = (
    <label className={classNames("govuk-label", className)} htmlFor={htmlFor}>
      {text}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
