import { describe, expect, it } from "vitest";
import { codeSchema, confirmEmailSchema, mobileSchema, nameSchema, newLinkSchema, otherEmailSchema } from "./registration";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("account set-up forms", () => {
  it("names: both required, trimmed", () => {
    expect(nameSchema.parse({ firstName: " Amara ", lastName: "Okafor" })).toEqual({ firstName: "Amara", lastName: "Okafor" });
    expect(firstMessage(nameSchema.safeParse({ firstName: " ", lastName: "Okafor" }))).toBe("Enter your first name");
  });

  it("mobile: stored in E.164", () => {
    expect(mobileSchema.parse({ mobile: "07700 900 123" })).toEqual({ mobile: "+447700900123" });
    expect(firstMessage(mobileSchema.safeParse({ mobile: "0113 496 0000" }))).toBe("Enter a mobile number, like 07700 900 982 or +44 7700 900 982");
  });

  it("confirm email: yes or no, with GOV.UK's wording when neither", () => {
    expect(confirmEmailSchema.parse({ useEmail: "yes" })).toEqual({ useEmail: "yes" });
    expect(firstMessage(confirmEmailSchema.safeParse({ useEmail: "" }))).toBe("Select yes if you want to use this email address");
  });

  it("another email: lower-cased, and shared mailboxes refused", () => {
    expect(otherEmailSchema.parse({ email: " Amara@Example.org " })).toEqual({ email: "amara@example.org" });
    expect(firstMessage(otherEmailSchema.safeParse({ email: "office@school.example" }))).toBe(
      "Enter your own email address, not a shared one like office@ or head@",
    );
  });

  it("new link: any well-formed address, since the first link may have gone to a shared one", () => {
    expect(newLinkSchema.parse({ email: "office@school.example" })).toEqual({ email: "office@school.example" });
    expect(firstMessage(newLinkSchema.safeParse({ email: "" }))).toBe("Enter an email address");
  });

  it("code: 6 digits, spaces and dashes ignored", () => {
    expect(codeSchema.parse({ code: "123 456" })).toEqual({ code: "123456" });
    expect(codeSchema.parse({ code: "123-456" })).toEqual({ code: "123456" });
    expect(firstMessage(codeSchema.safeParse({ code: "" }))).toBe("Enter the code from the email");
    expect(firstMessage(codeSchema.safeParse({ code: "12345" }))).toBe("The code must be 6 numbers");
  });
});
