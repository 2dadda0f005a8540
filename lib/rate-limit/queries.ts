// The rate limits' hand-written SQL (run through lib/db/query.ts).
import { z } from "zod";
import { Prisma } from "@/lib/db";
import { column, query, statement } from "@/lib/db/query";

/**
 * One hit on a sliding-window limit, checked and recorded in one statement (index.ts):
 * the hits within the window are kept, and this one added while fewer than `limit`. Every
 * expression in DO UPDATE SET sees the row as it was, so the count is taken once per column from
 * the same old value; the row lock of ON CONFLICT serialises concurrent hits. Hit times are epoch
 * milliseconds (bigint).
 */
export const rateLimitHitQuery = ({ key, at, since, limit, now }: { key: string; at: number; since: number; limit: number; now: Date }) =>
  query(
    "rate-limit.hit",
    z.object({ lastAllowed: column.boolean, count: column.number, oldest: column.nullable(column.number) }),
    Prisma.sql`
    INSERT INTO "rate_limits" ("key", "hits", "lastAllowed", "updatedAt")
    VALUES (${key}, ARRAY[${String(at)}::bigint], true, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "lastAllowed" = (SELECT count(*) FROM unnest("rate_limits"."hits") AS h WHERE h > ${String(since)}::bigint) < ${limit},
      "hits" = ARRAY(SELECT h FROM unnest("rate_limits"."hits") AS h WHERE h > ${String(since)}::bigint ORDER BY h)
        || CASE WHEN (SELECT count(*) FROM unnest("rate_limits"."hits") AS h WHERE h > ${String(since)}::bigint) < ${limit}
             THEN ARRAY[${String(at)}::bigint] ELSE ARRAY[]::bigint[] END,
      "updatedAt" = ${now}
    RETURNING "lastAllowed", cardinality("hits")::int AS "count", "hits"[1] AS "oldest"`,
  );

/** Takes back the hit recorded at `at` (epoch milliseconds). */
export const forgiveRateLimitHitStatement = (key: string, at: number) =>
  statement(
    "rate-limit.forgive-hit",
    Prisma.sql`
    UPDATE "rate_limits"
    SET "hits" = "hits"[:array_position("hits", ${String(at)}::bigint) - 1]
              || "hits"[array_position("hits", ${String(at)}::bigint) + 1:]
    WHERE "key" = ${key} AND ${String(at)}::bigint = ANY("hits")`,
  );
