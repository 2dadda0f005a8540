// Reading rows selected as JSON (json_build_object, row_to_json): the hot read paths select JSON
// so that one query can return nested rows, and so that PGlite and node-postgres, each of which
// reads dates and times its own way, hand back the same text. These turn that text into what
// Prisma would have returned.
import { z } from "zod";

/** A DATE, written inside JSON as "YYYY-MM-DD": the day at UTC midnight, as Prisma reads it. */
export const jsonCalendarDate = z.iso.date().transform((day) => new Date(`${day}T00:00:00.000Z`));

/** A timestamp without a zone, written inside JSON in local ISO form: it holds UTC, as Prisma writes it. */
export const jsonTimestamp = z.string().transform((text) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`));

/** A json column's value: node-postgres and PGlite parse it; a driver that gives the text is parsed here. */
export function jsonColumn(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}
