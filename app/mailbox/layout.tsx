import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AytqLayout } from "@/components/layout/service-layout";
import { researchMode } from "@/lib/research/mode";
import { AYTQ_SERVICE } from "@/components/layout/services";

export const metadata: Metadata = {
  title: { default: "Mailbox", template: AYTQ_SERVICE.titleTemplate },
  robots: { index: false, follow: false },
};

export default function MailboxLayout({ children }: { children: ReactNode }) {
  return <AytqLayout research={researchMode()}>{children}</AytqLayout>;
}
