import { describe, expect, it } from "vitest";
import type { IssuedCertificate } from "@/lib/certificates/issued";
import type { InductionStatus } from "@/lib/dqt/record";
import { qualificationCards, type QualificationCard } from "./cards";
import { aRecord, ciaranByrne, day, fatimaHaddad, oliverHughes, priyaRaman, tomaszNowak } from "@/lib/research/personas/test-records";

const titles = (cards: QualificationCard[]) => cards.map((card) => card.title);
const rowsOf = (card: QualificationCard | undefined) => Object.fromEntries((card?.rows ?? []).map((row) => [row.key, row.value]));
const cardOf = (cards: QualificationCard[], kind: QualificationCard["kind"]) => cards.find((card) => card.kind === kind);

describe("qualificationCards for 3000002 (every card type)", () => {
  const cards = qualificationCards(tomaszNowak);

  it("shows one card per qualification, most recently attained first", () => {
    expect(titles(cards)).toEqual([
      "National Professional Qualification for Headship (NPQH)",
      "National Professional Qualification for Senior Leadership (NPQSL)",
      "Mandatory qualification (MQ): visual impairment",
      "Induction",
      "Qualified teacher status (QTS)",
      "Initial teacher training (ITT)",
    ]);
  });

  it("gives every card a unique id and its date attained", () => {
    expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
    expect(cards.map((card) => card.sortDate?.toISOString().slice(0, 10))).toEqual([
      "2023-06-30",
      "2019-12-01",
      "2015-07-01",
      "2011-07-20",
      "2010-07-31",
      "2010-06-30",
    ]);
  });

  it("shows the QTS award date", () => {
    expect(cardOf(cards, "qts")?.rows).toEqual([{ key: "Awarded", value: "31 July 2010" }]);
  });

  it("shows the induction status in words, the completion date and the history", () => {
    const induction = cardOf(cards, "induction");
    expect(induction?.rows).toEqual([
      { key: "Status", value: "Passed" },
      { key: "Completed", value: "20 July 2011" },
    ]);
    expect(induction?.inductionHistory).toEqual([
      { appropriateBody: "Leeds City Council", startDate: "1 September 2010", endDate: "15 February 2011", numberOfTerms: "2" },
      {
        appropriateBody: "Bradford Teaching School Hub",
        startDate: "16 February 2011",
        endDate: "20 July 2011",
        numberOfTerms: "1",
      },
    ]);
  });

  it("shows every ITT row in order, with the age range in words", () => {
    expect(cardOf(cards, "itt")?.rows).toEqual([
      { key: "Qualification", value: "PGCE" },
      { key: "Provider", value: "University of Manchester" },
      { key: "Training type", value: "Provider-led (postgrad)" },
      { key: "Subjects", value: "Mathematics" },
      { key: "Start date", value: "1 September 2009" },
      { key: "End date", value: "30 June 2010" },
      { key: "Result", value: "Pass" },
      { key: "Age range", value: "11 to 16 years" },
    ]);
  });

  it("titles each NPQ card with its full name and shows the award date", () => {
    const npqs = cards.filter((card) => card.kind === "npq");
    expect(npqs.map(rowsOf)).toEqual([{ Awarded: "30 June 2023" }, { Awarded: "1 December 2019" }]);
  });

  it("names the MQ's specialism in full, in the title too", () => {
    expect(cardOf(cards, "mq")?.title).toBe("Mandatory qualification (MQ): visual impairment");
    expect(rowsOf(cardOf(cards, "mq"))).toEqual({ Awarded: "1 July 2015", Specialism: "Visual impairment" });
  });

  it("explains no status when induction was passed: its certificate is there", () => {
    expect(cardOf(cards, "induction")?.explanation).toBeUndefined();
  });

  it("links the QTS, induction and each NPQ certificate, and nothing else", () => {
    expect(cards.map((card) => [card.kind, card.certificate?.label, card.certificate?.href])).toEqual([
      ["npq", "Download NPQH certificate", "/qualifications/certificates/npq/0b0e6f5e-0000-4000-8000-000000000002"],
      ["npq", "Download NPQSL certificate", "/qualifications/certificates/npq/0b0e6f5e-0000-4000-8000-000000000001"],
      ["mq", undefined, undefined],
      ["induction", "Download induction certificate", "/qualifications/certificates/induction"],
      ["qts", "Download QTS certificate", "/qualifications/certificates/qts"],
      ["itt", undefined, undefined],
    ]);
  });
});

describe("qualificationCards for 3000003 (EYTS without QTS)", () => {
  const cards = qualificationCards(priyaRaman);

  it("shows EYTS and the early-years ITT but no QTS or induction card", () => {
    expect(cards.map((card) => card.kind)).toEqual(["eyts", "itt"]);
  });

  it("links the EYTS certificate", () => {
    expect(cardOf(cards, "eyts")).toMatchObject({
      rows: [{ key: "Awarded", value: "31 August 2017" }],
      certificate: { label: "Download EYTS certificate", href: "/qualifications/certificates/eyts" },
    });
  });

  it("writes an age range from birth", () => {
    expect(rowsOf(cardOf(cards, "itt"))["Age range"]).toBe("0 to 5 years");
  });
});

