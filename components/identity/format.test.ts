import { describe, expect, it } from "vitest";
import { formatMobile } from "./format";

describe("formatMobile", () => {
  it("writes UK numbers the national way, drama numbers included", () => {
    expect(formatMobile("+447700900123")).toBe("07700 900123");
    expect(formatMobile("+447911123456")).toBe("07911 123456");
  });

  it("writes other numbers internationally", () => {
    expect(formatMobile("+12015550123")).toBe("+1 201 555 0123");
  });

  it("leaves anything it cannot read as it is", () => {
    expect(formatMobile("not a number")).toBe("not a number");
  });
});
