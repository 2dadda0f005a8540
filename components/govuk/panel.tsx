import type { ReactNode } from "react";
import { classNames } from "./class-names";

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface PanelProps {
  title: ReactNode;
  /** The title's heading level; 1 on a confirmation page, where the panel holds the page's h1. */
  headingLevel?: HeadingLevel;
  children?: ReactNode;
  className?: string;
}

/** The confirmation panel. */
export function Panel({ title, headingLevel = 1, children, className }: PanelProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={classNames("govuk-panel govuk-panel--confirmation", className)}>
      <Heading className="govuk-panel__title">{title}</Heading>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}
