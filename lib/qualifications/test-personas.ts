// The research personas' records (PERSONAS.md) as plain domain objects, for unit tests only.
import type { TeachingRecordWithQualifications } from "@/lib/dqt/record";

export const day = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);

export function aRecord(overrides: Partial<TeachingRecordWithQualifications> = {}): TeachingRecordWithQualifications {
  return {
    trn: "3999999",
    firstName: "Test",
    middleName: null,
    lastName: "Teacher",
    dateOfBirth: day("1990-01-01"),
    email: null,
    mobile: null,
    qtsAwardedOn: null,
    eytsAwardedOn: null,
    inductionStatus: null,
    inductionCompletedOn: null,
    inductionPeriods: [],
    ittTrainings: [],
    npqs: [],
    mqs: [],
    pendingChanges: [],
    ...overrides,
  };
}

/** Every card type at once, several NPQs, induction history. */
export const tomaszNowak = aRecord({
  trn: "3000002",
  firstName: "Tomasz",
  lastName: "Nowak",
  dateOfBirth: day("1985-11-03"),
  email: "tomasz.nowak@example.com",
  qtsAwardedOn: day("2010-07-31"),
  inductionStatus: "PASSED",
  inductionCompletedOn: day("2011-07-20"),
  inductionPeriods: [
    {
      id: "ip-1",
      appropriateBody: "Leeds City Council",
      startDate: day("2010-09-01"),
      endDate: day("2011-02-15"),
      numberOfTerms: 2,
    },
    {
      id: "ip-2",
      appropriateBody: "Bradford Teaching School Hub",
      startDate: day("2011-02-16"),
      endDate: day("2011-07-20"),
      numberOfTerms: 1,
    },
  ],
  ittTrainings: [
    {
      id: "itt-1",
      qualification: "Postgraduate Certificate in Education (PGCE)",
      provider: "Leeds Trinity University",
      trainingType: "Provider-led (postgrad)",
      subjects: ["Mathematics"],
      startDate: day("2009-09-01"),
      endDate: day("2010-06-30"),
      result: "Pass",
      ageRangeFrom: 11,
      ageRangeTo: 16,
    },
  ],
  npqs: [
    { id: "0b0e6f5e-0000-4000-8000-000000000001", type: "NPQSL", awardedOn: day("2019-12-01") },
    { id: "0b0e6f5e-0000-4000-8000-000000000002", type: "NPQH", awardedOn: day("2023-06-30") },
  ],
  mqs: [{ id: "mq-1", specialism: "VISUAL", awardedOn: day("2015-07-01") }],
});

/** EYTS without QTS. */
export const priyaRaman = aRecord({
  trn: "3000003",
  firstName: "Priya",
  lastName: "Raman",
  eytsAwardedOn: day("2017-08-31"),
  ittTrainings: [
    {
      id: "itt-ey",
      qualification: "BA (Hons) Early Childhood Studies",
      provider: "University of Wolverhampton",
      trainingType: "Early years graduate employment based",
      subjects: ["Early years"],
      startDate: day("2016-09-01"),
      endDate: day("2017-07-31"),
      result: "Pass",
      ageRangeFrom: 0,
      ageRangeTo: 5,
    },
  ],
});

/** Induction in progress: one open period, no end date; no induction certificate. */
export const ciaranByrne = aRecord({
  trn: "3000004",
  firstName: "Ciaran",
  lastName: "Byrne",
  qtsAwardedOn: day("2025-07-15"),
  inductionStatus: "IN_PROGRESS",
  inductionPeriods: [
    { id: "ip-open", appropriateBody: "Kent County Council", startDate: day("2025-09-01"), endDate: null, numberOfTerms: null },
  ],
  ittTrainings: [
    {
      id: "itt-cb",
      qualification: "Postgraduate Certificate in Education (PGCE)",
      provider: "Canterbury Christ Church University",
      trainingType: null,
      subjects: [],
      startDate: day("2024-09-01"),
      endDate: day("2025-06-30"),
      result: "Pass",
      ageRangeFrom: null,
      ageRangeTo: null,
    },
  ],
});

/** Still in training, nothing awarded: no card to show. */
export const oliverHughes = aRecord({
  trn: "3000006",
  firstName: "Oliver",
  lastName: "Hughes",
  ittTrainings: [
    {
      id: "itt-oh",
      qualification: "Postgraduate Certificate in Education (PGCE)",
      provider: "University of Bristol",
      trainingType: "School direct (salaried)",
      subjects: ["History"],
      startDate: day("2025-09-01"),
      endDate: null,
      result: "In training",
      ageRangeFrom: 11,
      ageRangeTo: 18,
    },
  ],
});

/** Failed induction (no induction certificate) and two MQs. */
export const fatimaHaddad = aRecord({
  trn: "3000007",
  firstName: "Fatima",
  middleName: "Zahra",
  lastName: "Haddad",
  qtsAwardedOn: day("2004-07-31"),
  inductionStatus: "FAILED",
  inductionCompletedOn: day("2006-03-31"),
  mqs: [
    { id: "mq-hearing", specialism: "HEARING", awardedOn: day("2012-07-01") },
    { id: "mq-multi", specialism: "MULTI_SENSORY", awardedOn: day("2018-07-01") },
  ],
});

/** An accented, hyphenated name for file names. */
export const sianLlewellynJones = aRecord({
  trn: "3000008",
  firstName: "Siân",
  lastName: "Llewellyn-Jones",
  qtsAwardedOn: day("2025-06-30"),
});
