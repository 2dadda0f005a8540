import type { ReactNode } from "react";

/**
 * How the region is named: `label` (aria-label) for a name of its own, or `labelledBy`
 * (aria-labelledby) for the id of something already on the page, such as the table's caption
 * or the heading above it, so the name cannot drift from the text people see.
 */
export type ScrollContainerName = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

/**
 * A table that may be wider than a phone: it scrolls inside this box instead of making the page
 * scroll sideways. A named, focusable region, so keyboard and screen reader users can reach
 * and scroll it (axe: scrollable-region-focusable). Styles: app/govuk.scss.
 */
export function ScrollContainer({ label, labelledBy, children }: ScrollContainerName & { children: ReactNode }) {
  return (
    <div className="app-scroll-container" role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
