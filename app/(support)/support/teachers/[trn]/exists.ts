// Does /support/teachers/[trn] name a teaching record? Asked by the page and by proxy.ts
// (app/page-rules.ts), which turns away everyone but staff before it.
import "server-only";
import { db } from "@/lib/db";
import type { PageExists } from "@/lib/http/page-exists";

export const exists: PageExists<"trn"> = async ({ trn }) =>
  /^\d{7}$/.test(trn) && (await (await db()).teachingRecord.count({ where: { trn } })) > 0;
