import { describe, expect, it } from "vitest";
import type { InductionStatus } from "@/lib/dqt/record";
import { aRecord, ciaranByrne, day, fatimaHaddad, oliverHughes, priyaRaman, tomaszNowak } from "@/lib/research/personas/test-records";
import { availableCertificates, certificateHref, certificateLinkLabel, findCertificate } from "./available";

const NPQSL_ID = "0b0e6f5e-0000-4000-8000-000000000001";
const NPQH_ID = "0b0e6f5e-0000-4000-8000-000000000002";
const kinds = (record: Parameters<typeof availableCertificates>[0]) =>
  availableCertificates(record).map((certificate) => (certificate.type === "npq" ? `npq:${certificate.shortName}` : certificate.type));

describe("availableCertificates", () => {
  it("3000002: QTS, induction and each NPQ", () => {
    expect(kinds(tomaszNowak)).toEqual(["qts", "induction", "npq:NPQSL", "npq:NPQH"]);
  });

  it("3000003: EYTS only", () => {
    expect(kinds(priyaRaman)).toEqual(["eyts"]);
  });

  it("3000004: QTS but no induction certificate while induction is in progress", () => {
    expect(kinds(ciaranByrne)).toEqual(["qts"]);
  });

  it("3000006: none", () => {
    expect(kinds(oliverHughes)).toEqual([]);
  });

  it("3000007: QTS but no induction certificate for a failed induction", () => {
    expect(kinds(fatimaHaddad)).toEqual(["qts"]);
  });

  it.each<[InductionStatus, boolean]>([
    ["REQUIRED_TO_COMPLETE", false],
    ["IN_PROGRESS", false],
    ["PASSED", true],
    ["FAILED", false],
    ["EXEMPT", false],
    ["FAILED_IN_WALES", false],
  ])("induction %s has a certificate: %s", (status, exists) => {
    const record = aRecord({ inductionStatus: status, inductionCompletedOn: day("2012-07-20") });
    expect(findCertificate(record, "induction") !== null).toBe(exists);
  });

  it("gives no induction certificate for a pass with no completion date, which it could not date", () => {
    expect(findCertificate(aRecord({ inductionStatus: "PASSED" }), "induction")).toBeNull();
  });

  it("never claims eligibility to teach or employability, whatever the induction", () => {
    // Persona 3000007: QTS, induction failed.
    const failed = fatimaHaddad;
    expect(failed.inductionStatus).toBe("FAILED");
    for (const certificate of [...availableCertificates(failed), ...availableCertificates(tomaszNowak), ...availableCertificates(priyaRaman)]) {
      expect(certificate.statement).not.toMatch(/eligible|may teach|can teach|employ|recognised as/i);
    }
  });

  it("carries what the certificate prints", () => {
    expect(findCertificate(tomaszNowak, "qts")).toEqual({
      type: "qts",
      title: "Certificate of qualified teacher status",
      qualification: "Qualified teacher status (QTS)",
      shortName: "QTS",
      attainedOn: day("2010-07-31"),
      dateLabel: "Date awarded",
      statement: "has been awarded qualified teacher status (QTS)",
    });
    expect(findCertificate(priyaRaman, "eyts")?.statement).toBe("has been awarded early years teacher status (EYTS)");
    expect(findCertificate(priyaRaman, "eyts")?.title).toBe("Certificate of early years teacher status");
    expect(findCertificate(tomaszNowak, "induction")).toMatchObject({
      title: "Certificate of completion of statutory induction",
      attainedOn: day("2011-07-20"),
      dateLabel: "Date completed",
      statement: "has completed the statutory induction period satisfactorily",
    });
    expect(findCertificate(tomaszNowak, "npq", NPQSL_ID)).toMatchObject({
      npqType: "NPQSL",
      title: "National Professional Qualification for Senior Leadership",
      qualification: "National Professional Qualification for Senior Leadership (NPQSL)",
      attainedOn: day("2019-12-01"),
      statement: "has been awarded the National Professional Qualification for Senior Leadership (NPQSL)",
    });
  });
});

describe("findCertificate", () => {
  it("finds each NPQ by its id", () => {
    expect(findCertificate(tomaszNowak, "npq", NPQH_ID)?.shortName).toBe("NPQH");
    expect(findCertificate(tomaszNowak, "npq", NPQSL_ID)?.shortName).toBe("NPQSL");
  });

  it("finds nothing for another teacher's NPQ id, or an NPQ without an id", () => {
    expect(findCertificate(fatimaHaddad, "npq", NPQH_ID)).toBeNull();
    expect(findCertificate(tomaszNowak, "npq")).toBeNull();
  });

  it("finds nothing the record does not support", () => {
    expect(findCertificate(priyaRaman, "qts")).toBeNull();
    expect(findCertificate(tomaszNowak, "eyts")).toBeNull();
    expect(findCertificate(fatimaHaddad, "induction")).toBeNull();
  });

  it("finds nothing for a type it does not know, whatever the URL says", () => {
    expect(findCertificate(tomaszNowak, "itt")).toBeNull();
    expect(findCertificate(tomaszNowak, "mq")).toBeNull();
    expect(findCertificate(tomaszNowak, "QTS")).toBeNull();
    expect(findCertificate(tomaszNowak, "__proto__")).toBeNull();
  });
});

describe("links", () => {
  it("point at the certificate routes, naming the qualification", () => {
    const links = availableCertificates(tomaszNowak).map((certificate) => [certificateHref(certificate), certificateLinkLabel(certificate)]);
    expect(links).toEqual([
      ["/qualifications/certificates/qts", "Download QTS certificate"],
      ["/qualifications/certificates/induction", "Download induction certificate"],
      [`/qualifications/certificates/npq/${NPQSL_ID}`, "Download NPQSL certificate"],
      [`/qualifications/certificates/npq/${NPQH_ID}`, "Download NPQH certificate"],
    ]);
  });
});
