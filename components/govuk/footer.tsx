import type { ReactNode } from "react";
import { classNames } from "./class-names";
import { LicenceLogo } from "./licence-logo";
import { GovukLogo } from "./logo";

export interface FooterLink {
  href: string;
  text: ReactNode;
}

export interface FooterMeta {
  /** The hidden heading above the links. */
  visuallyHiddenTitle?: string;
  items?: FooterLink[];
  /** Free content under the links. */
  children?: ReactNode;
}

export interface FooterProps {
  meta?: FooterMeta;
  /** Replaces the Open Government Licence statement; `null` removes it with its logo. */
  contentLicence?: ReactNode | null;
  /** Replaces "© Crown copyright". */
  copyright?: ReactNode;
  className?: string;
  containerClassName?: string;
}

/** The GOV.UK footer: crown, support links, Open Government Licence and Crown copyright. */
export function Footer({ meta, contentLicence, copyright, className, containerClassName }: FooterProps) {
  return (
    <div className={classNames("govuk-footer", className)}>
      <div className={classNames("govuk-width-container", containerClassName)}>
        <GovukLogo className="govuk-footer__crown" useLogotype={false} />
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {meta ? (
              <>
                <h2 className="govuk-visually-hidden">{meta.visuallyHiddenTitle || "Support links"}</h2>
                {meta.items && meta.items.length > 0 ? (
                  <ul className="govuk-footer__inline-list">
                    {meta.items.map((item) => (
                      <li key={item.href} className="govuk-footer__inline-list-item">
                        <a className="govuk-footer__link" href={item.href}>
                          {item.text}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {meta.children ? <div className="govuk-footer__meta-custom">{meta.children}</div> : null}
              </>
            ) : null}
            {contentLicence === null ? null : (
              <>
                <LicenceLogo />{" "}
                <span className="govuk-footer__licence-description">
                  {contentLicence ?? (
                    <>
                      All content is available under the{" "}
                      <a className="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">
                        Open Government Licence v3.0
                      </a>
                      , except where otherwise stated
                    </>
                  )}
                </span>
              </>
            )}
          </div>
          <div className="govuk-footer__meta-item">
            <a
              className="govuk-footer__link govuk-footer__copyright-logo"
              href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/"
            >
              {copyright ?? "© Crown copyright"}
            </a>
          </div>
        </div>
      </div>
    </div>
  );
}
