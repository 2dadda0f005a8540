// The research personas and staff every fresh database starts with, as in
// docs/personas.md. Research scripts and journeys refer to these TRNs and
// emails: change them here only when docs/personas.md changes. seed.ts beside this file loads them.
//
//   import { PERSONAS, STAFF } from "./personas";
//   PERSONAS.tomasz.trn            // "3000002"
//   PERSONAS.grace.account?.firstName  // the DIA name, which differs from the DQT name
//   STAFF.support.email            // "support@example.com"
import type { InductionStatus, MqSpecialism, NpqType, Role } from "@/lib/db/generated/client";

/** A calendar date: fixed ("2010-07-31") or relative to the day of seeding. */
export type SeedDate = `${number}-${number}-${number}` | { daysBeforeSeeding: number };

/** A date some weeks before the day the database is seeded. */
const weeksAgo = (weeks: number): SeedDate => ({ daysBeforeSeeding: weeks * 7 });

export interface PersonaInductionPeriod {
  appropriateBody: string;
  startDate: SeedDate;
  endDate?: SeedDate;
  numberOfTerms?: number;
}

export interface PersonaItt {
  qualification?: string;
  provider?: string;
  trainingType?: string;
  subjects: readonly string[];
  startDate?: SeedDate;
  /** None: still in training. */
  endDate?: SeedDate;
  result?: string;
  ageRange?: { from: number; to: number };
}

/** The teacher's DfE Identity account (DIA). Names are the DIA's own. */
export interface PersonaAccount {
  firstName: string;
  lastName: string;
  /** E.164; Ofcom's drama range (+447700 900xxx), never a real phone. */
  mobile: string;
}

export interface Persona {
  trn: string;
  /** The name held on DQT (the name on certificates). */
  firstName: string;
  middleName?: string;
  lastName: string;
  dateOfBirth: SeedDate;
  email: string;
  /** None: no DIA yet. */
  account?: PersonaAccount;
  /** A magic-link invitation: pending (valid) or expired. */
  invitation?: "pending" | "expired";
  qtsAwardedOn?: SeedDate;
  eytsAwardedOn?: SeedDate;
  induction?: { status: InductionStatus; completedOn?: SeedDate; periods: readonly PersonaInductionPeriod[] };
  itt: readonly PersonaItt[];
  npqs: readonly { type: NpqType; awardedOn: SeedDate }[];
  mqs: readonly { specialism: MqSpecialism; awardedOn: SeedDate }[];
  /** A request to change the record, sent some days before seeding and still waiting. */
  openRequest?: PersonaChangeRequest;
  /** What the persona exercises, from docs/personas.md. */
  exercises: string;
}

export interface PersonaChangeRequest {
  /** Fixed, so research scripts and journeys can name it. */
  reference: string;
  name: { firstName: string; middleName?: string; lastName: string };
  submittedDaysBeforeSeeding: number;
  /** The stand-in document the seed makes (sample-documents.ts). */
  evidence: { fileName: string; document: "marriage-certificate" };
}

