// Builds ONE migrated database per run: a PGlite snapshot (embedded) or a template database
// (PostgreSQL). Database test files copy it (test/database.ts) instead of migrating their own.
// Built on demand, when the first database test file asks (BuildSignals in ./target), so a
// run of unit tests alone never waits for it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../lib/db/migrate";
import { openMemoryPGlite } from "../lib/db/pglite";
import { pgliteSql, pgSql } from "../lib/db/sql";
import { createDatabase, dropDatabase } from "./postgres";
import { databaseUrl, postgresServerUrl, uniqueDatabaseName, type BuildSignals } from "./target";

const ASKED_POLL_MS = 25;

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aytq-vitest-"));
  const build: BuildSignals = { wanted: path.join(dir, "wanted"), ready: path.join(dir, "ready"), failed: path.join(dir, "failed") };
  const serverUrl = postgresServerUrl();

  let make: () => Promise<void>;
  let cleanUp = async () => {};
  if (serverUrl) {
    const template = uniqueDatabaseName("aytq_test_template");
    project.provide("testDatabase", { kind: "postgres", serverUrl, template, build });
    make = () => buildTemplate(serverUrl, template);
    cleanUp = () => dropDatabase(serverUrl, template);
  } else {
    const snapshot = path.join(dir, "migrated.tar.gz");
    project.provide("testDatabase", { kind: "pglite", snapshot, build });
    make = () => buildSnapshot(snapshot);
  }

  let building: Promise<void> | undefined;
  const asked = setInterval(() => {
    if (building || !fs.existsSync(build.wanted)) return;
    clearInterval(asked);
    const started = performance.now();
    building = make().then(
      () => {
        fs.writeFileSync(build.ready, "");
        if (process.env.TEST_DATABASE_TIMINGS) console.log(`Migrated test database built in ${Math.round(performance.now() - started)} ms`);
      },
      (error: unknown) => fs.writeFileSync(build.failed, error instanceof Error ? (error.stack ?? error.message) : String(error)),
    );
  }, ASKED_POLL_MS);
  asked.unref();

  return async function teardown() {
    clearInterval(asked);
    if (building) {
      await building;
      await cleanUp();
    }
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
    await migrate(pgSql(pool, pg.types));
  } finally {
    await pool.end();
  }
}
