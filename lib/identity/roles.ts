// Who may do what. Pages, route handlers and server actions name the access they need; the
// checks live here so that a role means the same thing everywhere.
import type { IdentityAccount, Role } from "@/lib/db";

/**
 * - public: anyone, signed in or not;
 * - account: any signed-in account (a teacher, or staff looking at their own account);
 * - support: support staff and admins (the support console);
 * - admin: admins only (staff and API keys).
 */
export type Access = "public" | "account" | "support" | "admin";

const ROLES_FOR: Record<Exclude<Access, "public" | "account">, readonly Role[]> = {
  support: ["SUPPORT", "ADMIN"],
  admin: ["ADMIN"],
};

export function hasAccess(account: Pick<IdentityAccount, "role"> | null, access: Access): boolean {
  if (access === "public") return true;
  if (!account) return false;
  if (access === "account") return true;
  return ROLES_FOR[access].includes(account.role);
}

export const isStaff = (account: Pick<IdentityAccount, "role">) => account.role !== "TEACHER";
