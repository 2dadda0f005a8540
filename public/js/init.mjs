// GOV.UK Frontend's JavaScript, as an external module so that a strict Content Security
// Policy needs no inline script. Every page works without it; it only enhances.
import { initAll } from "/assets/govuk-frontend.min.js";

// Only browsers that run ES modules get here, and they are the ones GOV.UK Frontend supports.
// (Re-applied before each scan: a React re-render of <body> would drop them.)
function markBodySupported() {
  document.body.classList.add("js-enabled", "govuk-frontend-supported");
}

// Components already set up throw InitError when a scan finds them again: expected.
function onError(error) {
  if (error?.name !== "InitError") console.error(error);
}

function initGovukFrontend() {
  markBodySupported();
  initAll({ onError });
}

function start() {
  initGovukFrontend();
  // React replaces parts of the page without a reload (a server action answering with
  // errors, a client-side navigation): set up the GOV.UK components that arrive that way,
  // so that, for example, a new error summary takes focus.
  let scheduled = false;
  new MutationObserver((mutations) => {
    if (scheduled) return;
    const added = mutations.some((mutation) => Array.from(mutation.addedNodes).some((node) => node instanceof Element));
    if (!added) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      initGovukFrontend();
    });
  }).observe(document.body, { childList: true, subtree: true });
}

// Styles that depend on these classes (hidden conditional reveals) apply at once.
markBodySupported();

// Components such as the character count insert elements; doing that before React has
// hydrated the page makes hydration fail. components/layout/hydration-signal.tsx says when.
if (window.__appHydrated) start();
else window.addEventListener("app:hydrated", start, { once: true });
