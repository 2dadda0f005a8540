// Does /support/staff/[id] name a member of staff this viewer may manage? Only an admin may,
// and only staff (not teachers) have a page. Asked by the page and by proxy.ts
// (app/page-rules.ts). /support/staff/new is a page of its own, not a member's id.
import "server-only";
import { db } from "@/lib/db";
import type { PageExists } from "@/lib/http/page-exists";
import { hasAccess } from "@/lib/identity/roles";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const exists: PageExists<"id"> = async ({ id }, viewer) => {
  if (!UUID.test(id)) return false;
  const member = await (await db()).identityAccount.findUnique({ where: { id }, select: { role: true } });
  return !!member && hasAccess(member, "support") && hasAccess(await viewer(), "admin");
};
