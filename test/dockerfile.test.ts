// Docker cannot build images on these machines, so the Dockerfile is checked here instead:
// everything it copies exists (from the build context, or after `npm run build`), and the image's
// files, laid out in a folder exactly as its final stage copies them, start with its own CMD and
// pass its own HEALTHCHECK: migrated, seeded, serving pages, styles and fonts.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { freePort } from "./free-port";
import { PREVIEW_ENV } from "./production-env";

const root = process.cwd();
const WORKDIR = "/app";

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  name: string;
  instructions: Instruction[];
}

/** The Dockerfile's stages and instructions (continuation lines joined, comments dropped). */
function parseDockerfile(text: string): Stage[] {
  const lines = text.replace(/\\\r?\n/g, " ").split(/\r?\n/);
  const stages: Stage[] = [];
  for (const line of lines.map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))) {
    const [, keyword = "", args = ""] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === "FROM") stages.push({ name: /\bAS\s+(\S+)/i.exec(args)?.[1] ?? String(stages.length), instructions: [] });
    stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
  }
  return stages;
}

interface Copy {
  from?: string;
  sources: string[];
  destination: string;
}

function copies(stage: Stage): Copy[] {
  return stage.instructions
    .filter((i) => i.keyword === "COPY")
    .map(({ args }) => {
      const words = args.split(/\s+/);
      const from = words.find((w) => w.startsWith("--from="))?.slice("--from=".length);
      const paths = words.filter((w) => !w.startsWith("--"));
      return { from, sources: paths.slice(0, -1), destination: paths.at(-1)! };
    });
}

const dockerfile = parseDockerfile(fs.readFileSync(path.join(root, "Dockerfile"), "utf8"));
const finalStage = dockerfile.at(-1)!;

/** Where a path in a build stage's /app is found in this checkout (the stages build in /app). */
const inCheckout = (stagePath: string) => path.join(root, path.relative(WORKDIR, path.resolve(WORKDIR, stagePath)));

