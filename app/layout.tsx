import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { HydrationSignal } from "@/components/layout/hydration-signal";
import { AYTQ_SERVICE } from "@/components/layout/services";
import { nonceFromHeaders } from "@/lib/http/security-headers";
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

// Reads the request's CSP nonce (proxy.ts), so every page is rendered per request: a nonce
// cannot be baked into a page prerendered at build time.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = nonceFromHeaders(await headers());
  return (
    <html lang="en" className="govuk-template">
      {/* init.mjs adds js-enabled and govuk-frontend-supported to the body before React hydrates it. */}
      <body className="govuk-template__body" suppressHydrationWarning>
        {children}
        <HydrationSignal />
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred already */}
        <script type="module" src="/js/init.mjs" nonce={nonce} />
      </body>
    </html>
  );
}
