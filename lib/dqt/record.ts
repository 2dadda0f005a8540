// A teacher's whole teaching record (the record and every qualification) loaded in one
// database round trip, as plain domain types that pure code and tests can use without Prisma.
import { z } from "zod";
import {
  db,
  type Db,
  type Tx,
  type ChangeRequestKind as DbChangeRequestKind,
  type InductionStatus as DbInductionStatus,
  type MqSpecialism as DbMqSpecialism,
  type NpqType as DbNpqType,
} from "@/lib/db";
import { jsonCalendarDate as calendarDate, jsonColumn } from "@/lib/db/json-columns";
import { runQueryOne } from "@/lib/db/query";
import { isTrn } from "@/lib/validation/trn";
import { teachingRecordQuery } from "./queries";

export const INDUCTION_STATUSES = ["REQUIRED_TO_COMPLETE", "IN_PROGRESS", "PASSED", "FAILED", "EXEMPT", "FAILED_IN_WALES"] as const;
export const NPQ_TYPES = ["NPQLT", "NPQLBC", "NPQLTD", "NPQLL", "NPQSL", "NPQH", "NPQEL", "NPQEYL", "NPQLPM", "NPQSENCO"] as const;
export const MQ_SPECIALISMS = ["HEARING", "VISUAL", "MULTI_SENSORY"] as const;
export const CHANGE_REQUEST_KINDS = ["NAME", "DATE_OF_BIRTH"] as const;

export type InductionStatus = (typeof INDUCTION_STATUSES)[number];
export type NpqType = (typeof NPQ_TYPES)[number];
export type MqSpecialism = (typeof MQ_SPECIALISMS)[number];
export type ChangeRequestKind = (typeof CHANGE_REQUEST_KINDS)[number];

// The domain's unions are our own, but must not drift from the schema's enums: this fails to compile if they do.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type EnumsMatchTheSchema = Assert<
  Same<InductionStatus, DbInductionStatus> & Same<NpqType, DbNpqType> & Same<MqSpecialism, DbMqSpecialism> & Same<ChangeRequestKind, DbChangeRequestKind>
>;

export interface InductionPeriod {
  id: string;
  appropriateBody: string;
  startDate: Date;
  endDate: Date | null;
  numberOfTerms: number | null;
}

export interface IttTraining {
  id: string;
  qualification: string | null;
  provider: string | null;
  trainingType: string | null;
  subjects: string[];
  startDate: Date | null;
  endDate: Date | null;
  result: string | null;
  ageRangeFrom: number | null;
  ageRangeTo: number | null;
}

export interface Npq {
  id: string;
  type: NpqType;
  awardedOn: Date;
}

export interface MandatoryQualification {
  id: string;
  specialism: MqSpecialism | null;
  awardedOn: Date | null;
}

/** A teaching record with all its qualifications. Calendar dates are `Date`s at UTC midnight. */
/** A change request waiting for support: its kind, and the reference the teacher was given. */
export interface PendingChange {
  kind: ChangeRequestKind;
  reference: string;
}

export interface TeachingRecordWithQualifications {
  trn: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  dateOfBirth: Date;
  email: string | null;
  mobile: string | null;
  qtsAwardedOn: Date | null;
  eytsAwardedOn: Date | null;
  inductionStatus: InductionStatus | null;
  inductionCompletedOn: Date | null;
  inductionPeriods: InductionPeriod[];
  ittTrainings: IttTraining[];
  npqs: Npq[];
  mqs: MandatoryQualification[];
  /** Changes to the DQT name or date of birth that the teacher asked for and support has not yet reviewed. */
  pendingChanges: PendingChange[];
}

const recordJson: z.ZodType<TeachingRecordWithQualifications, unknown> = z.object({
  trn: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  lastName: z.string(),
  dateOfBirth: calendarDate,
  email: z.string().nullable(),
  mobile: z.string().nullable(),
  qtsAwardedOn: calendarDate.nullable(),
  eytsAwardedOn: calendarDate.nullable(),
  inductionStatus: z.enum(INDUCTION_STATUSES).nullable(),
  inductionCompletedOn: calendarDate.nullable(),
  inductionPeriods: z.array(
    z.object({
      id: z.string(),
      appropriateBody: z.string(),
      startDate: calendarDate,
      endDate: calendarDate.nullable(),
      numberOfTerms: z.number().nullable(),
    }),
  ),
  ittTrainings: z.array(
    z.object({
      id: z.string(),
      qualification: z.string().nullable(),
      provider: z.string().nullable(),
      trainingType: z.string().nullable(),
      subjects: z
        .array(z.string())
        .nullable()
        .transform((subjects) => subjects ?? []),
      startDate: calendarDate.nullable(),
      endDate: calendarDate.nullable(),
      result: z.string().nullable(),
      ageRangeFrom: z.number().int().nullable(),
      ageRangeTo: z.number().int().nullable(),
    }),
  ),
  npqs: z.array(z.object({ id: z.string(), type: z.enum(NPQ_TYPES), awardedOn: calendarDate })),
  mqs: z.array(z.object({ id: z.string(), specialism: z.enum(MQ_SPECIALISMS).nullable(), awardedOn: calendarDate.nullable() })),
  pendingChanges: z.array(z.object({ kind: z.enum(CHANGE_REQUEST_KINDS), reference: z.string() })),
});

/** Turns the JSON the loader's query builds into the domain type; throws if the shape is not what the schema promises. */
export function parseTeachingRecordJson(json: unknown): TeachingRecordWithQualifications {
  return recordJson.parse(jsonColumn(json));
}

/**
 * Loads the record for a TRN with every qualification, or null if there is none. `client` is a
 * transaction's, when the caller reads the record inside one.
 */
export async function loadTeachingRecord(trn: string, client?: Db | Tx): Promise<TeachingRecordWithQualifications | null> {
  if (!isTrn(trn)) return null;
  const prisma = client ?? (await db());
  const row = await runQueryOne(prisma, teachingRecordQuery(trn));
  return row ? parseTeachingRecordJson(row.record) : null;
}
