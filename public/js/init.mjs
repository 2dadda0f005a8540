// GOV.UK Frontend's JavaScript, as an external module so that a strict Content Security
// Policy needs no inline script. Everything works without it; it only enhances.
import { initAll } from "/assets/govuk-frontend.min.js";

document.body.classList.add("js-enabled");
// Only browsers that run ES modules get here, and they are the ones GOV.UK Frontend supports.
document.body.classList.add("govuk-frontend-supported");

// Components already set up throw InitError when set up again: expected when re-scanning.
const onError = (error) => {
  if (error?.name !== "InitError") console.error(error);
};

initAll({ onError });

// React replaces parts of the page without a reload (a server action answering with errors,
// or a client-side navigation): set up the GOV.UK components that arrive that way, so that,
// for example, a new error summary takes focus.
let scheduled = false;
new MutationObserver((mutations) => {
  if (scheduled) return;
  const added = mutations.some((mutation) =>
    Array.from(mutation.addedNodes).some((node) => node instanceof Element),
  );
  if (!added) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    initAll({ onError });
  });
}).observe(document.body, { childList: true, subtree: true });
