// The embedded database's folder lock: PGlite has none of its own, and two processes on one
// folder silently lose writes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DatabaseInUseError, lockDataDir, openPGlite } from "./pglite";

describe("lockDataDir", () => {
  let parent: string;
  let dataDir: string;
  let lockFile: string;
  beforeEach(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), "aytq-lock-"));
    dataDir = path.join(parent, "pglite");
    lockFile = path.join(parent, "pglite.lock");
  });
  afterEach(() => fs.rmSync(parent, { recursive: true, force: true }));

  it("takes the lock with this process's id, and gives it back", () => {
    const release = lockDataDir(dataDir);

    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("lets the process that holds the lock take it again", () => {
    lockDataDir(dataDir);

    expect(() => lockDataDir(dataDir)).not.toThrow();
  });

  it("refuses a folder that another running process holds, saying which and what to do", async () => {
    // vitest's main process: alive for as long as this test runs.
    fs.writeFileSync(lockFile, String(process.ppid));

    expect(() => lockDataDir(dataDir)).toThrow(DatabaseInUseError);
    expect(() => lockDataDir(dataDir)).toThrow(new RegExp(`in use by another process \\(pid ${process.ppid}\\).*stop that process first`, "s"));
    await expect(openPGlite(dataDir)).rejects.toBeInstanceOf(DatabaseInUseError);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("takes over a lock left by a process that has gone", () => {
    fs.writeFileSync(lockFile, "2147483646"); // no such process

    lockDataDir(dataDir);
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
  });
});
