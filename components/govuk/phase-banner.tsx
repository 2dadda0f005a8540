import type { ReactNode } from "react";
import { classNames } from "./class-names";
import { Tag, type TagColour } from "./tag";

export interface PhaseBannerProps {
  /** The phase, for example "Beta". */
  tag: ReactNode;
  tagColour?: TagColour;
  /** The banner's text, usually with a feedback link. */
  children: ReactNode;
  className?: string;
}

/** The phase banner. govuk-frontend 6 gives it its own width container and expects it inside `<header>`. */
export function PhaseBanner({ tag, tagColour, children, className }: PhaseBannerProps) {
  return (
    <div className={classNames("govuk-phase-banner govuk-width-container", className)}>
      <p className="govuk-phase-banner__content">
        <Tag colour={tagColour} className="govuk-phase-banner__content__tag">
          {tag}
        </Tag>{" "}
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}