export const PERSONAS = {
  amara: {
    trn: "3000001",
    firstName: "Amara",
    lastName: "Okafor",
    dateOfBirth: "1998-04-12",
    email: "amara.okafor@example.com",
    invitation: "pending",
    qtsAwardedOn: weeksAgo(3),
    itt: [
      {
        qualification: "PGCE",
        provider: "University of Leeds",
        trainingType: "Provider-led (postgrad)",
        subjects: ["Primary"],
        startDate: "2024-09-01",
        endDate: "2025-07-01",
        result: "Pass",
        ageRange: { from: 5, to: 11 },
      },
    ],
    npqs: [],
    mqs: [],
    exercises: "the magic-link registration journey",
  },
  tomasz: {
    trn: "3000002",
    firstName: "Tomasz",
    lastName: "Nowak",
    dateOfBirth: "1985-11-03",
    email: "tomasz.nowak@example.com",
    account: { firstName: "Tomasz", lastName: "Nowak", mobile: "+447700900412" },
    qtsAwardedOn: "2010-07-31",
    induction: {
      status: "PASSED",
      completedOn: "2011-07-20",
      periods: [
        { appropriateBody: "Leeds City Council", startDate: "2010-09-01", endDate: "2011-02-15", numberOfTerms: 2 },
        { appropriateBody: "Bradford Teaching School Hub", startDate: "2011-02-16", endDate: "2011-07-20", numberOfTerms: 1 },
      ],
    },
    itt: [
      {
        qualification: "PGCE",
        provider: "University of Manchester",
        trainingType: "Provider-led (postgrad)",
        subjects: ["Mathematics"],
        startDate: "2009-09-01",
        endDate: "2010-06-30",
        result: "Pass",
        ageRange: { from: 11, to: 16 },
      },
    ],
    npqs: [
      { type: "NPQSL", awardedOn: "2019-12-01" },
      { type: "NPQH", awardedOn: "2023-06-30" },
    ],
    mqs: [{ specialism: "VISUAL", awardedOn: "2015-07-01" }],
    exercises: "every card type at once, several NPQs, induction history",
  },
  priya: {
    trn: "3000003",
    firstName: "Priya",
    lastName: "Raman",
    dateOfBirth: "1993-02-27",
    email: "priya.raman@example.com",
    account: { firstName: "Priya", lastName: "Raman", mobile: "+447700900237" },
    eytsAwardedOn: "2017-08-31",
    itt: [
      {
        qualification: "Early years initial teacher training",
        provider: "University of Wolverhampton",
        trainingType: "Early years graduate employment based",
        subjects: ["Early years"],
        startDate: "2016-09-01",
        endDate: "2017-07-31",
        result: "Pass",
        ageRange: { from: 0, to: 5 },
      },
    ],
    npqs: [],
    mqs: [],
    exercises: "EYTS without QTS",
  },
  ciaran: {
    trn: "3000004",
    firstName: "Ciaran",
    lastName: "Byrne",
    dateOfBirth: "1999-09-09",
    email: "ciaran.byrne@example.com",
    account: { firstName: "Ciaran", lastName: "Byrne", mobile: "+447700900958" },
    qtsAwardedOn: "2025-07-15",
    induction: {
      status: "IN_PROGRESS",
      periods: [{ appropriateBody: "Liverpool City Council", startDate: "2025-09-01" }],
    },
    itt: [
      {
        qualification: "PGCE",
        provider: "Liverpool John Moores University",
        trainingType: "School Direct training programme",
        subjects: ["History"],
        startDate: "2024-09-01",
        endDate: "2025-06-30",
        result: "Pass",
        ageRange: { from: 11, to: 16 },
      },
    ],
    npqs: [],
    mqs: [],
    exercises: "no induction certificate yet, empty rows hidden",
  },
  grace: {
    trn: "3000005",
    firstName: "Grace",
    lastName: "Mensah-Wright",
    dateOfBirth: "1990-06-18",
    email: "grace.mensah@example.com",
    account: { firstName: "Grace", lastName: "Wright", mobile: "+447700900563" },
    qtsAwardedOn: "2014-08-01",
    induction: { status: "EXEMPT", periods: [] },
    itt: [],
    npqs: [],
    mqs: [],
    exercises: "DIA name differs from the DQT name: the certificate shows the DQT name; change-of-name request",
  },
  oliver: {
    trn: "3000006",
    firstName: "Oliver",
    lastName: "Hughes",
    dateOfBirth: "2000-01-30",
    email: "oliver.hughes@example.com",
    account: { firstName: "Oliver", lastName: "Hughes", mobile: "+447700900781" },
    itt: [
      {
        qualification: "PGCE",
        provider: "University of Birmingham",
        trainingType: "Postgraduate teaching apprenticeship",
        subjects: ["Physics"],
        startDate: "2025-09-01",
        result: "In training",
        ageRange: { from: 11, to: 16 },
      },
    ],
    npqs: [],
    mqs: [],
    exercises: "the empty state: no card to show",
  },
  fatima: {
    trn: "3000007",
    // A compound given name: her DIA name (first and last only) is the same as on DQT.
    firstName: "Fatima Zahra",
    lastName: "Haddad",
    dateOfBirth: "1979-12-01",
    email: "fatima.haddad@example.com",
    account: { firstName: "Fatima Zahra", lastName: "Haddad", mobile: "+447700900324" },
    qtsAwardedOn: "2004-07-31",
    induction: {
      status: "FAILED",
      completedOn: "2006-03-31",
      periods: [
        { appropriateBody: "Birmingham City Council", startDate: "2004-09-01", endDate: "2005-07-22", numberOfTerms: 3 },
        { appropriateBody: "Sandwell Metropolitan Borough Council", startDate: "2005-09-05", endDate: "2006-03-31", numberOfTerms: 2 },
      ],
    },
    itt: [],
    npqs: [],
    mqs: [
      { specialism: "HEARING", awardedOn: "2012-07-01" },
      { specialism: "MULTI_SENSORY", awardedOn: "2018-07-01" },
    ],
    exercises: "failed induction: no induction certificate; several MQs",
  },
  sian: {
    trn: "3000008",
    firstName: "Siân",
    lastName: "Llewellyn-Jones",
    dateOfBirth: "1988-03-21",
    email: "sian.llewellyn@example.com",
    invitation: "expired",
    qtsAwardedOn: "2025-06-30",
    itt: [],
    npqs: [],
    mqs: [],
    exercises: "an expired magic link and how to recover",
  },
  daniel: {
    trn: "3000009",
    firstName: "Daniel",
    lastName: "Osei",
    dateOfBirth: "1991-05-09",
    email: "daniel.osei@example.com",
    account: { firstName: "Daniel", lastName: "Osei", mobile: "+447700900429" },
    qtsAwardedOn: "2016-07-31",
    induction: { status: "PASSED", completedOn: "2017-07-21", periods: [] },
    itt: [],
    npqs: [],
    mqs: [],
    openRequest: {
      reference: "CR-D4N1EZ",
      name: { firstName: "Daniel", lastName: "Osei-Bonsu" },
      submittedDaysBeforeSeeding: 3,
      evidence: { fileName: "marriage-certificate.pdf", document: "marriage-certificate" },
    },
    exercises: "a waiting name-change request: the “Change requested” tag, and the support queue’s first item",
  },
} as const satisfies Record<string, Persona>;

export type PersonaKey = keyof typeof PERSONAS;

/** Every persona, in TRN order. */
export const PERSONA_LIST: readonly Persona[] = Object.values(PERSONAS);

export interface StaffMember {
  email: string;
  firstName: string;
  lastName: string;
  role: Exclude<Role, "TEACHER">;
}

export const STAFF = {
  support: { email: "support@example.com", firstName: "Jordan", lastName: "Ellis", role: "SUPPORT" },
  admin: { email: "admin@example.com", firstName: "Morgan", lastName: "Clarke", role: "ADMIN" },
} as const satisfies Record<string, StaffMember>;

export const STAFF_LIST: readonly StaffMember[] = Object.values(STAFF);

/** The persona with this TRN, if it is one. */
export function personaByTrn(trn: string): Persona | undefined {
  return PERSONA_LIST.find((persona) => persona.trn === trn);
}
