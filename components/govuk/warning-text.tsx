import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface WarningTextProps {
  children: ReactNode;
  /** Read out before the text in place of the "!" icon. */
  iconFallbackText?: string;
  className?: string;
}

export function WarningText({ children, iconFallbackText = "Warning", className }: WarningTextProps) {
  return (
    <div className={classNames("govuk-warning-text", className)}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText}</span> {children}
      </strong>
    </div>
  );
}
