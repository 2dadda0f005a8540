// "Find a teacher" in the support console: one box. A 7-digit TRN goes straight to the record;
// an email address matches exactly (any case), on the record or its account; anything else is
// part of a name, matched whatever the case or accents ("sian" finds "Siân") through the
// trigram index on search_name() (see the support_console migration).
import "server-only";
import { db, Prisma } from "@/lib/db";

export const PAGE_SIZE = 25;

export interface TeacherSearchResult {
  trn: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  dateOfBirth: Date;
  hasAccount: boolean;
}

export type TeacherSearch =
  | { kind: "empty" }
  | { kind: "trn"; trn: string }
  | { kind: "too-short" }
  | { kind: "results"; by: "email" | "name"; results: TeacherSearchResult[]; total: number; page: number; pages: number };

/** Shorter parts of a name match too much to be useful (and cannot use the trigram index). */
export const MIN_NAME_LENGTH = 2;

export async function searchTeachers(query: string, page = 1): Promise<TeacherSearch> {
  // Control characters count as spaces: no record has one, and PostgreSQL refuses NUL in a query.
  const q = query.normalize("NFC").replace(/[\s\p{Cc}]+/gu, " ").trim().slice(0, 200);
  if (!q) return { kind: "empty" };
  if (/^\d{7}$/.test(q)) return { kind: "trn", trn: q };
  const prisma = await db();
  const by = q.includes("@") ? "email" : "name";
  if (by === "name" && q.length < MIN_NAME_LENGTH) return { kind: "too-short" };

  const where =
    by === "email"
      ? Prisma.sql`(lower(r."email") = lower(${q}) OR r."trn" IN (SELECT a."trn" FROM "identity_accounts" a WHERE a."email" = lower(${q}) AND a."trn" IS NOT NULL))`
      : Prisma.sql`"search_name"(r."firstName", r."middleName", r."lastName") LIKE '%' || "search_name"(${escapeLike(q)}, NULL, NULL) || '%'`;
  const [counted] = await prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM "teaching_records" r WHERE ${where}`;
  const total = Number(counted?.total ?? 0);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const results = await prisma.$queryRaw<TeacherSearchResult[]>`
    SELECT r."trn", r."firstName", r."middleName", r."lastName", r."dateOfBirth",
           EXISTS (SELECT 1 FROM "identity_accounts" a WHERE a."trn" = r."trn") AS "hasAccount"
    FROM "teaching_records" r
    WHERE ${where}
    ORDER BY r."lastName", r."firstName", r."trn"
    LIMIT ${PAGE_SIZE} OFFSET ${(current - 1) * PAGE_SIZE}`;
  return { kind: "results", by, results, total, page: current, pages };
}

/** The query as a LIKE pattern's fixed part: % and _ are letters here (backslash is LIKE's escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
