/** Remembers the address typed for a new link, for the "Check your email" page only. */
export const NEW_LINK_COOKIE = "aytq_new_link";
