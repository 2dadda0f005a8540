import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { SUPPORT_SERVICE } from "@/components/layout/services";
import { requireRole } from "@/lib/identity/session";

export const metadata: Metadata = { title: { absolute: `Page not found – ${SUPPORT_SERVICE.defaultTitle}` } };

/**
 * The console's 404 page, inside the console's layout: proxy.ts rewrites a staff member's address
 * that names nothing (a stale link to a teacher or a request, an admin page for support) here
 * with status 404, as real HTML. Anyone else gets the service's own 404 page, which says nothing
 * of the console. (app/(support)/not-found.tsx is the same for a page's own notFound().)
 */
export default async function ConsolePageNotFound() {
  await requireRole("support");
  return <NotFoundContent />;
}
