import { db } from "./client";
import { runQuery } from "./query";
import { answersQuery } from "./queries/health";

const TIMEOUT_MS = 3000;

/** True when a trivial query comes back within a few seconds. */
export async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), TIMEOUT_MS)));
  const query = db()
    .then((prisma) => runQuery(prisma, answersQuery))
    .then(() => true)
    .catch((error: unknown) => {
      console.error("Health check: the database did not answer:", error instanceof Error ? error.message : error);
      return false;
    });
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// How long one answer stands for proxy.ts: at most one probe a second per instance, so pages
// pay nothing for it, and an outage shows within a second of starting and of ending.
const RECHECK_MS = 1000;
let recent: { at: number; answer: Promise<boolean> } | undefined;

/** Whether the database answered, asked again once the last answer is a second old. */
export function databaseAnsweredRecently(now = Date.now()): Promise<boolean> {
  if (!recent || now - recent.at >= RECHECK_MS) recent = { at: now, answer: databaseAnswers() };
  return recent.answer;
}

/** Forgets the last answer (tests that cut the database mid-run). */
export function forgetDatabaseAnswer(): void {
  recent = undefined;
}
