// API only: runs once, in the "api" project, without a browser.
import { apiTest as test, expect } from "./fixtures";

test("GET /api/health says ok when the database answers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  // Load balancers must see the live answer, never a cached one.
  expect(response.headers()["cache-control"]).toContain("no-store");
});
