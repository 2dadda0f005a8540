// The health check's query: the database answers at all.
import { z } from "zod";
import { Prisma } from "../generated/client";
import { column, query } from "../query";

export const answersQuery = query("db.answers", z.object({ one: column.number }), Prisma.sql`SELECT 1 AS "one"`);
