// Small numbers helpers for the benchmark.

/** The p-th percentile (0–100) by nearest rank; NaN for no samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (samples: number[]) => percentile(samples, 50);

/** Runs `fn` one call after another until `count` calls or `budgetMs` have passed (at least `min` calls). */
export async function timeSequentially(
  fn: () => Promise<void>,
  { count, budgetMs, min = 3 }: { count: number; budgetMs: number; min?: number },
): Promise<number[]> {
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (times.length < count && (times.length < min || performance.now() < deadline)) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times;
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : "–");
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
