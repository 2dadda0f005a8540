import { requireTestingPages } from "@/lib/testing/pages";

/**
 * Journey tests only (APP_ENV=test): a page whose own server code fails, as a bug would, to show
 * what a teacher gets then (e2e/server-error.spec.ts). The message must never reach the browser.
 */
export default async function FailingPage() {
  requireTestingPages();
  await Promise.resolve();
  throw new Error("A page that fails on purpose, with a detail that must stay on the server");
}
