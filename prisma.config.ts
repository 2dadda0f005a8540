// Prisma CLI configuration. `engine: "js"` with a driver adapter keeps every Prisma command
// offline (no native engine download). Only `generate` and `migrate diff` are used: migrations
// are applied by lib/db/migrate.ts.
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    // An in-memory database: the CLI never needs the app's data.
    // The adapter pins older driver-adapter types; the interface is the same at run time.
    return new PrismaPGlite(new PGlite()) as unknown as SqlMigrationAwareDriverAdapterFactory;
  },
});
