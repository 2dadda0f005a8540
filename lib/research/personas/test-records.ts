// The research personas (personas.ts, from docs/personas.md) as the records lib/dqt/record.ts
// loads, for unit tests: the same teachers the seeded database holds, without a database. Only
// the ids are made up here (the database makes its own); NPQ ids are UUIDs so that certificate
// links look as they do for real.
import type { TeachingRecordWithQualifications } from "@/lib/dqt/record";
import { calendarDate, personaRecordData } from "./records";
import { PERSONAS, type Persona, type SeedDate } from "./personas";

export const day = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);

/** The day these records pretend the database was seeded, for persona dates relative to it. */
export const SEEDED_ON = day("2026-11-30");

// As the real seed dates them, counted back from SEEDED_ON.
const seedDay = (value: SeedDate) => calendarDate(value, SEEDED_ON);
const optionalDay = (value: SeedDate | undefined) => (value === undefined ? null : seedDay(value));

/** The n-th (from 1) NPQ's id: 0b0e6f5e-0000-4000-8000-000000000001, …002. */
export const npqId = (n: number) => `0b0e6f5e-0000-4000-8000-${String(n).padStart(12, "0")}`;

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

/** A persona's teaching record, field for field as seed.ts writes it. */
export function personaRecord(persona: Persona): TeachingRecordWithQualifications {
  return aRecord({
    trn: persona.trn,
    ...personaRecordData(persona, SEEDED_ON),
    inductionPeriods: (persona.induction?.periods ?? []).map((period, index) => ({
      id: `induction-period-${index + 1}`,
      appropriateBody: period.appropriateBody,
      startDate: seedDay(period.startDate),
      endDate: optionalDay(period.endDate),
      numberOfTerms: period.numberOfTerms ?? null,
    })),
    ittTrainings: persona.itt.map((itt, index) => ({
      id: `itt-${index + 1}`,
      qualification: itt.qualification ?? null,
      provider: itt.provider ?? null,
      trainingType: itt.trainingType ?? null,
      subjects: [...itt.subjects],
      startDate: optionalDay(itt.startDate),
      endDate: optionalDay(itt.endDate),
      result: itt.result ?? null,
      ageRangeFrom: itt.ageRange?.from ?? null,
      ageRangeTo: itt.ageRange?.to ?? null,
    })),
    npqs: persona.npqs.map((npq, index) => ({ id: npqId(index + 1), type: npq.type, awardedOn: seedDay(npq.awardedOn) })),
    mqs: persona.mqs.map((mq, index) => ({ id: `mq-${index + 1}`, specialism: mq.specialism, awardedOn: seedDay(mq.awardedOn) })),
  });
}

/** 3000001: QTS awarded 3 weeks before seeding, invitation pending. */
export const amaraOkafor = personaRecord(PERSONAS.amara);
/** 3000002: every card type but EYTS, several NPQs, induction history. */
export const tomaszNowak = personaRecord(PERSONAS.tomasz);
/** 3000003: EYTS without QTS. */
export const priyaRaman = personaRecord(PERSONAS.priya);
/** 3000004: induction in progress (one open period); no induction certificate. */
export const ciaranByrne = personaRecord(PERSONAS.ciaran);
/** 3000005: induction exempt; the DQT name differs from the DIA name. */
export const graceMensahWright = personaRecord(PERSONAS.grace);
/** 3000006: still in training, nothing awarded: no card to show. */
export const oliverHughes = personaRecord(PERSONAS.oliver);
/** 3000007: failed induction (no induction certificate) and two MQs. */
export const fatimaHaddad = personaRecord(PERSONAS.fatima);
/** 3000008: an accented, hyphenated name (file names). */
export const sianLlewellynJones = personaRecord(PERSONAS.sian);
