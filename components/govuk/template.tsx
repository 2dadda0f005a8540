import type { ReactNode } from "react";
import { CONTACT_EMAIL } from "@/lib/contact";
import { Footer, type FooterLink } from "./footer";
import { Header } from "./header";
import { PhaseBanner } from "./phase-banner";
import { ServiceNavigation, type ServiceNavigationItem } from "./service-navigation";
import { SkipLink } from "./skip-link";

const FOOTER_LINKS: FooterLink[] = [
  { href: "/accessibility", text: "Accessibility statement" },
  { href: "/cookies", text: "Cookies" },
  { href: "/privacy", text: "Privacy notice" },
];

export interface GovukTemplateProps {
  /** Shown in the service navigation, linking to `serviceUrl`. */
  serviceName: string;
  serviceUrl: string;
  /** The service's sections, if any, in the service navigation. */
  navigation?: ServiceNavigationItem[];
  /** Replaces the service navigation drawn from serviceName, serviceUrl and navigation. */
  serviceNavigation?: ReactNode;
  /** A second banner under the phase banner (the research version's). */
  extraBanner?: ReactNode;
  /** Before `<main>` inside the width container: a back link or breadcrumbs. */
  beforeContent?: ReactNode;
  /** The page, inside `<main id="main-content">`. */
  children: ReactNode;
}

/**
 * The body of govuk-frontend 6's page template: skip link; `<header>` with the GOV.UK
 * header, the service navigation and the phase banner; the width container with `<main>`;
 * `<footer>`. The root layout supplies `<html>` and `<body>`.
 */
export function GovukTemplate({ serviceName, serviceUrl, navigation, serviceNavigation, extraBanner, beforeContent, children }: GovukTemplateProps) {
  return (
    <>
      <SkipLink href="#main-content">Skip to main content</SkipLink>
      <header className="govuk-template__header">
        <Header />
        {serviceNavigation ?? <ServiceNavigation serviceName={serviceName} serviceUrl={serviceUrl} navigation={navigation} />}
        <PhaseBanner tag="Beta">
          This is a new service. Help us improve it and{" "}
          <a className="govuk-link" href={`mailto:${CONTACT_EMAIL}`}>
            give your feedback by email
          </a>
          .
        </PhaseBanner>
        {extraBanner}
      </header>
      <div className="govuk-width-container">
        {beforeContent}
        {/* auto-spacing: more space above the content when nothing comes before <main>. */}
        <main className="govuk-main-wrapper govuk-main-wrapper--auto-spacing" id="main-content">
          {children}
        </main>
      </div>
      <footer className="govuk-template__footer">
        <Footer meta={{ items: FOOTER_LINKS }} />
      </footer>
    </>
  );
}
