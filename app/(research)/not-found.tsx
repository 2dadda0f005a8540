import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { RESEARCH_SERVICE } from "@/components/layout/services";

export const metadata: Metadata = { title: { absolute: `Page not found – ${RESEARCH_SERVICE.defaultTitle}` } };

export default function NotFound() {
  return <NotFoundContent />;
}
