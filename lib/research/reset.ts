// Research mode's reset: the database back to exactly the seeded state (the personas, staff,
// their invitations and Daniel's request; no copies, no other accounts, sessions, emails, rate
// limits or history), in one transaction, without a restart.
import "server-only";
import { COPY_TRN_PREFIX } from "./persona-copies";
import { serviceTablesQuery, truncateStatement } from "./queries";
import { db } from "@/lib/db";
import { runQuery, runStatement } from "@/lib/db/query";
import { seedInTransaction } from "@/lib/research/personas/seed";

export interface ResetReport {
  copies: number;
  emails: number;
}

export async function resetToSeededState(now = new Date()): Promise<ResetReport> {
  const prisma = await db();
  return prisma.$transaction(
    async (tx) => {
      const copies = await tx.teachingRecord.count({ where: { trn: { startsWith: COPY_TRN_PREFIX } } });
      const emails = await tx.outboxMessage.count();
      const tables = await runQuery(tx, serviceTablesQuery());
      await runStatement(tx, truncateStatement(tables.map((table) => table.name)));
      await seedInTransaction(tx, now);
      return { copies, emails };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
