// Unit and database tests (`npm run test:unit`). Journeys are Playwright's (e2e/).
// Database tests: test/database.ts; the run's one migrated database: test/global-setup.ts.
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

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
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: [...configDefaults.exclude, ".next/**", "e2e/**", ".data/**"],
    // Each file in a process of its own, so every database test file holds its own database.
    pool: "forks",
    // Both cores even on a 2-core machine (vitest's default would leave one idle).
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    env: { APP_ENV: "test" },
    // PGlite is CPU-bound: on 2 busy cores a seed or a snapshot load can take several seconds.
    testTimeout: 20_000,
    // A database test file may wait for the run's snapshot to be built before opening its own.
    hookTimeout: 60_000,
  },
});
