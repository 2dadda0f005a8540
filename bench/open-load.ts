// An open-model load: requests start on a fixed schedule (`rate` a second) whether or not the
// earlier ones have finished, as real visitors arrive, so a slow server queues work rather than
// slowing the load down. Each latency counts from when its request was due, not from when it
// was sent, so a stalled client loop cannot hide a stall (no coordinated omission).
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { percentile } from "./stats";

export interface LoadTarget {
  name: string;
  /** Sends one request and resolves with its status once the body has arrived; `signal` aborts it once it has taken the load's timeout. */
  send(signal: AbortSignal): Promise<number>;
}

// Kept-alive connections, taken in turn (fifo) so that the load spreads over them, and so over a
// server's processes, which the operating system hands connections to. node:http rather than
// fetch: fetch cost this generator ~2.5 ms of CPU a request against ~1 ms, on a machine it shares
// with the server.
const agent = new http.Agent({ keepAlive: true, scheduling: "fifo" });

/**
 * One request as a browser sends it (compressed answers accepted, redirects not followed); resolves
 * with the status once the whole body has arrived, which is counted, not decoded.
 */
export function request(
  url: string,
  { method = "GET", headers = {}, body, signal }: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal },
): Promise<number> {
  const length = body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const options = { method, agent, signal, headers: { "accept-encoding": "gzip, deflate, br", ...length, ...headers } };
    const sent = http.request(url, options, (response) => {
      response.on("data", () => {});
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    sent.on("error", reject);
    sent.end(body);
  });
}

export interface Sample {
  target: string;
  /** When it was due, in ms since the start. */
  at: number;
  ms: number;
  /** The HTTP status, or 0 when the request failed outright (refused, reset, timed out). */
  status: number;
}

export interface OpenLoadOptions {
  rate: number;
  seconds: number;
  /** The target of the i-th request. */
  pick(i: number): LoadTarget;
  /** Requests still waiting beyond this many are not sent, and counted as dropped. */
  maxInFlight?: number;
  timeoutMs?: number;
}

export interface OpenLoadResult {
  samples: Sample[];
  dropped: number;
  seconds: number;
}

export async function openLoad({ rate, seconds, pick, maxInFlight = 2_000, timeoutMs = 10_000 }: OpenLoadOptions): Promise<OpenLoadResult> {
  const samples: Sample[] = [];
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  const total = Math.floor(rate * seconds);
  let dropped = 0;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    if (inFlight.size >= maxInFlight) {
      dropped++;
      continue;
    }
    const target = pick(i);
    const tracked: Promise<void> = target
      .send(AbortSignal.timeout(timeoutMs))
      .catch(() => 0)
      .then((status) => {
        samples.push({ target: target.name, at: due - start, ms: performance.now() - due, status });
        inFlight.delete(tracked);
      });
    inFlight.add(tracked);
  }
  await Promise.all(inFlight);
  return { samples, dropped, seconds: (performance.now() - start) / 1000 };
}

export interface TargetSummary {
  target: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  ok: number;
  clientErrors: number;
  status500: number;
  status503: number;
  failed: number;
}

/** Per target: how many, how fast, and how they ended. Latencies are of every request, errors included. */
export function summarise(result: OpenLoadResult): TargetSummary[] {
  const byTarget = Map.groupBy(result.samples, (s) => s.target);
  return [...byTarget].map(([target, samples]) => {
    const times = samples.map((s) => s.ms);
    const count = (test: (status: number) => boolean) => samples.filter((s) => test(s.status)).length;
    return {
      target,
      requests: samples.length,
      perSecond: samples.length / result.seconds,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      ok: count((s) => s >= 200 && s < 400),
      clientErrors: count((s) => s >= 400 && s < 500),
      status500: count((s) => s === 500),
      status503: count((s) => s === 503),
      failed: count((s) => s === 0 || (s >= 500 && s !== 500 && s !== 503)),
    };
  });
}
