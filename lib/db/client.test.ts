// The embedded database at server start: a first connection that fails (a script holds the
// folder) is tried again, not kept as a failure until a restart, and the server takes the
// folder's lock as soon as it is free, before any request.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "../env";
import { connection, disconnect, openAtStart } from "./client";
import { DatabaseInUseError } from "./pglite";

const slot = globalThis as { __aytqDb?: unknown; __aytqDbReady?: unknown };

describe("opening the embedded database", () => {
  let parent: string;
  let lockFile: string;
  let testGuard: unknown;

  beforeEach(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), "aytq-client-"));
    lockFile = path.join(parent, "pglite.lock");
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("PGLITE_DIR", path.join(parent, "pglite"));
    forgetEnvForTests();
    // test/setup.ts puts a "no database in this file" guard in the slot: this file opens its own.
    testGuard = slot.__aytqDb;
    slot.__aytqDb = undefined;
    vi.spyOn(console, "error").mockImplementation(() => {});
  });

  afterEach(async () => {
    await disconnect();
    slot.__aytqDb = testGuard;
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    forgetEnvForTests();
    fs.rmSync(parent, { recursive: true, force: true });
  });

  it("tries again after a failed first connection, and takes the lock when it is free", async () => {
    fs.writeFileSync(lockFile, String(process.ppid)); // a live process holds the folder (vitest's own)
    await expect(connection()).rejects.toBeInstanceOf(DatabaseInUseError);
    await expect(connection()).rejects.toBeInstanceOf(DatabaseInUseError); // tried again, not cached

    // Server start keeps trying in the background…
    await openAtStart(20);
    expect(slot.__aytqDbReady).toBeUndefined();
    // …and has the folder as soon as the other process lets go.
    fs.rmSync(lockFile);
    await vi.waitFor(() => expect(slot.__aytqDbReady).toBeDefined(), { timeout: 150_000, interval: 50 });
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    const { prisma } = await connection();
    expect(await prisma.$queryRaw`SELECT 1 AS "one"`).toEqual([{ one: 1 }]);
  }, 180_000);

  it("is opened, and its folder locked, when the server starts (instrumentation.ts), before any request", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    const { register } = await import("@/instrumentation");
    await register();
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    expect(slot.__aytqDbReady).toBeDefined();
  }, 180_000);
});
