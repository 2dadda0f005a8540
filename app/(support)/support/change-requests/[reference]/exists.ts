// Does /support/change-requests/[reference] name a change request? Asked by the page and by
// proxy.ts (app/page-rules.ts), which turns away everyone but staff before it.
import "server-only";
import { db } from "@/lib/db";
import { CHANGE_REQUEST_REFERENCE } from "@/lib/dqt/reference";
import type { PageExists } from "@/lib/http/page-exists";

export const exists: PageExists<"reference"> = async ({ reference }) =>
  CHANGE_REQUEST_REFERENCE.test(reference) && (await (await db()).changeRequest.count({ where: { reference } })) > 0;
