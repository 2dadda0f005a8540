import type { Metadata } from "next";
import type { ReactNode } from "react";
import { GovukTemplate } from "@/components/govuk";
import { AYTQ_SERVICE } from "@/components/layout/services";

// `absolute`: the root layout's title template must not wrap this default a second time.
export const metadata: Metadata = {
  title: { absolute: AYTQ_SERVICE.defaultTitle, template: AYTQ_SERVICE.titleTemplate },
};

// Cookies, accessibility and privacy pages cover both services; they carry the AyTQ name.
export default function StaticPagesLayout({ children }: { children: ReactNode }) {
  return (
    <GovukTemplate serviceName={AYTQ_SERVICE.name} serviceUrl={AYTQ_SERVICE.url}>
      {children}
    </GovukTemplate>
  );
}
