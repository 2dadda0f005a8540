import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { IDENTITY_SERVICE } from "@/components/layout/services";

export const metadata: Metadata = { title: { absolute: `Page not found – ${IDENTITY_SERVICE.defaultTitle}` } };

// notFound() in this group's pages: inside the group's layout, which already draws the template.
export default function NotFound() {
  return <NotFoundContent />;
}
