import type { ReactNode } from "react";

/**
 * A table that may be wider than a phone: it scrolls inside this box instead of making the page
 * scroll sideways. A named, focusable region, so keyboard and screen reader users can reach
 * and scroll it (axe: scrollable-region-focusable). Styles: app/govuk.scss.
 */
export function ScrollContainer({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-scroll-container" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
