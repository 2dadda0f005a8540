// Does /support/teachers/[trn] name a teaching record? Asked by the page and by proxy.ts
// (app/page-rules.ts), which turns away everyone but staff before it.
import "server-only";
import { db } from "@/lib/db";
import type { PageExists } from "@/lib/http/page-exists";
import { isTrn } from "@/lib/validation/trn";

export const exists: PageExists<"trn"> = async ({ trn }) => isTrn(trn) && (await (await db()).teachingRecord.count({ where: { trn } })) > 0;
