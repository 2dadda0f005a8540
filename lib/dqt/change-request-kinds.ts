// The kinds of change request as they appear in addresses (/account/record/name): a module of its
// own, without the database, so that proxy.ts can tell a known kind from a made-up one.
import type { ChangeRequestKind } from "@/lib/db/generated/enums";

export const KIND_SLUGS = { name: "NAME", "date-of-birth": "DATE_OF_BIRTH" } as const satisfies Record<string, ChangeRequestKind>;
export type KindSlug = keyof typeof KIND_SLUGS;

export function kindFromSlug(slug: string): ChangeRequestKind | null {
  return Object.hasOwn(KIND_SLUGS, slug) ? KIND_SLUGS[slug as KindSlug] : null;
}

export function slugOf(kind: ChangeRequestKind): KindSlug {
  return kind === "NAME" ? "name" : "date-of-birth";
}
