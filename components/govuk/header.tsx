import type { ReactNode } from "react";
import { classNames } from "./class-names";
import { GovukLogo } from "./logo";

export interface HeaderProps {
  /** Where the GOV.UK logo links; the template's default is `//gov.uk`. */
  homepageUrl?: string;
  /** Only for products named "GOV.UK something"; a service's name belongs in `ServiceNavigation`. */
  productName?: ReactNode;
  /** Replaces `govuk-width-container` on the inner container (for example for a full-width header). */
  containerClassName?: string;
  className?: string;
}

/** The GOV.UK header with the 2025 brand logo. */
export function Header({ homepageUrl = "//gov.uk", productName, containerClassName, className }: HeaderProps) {
  return (
    <div className={classNames("govuk-header", className)}>
      <div className={classNames("govuk-header__container", containerClassName || "govuk-width-container")}>
        <div className="govuk-header__logo">
          <a href={homepageUrl} className="govuk-header__homepage-link">
            <GovukLogo className="govuk-header__logotype" ariaLabelText="GOV.UK" />
            {productName ? (
              <>
                {" "}
                <span className="govuk-header__product-name">{productName}</span>
              </>
            ) : null}
          </a>
        </div>
      </div>
    </div>
  );
}
