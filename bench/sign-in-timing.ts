// npm run bench -- --sign-in: does asking to sign in take longer for an address with an account
// than for one without? (It would tell an attacker which addresses have accounts.) Times
// startSignIn() for BENCH_SIGN_INS (default 300) addresses of each kind, interleaved at random
// in one run, and compares them with a Mann–Whitney test (ranks, so a stray pause from another
// process on the machine weighs no more than any other sample). The probe in issue 12 found
// z = 3.6–4.6 before both paths made the same writes; |z| < 3 is "no difference detected".
// Not a pass/fail test: the database test (lib/identity/sign-in.test.ts) proves the writes equal.
import { startSignIn } from "../lib/identity/sign-in";
import { generateToken } from "../lib/identity/tokens";
import { openBenchDatabase } from "./database";
import { median, ms, percentile } from "./stats";

const log = (line: string) => process.stderr.write(`[bench:sign-in] ${line}\n`);

/** Mann–Whitney U as a z-score (normal approximation, ties averaged); > 0 when `a` tends larger. */
export function mannWhitneyZ(a: number[], b: number[]): number {
  const all = [...a.map((value) => ({ value, fromA: true })), ...b.map((value) => ({ value, fromA: false }))].sort((x, y) => x.value - y.value);
  let rankSumA = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]!.value === all[i]!.value) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (all[k]!.fromA) rankSumA += rank;
    i = j + 1;
  }
  const u = rankSumA - (a.length * (a.length + 1)) / 2;
  const mean = (a.length * b.length) / 2;
  const sd = Math.sqrt((a.length * b.length * (a.length + b.length + 1)) / 12);
  return (u - mean) / sd;
}

export async function signInTimingBench(): Promise<void> {
  const database = await openBenchDatabase();
  try {
    const count = Number(process.env.BENCH_SIGN_INS ?? 300);
    const warmUp = 30;
    await database.prisma.identityAccount.createMany({
      data: Array.from({ length: count + warmUp }, (_, i) => ({ email: `known${i}@example.com`, firstName: "Known", lastName: `Teacher${i}` })),
    });
    log(`${database.kind}: ${count} addresses with an account and ${count} without, in random order`);

    let ip = 0;
    const ask = async (email: string) => {
      const started = performance.now();
      // A fresh address, IP and browser each time: no rate limit is reached, as for a real prober.
      const result = await startSignIn({ email, ip: `10.${(++ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`, returnTo: "/", requester: generateToken() });
      if (result.status !== "sent") throw new Error(`startSignIn answered ${result.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < warmUp; i++) {
      await ask(`known${count + i}@example.com`);
      await ask(`warm-up-unknown${i}@example.com`);
    }
    const order = [...Array.from({ length: count }, (_, i) => ({ known: true, i })), ...Array.from({ length: count }, (_, i) => ({ known: false, i }))];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const known: number[] = [];
    const unknown: number[] = [];
    for (const { known: isKnown, i } of order) {
      if (isKnown) known.push(await ask(`known${i}@example.com`));
      else unknown.push(await ask(`unknown${i}@example.com`));
    }

    const z = mannWhitneyZ(known, unknown);
    const rows = [
      ["startSignIn()", "median", "p90", "n"],
      ["address with an account", ms(median(known)), ms(percentile(known, 90)), String(known.length)],
      ["address without one", ms(median(unknown)), ms(percentile(unknown, 90)), String(unknown.length)],
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    const line = (r: string[]) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join("  ")
        .trimEnd();
    console.log(`\nSign-in requests, known against unknown addresses (${database.kind}, in-process)\n`);
    console.log([line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n"));
    console.log(
      `\nMann–Whitney z = ${z.toFixed(2)} (ratio of medians ${(median(known) / median(unknown)).toFixed(3)}): ` +
        (Math.abs(z) < 3 ? "no difference detected (|z| < 3)." : "a difference at |z| ≥ 3: run again on a quiet machine before concluding."),
    );
  } finally {
    await database.close();
  }
}
