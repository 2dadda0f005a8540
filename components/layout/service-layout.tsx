// The one layout of each service: GOV.UK's template with the service's name and, for someone
// signed in, its sections and "Sign out" in the service navigation.
import type { ReactNode } from "react";
import { GovukTemplate, PhaseBanner } from "@/components/govuk";
import type { IdentityAccount } from "@/lib/db/generated/client";
import { CurrentServiceNavigation } from "./current-service-navigation";
import { AYTQ_SERVICE, IDENTITY_SERVICE, type NavigationLink, type Service } from "./services";

interface LayoutProps {
  /** Research mode is on (lib/research/mode.ts): every page says this is not the real service. */
  research?: boolean;
  /** The signed-in account, if any (pages that never read the session leave it out and stay static). */
  account?: Pick<IdentityAccount, "role"> | null;
  children: ReactNode;
}

export function ServiceLayout({ service, account, links, research, children }: LayoutProps & { service: Service; links?: NavigationLink[] }) {
  return (
    <GovukTemplate
      extraBanner={research ? <ResearchBanner /> : undefined}
      serviceName={service.name}
      serviceUrl={service.url}
      serviceNavigation={
        account ? <CurrentServiceNavigation serviceName={service.name} serviceUrl={service.url} links={links ?? service.navigation(account.role)} /> : undefined
      }
    >
      {children}
    </GovukTemplate>
  );
}

export const AytqLayout = (props: LayoutProps) => <ServiceLayout service={AYTQ_SERVICE} {...props} />;
export const IdentityLayout = (props: LayoutProps) => <ServiceLayout service={IDENTITY_SERVICE} {...props} />;

/** Distinct from the phase banner, in the same style, on every page of a research version. */
export function ResearchBanner() {
  return (
    <PhaseBanner tag="Research" tagColour="purple" className="app-research-banner">
      This is a research version of the service. It does not use real data.
    </PhaseBanner>
  );
}
