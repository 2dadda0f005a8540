// Runs once when the server starts: a bad environment stops it here with a clear message,
// not later on a teacher's request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const { DATABASE_URL } = env();
  // Client addresses come from the socket, which only this hook can see (lib/http/forwarded.ts).
  const { installPeerHeaders } = await import("./lib/http/peer-headers");
  installPeerHeaders();
  // A body declared over its route's limit is answered 413 before any of it is read (lib/http/oversized-bodies.ts).
  const { installOversizedBodyAnswer } = await import("./lib/http/oversized-bodies");
  installOversizedBodyAnswer();
  // A page that fails while rendering answers 500 with GOV.UK's problem page as real HTML, where
  // Next sends an empty document that only JavaScript fills in (lib/http/server-error-pages.ts).
  // Not under `next dev`, whose own error page shows the developer the stack.
  if (process.env.NODE_ENV === "production") {
    const { installServerErrorPages } = await import("./lib/http/server-error-pages");
    installServerErrorPages();
  }
  // The embedded database's folder belongs to one process: take it now, not at the first query,
  // so a script started meanwhile (db:seed…) refuses instead of the server failing later.
  if (!DATABASE_URL && process.env.NEXT_PHASE !== "phase-production-build") {
    const { openAtStart } = await import("./lib/db/client");
    await openAtStart();
  }
}
