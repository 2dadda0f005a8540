// Does /account/requests/[reference] (and its sent and withdraw pages) name one of the viewer's
// own requests, once sent? A draft has no page of its own. Signed out, the page asks to sign in
// first. Asked by the pages and by proxy.ts (app/page-rules.ts).
import "server-only";
import { db } from "@/lib/db";
import { CHANGE_REQUEST_REFERENCE } from "@/lib/dqt/reference";
import type { PageExists } from "@/lib/http/page-exists";

export const exists: PageExists<"reference"> = async ({ reference }, viewer) => {
  const account = await viewer();
  if (!account) return true;
  if (!CHANGE_REQUEST_REFERENCE.test(reference)) return false;
  return (await (await db()).changeRequest.count({ where: { reference, requestedById: account.id, status: { not: "DRAFT" } } })) > 0;
};
