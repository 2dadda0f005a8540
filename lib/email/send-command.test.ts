// `npm run email:send` end to end against a fake Resend HTTP API (RESEND_BASE_URL): the real
// transport, batch endpoint, idempotency keys, a 429 waited out, and the exit code cron sees.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "@/lib/env";
import { useTestDatabase } from "@/test/database";
import { outboxRowData } from "./outbox";
import { emailSendCommand } from "./send-command";

const database = useTestDatabase();

interface Received {
  path: string;
  idempotencyKey: string | undefined;
  batchValidation: string | undefined;
  recipients: string[];
}

let server: http.Server;
let received: Received[] = [];
let answer: (request: Received, index: number) => { status: number; body: unknown; headers?: Record<string, string> };

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const parsed = JSON.parse(body || "null") as { to: string } | { to: string }[];
      const entry: Received = {
        path: request.url ?? "",
        idempotencyKey: request.headers["idempotency-key"] as string | undefined,
        batchValidation: request.headers["x-batch-validation"] as string | undefined,
        recipients: (Array.isArray(parsed) ? parsed : [parsed]).map((email) => String(email.to)),
      };
      received.push(entry);
      const { status, body: out, headers } = answer(entry, received.length - 1);
      response.writeHead(status, { "content-type": "application/json", ...headers });
      response.end(JSON.stringify(out));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const accept = (request: Received) => ({
  status: 200,
  body: request.path === "/emails/batch" ? { data: request.recipients.map((_, i) => ({ id: `re-${i}` })), errors: [] } : { id: "re-single" },
});

beforeEach(async () => {
  await database.prisma.outboxMessage.deleteMany();
  received = [];
  answer = accept;
  vi.stubEnv("RESEND_API_KEY", "re_test_key");
  vi.stubEnv("RESEND_BASE_URL", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  forgetEnvForTests();
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  forgetEnvForTests();
});

function output() {
  const lines = { log: [] as string[], error: [] as string[] };
  return { lines, console: { log: (line: string) => lines.log.push(line), error: (line: string) => lines.error.push(line) } };
}

async function enqueue(count: number, extra: Record<string, unknown> = {}) {
  const rows = Array.from({ length: count }, (_, i) => ({
    ...outboxRowData({
      to: `teacher${i}@example.com`,
      template: "sign-in",
      data: { link: `http://localhost:3000/x?token=t${i}`, code: "123456", expiresInMinutes: 15 },
    }),
    ...extra,
  }));
  await database.prisma.outboxMessage.createMany({ data: rows });
  return rows;
}

describe("npm run email:send", () => {
  it("sends through Resend's batch endpoint, waits out a 429 as Retry-After says, and exits 0", async () => {
    await enqueue(150);
    answer = (request, index) =>
      index === 0
        ? { status: 429, body: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" }, headers: { "retry-after": "2" } }
        : accept(request);
    const waits: number[] = [];
    const { lines, console } = output();

    const code = await emailSendCommand(["--rate", "500"], console, { sleep: async (ms) => void waits.push(ms) });

    expect(code).toBe(0);
    expect(lines.log.join("\n")).toMatch(/Sent 150, retrying 0, failed 0 .*asked us to slow down 1 time/);
    expect(waits).toContain(2000);
    expect(received.map((r) => [r.path, r.recipients.length])).toEqual([
      ["/emails/batch", 100],
      ["/emails/batch", 100],
      ["/emails/batch", 50],
    ]);
    expect(received[1]!.idempotencyKey).toBe(received[0]!.idempotencyKey); // the 429'd call, sent again as it was
    expect(received.every((r) => r.batchValidation === "permissive" && r.idempotencyKey?.startsWith("outbox-batch/"))).toBe(true);
    expect(await database.prisma.outboxMessage.count({ where: { status: "SENT", sealedData: null } })).toBe(150);
  });

  it("sends a lone message through the single endpoint, keyed by its outbox id", async () => {
    const [row] = await enqueue(1);
    expect(await emailSendCommand([], output().console)).toBe(0);
    expect(received).toEqual([{ path: "/emails", idempotencyKey: row!.id, batchValidation: undefined, recipients: ["teacher0@example.com"] }]);
  });

  it("exits 1 with a summary when mail has failed or is overdue, naming no recipient", async () => {
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    await enqueue(2, { createdAt: twoHoursAgo, nextAttemptAt: twoHoursAgo });
    await enqueue(1, { status: "FAILED", failedAt: new Date(), sealedData: null });
    answer = () => ({ status: 503, body: { statusCode: 503, name: "internal_server_error", message: "down" } });
    const { lines, console } = output();

    expect(await emailSendCommand([], console)).toBe(1);
    const summary = lines.error.join("\n");
    expect(summary).toContain("1 message(s) failed for good in the last 7 days");
    expect(summary).toContain("2 message(s) overdue: unsent an hour after they were written despite retries");
    expect(summary).not.toContain("@example.com");
    expect(lines.log.join("\n")).toMatch(/Sent 0, retrying 2, failed 0/);
  });

  it("exits 2 for a bad --rate", async () => {
    const { lines, console } = output();
    expect(await emailSendCommand(["--rate", "fast"], console)).toBe(2);
    expect(lines.error.join("\n")).toMatch(/--rate must be a number above 0/);
    expect(await emailSendCommand(["--speed", "1"], console)).toBe(2);
  });

  it("without RESEND_API_KEY sends nothing and raises no alarm: mail stays in the outbox", async () => {
    vi.stubEnv("RESEND_API_KEY", "");
    forgetEnvForTests();
    await enqueue(1, { createdAt: new Date(Date.now() - 2 * 3600_000) });
    const { lines, console } = output();
    expect(await emailSendCommand([], console)).toBe(0);
    expect(lines.log[0]).toContain("RESEND_API_KEY is not set");
    expect(received).toHaveLength(0);
  });
});
