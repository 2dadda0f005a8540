import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface InsetTextProps {
  children: ReactNode;
  id?: string;
  className?: string;
}

export function InsetText({ children, id, className }: InsetTextProps) {
  return (
    <div id={id} className={classNames("govuk-inset-text", className)}>
      {children}
    </div>
  );
}