// .dockerignore patterns, as Docker reads them: relative to the context's root, * within a name.
function ignoredByDockerignore(relativePath: string): string | undefined {
  const patterns = fs
    .readFileSync(path.join(root, ".dockerignore"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  const normalised = path.posix.normalize(relativePath);
  return patterns.find((pattern) => {
    const regex = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*\*/g, "\u0000")
        .replace(/\*/g, "[^/]*")
        .replace(/\u0000/g, ".*")}(/.*)?$`,
    );
    return regex.test(normalised);
  });
}

const built = fs.existsSync(path.join(root, ".next", "standalone", "server.js"));
const bundled = fs.existsSync(path.join(root, ".next", "cli", "db.mjs"));
const noBuild = !built
  ? "no build: run `npm run build` first"
  : !bundled
    ? "the build came from `next build` alone: `npm run build` also bundles the scripts into .next/cli"
    : undefined;

describe("Dockerfile", () => {
  it("is a multi-stage build on Node 24 slim whose image runs as a user without privileges, with a health check", () => {
    expect(dockerfile.map((stage) => stage.name)).toEqual(["deps", "build", "run"]);
    for (const stage of dockerfile) expect(stage.instructions[0]!.args).toMatch(/^node:24-slim\b/);
    expect(finalStage.instructions.filter((i) => i.keyword === "USER").at(-1)?.args).toBe("node");
    expect(finalStage.instructions.find((i) => i.keyword === "HEALTHCHECK")?.args).toContain("/api/health");
  });

  it("copies from the build context only what exists and .dockerignore lets through", () => {
    for (const stage of dockerfile) {
      for (const copy of copies(stage).filter((c) => !c.from)) {
        for (const source of copy.sources) {
          expect(fs.existsSync(path.join(root, source)), `${stage.name}: COPY ${source}`).toBe(true);
          expect(ignoredByDockerignore(source), `${stage.name}: COPY ${source} is excluded by .dockerignore`).toBeUndefined();
        }
      }
    }
  });

  it("copies from earlier stages only what they have (after npm ci and npm run build)", ({ skip }) => {
    const names = dockerfile.map((stage) => stage.name);
    const missing: string[] = [];
    let checked = 0;
    for (const [index, stage] of dockerfile.entries()) {
      for (const copy of copies(stage).filter((c) => c.from)) {
        expect(names.slice(0, index), `${stage.name}: COPY --from=${copy.from}`).toContain(copy.from);
        // The build stage's own outputs exist only after a build here; npm ci's always do.
        if (copy.from === "build" && noBuild) continue;
        for (const source of copy.sources) {
          checked++;
          if (!fs.existsSync(inCheckout(source))) missing.push(`${stage.name}: COPY --from=${copy.from} ${source}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(0);
    if (noBuild) skip(`the build stage's outputs were not checked: ${noBuild}`);
  });

  it("lays out an image that migrates, seeds, starts with its CMD and passes its HEALTHCHECK", { timeout: 300_000 }, async ({ skip }) => {
    if (noBuild) return skip(noBuild);
    const image = fs.mkdtempSync(path.join(os.tmpdir(), "aytq-image-"));
    try {
      // The final stage's files, copied as its COPY lines say.
      for (const copy of copies(finalStage)) {
        for (const source of copy.sources) {
          const from = copy.from ? inCheckout(source) : path.join(root, source);
          const to = path.join(image, path.relative(WORKDIR, path.resolve(WORKDIR, copy.destination)));
          fs.cpSync(from, fs.statSync(from).isDirectory() ? to : path.join(to, path.basename(from)), { recursive: true });
        }
      }
      // Its ENV, with /app made this folder, the loopback interface and a free port.
      const env: Record<string, string> = {};
      for (const { args } of finalStage.instructions.filter((i) => i.keyword === "ENV")) {
        for (const [, key, value] of args.matchAll(/(\w+)=(\S+)/g)) env[key!] = value!.replace(/^\/app\b/, image);
      }
      const port = await freePort();
      Object.assign(env, { PORT: String(port), ...PREVIEW_ENV, APP_URL: `http://127.0.0.1:${port}` });
      // Only the image's own variables (and a PATH to find node and sh), nothing from this shell.
      const baseEnv: NodeJS.ProcessEnv = { NODE_ENV: "production", PATH: process.env.PATH, HOME: os.tmpdir(), ...env };

      const cmd = JSON.parse(finalStage.instructions.find((i) => i.keyword === "CMD")!.args) as string[];
      const health = JSON.parse(finalStage.instructions.find((i) => i.keyword === "HEALTHCHECK")!.args.replace(/^.*?CMD\s+/, "")) as string[];
      const server = spawn(cmd[0]!, cmd.slice(1), { cwd: image, env: baseEnv, stdio: ["ignore", "pipe", "pipe"] });
      let log = "";
      server.stdout.on("data", (chunk) => (log += chunk));
      server.stderr.on("data", (chunk) => (log += chunk));
      try {
        // A new embedded database (initdb, migrations, seed) takes 10 s on a quiet 2-core machine
        // and a minute on a busy one.
        const deadline = Date.now() + 240_000;
        for (;;) {
          const check = spawnSync(health[0]!, health.slice(1), { cwd: image, env: baseEnv, encoding: "utf8" });
          if (check.status === 0) break;
          if (server.exitCode !== null || Date.now() > deadline) throw new Error(`The image did not become healthy:\n${log}`);
          await sleep(250);
        }
        expect(log).toContain("Seeded the research personas into a new database.");

        const base = `http://127.0.0.1:${port}`;
        const page = await fetch(`${base}/qualifications/start`);
        expect(page.status).toBe(200);
        const html = await page.text();
        const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
        expect(stylesheet).toBeDefined();
        expect((await fetch(base + stylesheet)).status).toBe(200);
        expect((await fetch(`${base}/assets/images/favicon.ico`)).status).toBe(200);
      } finally {
        server.kill("SIGTERM");
        if (server.exitCode === null) await new Promise((resolve) => server.once("exit", resolve));
      }
    } finally {
      fs.rmSync(image, { recursive: true, force: true });
    }
  });
});