describe("qualificationCards for 3000004 (induction in progress)", () => {
  const cards = qualificationCards(ciaranByrne);

  it("puts the undated induction card last", () => {
    expect(cards.map((card) => card.kind)).toEqual(["qts", "itt", "induction"]);
    expect(cardOf(cards, "induction")?.sortDate).toBeNull();
  });

  it("shows the status but no completion row and no certificate", () => {
    const induction = cardOf(cards, "induction");
    expect(induction?.rows).toEqual([{ key: "Status", value: "In progress" }]);
    expect(induction?.certificate).toBeUndefined();
  });

  it("shows the open period with no end date and no number of terms", () => {
    expect(cardOf(cards, "induction")?.inductionHistory).toEqual([
      { appropriateBody: "Liverpool City Council", startDate: "1 September 2025", endDate: null, numberOfTerms: null },
    ]);
  });

  it("says what in progress means and why there is no certificate yet", () => {
    expect(cardOf(cards, "induction")?.explanation).toBe(
      "You’ve started your induction and have not finished it yet. You can get an induction certificate once you’ve passed.",
    );
  });
});

describe("qualificationCards for 3000006 (still in training)", () => {
  it("shows no card at all: an ITT with no end date is still in progress", () => {
    expect(qualificationCards(oliverHughes)).toEqual([]);
  });
});

describe("qualificationCards for 3000007 (failed induction, two MQs)", () => {
  const cards = qualificationCards(fatimaHaddad);

  it("orders both MQs by award date among the other cards", () => {
    expect(cards.map((card) => [card.title, rowsOf(card).Specialism ?? rowsOf(card).Status ?? null])).toEqual([
      ["Mandatory qualification (MQ): multi-sensory impairment", "Multi-sensory impairment"],
      ["Mandatory qualification (MQ): hearing impairment", "Hearing impairment"],
      ["Induction", "Failed"],
      ["Qualified teacher status (QTS)", null],
    ]);
  });

  it("says what a failed induction means and why there is no certificate", () => {
    expect(cardOf(cards, "induction")?.explanation).toMatch(/^You did not pass your induction\. You keep your qualified teacher status \(QTS\)/);
    expect(cardOf(cards, "induction")?.explanation).toContain("There is no induction certificate because induction was not passed.");
  });

  it("offers no induction certificate for a failed induction", () => {
    expect(cardOf(cards, "induction")?.certificate).toBeUndefined();
    expect(cards.filter((card) => card.certificate).map((card) => card.kind)).toEqual(["qts"]);
  });
});

describe("induction statuses", () => {
  const statuses: [InductionStatus, string, boolean][] = [
    ["REQUIRED_TO_COMPLETE", "Required to complete", false],
    ["IN_PROGRESS", "In progress", false],
    ["PASSED", "Passed", true],
    ["FAILED", "Failed", false],
    ["EXEMPT", "Exempt", false],
    ["FAILED_IN_WALES", "Failed in Wales", false],
  ];

  it.each(statuses)("%s reads %j; certificate: %s", (status, words, hasCertificate) => {
    const [induction] = qualificationCards(aRecord({ inductionStatus: status, inductionCompletedOn: day("2020-07-20") }));
    expect(induction?.rows[0]).toEqual({ key: "Status", value: words });
    expect(Boolean(induction?.certificate)).toBe(hasCertificate);
    // Every status without a certificate says what it means and why there is none.
    expect(Boolean(induction?.explanation)).toBe(!hasCertificate);
    if (induction?.explanation) expect(induction.explanation).toMatch(/certificate/);
  });
});

