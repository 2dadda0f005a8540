import { describe, expect, it } from "vitest";
import { aRecord, day, sianLlewellynJones, tomaszNowak } from "@/lib/research/personas/test-records";
import { findCertificate } from "./available";
import { asciiFileNamePart, certificateFileName } from "./file-name";

const qtsFileName = (firstName: string, lastName: string, middleName: string | null = null) => {
  const record = aRecord({ firstName, middleName, lastName, qtsAwardedOn: day("2020-07-01") });
  return certificateFileName(record, findCertificate(record, "qts")!);
};

describe("certificateFileName", () => {
  it("joins the DQT name and the certificate type", () => {
    expect(certificateFileName(tomaszNowak, findCertificate(tomaszNowak, "qts")!)).toBe("Tomasz_Nowak_qts_certificate.pdf");
    expect(certificateFileName(tomaszNowak, findCertificate(tomaszNowak, "induction")!)).toBe("Tomasz_Nowak_induction_certificate.pdf");
  });

  it("names an NPQ by its type", () => {
    const npqsl = findCertificate(tomaszNowak, "npq", tomaszNowak.npqs[0]!.id)!;
    expect(certificateFileName(tomaszNowak, npqsl)).toBe("Tomasz_Nowak_npqsl_certificate.pdf");
  });

  it("names EYTS", () => {
    const record = aRecord({ firstName: "Priya", lastName: "Raman", eytsAwardedOn: day("2017-08-31") });
    expect(certificateFileName(record, findCertificate(record, "eyts")!)).toBe("Priya_Raman_eyts_certificate.pdf");
  });

  it("drops accents and keeps hyphens", () => {
    expect(certificateFileName(sianLlewellynJones, findCertificate(sianLlewellynJones, "qts")!)).toBe("Sian_Llewellyn-Jones_qts_certificate.pdf");
    expect(qtsFileName("Zoë", "Brontë-Łukasiewicz")).toBe("Zoe_Bronte-Lukasiewicz_qts_certificate.pdf");
    expect(qtsFileName("Øystein", "Straße")).toBe("Oystein_Strasse_qts_certificate.pdf");
  });

  it("removes apostrophes rather than turning them into gaps", () => {
    expect(qtsFileName("Siobhán", "O'Brien")).toBe("Siobhan_OBrien_qts_certificate.pdf");
    expect(qtsFileName("D’Arcy", "N’Diaye")).toBe("DArcy_NDiaye_qts_certificate.pdf");
  });

  it("includes a middle name and turns every run of spaces into one underscore", () => {
    expect(qtsFileName("Fatima", "Haddad", "Zahra")).toBe("Fatima_Zahra_Haddad_qts_certificate.pdf");
    expect(qtsFileName(" Mary  Ann ", " de la Cruz")).toBe("Mary_Ann_de_la_Cruz_qts_certificate.pdf");
  });

  it("keeps nothing that could break a header or a path", () => {
    expect(qtsFileName('Evil"; filename="x', "../../etc/passwd\r\n")).toBe("Evil_filename_x_etc_passwd_qts_certificate.pdf");
  });

  it("falls back to the TRN for a name with no Latin letters", () => {
    const record = aRecord({ trn: "3000099", firstName: "Юлия", lastName: "王", qtsAwardedOn: day("2020-07-01") });
    expect(certificateFileName(record, findCertificate(record, "qts")!)).toBe("3000099_qts_certificate.pdf");
  });

  it("keeps a very long name to a safe length", () => {
    const name = asciiFileNamePart(`${"A".repeat(100)} ${"B".repeat(100)} ${"C".repeat(100)}`);
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(name).not.toMatch(/[_-]$/);
  });
});
