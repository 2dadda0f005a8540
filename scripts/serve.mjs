// The production server, as several processes when the database allows it: one Node.js process
// runs JavaScript on one core, and each page costs Next.js a few milliseconds of it, so a single
// process leaves the other cores idle while requests queue (docs/performance.md: "Pages under load").
//   node scripts/serve.mjs [-p port] [-H host]   the build in this folder (npm start, the journeys,
//                                                the bench; the image, from its standalone folder)
//   node scripts/serve.mjs <module>              that module in each process instead of Next.js
//                                                (the tests' stand-in; PORT from the environment)
// Each process is our own node:http server around Next.js's request handler
// (lib/next-seams/server.mjs): it stamps each request's socket address and answers a failed page
// with GOV.UK's problem page, with nothing of Node's or Next's internals patched or imported.
// The port is -p, else PORT, else 3000; the address -H, else every address (as `next start`).
// WEB_CONCURRENCY says how many processes (scripts/server-processes.mjs). With more than one, this
// process forks them and does nothing else: the operating system shares the listening socket,
// a process that dies once serving is replaced (one that dies before it serves stops them all: it
// would only fail again), and SIGTERM or SIGINT is passed on for each one's graceful stop. With
// one, it is the server itself.
// Plain JavaScript: the image runs it with no TypeScript loader and no development packages.
import cluster from "node:cluster";
import path from "node:path";
import { pathToFileURL } from "node:url";
import nextEnv from "@next/env";
import { startAppServer } from "../lib/next-seams/server.mjs";
import { serverProcesses } from "./server-processes.mjs";

function log(message) {
  process.stderr.write(`[serve] ${message}\n`);
}

/** `-p`/`--port` and `-H`/`--hostname` as `next start` takes them; anything else is the entry. */
function parseArguments(args) {
  const options = { entry: undefined, port: undefined, hostname: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "-p" || arg === "--port") options.port = args[++i];
    else if (arg === "-H" || arg === "--hostname") options.hostname = args[++i];
    else options.entry = arg;
  }
  return options;
}

async function serve({ entry, port, hostname }) {
  if (entry) {
    await import(pathToFileURL(path.resolve(entry)).href);
    return;
  }
  const { close } = await startAppServer({
    dir: process.cwd(),
    port: Number(port ?? process.env.PORT ?? 3000),
    hostname,
    log,
  });
  // A graceful stop: requests in flight finish, then Next.js closes; a second signal ends it now.
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
      process.once(signal, () => process.exit(1));
      close().then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

function runPrimary(count) {
  let stopping = false;
  // Our own account: cluster.workers can still hold a worker while its "exit" is being handled.
  const alive = new Set();
  const served = new WeakSet();
  const fork = () => {
    const worker = cluster.fork();
    alive.add(worker);
    worker.once("listening", () => served.add(worker));
  };
  const stopAll = (signal) => {
    stopping = true;
    for (const worker of alive) worker.process.kill(signal);
    if (alive.size === 0) process.exit(process.exitCode ?? 0);
  };

  cluster.on("exit", (worker, code, signal) => {
    alive.delete(worker);
    if (stopping) {
      if (alive.size === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    const how = signal ?? `exit code ${code}`;
    if (!served.has(worker)) {
      // It never got as far as serving (a bad environment, the port taken): another would fare
      // no better, so stop, and let whatever runs the service see it and say why.
      log(`server process ${worker.process.pid} ended before it served anything (${how}): stopping`);
      process.exitCode = 1;
      stopAll("SIGTERM");
      return;
    }
    log(`server process ${worker.process.pid} ended (${how}): starting another`);
    fork();
  });

  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => stopAll(signal));

  log(`${count} server processes`);
  for (let i = 0; i < count; i++) fork();
}

const options = parseArguments(process.argv.slice(2));
if (cluster.isWorker) {
  // The primary has loaded the environment and decided; a worker inherits both.
  await serve(options);
} else {
  // As `next start` does: this serves a production build.
  process.env.NODE_ENV = "production";
  nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
  const processes = serverProcesses(process.env);
  if (!processes.ok) {
    log(processes.message);
    process.exit(1);
  }
  if (processes.count > 1) runPrimary(processes.count);
  else await serve(options);
}
