// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the schema at the last migration and prisma/schema.prisma.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and underscores)");
  process.exit(2);
}

const migrationsDir = path.join("prisma", "migrations");
// The schema as of the newest migration, kept beside the migrations by this script.
const snapshot = path.join(migrationsDir, "schema.snapshot");
const EMPTY = `datasource db {\n  provider = "postgresql"\n  url = "postgresql://localhost/unused"\n}\n`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "migration-"));
const from = path.join(tmp, "from.prisma");
fs.writeFileSync(from, fs.existsSync(snapshot) ? fs.readFileSync(snapshot, "utf8") : EMPTY);

const sql = execFileSync(
  process.execPath,
  [
    path.join("node_modules", "prisma", "build", "index.js"),
    "migrate",
    "diff",
    "--from-schema-datamodel",
    from,
    "--to-schema-datamodel",
    path.join("prisma", "schema.prisma"),
    "--script",
  ],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
fs.rmSync(tmp, { recursive: true, force: true });

if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
  console.log("prisma/schema.prisma has not changed since the last migration: nothing to write.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
fs.copyFileSync(path.join("prisma", "schema.prisma"), snapshot);
console.log(`Wrote ${path.join(dir, "migration.sql")}. Read it, add what Prisma cannot express (checks, expression indexes), then npm run db:migrate.`);
