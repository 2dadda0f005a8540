// Builds ONE migrated database per run: a PGlite snapshot (embedded) or a template database
// (PostgreSQL). Database test files copy it (test/database.ts) instead of migrating their own.
// The build runs in the background so unit test files start at once; a database test file
// waits for the `ready` marker (or the `failed` one, which holds the error).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../lib/db/migrate";
import { openMemoryPGlite } from "../lib/db/pglite";
import { pgliteSql, pgSql } from "../lib/db/sql";
import { createDatabase, dropDatabase } from "./postgres";
import { databaseUrl, postgresServerUrl, uniqueDatabaseName } from "./target";

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aytq-vitest-"));
  const ready = path.join(dir, "ready");
  const failed = path.join(dir, "failed");
  const serverUrl = postgresServerUrl();

  let build: Promise<void>;
  let cleanUp = async () => {};
  if (serverUrl) {
    const template = uniqueDatabaseName("aytq_test_template");
    project.provide("testDatabase", { kind: "postgres", serverUrl, template, ready, failed });
    build = buildTemplate(serverUrl, template);
    cleanUp = () => dropDatabase(serverUrl, template);
  } else {
    const snapshot = path.join(dir, "migrated.tar.gz");
    project.provide("testDatabase", { kind: "pglite", snapshot, ready, failed });
    build = buildSnapshot(snapshot);
  }

  const settled = build.then(
    () => fs.writeFileSync(ready, ""),
    (error: unknown) => fs.writeFileSync(failed, error instanceof Error ? (error.stack ?? error.message) : String(error)),
  );
  return async function teardown() {
    await settled;
    await cleanUp();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

async function buildSnapshot(file: string): Promise<void> {
  const pglite = await openMemoryPGlite();
  try {
    await migrate(pgliteSql(pglite));
    const tarball = await pglite.dumpDataDir("gzip");
    fs.writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
  } finally {
    await pglite.close();
  }
}

async function buildTemplate(serverUrl: string, template: string): Promise<void> {
  await createDatabase(serverUrl, template);
  // Closed before any file copies it: PostgreSQL refuses a template that has connections.
  const pool = new pg.Pool({ connectionString: databaseUrl(serverUrl, template), max: 1 });
  try {
    await migrate(pgSql(pool));
  } finally {
    await pool.end();
  }
}
