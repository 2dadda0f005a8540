// Research mode: the tools a preview deployment needs for user research (a shared password,
// the research banner, /research: personas on demand and a reset). On by default when APP_ENV
// is development or preview; in test only when RESEARCH_MODE=on (the research journeys' own
// server); never in production, whatever RESEARCH_MODE says.
import "server-only";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";

export function researchMode(): boolean {
  const { APP_ENV, RESEARCH_MODE } = env();
  if (APP_ENV === "production") return false;
  if (RESEARCH_MODE) return RESEARCH_MODE === "on";
  return APP_ENV === "development" || APP_ENV === "preview";
}

/** For /research pages and actions: the GOV.UK 404 page when research mode is off. */
export function requireResearchMode(): void {
  if (!researchMode()) notFound();
}

/** The shared password every page asks for first, when research mode is on and one is set. */
export function previewPassword(): string | null {
  return researchMode() ? (env().PREVIEW_PASSWORD ?? null) : null;
}
