// "Find a teacher" in the support console: one box. A 7-digit TRN goes straight to the record;
// so do the references teachers quote: a change request's ("cr d4n1ez" finds CR-D4N1EZ) and a
// certificate's ("qts 7q4k 2m9x 3hpd"), each by its unique index. An email address matches
// exactly (any case), on the record or its account; anything else is part of a name, matched
// whatever the case or accents ("sian" finds "Siân") through the trigram index on
// search_name() (see the support_console migration). A reference that names nothing is
// searched as a name ("Crabtree" has the shape of a request reference). At most COUNT_LIMIT
// matches are counted and listed (in name order): past that the page says "more than 1,000" and
// asks for more of the name, so no search reads or sorts every match of a common name.
import "server-only";
import { parseCertificateReference } from "@/lib/certificates/reference";
import { db } from "@/lib/db";
import { runQuery } from "@/lib/db/query";
import { isTrn } from "@/lib/validation/trn";
import { teacherSearchPageQuery, type TeacherSearchFilter } from "./queries";

export const PAGE_SIZE = 25;
/** Matches counted and listed, at most: beyond this the page says "more than" and lists 1,000 of them (40 pages). */
export const COUNT_LIMIT = 1_000;

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
  | {
      kind: "results";
      by: "email" | "name";
      results: TeacherSearchResult[];
      /** Matches, counted up to COUNT_LIMIT; `more` when there are more than that. */
      total: number;
      more: boolean;
      page: number;
      pages: number;
    };

/** Shorter parts of a name match too much to be useful (and cannot use the trigram index). */
export const MIN_NAME_LENGTH = 2;

export async function searchTeachers(query: string, page = 1): Promise<TeacherSearch> {
  // Control characters count as spaces: no record has one, and PostgreSQL refuses NUL in a query.
  const q = query
    .normalize("NFC")
    .replace(/[\s\p{Cc}]+/gu, " ")
    .trim()
    .slice(0, 200);
  if (!q) return { kind: "empty" };
  if (isTrn(q)) return { kind: "trn", trn: q };
  const reference = await byReference(q);
  if (reference) return reference;
  const by = q.includes("@") ? "email" : "name";
  if (by === "name" && q.length < MIN_NAME_LENGTH) return { kind: "too-short" };

  const filter: TeacherSearchFilter = by === "email" ? { email: q } : { likePattern: escapeLike(q) };
  // One query, bounded whatever the name: at most COUNT_LIMIT + 1 matches are read (through the
  // index), counted and sorted, and a page of them returned. Counting and sorting all 12,500
  // matches of a common name took 0.9 s on 100,000 records; walking an index in name order
  // instead was worse for a surname (its matches sit together, far along the order: 0.96 s on PGlite).
  const requested = Math.max(1, Math.floor(page) || 1);
  const pagesFor = (count: number) => Math.max(1, Math.ceil(Math.min(count, COUNT_LIMIT) / PAGE_SIZE));
  let { rows, count } = await pageOf(filter, requested);
  if (requested > 1 && (count === null || requested > pagesFor(count))) {
    // Past the last page: the last page, as the pagination shows it.
    const known = count ?? (await pageOf(filter, 1)).count ?? 0;
    ({ rows, count } = await pageOf(filter, pagesFor(known)));
  }
  const more = (count ?? 0) > COUNT_LIMIT;
  const total = Math.min(count ?? 0, COUNT_LIMIT);
  const pages = pagesFor(total);
  const current = Math.min(requested, pages);
  const results = rows.map(({ trn, firstName, middleName, lastName, dateOfBirth, hasAccount }) => ({
    trn,
    firstName,
    middleName,
    lastName,
    dateOfBirth,
    hasAccount,
  }));
  return { kind: "results", by, results, total, more, page: current, pages };
}

/**
 * A page (in name order) of the first COUNT_LIMIT + 1 matches the index gives, and how many
 * there were (null when the page is past the end: no row carries the count).
 */
async function pageOf(filter: TeacherSearchFilter, page: number): Promise<{ rows: (TeacherSearchResult & { matches: number })[]; count: number | null }> {
  const rows = await runQuery(await db(), teacherSearchPageQuery(filter, COUNT_LIMIT, PAGE_SIZE, (page - 1) * PAGE_SIZE));
  return { rows, count: rows[0]?.matches ?? null };
}

/** The results' heading, and what to do about too many ("More than 1,000 teachers found"). */
export function resultsHeading({ total, more }: { total: number; more: boolean }): { heading: string; advice?: string } {
  if (more) {
    return {
      heading: `More than ${COUNT_LIMIT.toLocaleString("en-GB")} teachers found`,
      advice: `Only ${COUNT_LIMIT.toLocaleString("en-GB")} of them are listed. Add more of the name, or search by TRN or email address.`,
    };
  }
  if (total === 0) return { heading: "No teachers found" };
  return { heading: `${total.toLocaleString("en-GB")} ${total === 1 ? "teacher" : "teachers"} found` };
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
