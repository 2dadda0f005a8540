import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { SUPPORT_SERVICE } from "@/components/layout/services";

export const metadata: Metadata = { title: { absolute: `Page not found – ${SUPPORT_SERVICE.defaultTitle}` } };

// notFound() in a support page (a staff member following a stale link): inside the console's layout.
export default function NotFound() {
  return <NotFoundContent />;
}
