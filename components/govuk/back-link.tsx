import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface BackLinkProps {
  href: string;
  children?: ReactNode;
  /** `govuk-back-link--inverse` on dark backgrounds. */
  className?: string;
}

/** A back link; it belongs before `<main>` (the page template's `beforeContent`). */
export function BackLink({ href, children = "Back", className }: BackLinkProps) {
  return (
    <a href={href} className={classNames("govuk-back-link", className)}>
      {children}
    </a>
  );
}
