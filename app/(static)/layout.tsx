import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AytqLayout } from "@/components/layout/service-layout";
import { researchMode } from "@/lib/research/mode";
import { AYTQ_SERVICE } from "@/components/layout/services";

// `absolute`: the root layout's title template must not wrap this default a second time.
export const metadata: Metadata = {
  title: { absolute: AYTQ_SERVICE.defaultTitle, template: AYTQ_SERVICE.titleTemplate },
};

// Rendered at request time, not at build: whether the research banner shows is the running
// server's setting (lib/research/mode.ts), and a build made without APP_ENV=production must not
// carry it into production.
export const dynamic = "force-dynamic";

// Cookies, accessibility and privacy pages cover both services; they carry the AyTQ name.
export default function StaticPagesLayout({ children }: { children: ReactNode }) {
  return <AytqLayout research={researchMode()}>{children}</AytqLayout>;
}
