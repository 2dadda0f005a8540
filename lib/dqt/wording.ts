// The words a teacher reads for the record's codes, in one place for the cards and the certificates.
import type { InductionStatus, MqSpecialism, NpqType } from "./record";

export interface NpqName {
  /** The abbreviation teachers know it by, such as "NPQSL". */
  shortName: string;
  /** The DfE's title, such as "National Professional Qualification for Senior Leadership". */
  fullName: string;
}

export const NPQ_NAMES: Record<NpqType, NpqName> = {
  NPQLT: { shortName: "NPQLT", fullName: "National Professional Qualification for Leading Teaching" },
  NPQLBC: { shortName: "NPQLBC", fullName: "National Professional Qualification for Leading Behaviour and Culture" },
  NPQLTD: { shortName: "NPQLTD", fullName: "National Professional Qualification for Leading Teacher Development" },
  NPQLL: { shortName: "NPQLL", fullName: "National Professional Qualification for Leading Literacy" },
  NPQSL: { shortName: "NPQSL", fullName: "National Professional Qualification for Senior Leadership" },
  NPQH: { shortName: "NPQH", fullName: "National Professional Qualification for Headship" },
  NPQEL: { shortName: "NPQEL", fullName: "National Professional Qualification for Executive Leadership" },
  NPQEYL: { shortName: "NPQEYL", fullName: "National Professional Qualification for Early Years Leadership" },
  NPQLPM: { shortName: "NPQLPM", fullName: "National Professional Qualification for Leading Primary Mathematics" },
  NPQSENCO: {
    shortName: "NPQSENCO",
    fullName: "National Professional Qualification for Special Educational Needs Co-ordinators",
  },
};

/** "National Professional Qualification for Senior Leadership (NPQSL)": the card title and the certificate's wording. */
export function npqTitle(type: NpqType): string {
  const { fullName, shortName } = NPQ_NAMES[type];
  return `${fullName} (${shortName})`;
}

export const INDUCTION_STATUS_WORDS: Record<InductionStatus, string> = {
  REQUIRED_TO_COMPLETE: "Required to complete",
  IN_PROGRESS: "In progress",
  PASSED: "Passed",
  FAILED: "Failed",
  EXEMPT: "Exempt",
  FAILED_IN_WALES: "Failed in Wales",
};

/**
 * What a status means for the teacher, and why there is no certificate, shown under the status.
 * Passed needs none: its certificate is there.
 */
export const INDUCTION_STATUS_EXPLANATIONS: Partial<Record<InductionStatus, string>> = {
  REQUIRED_TO_COMPLETE:
    "You need to complete induction to keep teaching in a state-maintained school in England. You can get an induction certificate once you’ve passed.",
  IN_PROGRESS: "You’ve started your induction and have not finished it yet. You can get an induction certificate once you’ve passed.",
  FAILED:
    "You did not pass your induction. You keep your qualified teacher status (QTS), but you cannot be employed as a teacher in a state-maintained school in England. There is no induction certificate because induction was not passed.",
  EXEMPT:
    "You do not need to complete induction to teach in England, for example because you qualified before induction was introduced or completed it elsewhere in the UK. There is no induction certificate because you did not need to do induction.",
  FAILED_IN_WALES:
    "You did not pass your induction in Wales. You keep your qualified teacher status (QTS). There is no induction certificate because induction was not passed.",
};

/** Full names: a teacher's specialism is an impairment they are qualified to teach pupils with. */
export const MQ_SPECIALISM_WORDS: Record<MqSpecialism, string> = {
  HEARING: "Hearing impairment",
  VISUAL: "Visual impairment",
  MULTI_SENSORY: "Multi-sensory impairment",
};

/** "Mandatory qualification (MQ): visual impairment", so two MQ cards read differently. */
export function mqTitle(specialism: MqSpecialism | null): string {
  return specialism ? `Mandatory qualification (MQ): ${MQ_SPECIALISM_WORDS[specialism].toLowerCase()}` : "Mandatory qualification (MQ)";
}

/** A name from its parts (first, middle, last), skipping the empty ones. */
export function fullName(person: { firstName: string; middleName?: string | null; lastName: string }): string {
  return [person.firstName, person.middleName, person.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ");
}

/** The name held on DQT (first, middle, last): the name on certificates, never the DfE Identity name. */
export function dqtName(record: { firstName: string; middleName: string | null; lastName: string }): string {
  return fullName(record);
}
