import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { AytqLayout } from "@/components/layout/service-layout";
import { AYTQ_SERVICE } from "@/components/layout/services";

export const metadata: Metadata = { title: { absolute: `Page not found – ${AYTQ_SERVICE.defaultTitle}` } };

// For addresses that match no page: it renders outside the route groups' layouts, so it brings the template itself.
export default function NotFound() {
  return (
    <AytqLayout>
      <NotFoundContent />
    </AytqLayout>
  );
}
