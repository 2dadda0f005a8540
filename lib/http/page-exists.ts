// The shape of a page's "does this exist" rule: an `exists.ts` beside the page, in its route folder,
// which the page calls before it draws anything and proxy.ts calls before the page runs
// (lib/http/missing-pages.ts), so that an address naming nothing gets the GOV.UK 404 page as real
// HTML: Next.js 16 draws a page's own notFound() only with JavaScript (lib/next-seams/README.md).
import type { IdentityAccount } from "@/lib/db";

/** The signed-in account, looked up only when a rule needs it (null: nobody signed in). */
export type Viewer = () => Promise<IdentityAccount | null>;

/**
 * Whether the page exists for this viewer, given its route's parameters (decoded). Signed out:
 * true where the page asks to sign in first. Cheap, indexed checks only: proxy.ts runs it.
 */
export type PageExists<Param extends string> = (params: Record<Param, string>, viewer: Viewer) => Promise<boolean>;

/** A viewer already known (a page that has the account), for calling a rule from the page. */
export const knownViewer =
  (account: IdentityAccount | null): Viewer =>
  async () =>
    account;
