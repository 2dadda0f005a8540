import { expect, it } from "vitest";
import { db } from "../lib/db/client";

it("refuses db() in a test file that did not ask for a database", async () => {
  await expect(db()).rejects.toThrow(/This test file has no database\. Call useTestDatabase\(\)/);
});
