// Does /support/change-requests/[reference]/evidence name a document? A request that was sent,
// with one. Asked by proxy.ts (app/page-rules.ts) before the route handler, which gives
// the document a sandboxing policy of its own; the handler answers the same 404 itself
// (notFoundResponse) for a document that went meanwhile.
import "server-only";
import { db } from "@/lib/db";
import { CHANGE_REQUEST_REFERENCE } from "@/lib/dqt/reference";
import type { PageExists } from "@/lib/http/page-exists";

export const exists: PageExists<"reference"> = async ({ reference }) =>
  CHANGE_REQUEST_REFERENCE.test(reference) &&
  (await (await db()).changeRequest.count({ where: { reference, status: { not: "DRAFT" }, evidence: { isNot: null } } })) > 0;
