import { describe, expect, it } from "vitest";
import { email, isRoleMailbox, mobile, normaliseMobile, personalEmail, trn } from "./primitives";

describe("field rules", () => {
  it("TRN is exactly 7 digits", () => {
    expect(trn.safeParse("3000001").success).toBe(true);
    expect(trn.safeParse(" 3000001 ").data).toBe("3000001");
    for (const bad of ["300001", "30000011", "30000a1", "", "３０００００１"]) expect(trn.safeParse(bad).success).toBe(false);
  });

  it("email is trimmed and lower-cased, and must look like an address", () => {
    expect(email.parse("  Amara.Okafor@Example.COM ")).toBe("amara.okafor@example.com");
    for (const bad of ["", "amara", "amara@", "@example.com", "a b@example.com", "amara@example"]) {
      expect(email.safeParse(bad).success).toBe(false);
    }
  });

  it("role mailboxes are refused for new accounts only", () => {
    expect(isRoleMailbox("office@school.example.com")).toBe(true);
    expect(isRoleMailbox("Head@school.example.com")).toBe(true);
    expect(isRoleMailbox("amara.okafor@example.com")).toBe(false);
    expect(personalEmail.safeParse("office@school.example.com").error?.issues[0]?.message).toMatch(/not a shared one/);
    expect(email.safeParse("office@school.example.com").success).toBe(true);
  });

  it("mobile numbers are normalised to E.164; UK landlines are refused", () => {
    expect(normaliseMobile("07700 900982")).toBe("+447700900982");
    expect(normaliseMobile("+44 7700 900 982")).toBe("+447700900982");
    expect(normaliseMobile("0044 7700 900982")).toBe("+447700900982");
    expect(normaliseMobile("+33 6 12 34 56 78")).toBe("+33612345678");
    expect(normaliseMobile("020 7946 0000")).toBeNull();
    expect(normaliseMobile("12345")).toBeNull();
    expect(mobile.safeParse("not a number").error?.issues[0]?.message).toMatch(/Enter a mobile number/);
  });
});
