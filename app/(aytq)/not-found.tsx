import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { AYTQ_SERVICE } from "@/components/layout/services";

export const metadata: Metadata = { title: { absolute: `Page not found – ${AYTQ_SERVICE.defaultTitle}` } };

// notFound() in this group's pages: inside the group's layout, which already draws the template.
export default function NotFound() {
  return <NotFoundContent />;
}
