import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AytqLayout } from "@/components/layout/service-layout";
import { AYTQ_SERVICE } from "@/components/layout/services";

// `absolute`: the root layout's title template must not wrap this default a second time.
export const metadata: Metadata = {
  title: { absolute: AYTQ_SERVICE.defaultTitle, template: AYTQ_SERVICE.titleTemplate },
};

// Cookies, accessibility and privacy pages cover both services; they carry the AyTQ name.
export default function StaticPagesLayout({ children }: { children: ReactNode }) {
  return (
    <AytqLayout>
      {children}
    </AytqLayout>
  );
}
