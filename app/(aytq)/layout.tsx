import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AytqLayout } from "@/components/layout/service-layout";
import { AYTQ_SERVICE } from "@/components/layout/services";
import { currentAccount } from "@/lib/identity/session";
import { researchMode } from "@/lib/research/mode";

// `absolute`: the root layout's title template must not wrap this default a second time.
export const metadata: Metadata = {
  title: { absolute: AYTQ_SERVICE.defaultTitle, template: AYTQ_SERVICE.titleTemplate },
};

export default async function AytqRouteLayout({ children }: { children: ReactNode }) {
  return (
    <AytqLayout account={await currentAccount()} research={researchMode()}>
      {children}
    </AytqLayout>
  );
}
