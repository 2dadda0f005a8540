"use client"; // GOV.UK Frontend's JavaScript rewrites parts of the DOM, so it must start only after React has hydrated the page; this tells it when.

import { useEffect } from "react";

declare global {
  interface Window {
    __appHydrated?: boolean;
  }
}

/** Sets `window.__appHydrated` and fires `app:hydrated` once React has hydrated the page (read by public/js/init.mjs). */
export function HydrationSignal() {
  useEffect(() => {
    window.__appHydrated = true;
    window.dispatchEvent(new Event("app:hydrated"));
  }, []);
  return null;
}
