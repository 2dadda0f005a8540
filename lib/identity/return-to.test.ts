import { describe, expect, it } from "vitest";
import { DEFAULT_RETURN_TO, safeReturnTo } from "./return-to";

describe("safeReturnTo", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnTo("/qualifications")).toBe("/qualifications");
    expect(safeReturnTo("/qualifications/certificates/qts?x=1#top")).toBe("/qualifications/certificates/qts?x=1#top");
  });

  it("refuses anything that could leave the site", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example/path",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "qualifications",
      "/%0d%0aSet-Cookie:x",
      "/\nfoo",
      "",
      undefined,
      42,
      `/${"a".repeat(1001)}`,
    ]) {
      const result = safeReturnTo(bad);
      expect(result === DEFAULT_RETURN_TO || result.startsWith("/%0d")).toBe(true);
    }
  });
});
