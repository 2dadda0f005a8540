import type { AriaRole, ReactNode } from "react";
import { classNames } from "./class-names";

/** A fieldset's legend, as grouped form components take it. */
export interface LegendOptions {
  text: ReactNode;
  /** For example `govuk-fieldset__legend--l` (with `isPageHeading`) or `govuk-fieldset__legend--m`. */
  className?: string;
  /** Puts the legend's text in the page's h1, for a page that asks one question. */
  isPageHeading?: boolean;
}

export interface FieldsetProps {
  legend?: LegendOptions;
  /** Ids for `aria-describedby` (hint and error message of the group). */
  describedBy?: string;
  role?: AriaRole;
  className?: string;
  children: ReactNode;
}

export function Fieldset({ legend, describedBy, role, className, children }: FieldsetProps) {
  return (
    <fieldset className={classNames("govuk-fieldset", className)} role={role} aria-describedby={describedBy || undefined}>
      {legend ? (
        <legend className={classNames("govuk-fieldset__legend", legend.className)}>
          {legend.isPageHeading ? <h1 className="govuk-fieldset__heading">{legend.text}</h1> : legend.text}
        </legend>
      ) : null}
      {children}
    </fieldset>
  );
}
