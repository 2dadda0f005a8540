import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ServiceLayout } from "@/components/layout/service-layout";
import { SUPPORT_SERVICE } from "@/components/layout/services";
import { requireRole } from "@/lib/identity/session";
import { researchMode } from "@/lib/research/mode";
import { supportNavigation } from "@/lib/support/pages";
import { waitingCount } from "@/lib/support/queue";

// `absolute`: the root layout's title template must not wrap this default a second time.
export const metadata: Metadata = {
  title: { absolute: SUPPORT_SERVICE.defaultTitle, template: SUPPORT_SERVICE.titleTemplate },
  robots: { index: false, follow: false },
};

/** Staff only: anyone else gets the GOV.UK 404 page (proxy.ts turns them away before this too). */
export default async function SupportRouteLayout({ children }: { children: ReactNode }) {
  const staff = await requireRole("support");
  return (
    <ServiceLayout service={SUPPORT_SERVICE} account={staff} links={supportNavigation(staff.role, await waitingCount())} research={researchMode()}>
      {children}
    </ServiceLayout>
  );
}
