import { db } from "./client";

const TIMEOUT_MS = 3000;

/** True when a trivial query comes back within a few seconds. */
export async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), TIMEOUT_MS)));
  const query = db()
    .then((prisma) => prisma.$queryRaw`SELECT 1`)
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
