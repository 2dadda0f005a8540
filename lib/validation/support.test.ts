// The support console's free text: a control character is a clear error, never a database 500.
import { describe, expect, it } from "vitest";
import { addStaffSchema, newApiKeySchema, rejectSchema } from "./support";

const reject = (details: unknown, reason = "other") => rejectSchema.safeParse({ reference: "CR-D4N1EZ", reason, details });
const detailsError = (result: ReturnType<typeof reject>) => result.error?.issues.find((i) => i.path[0] === "details")?.message;

describe("support forms", () => {
  it("a reason of your own must be there, short enough, and without control characters", () => {
    expect(reject("The scan is cut off.\r\nPlease send all pages.").success).toBe(true);
    expect(detailsError(reject("  "))).toBe("Enter the reason the teacher will be sent");
    expect(detailsError(reject("x".repeat(1001)))).toBe("The reason must be 1,000 characters or fewer");
    expect(detailsError(reject("Bad\u0000scan"))).toBe("The reason must only include letters, numbers, spaces and punctuation");
  });

  it("the reason box is ignored when a listed reason is chosen", () => {
    expect(reject("\u0000".repeat(2000), "unreadable").success).toBe(true);
  });

  it("a key's name and a new member of staff's name and email refuse control characters", () => {
    expect(newApiKeySchema.safeParse({ name: "Apply\u0000", scopes: ["qts-awards:write"] }).error?.issues[0]?.path).toEqual(["name"]);
    const staff = addStaffSchema.safeParse({ firstName: "Ann\u0000", lastName: "\u202eLee", email: "ann\u0000@example.com", role: "SUPPORT" });
    expect(staff.error?.issues.map((i) => i.path[0]).sort()).toEqual(["email", "firstName", "lastName"]);
  });
});
