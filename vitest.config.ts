// Unit and database tests (`npm run test:unit`). Journeys are Playwright's (e2e/).
// Two projects: `unit` (no database: the inner loop, `npm run test:unit -- --project unit`) and
// `db` (each file on a fresh database: test/database.ts; the run's one migrated database:
// test/global-setup.ts). A test file belongs to `db` when it opens a database itself
// (useTestDatabase, or PGlite/PostgreSQL directly); nothing to rename or list by hand.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

const INCLUDE = ["**/*.test.ts", "**/*.test.tsx"];
const EXCLUDE = [...configDefaults.exclude, ".next/**", "e2e/**", ".data/**"];
const SKIPPED_FOLDERS = new Set(["node_modules", ".next", ".data", "e2e", ".git", "test-results", "playwright-report"]);
const OPENS_A_DATABASE = /\buseTestDatabase\(|\bopenMemoryPGlite\(|\bnew PGlite\(/;

/** Test files (relative to the root) that open a database: the `db` project. */
function databaseTestFiles(dir = root): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : databaseTestFiles(path.join(dir, entry.name));
    if (!/\.test\.tsx?$/.test(entry.name)) return [];
    const file = path.join(dir, entry.name);
    return OPENS_A_DATABASE.test(fs.readFileSync(file, "utf8")) ? [path.relative(root, file)] : [];
  });
}

const dbFiles = databaseTestFiles();

export default defineConfig({
  resolve: {
    // tsconfig's "@/*": ["./*"]
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Next.js makes "server-only" fail the build in browser code; in tests it is nothing.
      { find: /^server-only$/, replacement: `${root}/node_modules/next/dist/compiled/server-only/empty.js` },
    ],
  },
  test: {
    environment: "node",
    // Each file in a process of its own, so every database test file holds its own database.
    pool: "forks",
    // Both cores even on a 2-core machine (vitest's default would leave one idle).
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    setupFiles: ["test/setup.ts"],
    env: { APP_ENV: "test" },
    projects: [
      {
        extends: true,
        // Processes too: in worker threads, vitest's own process once died of a V8
        // check (Node 24.22, "jit_page_->allocations_.erase(addr) == 1" freeing WebAssembly code
        // as a thread ended; fetch's HTTP parser is WebAssembly), taking the whole run with it.
        // Measured no slower here (21 s against 24 s for the unit project).
        test: { name: "unit", include: INCLUDE, exclude: [...EXCLUDE, ...dbFiles] },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: dbFiles.length > 0 ? dbFiles : ["no-database-tests"],
          exclude: EXCLUDE,
          globalSetup: ["test/global-setup.ts"],
          // PGlite is CPU-bound: on 2 busy cores a seed or a snapshot load can take several seconds.
          testTimeout: 20_000,
          // A database test file may wait for the run's snapshot to be built before opening its own.
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
