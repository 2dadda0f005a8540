// The embedded database. PGlite has no lock of its own and two processes on one data folder
// silently lose writes, so whoever opens a folder holds a lock file naming its process.
import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";

export class DatabaseInUseError extends Error {}

// Without postgresqlconf, a folder that was not closed cleanly keeps Node alive after crash
// recovery. The extensions are the ones the migrations create (pg_trgm and unaccent: the support
// console's name search); PGlite loads their code only when given here.
async function pgliteOptions() {
  const [{ pg_trgm }, { unaccent }] = await Promise.all([import("@electric-sql/pglite/contrib/pg_trgm"), import("@electric-sql/pglite/contrib/unaccent")]);
  return { postgresqlconf: ["log_startup_progress_interval = 0"], extensions: { pg_trgm, unaccent } };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function lockPath(dataDir: string) {
  return path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.lock`);
}

/** Takes the folder's lock for this process, or throws if a live process holds it. */
export function lockDataDir(dataDir: string): () => void {
  const file = lockPath(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(file, "utf8") === String(process.pid)) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(file, "utf8"));
      if (holder === process.pid) return () => {};
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
        throw new DatabaseInUseError(
          `The embedded database in ${dataDir} is in use by another process (pid ${holder}), ` +
            `probably \`npm run dev\` or \`npm start\`.\n` +
            `PGlite cannot be shared between processes: stop that process first, then run this again ` +
            `(or set PGLITE_DIR to use another folder).`,
        );
      }
      fs.unlinkSync(file); // left by a process that has gone; take it over
    }
  }
  throw new DatabaseInUseError(`Could not lock ${file}.`);
}

/** Opens (creating if need be) the embedded database in a folder this process then owns. */
export async function openPGlite(dataDir: string): Promise<PGlite> {
  lockDataDir(dataDir);
  const { PGlite } = await import("@electric-sql/pglite");
  fs.mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir, await pgliteOptions());
  await pglite.waitReady;
  return pglite;
}

/** An in-memory database, optionally loaded from a snapshot made by dumpDataDir(). */
export async function openMemoryPGlite(snapshot?: Blob | File): Promise<PGlite> {
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = new PGlite({ ...(await pgliteOptions()), loadDataDir: snapshot });
  await pglite.waitReady;
  return pglite;
}
