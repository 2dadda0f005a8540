// Does /account/record/[kind] (and its evidence and check pages) name a change this viewer may
// ask for? A kind we know, and an account with a record. Signed out, the page asks to sign in
// first. Asked by the pages (lib/identity/request-journey.ts) and by proxy.ts
// (app/page-rules.ts).
import "server-only";
import { kindFromSlug } from "@/lib/dqt/change-request-kinds";
import type { PageExists } from "@/lib/http/page-exists";
import { kindToChange } from "@/lib/identity/request-journey";

export const exists: PageExists<"kind"> = async ({ kind }, viewer) => {
  if (!kindFromSlug(kind)) return false;
  const account = await viewer();
  return !account || kindToChange(kind, account) !== null;
};