describe("hiding rules", () => {
  it("shows nothing for a record with no qualifications", () => {
    expect(qualificationCards(aRecord())).toEqual([]);
  });

  it("hides an MQ card with neither date nor specialism", () => {
    expect(qualificationCards(aRecord({ mqs: [{ id: "mq-empty", specialism: null, awardedOn: null }] }))).toEqual([]);
  });

  it("shows an undated MQ with a specialism, after every dated card", () => {
    const cards = qualificationCards(
      aRecord({
        qtsAwardedOn: day("2001-07-31"),
        mqs: [
          { id: "mq-undated", specialism: "HEARING", awardedOn: null },
          { id: "mq-dated", specialism: "VISUAL", awardedOn: day("1999-07-01") },
        ],
      }),
    );
    expect(cards.map((card) => card.id)).toEqual(["qts", "mq-mq-dated", "mq-mq-undated"]);
    expect(cards[2]?.rows).toEqual([{ key: "Specialism", value: "Hearing impairment" }]);
  });

  it("shows an induction card with only its history", () => {
    const [induction] = qualificationCards(
      aRecord({
        inductionPeriods: [{ id: "p", appropriateBody: "Somerset Council", startDate: day("2020-09-01"), endDate: null, numberOfTerms: 1.5 }],
      }),
    );
    expect(induction?.rows).toEqual([]);
    expect(induction?.inductionHistory?.[0]?.numberOfTerms).toBe("1.5");
  });

  it("hides an ITT with no end date but shows another that has ended", () => {
    const ended = { ...oliverHughes.ittTrainings[0]!, id: "ended", endDate: day("2020-07-01"), result: "Withdrawn" };
    const cards = qualificationCards(aRecord({ ittTrainings: [...oliverHughes.ittTrainings, ended] }));
    expect(cards.map((card) => card.id)).toEqual(["itt-ended"]);
  });

  it("leaves out ITT rows with no value", () => {
    const training = { ...tomaszNowak.ittTrainings[0]!, trainingType: null, subjects: [], ageRangeFrom: null, ageRangeTo: null };
    const rows = qualificationCards(aRecord({ ittTrainings: [training] }))[0]?.rows;
    expect(rows?.map((row) => row.key)).toEqual(["Qualification", "Provider", "Start date", "End date", "Result"]);
  });

  it("titles an MQ without a specialism plainly", () => {
    const [mq] = qualificationCards(aRecord({ mqs: [{ id: "m", specialism: null, awardedOn: day("2010-07-01") }] }));
    expect(mq?.title).toBe("Mandatory qualification (MQ)");
  });

  it("leaves out blank values and blank subjects", () => {
    const training = {
      ...tomaszNowak.ittTrainings[0]!,
      provider: "  ",
      subjects: ["Physics", " ", "Chemistry"],
      ageRangeTo: null,
    };
    const rows = rowsOf(qualificationCards(aRecord({ ittTrainings: [training] }))[0]);
    expect(rows.Provider).toBeUndefined();
    expect(rows.Subjects).toBe("Physics, Chemistry");
    expect(rows["Age range"]).toBe("11 years and over");
  });

  it("keeps the order QTS, EYTS, induction… for qualifications attained on the same day", () => {
    const sameDay = day("2015-07-31");
    const cards = qualificationCards(aRecord({ qtsAwardedOn: sameDay, eytsAwardedOn: sameDay, inductionStatus: "PASSED", inductionCompletedOn: sameDay }));
    expect(cards.map((card) => card.kind)).toEqual(["qts", "eyts", "induction"]);
  });
});

describe("several NPQs", () => {
  it("shows each NPQ with its own title and its own certificate link", () => {
    const cards = qualificationCards(
      aRecord({
        npqs: [
          { id: "a", type: "NPQSENCO", awardedOn: day("2024-12-01") },
          { id: "b", type: "NPQEYL", awardedOn: day("2025-02-01") },
          { id: "c", type: "NPQLPM", awardedOn: day("2023-02-01") },
        ],
      }),
    );
    expect(cards.map((card) => [card.title, card.certificate?.label])).toEqual([
      ["National Professional Qualification for Early Years Leadership (NPQEYL)", "Download NPQEYL certificate"],
      ["National Professional Qualification for Special Educational Needs Co-ordinators (NPQSENCO)", "Download NPQSENCO certificate"],
      ["National Professional Qualification for Leading Primary Mathematics (NPQLPM)", "Download NPQLPM certificate"],
    ]);
  });
});

describe("certificate links' file descriptions", () => {
  const issuedQts = (overrides: Partial<IssuedCertificate> = {}): IssuedCertificate => ({
    id: "c1",
    reference: "QTS-7Q4K-2M9X-3HPD",
    trn: "3000002",
    type: "QTS",
    npqType: null,
    version: 1,
    holderName: "Tomasz Nowak",
    attainedOn: day("2010-07-31"),
    issuedOn: day("2026-11-30"),
    pdfSize: 38_912,
    pdfSha256: "0".repeat(64),
    supersededAt: null,
    ...overrides,
  });
  const qtsLink = (issued: IssuedCertificate[]) => cardOf(qualificationCards(tomaszNowak, issued), "qts")?.certificate;

  it("say only PDF until a certificate is issued", () => {
    expect(qtsLink([])?.fileDescription).toBe("PDF");
  });

  it("give the size of the certificate issued for the record's current name and date", () => {
    expect(qtsLink([issuedQts()])?.fileDescription).toBe("PDF, 38 KB");
  });

  it("ignore one issued for other values, another qualification, or superseded", () => {
    expect(qtsLink([issuedQts({ holderName: "Tomasz Nowak-Smith" })])?.fileDescription).toBe("PDF");
    expect(qtsLink([issuedQts({ attainedOn: day("2010-07-30") })])?.fileDescription).toBe("PDF");
    expect(qtsLink([issuedQts({ type: "EYTS" })])?.fileDescription).toBe("PDF");
    expect(qtsLink([issuedQts({ supersededAt: new Date() })])?.fileDescription).toBe("PDF");
  });

  it("give each NPQ its own size", () => {
    const npqh = issuedQts({ type: "NPQ", npqType: "NPQH", attainedOn: day("2023-06-30"), pdfSize: 2_000_000 });
    const cards = qualificationCards(tomaszNowak, [npqh]);
    expect(cards.filter((card) => card.kind === "npq").map((card) => card.certificate?.fileDescription)).toEqual(["PDF, 1.9 MB", "PDF"]);
  });
});
