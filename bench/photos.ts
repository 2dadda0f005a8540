// npm run bench -- --photos: phone photos made smaller on arrival (lib/dqt/evidence.ts), against
// baselines measured in the same run (issue 21):
//   1. CPU time (every thread of this process) to make a 12-megapixel phone photo smaller, against
//      the way before: the photo drawn again at full size as mozjpeg at quality 90. Target ≤ 1 s.
//   2. /cookies one request at a time on the production build, idle and while three uploads of
//      such a photo run at once, each upload from a fresh teacher (10 uploads an hour each).
//      Target: the median under uploads within 2× of idle.
import os from "node:os";
import sharp from "sharp";
import { shrinkPhoto } from "../lib/dqt/evidence";
import { startBenchServer } from "./server";
import { median, ms, percentile, timeSequentially } from "./stats";

const log = (line: string) => process.stderr.write(`[bench:photos] ${line}\n`);
const MB = 1024 * 1024;
const UPLOADS_AT_ONCE = 3;

/** A 12-megapixel landscape JPEG of fine detail, as a phone saves one (about 4.4 MB). */
async function phonePhoto(): Promise<Buffer> {
  const width = 4032;
  const height = 3024;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i % 3) * 40 + Math.floor(Math.random() * 40);
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

async function cpuMs(work: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function shrinkingCpu(photo: Buffer) {
  const shrunk: number[] = [];
  let size = 0;
  for (let i = 0; i < 5; i++) shrunk.push(await cpuMs(async () => void (size = (await shrinkPhoto(photo))!.length)));
  const before: number[] = [];
  let beforeSize = 0;
  for (let i = 0; i < 2; i++) {
    before.push(await cpuMs(async () => void (beforeSize = (await sharp(photo).rotate().jpeg({ quality: 90, mozjpeg: true }).toBuffer()).length)));
  }
  return { shrunk, size, before, beforeSize };
}

async function teacherCookie(baseUrl: string): Promise<string> {
  const copy = await fetch(`${baseUrl}/api/testing/teachers`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ persona: "tomasz" }),
  });
  if (copy.status !== 201) throw new Error(`No teacher copy: ${copy.status} ${await copy.text()}`);
  const { email } = (await copy.json()) as { email: string };
  const session = await fetch(`${baseUrl}/api/testing/sessions`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email }),
  });
  const { name, value } = (await session.json()) as { name: string; value: string };
  return `${name}=${value}`;
}

/** One upload of the photo; true when it was answered as expected (a 303 with no problem). */
async function uploadOnce(baseUrl: string, photo: Buffer, cookie: string): Promise<boolean> {
  const form = new FormData();
  form.set("evidence", new File([new Uint8Array(photo)], "IMG_0001.JPG", { type: "image/jpeg" }));
  // No draft is waiting, so the photo is made smaller and then not kept: the work measured is the same.
  const response = await fetch(`${baseUrl}/account/record/name/evidence/upload`, {
    method: "POST",
    headers: { cookie, origin: baseUrl },
    body: form,
    redirect: "manual",
  });
  await response.arrayBuffer();
  return response.status === 303 && !(response.headers.get("location") ?? "").includes("error=");
}

/** Uploads the photo again and again until stopped, a new teacher every 10 (the hourly limit). */
async function uploadLoop(baseUrl: string, photo: Buffer, cookies: string[], stopped: () => boolean): Promise<{ uploads: number; wrong: number }> {
  let uploads = 0;
  let wrong = 0;
  while (!stopped() && Math.floor(uploads / 10) < cookies.length) {
    if (!(await uploadOnce(baseUrl, photo, cookies[Math.floor(uploads / 10)]!))) wrong++;
    uploads++;
  }
  return { uploads, wrong };
}

async function cookiesUnderUploads(photo: Buffer) {
  const server = await startBenchServer(log);
  try {
    // The teachers are made first (on PGlite, in the server's own process, that is work too) and
    // one upload loads the route and sharp, so the uploads measured are only uploads.
    const cookies: string[][] = [];
    for (let i = 0; i < UPLOADS_AT_ONCE; i++) cookies.push([await teacherCookie(server.baseUrl), await teacherCookie(server.baseUrl)]);
    await uploadOnce(server.baseUrl, photo, await teacherCookie(server.baseUrl));
    const get = async () => void (await (await fetch(`${server.baseUrl}/cookies`)).arrayBuffer());
    await timeSequentially(get, { count: 50, budgetMs: 2_000 }); // warm
    const idle = await timeSequentially(get, { count: 400, budgetMs: 5_000 });
    let stop = false;
    const loops = cookies.map((own) => uploadLoop(server.baseUrl, photo, own, () => stop));
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // the uploads under way
    const busy = await timeSequentially(get, { count: 400, budgetMs: 8_000 });
    stop = true;
    const done = await Promise.all(loops);
    return { idle, busy, uploads: done.reduce((n, d) => n + d.uploads, 0), wrong: done.reduce((n, d) => n + d.wrong, 0) };
  } finally {
    await server.stop();
  }
}

export async function photoBench(): Promise<void> {
  const startedAt = performance.now();
  const photo = await phonePhoto();
  log(`a 12-megapixel photo of ${(photo.length / MB).toFixed(1)} MB: shrinking it in this process`);
  const cpu = await shrinkingCpu(photo);
  log("/cookies idle and under three uploads at once, on the production build");
  const pages = await cookiesUnderUploads(photo);

  const shrinkMs = median(cpu.shrunk);
  const ratio = median(pages.busy) / median(pages.idle);
  const rows = [
    ["measure", "median", "other", "result"],
    [
      "CPU to make the 12 MP photo smaller (now)",
      ms(shrinkMs),
      `${(cpu.size / MB).toFixed(2)} MB stored`,
      shrinkMs <= 1000 ? "met (≤ 1 s)" : "NOT met (≤ 1 s)",
    ],
    [
      "CPU the way before (full size, mozjpeg q90)",
      ms(median(cpu.before)),
      `${(cpu.beforeSize / MB).toFixed(2)} MB stored`,
      `${(median(cpu.before) / shrinkMs).toFixed(1)}× now`,
    ],
    ["/cookies idle, one at a time", ms(median(pages.idle)), `p95 ${ms(percentile(pages.idle, 95))}, n ${pages.idle.length}`, ""],
    [
      `/cookies under ${UPLOADS_AT_ONCE} uploads at once`,
      ms(median(pages.busy)),
      `p95 ${ms(percentile(pages.busy, 95))}, max ${ms(Math.max(...pages.busy))}, n ${pages.busy.length}`,
      `${ratio.toFixed(2)}× idle: ${ratio <= 2 ? "met (≤ 2×)" : "NOT met (≤ 2×)"}`,
    ],
    ["uploads made while measuring", String(pages.uploads), `${pages.wrong} not answered as expected`, ""],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const [index, row] of rows.entries()) {
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join("  ")
        .trimEnd(),
    );
    if (index === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
  console.log(
    `\n${os.cpus().length} CPUs, load average now ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}; Node ${process.version}; ${((performance.now() - startedAt) / 1000).toFixed(0)} s in all.`,
  );
}
