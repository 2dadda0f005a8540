import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface ErrorMessageProps {
  id?: string;
  children: ReactNode;
  /** The hidden prefix read before the message; `false` leaves it out. */
  visuallyHiddenText?: string | false;
  className?: string;
}

export function ErrorMessage({ id, children, visuallyHiddenText = "Error", className }: ErrorMessageProps) {
  return (
    <p id={id} className={classNames("govuk-error-message", className)}>
      {visuallyHiddenText ? (
        <>
          <span className="govuk-visually-hidden">{visuallyHiddenText}:</span> {children}
        </>
      ) : (
        children
      )}
    </p>
  );
}
