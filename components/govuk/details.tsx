import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface DetailsProps {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  id?: string;
  className?: string;
}

/** A native `<details>`: works without JavaScript. */
export function Details({ summary, children, open, id, className }: DetailsProps) {
  return (
    <details id={id} className={classNames("govuk-details", className)} open={open || undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
