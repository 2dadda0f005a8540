import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface ServiceNavigationItem {
  /** Without an href the item is plain text. */
  href?: string;
  text: ReactNode;
  /** The user is on this exact page: `aria-current="page"`. */
  current?: boolean;
  /** The user is somewhere in this section: `aria-current="true"`. */
  active?: boolean;
}

export interface ServiceNavigationProps {
  serviceName?: ReactNode;
  /** The service's home; without it the name is plain text. */
  serviceUrl?: string;
  navigation?: ServiceNavigationItem[];
  /** The `<nav>`'s label; defaults to the menu button text. */
  navigationLabel?: string;
  menuButtonText?: string;
  /** The menu button's `aria-label`, when it should differ from its text. */
  menuButtonLabel?: string;
  navigationId?: string;
  /** More than one item collapses into a menu button on small screens unless this says otherwise. */
  collapseNavigationOnMobile?: boolean;
  /** The label of the `<section>` landmark that holds the service name. */
  ariaLabel?: string;
  className?: string;
  navigationClassName?: string;
}

/** The service navigation: the service's name and, optionally, its main sections. */
export function ServiceNavigation({
  serviceName,
  serviceUrl,
  navigation = [],
  navigationLabel,
  menuButtonText = "Menu",
  menuButtonLabel,
  navigationId = "navigation",
  collapseNavigationOnMobile,
  ariaLabel = "Service information",
  className,
  navigationClassName,
}: ServiceNavigationProps) {
  const collapse = collapseNavigationOnMobile ?? navigation.length > 1;

  const inner = (
    <div className="govuk-width-container">
      <div className="govuk-service-navigation__container">
        {serviceName ? (
          <span className="govuk-service-navigation__service-name">
            {serviceUrl ? (
              <a href={serviceUrl} className="govuk-service-navigation__link">
                {serviceName}
              </a>
            ) : (
              <span className="govuk-service-navigation__text">{serviceName}</span>
            )}
          </span>
        ) : null}
        {navigation.length > 0 ? (
          <nav aria-label={navigationLabel || menuButtonText} className={classNames("govuk-service-navigation__wrapper", navigationClassName)}>
            {collapse ? (
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={navigationId}
                aria-label={menuButtonLabel && menuButtonLabel !== menuButtonText ? menuButtonLabel : undefined}
                hidden
                aria-hidden="true"
              >
                {menuButtonText}
              </button>
            ) : null}
            <ul className="govuk-service-navigation__list" id={navigationId}>
              {navigation.map((item, index) => (
                <ServiceNavigationListItem key={index} item={item} />
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </div>
  );

  // With a service name the template makes a <section> landmark; a bare list is landmarked by its <nav>.
  return serviceName ? (
    <section aria-label={ariaLabel} className={classNames("govuk-service-navigation", className)} data-module="govuk-service-navigation">
      {inner}
    </section>
  ) : (
    <div className={classNames("govuk-service-navigation", className)} data-module="govuk-service-navigation">
      {inner}
    </div>
  );
}

function ServiceNavigationListItem({ item }: { item: ServiceNavigationItem }) {
  const isActive = Boolean(item.active || item.current);
  const ariaCurrent = isActive ? (item.current ? "page" : "true") : undefined;
  // Active items are also bold so that users who override colours still see which one it is.
  const content = isActive ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text;
  return (
    <li className={classNames("govuk-service-navigation__item", isActive && "govuk-service-navigation__item--active")}>
      {item.href ? (
        <a className="govuk-service-navigation__link" href={item.href} aria-current={ariaCurrent}>
          {content}
        </a>
      ) : (
        <span className="govuk-service-navigation__text" aria-current={ariaCurrent}>
          {content}
        </span>
      )}
    </li>
  );
}
