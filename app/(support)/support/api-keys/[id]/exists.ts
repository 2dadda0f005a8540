// Does /support/api-keys/[id] name a key an admin can still revoke? A revoked key has no page:
// there is nothing left to do with it. Asked by the revoke page and by proxy.ts (app/page-rules.ts).
import "server-only";
import type { PageExists } from "@/lib/http/page-exists";
import { activeApiKey } from "@/lib/identity/api-keys";
import { hasAccess } from "@/lib/identity/roles";

export const exists: PageExists<"id"> = async ({ id }, viewer) => hasAccess(await viewer(), "admin") && !!(await activeApiKey(id));
