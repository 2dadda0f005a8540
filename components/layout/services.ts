// The services that share the page template: their names, homes, page-title suffixes and, for
// someone signed in, the sections in the service navigation (sign out always last).
import type { Role } from "@/lib/db/generated/enums";

export interface NavigationLink {
  href: string;
  text: string;
}

export interface Service {
  name: string;
  url: string;
  titleTemplate: string;
  defaultTitle: string;
  /** The service navigation's links for a signed-in account with this role. */
  navigation: (role: Role) => NavigationLink[];
}

const SIGN_OUT: NavigationLink = { href: "/sign-out", text: "Sign out" };

export const AYTQ_SERVICE: Service = {
  name: "Access your teaching qualifications",
  url: "/qualifications",
  titleTemplate: "%s – Access your teaching qualifications – GOV.UK",
  defaultTitle: "Access your teaching qualifications – GOV.UK",
  // "Your account" goes straight to the account; "Change your details" on /qualifications keeps
  // the interstitial that says the teacher is leaving for their DfE Identity account.
  navigation: () => [{ href: "/qualifications", text: "Your qualifications" }, { href: "/account", text: "Your account" }, SIGN_OUT],
};

export const IDENTITY_SERVICE: Service = {
  name: "DfE Identity account",
  url: "/account",
  titleTemplate: "%s – DfE Identity account – GOV.UK",
  defaultTitle: "DfE Identity account – GOV.UK",
  navigation: (role) => [
    { href: "/account", text: "Your account" },
    ...(role === "TEACHER" ? [{ href: "/qualifications", text: "Your qualifications" }] : []),
    SIGN_OUT,
  ],
};

/** A page's full <title>, for pages whose form renders it (components/forms/kit.tsx ActionForm). */
export function pageTitle(service: { titleTemplate: string }, title: string): string {
  return service.titleTemplate.replace("%s", title);
}

/** The staff console. Its navigation is drawn by its layout, which counts the waiting requests. */
export const SUPPORT_SERVICE: Service = {
  name: "Support for teaching records",
  url: "/support",
  titleTemplate: "%s – Support for teaching records – GOV.UK",
  defaultTitle: "Support for teaching records – GOV.UK",
  navigation: () => [],
};

/** Research mode's tools for a preview deployment (lib/research/mode.ts). */
export const RESEARCH_SERVICE: Service = {
  name: "Research tools",
  url: "/research",
  titleTemplate: "%s – Research tools – GOV.UK",
  defaultTitle: "Research tools – GOV.UK",
  navigation: () => [],
};
