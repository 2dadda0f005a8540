import { describe, expect, it } from "vitest";
import { EXAMPLE_REFERENCE, newCertificateReference, parseCertificateReference } from "./reference";

const SHAPE = /^(QTS|EYTS|IND|NPQ)-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe("newCertificateReference", () => {
  it("prefixes the kind and gives 12 symbols of Crockford's base32 in groups of four", () => {
    expect(newCertificateReference("QTS")).toMatch(/^QTS-/);
    expect(newCertificateReference("EYTS")).toMatch(/^EYTS-/);
    expect(newCertificateReference("INDUCTION")).toMatch(/^IND-/);
    expect(newCertificateReference("NPQ")).toMatch(/^NPQ-/);
    for (let i = 0; i < 200; i++) expect(newCertificateReference("QTS")).toMatch(SHAPE);
  });

  it("never uses I, L, O or U, and uses all 32 other symbols about evenly", () => {
    const counts = new Map<string, number>();
    const samples = 4000;
    for (let i = 0; i < samples; i++) {
      for (const symbol of newCertificateReference("QTS").slice(4).replaceAll("-", "")) {
        counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
      }
    }
    expect([...counts.keys()].sort().join("")).toBe("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    // 48,000 symbols over 32: 1,500 each expected; a bias of a few percent would show.
    for (const count of counts.values()) expect(Math.abs(count - 1500)).toBeLessThan(200);
  });

  it("does not repeat itself", () => {
    const references = new Set(Array.from({ length: 10_000 }, () => newCertificateReference("NPQ")));
    expect(references.size).toBe(10_000);
  });

  it("reads back as itself", () => {
    for (let i = 0; i < 50; i++) {
      const reference = newCertificateReference("EYTS");
      expect(parseCertificateReference(reference)).toBe(reference);
    }
  });
});

describe("parseCertificateReference", () => {
  it("forgives case, spaces and missing or different hyphens", () => {
    for (const typed of [
      "QTS-7Q4K-2M9X-3HPD",
      "qts-7q4k-2m9x-3hpd",
      " QTS 7Q4K 2M9X 3HPD ",
      "QTS7Q4K2M9X3HPD",
      "QTS – 7Q4K – 2M9X – 3HPD",
      "Qts-7Q4K2M9X-3hpd",
    ]) {
      expect(parseCertificateReference(typed), typed).toBe("QTS-7Q4K-2M9X-3HPD");
    }
  });

  it("reads O as 0 and I or L as 1 in the code, as Crockford's base32 does", () => {
    expect(parseCertificateReference("QTS-7Q4K-2M9X-3HPO")).toBe("QTS-7Q4K-2M9X-3HP0");
    expect(parseCertificateReference("IND-IIII-LLLL-oooo")).toBe("IND-1111-1111-0000");
  });

  it("knows every prefix, EYTS included", () => {
    expect(parseCertificateReference("eyts 0000 0000 0000")).toBe("EYTS-0000-0000-0000");
    expect(parseCertificateReference("npq-zzzz-zzzz-zzzz")).toBe("NPQ-ZZZZ-ZZZZ-ZZZZ");
    expect(parseCertificateReference("ind-abcd-efgh-jkmn")).toBe("IND-ABCD-EFGH-JKMN");
  });

  it("refuses anything that cannot be a reference", () => {
    for (const typed of [
      "",
      "   ",
      "QTS",
      "QTS-7Q4K-2M9X",
      "QTS-7Q4K-2M9X-3HPD-1",
      "QTS-7Q4K-2M9X-3HPU", // U is not in the alphabet
      "ABC-7Q4K-2M9X-3HPD",
      "7Q4K-2M9X-3HPD",
      "QTS-7Q4K-2M9X-3HP!",
      "QTS-7Q4K-2M9X-3HPD".repeat(4),
      "<script>alert(1)</script>",
    ]) {
      expect(parseCertificateReference(typed), typed).toBeNull();
    }
  });

  it("accepts the example the page gives", () => {
    expect(parseCertificateReference(EXAMPLE_REFERENCE)).toBe(EXAMPLE_REFERENCE);
  });
});
