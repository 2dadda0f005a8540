// The production server of one process: Next.js's request handler (`next({ dev: false })`, its
// documented custom-server API) on a node:http server of ours, so that the two things Next.js
// cannot do are done per request, before Next.js sees it, with nothing of Node's patched:
// - each request is stamped with its socket's address, protocol and port (peer.mjs);
// - each response is watched for Next's empty 500 document, sent as GOV.UK's problem page instead
//   (failed-page.mjs);
// - a body declared over its route's limit is answered before it is read (lib/next-seams/oversized-bodies.mjs).
// scripts/serve.mjs runs it in one process or one per CPU. Under `next dev` none of this runs.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { answerOversizedBody } from "./oversized-bodies.mjs";
import { replaceFailedPage } from "./failed-page.mjs";
import { markPeerStamping, stampPeer } from "./peer.mjs";

/** How long a graceful stop waits for requests in flight before it ends the process anyway. */
const STOP_TIMEOUT_MS = 10_000;

/**
 * Seam: the container image serves Next.js's standalone output (next.config.js: output
 * "standalone"), whose node_modules hold only what serving needs: loading next.config.js there
 * fails (Next reaches for its webpack, not traced). Next's own standalone server.js gives it the
 * settings resolved at build time instead, through __NEXT_PRIVATE_STANDALONE_CONFIG, read by
 * next/dist/server/config.js's loadConfig; this does the same, from the build's
 * required-server-files.json, when the folder has no next.config.js (the checkout has one, and
 * Next loads it as `next start` does). Pinned by the image check in lib/next-seams/README.md.
 * @param {string} dir
 */
function useStandaloneConfig(dir) {
  if (fs.existsSync(path.join(dir, "next.config.js"))) return;
  const serverFiles = path.join(dir, ".next", "required-server-files.json");
  if (!fs.existsSync(serverFiles)) return;
  const { config } = JSON.parse(fs.readFileSync(serverFiles, "utf8"));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(config);
}

/**
 * Starts Next.js's production build in `dir` and serves it on `port` (`hostname`: the address to
 * listen on; every address when undefined). Resolves once it listens.
 * @param {{ dir: string, port: number, hostname?: string, log?: (message: string) => void }} options
 * @returns {Promise<{ server: http.Server, close: () => Promise<void> }>}
 */
export async function startAppServer({ dir, port, hostname, log = () => {} }) {
  const started = Date.now();
  useStandaloneConfig(dir);
  const server = http.createServer();
  // Next.js takes `hostname` for the addresses it builds for itself: "localhost" when unset, as `next start`.
  const app = next({ dev: false, dir, port, hostname: hostname ?? "localhost", httpServer: server });
  await app.prepare();
  const handle = app.getRequestHandler();
  markPeerStamping();
  server.on("request", (request, response) => {
    if (answerOversizedBody(request, response)) return;
    stampPeer(request);
    replaceFailedPage(response);
    handle(request, response).catch((error) => {
      // Next.js answers its own failures; this is only for one it did not.
      console.error(error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => {
      server.off("error", reject);
      resolve(undefined);
    });
  });
  log(`Ready on ${hostname ?? "every address"}:${port} in ${Date.now() - started} ms`);

  let closing;
  const close = () =>
    (closing ??= (async () => {
      const stopped = new Promise((resolve) => server.close(resolve));
      server.closeIdleConnections();
      await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref())]);
      await app.close();
    })());
  return { server, close };
}
