// A persona's teaching record fields on a given day: relative dates ("21 days before seeding")
// count back from it. No database here, so the seed, research copies and unit tests
// (test-records.ts) all build records the same way.
import { ukDay } from "@/lib/format/dates";
import type { Persona, SeedDate } from "./personas";

const DAY_MS = 24 * 3600_000;

/** A calendar date at UTC midnight, like every @db.Date; relative ones count back from today in England. */
export function calendarDate(value: SeedDate, today: Date): Date {
  if (typeof value === "string") return new Date(`${value}T00:00:00.000Z`);
  return new Date(ukDay(today).getTime() - value.daysBeforeSeeding * DAY_MS);
}

/** The record fields of a persona as of `today` (relative dates count back from it). */
export function personaRecordData(persona: Persona, today: Date) {
  const date = (value: SeedDate) => calendarDate(value, today);
  const optionalDate = (value: SeedDate | undefined) => (value === undefined ? null : date(value));
  return {
    firstName: persona.firstName,
    middleName: persona.middleName ?? null,
    lastName: persona.lastName,
    dateOfBirth: date(persona.dateOfBirth),
    email: persona.email,
    // The DQT mobile follows the DIA's.
    mobile: persona.account?.mobile ?? null,
    qtsAwardedOn: optionalDate(persona.qtsAwardedOn),
    eytsAwardedOn: optionalDate(persona.eytsAwardedOn),
    inductionStatus: persona.induction?.status ?? null,
    inductionCompletedOn: optionalDate(persona.induction?.completedOn),
  };
}
