import type { Metadata } from "next";
import type { ReactNode } from "react";
import { IdentityLayout } from "@/components/layout/service-layout";
import { IDENTITY_SERVICE } from "@/components/layout/services";
import { currentAccount } from "@/lib/identity/session";
import { researchMode } from "@/lib/research/mode";

// `absolute`: the root layout's title template must not wrap this default a second time.
export const metadata: Metadata = {
  title: { absolute: IDENTITY_SERVICE.defaultTitle, template: IDENTITY_SERVICE.titleTemplate },
};

export default async function IdentityRouteLayout({ children }: { children: ReactNode }) {
  return (
    <IdentityLayout account={await currentAccount()} research={researchMode()}>
      {children}
    </IdentityLayout>
  );
}
