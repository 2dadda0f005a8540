// The support console's addresses, in one place.

/**
 * The message a page shows for a word in its address (`?done=added`), or undefined. Own keys
 * only: `?done=constructor` must not find Object's.
 */
export function messageFor(table: Readonly<Record<string, string>>, word: unknown): string | undefined {
  return typeof word === "string" && Object.hasOwn(table, word) ? table[word] : undefined;
}

export const SUPPORT_PAGES = {
  home: "/support",
  search: (q: string, page = 1) => `/support?${new URLSearchParams({ q, ...(page > 1 ? { page: String(page) } : {}) })}`,
  teacher: (trn: string) => `/support/teachers/${encodeURIComponent(trn)}`,
  changeRequests: "/support/change-requests",
  /** The queue, filtered: `kind` NAME or DATE_OF_BIRTH, `owner` mine or unassigned. */
  queue: (filter: { kind?: string; owner?: string } = {}, page = 1) => {
    const query = new URLSearchParams({
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.owner ? { owner: filter.owner } : {}),
      ...(page > 1 ? { page: String(page) } : {}),
    });
    return `/support/change-requests${query.size ? `?${query}` : ""}`;
  },
  nextRequest: "/support/next-request",
  acceptRequest: (reference: string) => `/support/change-requests/${encodeURIComponent(reference)}/accept`,
  changeRequest: (reference: string) => `/support/change-requests/${encodeURIComponent(reference)}`,
  evidence: (reference: string, download = false) => `/support/change-requests/${encodeURIComponent(reference)}/evidence${download ? "?download=1" : ""}`,
  invitations: (filter: "pending" | "expired" = "pending", page = 1) => `/support/invitations?filter=${filter}${page > 1 ? `&page=${page}` : ""}`,
  undeliveredEmails: "/support/emails",
  staff: "/support/staff",
  newStaff: "/support/staff/new",
  staffMember: (id: string) => `/support/staff/${encodeURIComponent(id)}`,
  apiKeys: "/support/api-keys",
  newApiKey: "/support/api-keys/new",
  revokeApiKey: (id: string) => `/support/api-keys/${encodeURIComponent(id)}/revoke`,
} as const;

/** The support console's navigation for a member of staff (admins also manage staff and keys). */
export function supportNavigation(role: "SUPPORT" | "ADMIN" | "TEACHER", waiting: number) {
  return [
    { href: SUPPORT_PAGES.home, text: "Find a teacher" },
    { href: SUPPORT_PAGES.changeRequests, text: `Change requests (${waiting} waiting)` },
    { href: "/support/invitations", text: "Invitations" },
    { href: SUPPORT_PAGES.undeliveredEmails, text: "Emails not delivered" },
    ...(role === "ADMIN"
      ? [
          { href: SUPPORT_PAGES.staff, text: "Staff" },
          { href: SUPPORT_PAGES.apiKeys, text: "API keys" },
        ]
      : []),
    { href: "/sign-out", text: "Sign out" },
  ];
}
