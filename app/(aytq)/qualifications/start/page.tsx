import type { Metadata } from "next";
import { StartPageContent } from "@/components/aytq/start-page-content";
import { AYTQ_SERVICE } from "@/components/layout/services";

// The start page's title is the service name itself, so it is not repeated.
export const metadata: Metadata = { title: { absolute: AYTQ_SERVICE.defaultTitle } };

export default function StartPage() {
  return <StartPageContent />;
}
