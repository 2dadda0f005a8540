// Journeys against the production build (`npm run test:e2e` builds first) on a fresh database
// each run: embedded PGlite by default, PostgreSQL when DATABASE_URL is set (see .ci/run).
// Every journey runs twice, with JavaScript on and off; pure API specs (*.api.spec.ts) once.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
// The research journeys have a server of their own (research mode on, a shared password, its own
// database), because their reset empties the database the other journeys rely on.
const researchPort = Number(process.env.E2E_RESEARCH_PORT ?? port + 10);
const researchURL = `http://localhost:${researchPort}`;
export const RESEARCH_PASSWORD = "research-journeys-password";
const RESEARCH_SPEC = /research\.spec\.ts$/;
const ci = !!process.env.CI;
// Keeps the PGlite and PostgreSQL runs' reports apart when CI runs both on one checkout.
const runName = process.env.DATABASE_URL ? "postgres" : "pglite";

export default defineConfig({
  testDir: "e2e",
  outputDir: `test-results/${runName}`,
  fullyParallel: true,
  forbidOnly: ci,
  // Measured on 2 cores (server, browser and axe all local): 2 workers 80 s, 1 worker 130 s.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // One retry in CI to gather a trace; a test that passes only on retry is reported as flaky
  // by the list reporter and counted in .ci/run's summary, not hidden.
  retries: ci ? 1 : 0,
  // Generous: the axe check of each new page runs inside the next action or assertion, and
  // counts towards its timeout (1-4 s a page on a busy 2-core machine).
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: ci
    ? [["list"], ["html", { open: "never", outputFolder: `playwright-report/${runName}` }], ["json", { outputFile: `test-results/${runName}/results.json` }]]
    : [["list"]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: {
      // Debian's Chromium (apt-get install chromium); never `npx playwright install`.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // On a closed network Chromium's own background connections are refused; keep it quiet.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
      ],
    },
    viewport: { width: 1280, height: 800 },
    actionTimeout: 15_000,
    navigationTimeout: 15_000,
    trace: ci ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "js-on", testIgnore: [/\.api\.spec\.ts$/, RESEARCH_SPEC], use: { javaScriptEnabled: true } },
    { name: "js-off", testIgnore: [/\.api\.spec\.ts$/, RESEARCH_SPEC], use: { javaScriptEnabled: false } },
    { name: "api", testMatch: /\.api\.spec\.ts$/ },
    // One after the other on their server: each ends with a reset.
    { name: "research-js-on", testMatch: RESEARCH_SPEC, fullyParallel: false, use: { javaScriptEnabled: true, baseURL: researchURL } },
    {
      name: "research-js-off",
      testMatch: RESEARCH_SPEC,
      fullyParallel: false,
      dependencies: ["research-js-on"],
      use: { javaScriptEnabled: false, baseURL: researchURL },
    },
  ],
  webServer: [
    {
      command: `node scripts/e2e-server.mjs ${port}`,
      // Ready when the app answers and its database does too.
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: ci ? 180_000 : 90_000,
      stdout: "ignore",
      stderr: "pipe",
      // SIGTERM lets next-server stop and the script remove the PGlite folder.
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      command: `node scripts/e2e-server.mjs ${researchPort}`,
      url: `${researchURL}/api/health`,
      env: { ...(process.env as Record<string, string>), RESEARCH_MODE: "on", PREVIEW_PASSWORD: RESEARCH_PASSWORD, E2E_OWN_DATABASE: "1" },
      reuseExistingServer: false,
      timeout: ci ? 180_000 : 90_000,
      stdout: "ignore",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
  ],
});
