// Does /account/record/[kind] (and its evidence and check pages) name a change this viewer may
// ask for? A kind we know, and an account with a record. Signed out, the page asks to sign in
// first. Asked by the pages (lib/identity/request-journey.ts) and by proxy.ts
// (lib/http/missing-pages.ts).
import "server-only";
import { kindFromSlug } from "@/lib/dqt/change-request-kinds";
import type { PageExists } from "@/lib/http/page-exists";

/** The kind of change asked for, when this account may ask for it; null when the page is not there. */
export function kindToChange(slug: string, account: { trn: string | null }) {
  const kind = kindFromSlug(slug);
  return kind && account.trn ? { kind, trn: account.trn } : null;
}

export const exists: PageExists<"kind"> = async ({ kind }, viewer) => {
  if (!kindFromSlug(kind)) return false;
  const account = await viewer();
  return !account || kindToChange(kind, account) !== null;
};
