import type { ReactNode } from "react";
import { classNames } from "./class-names";

/** The colours govuk-frontend 6 defines; no colour is the default (blue) tag. */
export type TagColour = "grey" | "green" | "turquoise" | "teal" | "purple" | "magenta" | "pink" | "red" | "orange" | "yellow";

export interface TagProps {
  children: ReactNode;
  colour?: TagColour;
  className?: string;
}

export function Tag({ children, colour, className }: TagProps) {
  return <strong className={classNames("govuk-tag", colour && `govuk-tag--${colour}`, className)}>{children}</strong>;
}
