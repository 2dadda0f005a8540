import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ServiceLayout } from "@/components/layout/service-layout";
import { RESEARCH_SERVICE } from "@/components/layout/services";
import { requireResearchMode } from "@/lib/research/mode";

export const metadata: Metadata = {
  title: { absolute: RESEARCH_SERVICE.defaultTitle, template: RESEARCH_SERVICE.titleTemplate },
  robots: { index: false, follow: false },
};

/** Only when research mode is on: elsewhere (production) every /research address is the 404 page. */
export default function ResearchLayout({ children }: { children: ReactNode }) {
  requireResearchMode();
  return (
    <ServiceLayout service={RESEARCH_SERVICE} research>
      {children}
    </ServiceLayout>
  );
}
