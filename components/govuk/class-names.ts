/** Joins the truthy class names with single spaces, as the Nunjucks templates do. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

/**
 * The space-separated id list for `aria-describedby`, in the templates' order (a given
 * `describedBy` first, then the hint, then the error message); undefined when empty so
 * that React leaves the attribute out.
 */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined === "" ? undefined : joined;
}

/** Whether a slot such as `hint` or `errorMessage` has something to render. */
export function hasContent(node: unknown): boolean {
  return node !== undefined && node !== null && node !== false && node !== "";
}
