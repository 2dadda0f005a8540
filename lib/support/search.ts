// "Find a teacher" in the support console: one box. A 7-digit TRN goes straight to the record;
// so do the references teachers quote: a change request's ("cr d4n1ez" finds CR-D4N1EZ) and a
// certificate's ("qts 7q4k 2m9x 3hpd"), each by its unique index. An email address matches
// exactly (any case), on the record or its account; anything else is part of a name, matched
// whatever the case or accents ("sian" finds "Siân") through the trigram index on
// search_name() (see the support_console migration). A reference that names nothing is
// searched as a name ("Crabtree" has the shape of a request reference).
import "server-only";
import { parseCertificateReference } from "@/lib/certificates/reference";
import { db } from "@/lib/db";
import { runQuery, runQueryOne } from "@/lib/db/query";
import { teacherSearchCountQuery, teacherSearchPageQuery } from "./queries";

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
  | { kind: "change-request"; reference: string }
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
  const reference = await byReference(q);
  if (reference) return reference;
  const by = q.includes("@") ? "email" : "name";
  if (by === "name" && q.length < MIN_NAME_LENGTH) return { kind: "too-short" };

  const filter = by === "email" ? { email: q } : { likePattern: escapeLike(q) };
  const total = (await runQueryOne(prisma, teacherSearchCountQuery(filter)))?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const results: TeacherSearchResult[] = await runQuery(prisma, teacherSearchPageQuery(filter, PAGE_SIZE, (current - 1) * PAGE_SIZE));
  return { kind: "results", by, results, total, page: current, pages };
}

/** "CR-D4N1EZ" from "cr d4n1ez", "CR–D4N1EZ" or "crd4n1ez"; null when it cannot be one. */
export function parseRequestReference(input: string): string | null {
  const match = /^CR[\s\-‐‑‒–—_.]*([0-9A-Z]{6})$/.exec(input.toUpperCase().trim());
  return match ? `CR-${match[1]}` : null;
}

/** The request or the certificate a typed reference names, if it names one (not a draft: staff never see those). */
async function byReference(q: string): Promise<TeacherSearch | null> {
  const prisma = await db();
  const request = parseRequestReference(q);
  if (request) {
    const found = await prisma.changeRequest.findUnique({ where: { reference: request }, select: { status: true } });
    if (found && found.status !== "DRAFT") return { kind: "change-request", reference: request };
  }
  const certificate = parseCertificateReference(q);
  if (certificate) {
    const found = await prisma.issuedCertificate.findUnique({ where: { reference: certificate }, select: { trn: true } });
    if (found) return { kind: "trn", trn: found.trn };
  }
  return null;
}

/** The query as a LIKE pattern's fixed part: % and _ are letters here (backslash is LIKE's escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
