// Route glue for the pages that ask to change the teaching record (/account/record/<kind>…):
// the signed-in teacher with a record, the kind from the address, and where they are in it.
import "server-only";
import { notFound } from "next/navigation";
import { draftOf, kindFromSlug, openRequest, type ChangeRequestKind, type ChangeRequestWithEvidence } from "@/lib/dqt/change-requests";
import type { IdentityAccount } from "@/lib/db";
import { requireAccount } from "./session";

export interface RequestJourney {
  account: IdentityAccount & { trn: string };
  kind: ChangeRequestKind;
  slug: string;
  /** A request of this kind already waiting for staff: no second one can be started. */
  waiting: { reference: string } | null;
  draft: ChangeRequestWithEvidence | null;
}

/** Anyone without a record, or an unknown kind, gets the 404 page: there is nothing to change. */
export async function requestJourney(slug: string, page: string): Promise<RequestJourney> {
  const account = await requireAccount(page);
  // The pages' own rule, which proxy.ts asks too (app/(identity)/account/record/[kind]/exists.ts).
  const changing = kindToChange(slug, account);
  if (!changing) notFound();
  const { kind, trn } = changing;
  const [waiting, draft] = await Promise.all([openRequest(trn, kind), draftOf(account, kind)]);
  return { account: { ...account, trn }, kind, slug, waiting: waiting ? { reference: waiting.reference } : null, draft };
}

/** The kind of change asked for, when this account may ask for it; null when the page is not there. */
export function kindToChange(slug: string, account: { trn: string | null }) {
  const kind = kindFromSlug(slug);
  return kind && account.trn ? { kind, trn: account.trn } : null;
}
