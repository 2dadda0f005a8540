// The cookies page (app/(static)/cookies) lists every cookie the service sets.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COOKIES } from "./cookies";

describe("COOKIES", () => {
  it("are each on the cookies page", () => {
    const page = fs.readFileSync(path.join(process.cwd(), "app/(static)/cookies/page.tsx"), "utf8");
    const missing = Object.values(COOKIES)
      .map((cookie) => cookie.name)
      .filter((name) => !page.includes(`name: "${name}"`));
    expect(missing, "cookies the service sets that the cookies page does not list").toEqual([]);
  });
});
