// npm run fuzz -- --cases N [--seed S]: the generated attack on every route and action
// (e2e/attack.api.spec.ts) with N cases each instead of npm test's 50, against the production
// build (run `npm run build` first), on a journey server of its own: no 5xx, and no write
// (e2e/attack-writes.ts).
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { cases: { type: "string", default: "500" }, seed: { type: "string" } } });
if (!/^\d+$/.test(values.cases) || Number(values.cases) < 1) {
  console.error("Usage: npm run fuzz -- --cases N [--seed S]   (N a whole number of cases per route and action)");
  process.exit(2);
}
const env = { ...process.env, FUZZ_CASES: values.cases, ...(values.seed ? { FUZZ_SEED: values.seed } : {}) };
const run = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", "--project=api", "e2e/attack.api.spec.ts"], { stdio: "inherit", env });
process.exit(run.status ?? 1);
