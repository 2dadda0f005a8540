import { describe, expect, it } from "vitest";
import {
  email,
  hasNoControlCharacters,
  hasNoncharacterOrLoneSurrogate,
  isRoleMailbox,
  mobile,
  name,
  normaliseMobile,
  optionalName,
  personalEmail,
} from "./primitives";
import { trn } from "./trn";

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

  it("email refuses NUL, other control characters and invisible characters with the format message", () => {
    for (const bad of [
      "a\u0000b@example.com",
      "amara@exa\u0000mple.com",
      "amara\u001b@example.com",
      "amara\u0085@example.com",
      "ama\u200bra@example.com",
      "amara\u202e@example.com",
      "ama\ud800ra@example.com",
    ]) {
      expect(email.safeParse(bad).error?.issues[0]?.message, JSON.stringify(bad)).toBe("Enter an email address in the correct format, like name@example.com");
    }
    expect(email.parse("amara.o'kafor+aytq@example.co.uk")).toBe("amara.o'kafor+aytq@example.co.uk");
  });

  it("names refuse control characters, direction overrides and isolates, and names nothing shows of", () => {
    const firstName = name("first name");
    const message = (value: string) => firstName.safeParse(value).error?.issues[0]?.message;
    for (const ok of ["Siân", "Llewellyn-Jones", "O’Brien", "Zoë", "José María", "王秀英", "محمد", "Nguyễn"]) expect(firstName.parse(ok)).toBe(ok);
    for (const bad of ["Ann\u0000", "An\u0007n", "Ann\u009b", "\u202eAnn", "Ann\u202a", "Ann\u2066x", "Ann\u2069", "An\u2028n", "Ann\ud800"]) {
      expect(message(bad), JSON.stringify(bad)).toBe("First name must only include letters, spaces, hyphens and apostrophes");
    }
    for (const invisible of ["\u200b", "\u200b\u200c\u200d", "\ufeff\u2060", "\u00ad", "\u3164", "\u0301", " \u200b "]) {
      expect(message(invisible), JSON.stringify(invisible)).toBe("Enter your first name");
    }
    expect(optionalName("middle name").parse("\u200b")).toBeUndefined();
    expect(optionalName("middle name").safeParse("A\u0000").success).toBe(false);
  });

  it("free text keeps line breaks and tabs but not other control characters", () => {
    expect(hasNoControlCharacters("Line one\r\nLine two\tend")).toBe(true);
    for (const bad of ["a\u0000", "\u001b[31m", "\u007f", "\udc00"]) expect(hasNoControlCharacters(bad), JSON.stringify(bad)).toBe(false);
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

  describe("Unicode noncharacters and unpaired surrogates", () => {
    const NONCHARACTERS = ["\ufdd0", "\ufdef", "\ufffe", "\uffff", "\u{1fffe}", "\u{2ffff}", "\u{10fffe}", "\u{10ffff}"];
    const LONE = ["\ud800", "\udfff", "x\udc00y", "\ud83dA"];

    it("are found: all 66 noncharacters and both halves of a broken pair, never a character or a whole pair", () => {
      let count = 0;
      for (let c = 0; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) count += hasNoncharacterOrLoneSurrogate(String.fromCodePoint(c)) ? 1 : 0;
      expect(count).toBe(66);
      for (const bad of LONE) expect(hasNoncharacterOrLoneSurrogate(bad), JSON.stringify(bad)).toBe(true);
      for (const ok of ["Zoë", "😀", "\u{1f600}", "𝒜", "\ufdcf", "\ufdf0", "\ufffd"]) expect(hasNoncharacterOrLoneSurrogate(ok), ok).toBe(false);
    });

    it("are refused in names (U+FFFF alone would print on a certificate), emails and free text, as control characters are", () => {
      const firstName = name("first name");
      const middle = optionalName("middle name");
      for (const bad of [...NONCHARACTERS, ...LONE.map((l) => `Ann${l}`), ...NONCHARACTERS.map((n) => `Ann${n}`)]) {
        expect(firstName.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
        expect(middle.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
        expect(email.safeParse(`amara${bad}@example.com`).success, JSON.stringify(bad)).toBe(false);
        expect(hasNoControlCharacters(`A reason ${bad}`), JSON.stringify(bad)).toBe(false);
      }
      expect(firstName.parse("Zoë 😀")).toBe("Zoë 😀");
      expect(hasNoControlCharacters("Line one\nLine two\tand 😀")).toBe(true);
    });
  });
});
