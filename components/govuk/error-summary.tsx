import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface ErrorSummaryItem {
  text: ReactNode;
  /** `#` and the id of the field to fix (for a date input, its first erroneous item). */
  href?: string;
}

export interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  title?: ReactNode;
  description?: ReactNode;
  /** With GOV.UK Frontend's JavaScript the summary takes focus unless this is true. */
  disableAutoFocus?: boolean;
  className?: string;
}

/**
 * The error summary, placed at the top of `<main>` above the h1 when a form has errors.
 * Its links go to the fields' ids; pages also prefix their `<title>` with "Error: ".
 */
export function ErrorSummary({ errors, title = "There is a problem", description, disableAutoFocus, className }: ErrorSummaryProps) {
  return (
    <div
      className={classNames("govuk-error-summary", className)}
      data-disable-auto-focus={disableAutoFocus === undefined ? undefined : String(disableAutoFocus)}
      data-module="govuk-error-summary"
    >
      {/* role="alert" sits on a child so focusing the summary does not race the announcement. */}
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          {errors.length > 0 ? (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error, index) => (
                <li key={error.href ?? index}>{error.href ? <a href={error.href}>{error.text}</a> : error.text}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
