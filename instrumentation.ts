// Runs once when the server starts: a bad environment stops it here with a clear message,
// not later on a teacher's request. (Client addresses and the problem page for a failed page are
// the server's own work, per request: lib/next-seams/server.mjs.)
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const { DATABASE_URL } = env();
  // The embedded database's folder belongs to one process: take it now, not at the first query,
  // so a script started meanwhile (db:seed…) refuses instead of the server failing later.
  if (!DATABASE_URL && process.env.NEXT_PHASE !== "phase-production-build") {
    const { openAtStart } = await import("./lib/db/client");
    await openAtStart();
  }
}
