import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface SkipLinkProps {
  /** The id of the main content; the page template's `<main>` is `#main-content`. */
  href?: string;
  children?: ReactNode;
  className?: string;
}

export function SkipLink({ href = "#main-content", children = "Skip to main content", className }: SkipLinkProps) {
  return (
    <a href={href} className={classNames("govuk-skip-link", className)} data-module="govuk-skip-link">
      {children}
    </a>
  );
}
