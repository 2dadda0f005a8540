/** The two services that share the page template: their names, homes and page-title suffixes. */
export const AYTQ_SERVICE = {
  name: "Access your teaching qualifications",
  url: "/qualifications",
  titleTemplate: "%s – Access your teaching qualifications – GOV.UK",
  defaultTitle: "Access your teaching qualifications – GOV.UK",
} as const;

export const IDENTITY_SERVICE = {
  name: "DfE Identity account",
  url: "/account",
  titleTemplate: "%s – DfE Identity account – GOV.UK",
  defaultTitle: "DfE Identity account – GOV.UK",
} as const;

/** A page's full <title>, for pages whose form renders it (components/forms/form-errors.tsx). */
export function pageTitle(service: { titleTemplate: string }, title: string): string {
  return service.titleTemplate.replace("%s", title);
}
