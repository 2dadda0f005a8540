// The journey tests' own hand-written SQL (run through lib/db/query.ts): what the generated attack
// (e2e/attack.api.spec.ts) asks of the database to show it wrote nothing. Only lib/testing uses it.
import { z } from "zod";
import { Prisma } from "@/lib/db";
import { column, query } from "@/lib/db/query";

/** Column types that can hold what someone typed: text of any kind, JSON, bytes, and lists of text. */
const TEXT_TYPES = ["text", "character varying", "character", "json", "jsonb", "bytea"];
const TEXT_ARRAYS = ["_text", "_varchar", "_bpchar"];

/** Every column of every table in the public schema that can hold typed text, with its type. */
export const textColumnsQuery = () =>
  query(
    "testing.text-columns",
    z.object({ table: column.text, column: column.text, type: column.text }),
    Prisma.sql`
        SELECT c.table_name::text AS "table", c.column_name::text AS "column", c.data_type::text AS "type"
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
          AND (c.data_type IN (${Prisma.join(TEXT_TYPES)}) OR (c.data_type = 'ARRAY' AND c.udt_name IN (${Prisma.join(TEXT_ARRAYS)})))
        ORDER BY 1, 2`,
  );

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * For one table: how many rows hold `needle` (lower-case) in each column named, in one pass.
 * Text is compared lower-cased (an address is stored lower-case); bytes as they are.
 */
export const rowsHoldingQuery = (table: string, columns: { column: string; type: string }[], needle: string) =>
  query(
    "testing.rows-holding",
    z.record(z.string(), column.number),
    Prisma.sql`SELECT ${Prisma.join(
      columns.map(({ column: name, type }, index) => {
        const holds =
          type === "bytea"
            ? Prisma.sql`position(convert_to(${needle}, 'UTF8') in ${Prisma.raw(quoted(name))}) > 0`
            : Prisma.sql`strpos(lower(${Prisma.raw(quoted(name))}::text), ${needle}) > 0`;
        return Prisma.sql`count(*) FILTER (WHERE ${holds}) AS ${Prisma.raw(quoted(`c${index}`))}`;
      }),
    )} FROM ${Prisma.raw(quoted(table))}`,
  );
