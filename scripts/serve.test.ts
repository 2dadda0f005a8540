// scripts/serve.mjs, the production server's launcher, with a stand-in for Next.js's server (an
// entry module that answers its own process id, and ends itself on /exit): how many processes it
// runs, that the listening port is shared, that a process that dies is replaced, that SIGTERM
// stops them all, and that a setting it cannot honour stops it before it serves anything.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../test/free-port";
import { DEFAULT_MAX_PROCESSES, serverProcesses } from "./server-processes.mjs";

describe("serverProcesses", () => {
  const postgres = { DATABASE_URL: "postgres://localhost/aytq" };

  it("runs one process per CPU on PostgreSQL, up to the default cap", () => {
    expect(serverProcesses(postgres, 2)).toEqual({ ok: true, count: 2 });
    expect(serverProcesses(postgres, 1)).toEqual({ ok: true, count: 1 });
    expect(serverProcesses(postgres, 32)).toEqual({ ok: true, count: DEFAULT_MAX_PROCESSES });
  });

  it("runs one process on the embedded database, whatever the CPUs", () => {
    expect(serverProcesses({}, 8)).toEqual({ ok: true, count: 1 });
    expect(serverProcesses({ DATABASE_URL: " " }, 8)).toEqual({ ok: true, count: 1 });
  });

  it("takes WEB_CONCURRENCY as asked, beyond the default cap too", () => {
    expect(serverProcesses({ ...postgres, WEB_CONCURRENCY: "1" }, 8)).toEqual({ ok: true, count: 1 });
    expect(serverProcesses({ ...postgres, WEB_CONCURRENCY: " 12 " }, 2)).toEqual({ ok: true, count: 12 });
    expect(serverProcesses({ WEB_CONCURRENCY: "1" }, 8)).toEqual({ ok: true, count: 1 });
  });

  it.each(["0", "-1", "1.5", "two", "65", "1e2", "0x2", "4 processes"])("refuses WEB_CONCURRENCY=%s, saying what it takes", (asked) => {
    const result = serverProcesses({ ...postgres, WEB_CONCURRENCY: asked }, 2);
    expect(result).toEqual({ ok: false, message: expect.stringContaining("WEB_CONCURRENCY must be a whole number from 1 to 64") });
  });

  it("refuses more than one process on the embedded database", () => {
    expect(serverProcesses({ WEB_CONCURRENCY: "2" }, 2)).toEqual({
      ok: false,
      message: "WEB_CONCURRENCY=2 needs DATABASE_URL: the embedded database (PGlite) belongs to one process.",
    });
  });
});

// --- The launcher itself, in real processes --------------------------------------------------

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

/** A stand-in for the app server (serve.mjs runs a module given to it instead): listens on PORT, answers its pid; /exit ends it. */
function standInServer(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aytq-serve-"));
  const entry = path.join(dir, "server.mjs");
  fs.writeFileSync(
    entry,
    `import http from "node:http";
http.createServer((request, response) => {
  response.setHeader("connection", "close");
  response.end(String(process.pid));
  if (request.url === "/exit") request.socket.once("close", () => process.exit(3));
}).listen(Number(process.env.PORT), "127.0.0.1");
`,
  );
  return entry;
}

interface Launched {
  child: ChildProcess;
  exited: Promise<number | null>;
  stderr: () => string;
}

function launch(env: Record<string, string>, entry: string): Launched {
  const child = spawn(process.execPath, [path.join(process.cwd(), "scripts/serve.mjs"), entry], {
    cwd: path.dirname(entry),
    env: { NODE_ENV: "production", PATH: process.env.PATH, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  running.push(child);
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

/** The pid that answered, or undefined while nothing listens (or in 2 s). A new connection each time. */
function whoAnswers(port: number, pathname = "/"): Promise<number | undefined> {
  return new Promise((resolve) => {
    const asked = http.get({ host: "127.0.0.1", port, path: pathname, agent: false, timeout: 2_000 }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(Number(body)));
    });
    asked.on("timeout", () => asked.destroy());
    asked.on("error", () => resolve(undefined));
  });
}

/** Asks until `enough` distinct processes have answered, or 15 s have passed. */
async function answeringPids(port: number, enough: number): Promise<Set<number>> {
  const pids = new Set<number>();
  const deadline = Date.now() + 15_000;
  while (pids.size < enough && Date.now() < deadline) {
    const pid = await whoAnswers(port);
    if (pid) pids.add(pid);
    else await sleep(50);
  }
  return pids;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("scripts/serve.mjs", () => {
  it("serves one port from WEB_CONCURRENCY processes, replaces one that dies, and stops them all on SIGTERM", async () => {
    const port = await freePort();
    const server = launch({ PORT: String(port), DATABASE_URL: "postgres://localhost/unused", WEB_CONCURRENCY: "3" }, standInServer());

    const first = await answeringPids(port, 3);
    expect(first.size).toBe(3);
    expect(first.has(server.child.pid!)).toBe(false);

    const ended = await whoAnswers(port, "/exit");
    expect(first).toContain(ended);
    const replaced = await (async () => {
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const now = await answeringPids(port, 3);
        if (now.size === 3 && !now.has(ended!)) return now;
      }
      return undefined;
    })();
    expect(replaced, "three processes answer again, the ended one not among them").toBeDefined();
    expect(server.stderr()).toMatch(/server process \d+ ended \(exit code 3\)/);

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    await expect.poll(() => [...replaced!].filter(alive), { timeout: 5_000 }).toEqual([]);
    expect(await whoAnswers(port)).toBeUndefined();
  }, 40_000);

  it("stops with exit code 1 when a process dies before it serves", async () => {
    const entry = path.join(path.dirname(standInServer()), "fails.mjs");
    fs.writeFileSync(entry, `process.exit(9);\n`);
    const server = launch({ DATABASE_URL: "postgres://localhost/unused", WEB_CONCURRENCY: "2" }, entry);
    expect(await server.exited).toBe(1);
    expect(server.stderr()).toMatch(/server process \d+ ended before it served anything \(exit code 9\): stopping/);
  }, 20_000);

  it("is the server itself with one process", async () => {
    const port = await freePort();
    const server = launch({ PORT: String(port) }, standInServer());
    expect(await answeringPids(port, 1)).toEqual(new Set([server.child.pid]));
    server.child.kill("SIGTERM");
    await server.exited;
  }, 20_000);

  it("refuses, before serving, more than one process on the embedded database", async () => {
    const port = await freePort();
    const server = launch({ PORT: String(port), WEB_CONCURRENCY: "2" }, standInServer());
    expect(await server.exited).toBe(1);
    expect(server.stderr()).toContain("WEB_CONCURRENCY=2 needs DATABASE_URL");
    expect(await whoAnswers(port)).toBeUndefined();
  }, 20_000);
});
