import type { Metadata } from "next";
import type { ReactNode } from "react";
import { GovukTemplate } from "@/components/govuk";
import { IDENTITY_SERVICE } from "@/components/layout/services";

// `absolute`: the root layout's title template must not wrap this default a second time.
export const metadata: Metadata = {
  title: { absolute: IDENTITY_SERVICE.defaultTitle, template: IDENTITY_SERVICE.titleTemplate },
};

export default function IdentityLayout({ children }: { children: ReactNode }) {
  return (
    <GovukTemplate serviceName={IDENTITY_SERVICE.name} serviceUrl={IDENTITY_SERVICE.url}>
      {children}
    </GovukTemplate>
  );
}
