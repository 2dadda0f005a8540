import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { HydrationSignal } from "@/components/layout/hydration-signal";
import { AYTQ_SERVICE } from "@/components/layout/services";
import "./govuk.scss";

// govuk-frontend's template: brand blue for the browser's chrome.
const THEME_COLOUR = "#1d70b8";

export const metadata: Metadata = {
  title: { default: AYTQ_SERVICE.defaultTitle, template: AYTQ_SERVICE.titleTemplate },
  icons: {
    icon: [
      { url: "/assets/images/favicon.ico", sizes: "48x48" },
      { url: "/assets/images/favicon.svg", sizes: "any", type: "image/svg+xml" },
    ],
    apple: "/assets/images/govuk-icon-180.png",
    other: [{ rel: "mask-icon", url: "/assets/images/govuk-icon-mask.svg", color: THEME_COLOUR }],
  },
  manifest: "/assets/manifest.json",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: THEME_COLOUR,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className="govuk-template">
      {/* init.mjs adds js-enabled and govuk-frontend-supported to the body before React hydrates it. */}
      <body className="govuk-template__body" suppressHydrationWarning>
        {children}
        <HydrationSignal />
        <script type="module" src="/js/init.mjs" />
      </body>
    </html>
  );
}
