// The record loader on a seeded database: the whole record, in one statement.
//
// How "one statement" is proved: Prisma's $on("query") does not fire with driver adapters, so
// this file wraps the adapters' connect() (PGlite's and node-postgres') and counts every
// statement Prisma's engine hands to the database, in or out of transactions.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { qualificationCards } from "@/lib/qualifications";
import { PERSONA_LIST, PERSONAS } from "@/lib/research/personas/personas";
import { seed } from "@/lib/research/personas/seed";
import { useTestDatabase } from "@/test/database";
import { loadTeachingRecord, type TeachingRecordWithQualifications } from "./record";

interface Queryable {
  queryRaw(query: { sql: string }): Promise<unknown>;
  executeRaw(query: { sql: string }): Promise<unknown>;
  startTransaction?(...args: unknown[]): Promise<Queryable>;
}

const statements: string[] = [];

function counting<T extends Queryable>(queryable: T): T {
  for (const method of ["queryRaw", "executeRaw"] as const) {
    const original = queryable[method].bind(queryable);
    queryable[method] = (query: { sql: string }) => {
      statements.push(query.sql);
      return original(query);
    };
  }
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) queryable.startTransaction = async (...args: unknown[]) => counting(await startTransaction(...args));
  return queryable;
}

// Installed before the database opens: Prisma connects its adapter on the first query.
for (const factory of [PrismaPGlite.prototype, PrismaPg.prototype] as { connect(): Promise<unknown> }[]) {
  const connect = factory.connect;
  vi.spyOn(factory, "connect").mockImplementation(async function (this: unknown) {
    return counting((await connect.call(this)) as Queryable);
  });
}

const database = useTestDatabase();

beforeAll(async () => {
  await seed(database.prisma);
});

beforeEach(() => {
  statements.length = 0;
});

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);

/** The same record through Prisma's include (one query per relation): the oracle for the loader's SQL. */
async function loadWithPrismaInclude(trn: string): Promise<TeachingRecordWithQualifications | null> {
  const record = await database.prisma.teachingRecord.findUnique({
    where: { trn },
    include: {
      inductionPeriods: { orderBy: [{ startDate: "asc" }, { id: "asc" }] },
      ittTrainings: { orderBy: [{ startDate: { sort: "asc", nulls: "last" } }, { id: "asc" }] },
      npqs: { orderBy: [{ awardedOn: "asc" }, { id: "asc" }] },
      mqs: { orderBy: [{ awardedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] },
      changeRequests: { where: { status: "PENDING" }, select: { kind: true, reference: true } },
    },
  });
  if (!record) return null;
  return {
    trn: record.trn,
    firstName: record.firstName,
    middleName: record.middleName,
    lastName: record.lastName,
    dateOfBirth: record.dateOfBirth,
    email: record.email,
    mobile: record.mobile,
    qtsAwardedOn: record.qtsAwardedOn,
    eytsAwardedOn: record.eytsAwardedOn,
    inductionStatus: record.inductionStatus,
    inductionCompletedOn: record.inductionCompletedOn,
    inductionPeriods: record.inductionPeriods.map(({ id, appropriateBody, startDate, endDate, numberOfTerms }) => ({
      id,
      appropriateBody,
      startDate,
      endDate,
      numberOfTerms: numberOfTerms === null ? null : numberOfTerms.toNumber(), // DECIMAL(4,1): half terms exist
    })),
    ittTrainings: record.ittTrainings.map((t) => ({
      id: t.id,
      qualification: t.qualification,
      provider: t.provider,
      trainingType: t.trainingType,
      subjects: t.subjects,
      startDate: t.startDate,
      endDate: t.endDate,
      result: t.result,
      ageRangeFrom: t.ageRangeFrom,
      ageRangeTo: t.ageRangeTo,
    })),
    npqs: record.npqs.map(({ id, type, awardedOn }) => ({ id, type, awardedOn })),
    mqs: record.mqs.map(({ id, specialism, awardedOn }) => ({ id, specialism, awardedOn })),
    pendingChanges: record.changeRequests
      .map(({ kind, reference }) => ({ kind, reference }))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.reference.localeCompare(b.reference)),
  };
}

describe("loadTeachingRecord", () => {
  it("loads Tomasz Nowak's whole record (3000002: every qualification type)", async () => {
    const record = await loadTeachingRecord("3000002");
    expect(record).toMatchObject({
      trn: "3000002",
      firstName: "Tomasz",
      middleName: null,
      lastName: "Nowak",
      dateOfBirth: day("1985-11-03"),
      email: "tomasz.nowak@example.com",
      qtsAwardedOn: day("2010-07-31"),
      eytsAwardedOn: null,
      inductionStatus: "PASSED",
      inductionCompletedOn: day("2011-07-20"),
      pendingChanges: [],
    });
    expect(record?.inductionPeriods.map(({ id: _id, ...period }) => period)).toEqual([
      { appropriateBody: "Leeds City Council", startDate: day("2010-09-01"), endDate: day("2011-02-15"), numberOfTerms: 2 },
      {
        appropriateBody: "Bradford Teaching School Hub",
        startDate: day("2011-02-16"),
        endDate: day("2011-07-20"),
        numberOfTerms: 1,
      },
    ]);
    expect(record?.ittTrainings.map(({ id: _id, ...training }) => training)).toEqual([
      {
        qualification: "PGCE",
        provider: "University of Manchester",
        trainingType: "Provider-led (postgrad)",
        subjects: ["Mathematics"],
        startDate: day("2009-09-01"),
        endDate: day("2010-06-30"),
        result: "Pass",
        ageRangeFrom: 11,
        ageRangeTo: 16,
      },
    ]);
    expect(record?.npqs.map(({ type, awardedOn }) => [type, awardedOn])).toEqual([
      ["NPQSL", day("2019-12-01")],
      ["NPQH", day("2023-06-30")],
    ]);
    expect(record?.mqs.map(({ specialism, awardedOn }) => [specialism, awardedOn])).toEqual([["VISUAL", day("2015-07-01")]]);
  });

  it("sends exactly one statement to the database for the whole record", async () => {
    const record = await loadTeachingRecord("3000002");
    expect(record?.npqs).toHaveLength(2);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^\s*SELECT json_build_object\(/);
  });

  it("counts statements for real: Prisma's include costs one per relation", async () => {
    await loadWithPrismaInclude("3000002");
    expect(statements.length).toBeGreaterThan(1);
  });

  it.each(PERSONA_LIST.map((persona) => [persona.trn, `${persona.firstName} ${persona.lastName}`]))(
    "returns for %s (%s) exactly what Prisma's include returns",
    async (trn) => {
      const loaded = await loadTeachingRecord(trn);
      expect(loaded).not.toBeNull();
      expect(loaded).toEqual(await loadWithPrismaInclude(trn));
    },
  );

  it("feeds the cards: Tomasz's record shows every card type, most recent first", async () => {
    const record = await loadTeachingRecord(PERSONAS.tomasz.trn);
    expect(qualificationCards(record!).map((card) => card.kind)).toEqual(["npq", "npq", "mq", "induction", "qts", "itt"]);
  });

  it("returns null for a TRN with no record, and asks nothing for one that is not a TRN", async () => {
    expect(await loadTeachingRecord("3999998")).toBeNull();
    expect(statements).toHaveLength(1);
    statements.length = 0;
    expect(await loadTeachingRecord("30000'2")).toBeNull();
    expect(await loadTeachingRecord("")).toBeNull();
    expect(statements).toHaveLength(0);
  });

  it("includes change requests waiting for staff (not drafts or decided ones) in the same statement", async () => {
    const grace = await database.prisma.identityAccount.findUniqueOrThrow({ where: { email: PERSONAS.grace.email } });
    let n = 0;
    const request = (kind: "NAME" | "DATE_OF_BIRTH", status: "DRAFT" | "PENDING" | "ACCEPTED" | "REJECTED") =>
      database.prisma.changeRequest.create({
        data: {
          reference: `CR-TEST${n++}`,
          trn: PERSONAS.grace.trn,
          requestedById: grace.id,
          kind,
          status,
          ...(kind === "NAME" ? { firstName: "Grace", lastName: "Wright" } : { dateOfBirth: new Date("1990-06-19") }),
        },
      });
    await request("DATE_OF_BIRTH", "REJECTED");
    await request("NAME", "ACCEPTED");
    await request("NAME", "PENDING");
    await request("DATE_OF_BIRTH", "DRAFT");

    statements.length = 0;
    expect((await loadTeachingRecord(PERSONAS.grace.trn))?.pendingChanges.map((c) => c.kind)).toEqual(["NAME"]);
    expect(statements).toHaveLength(1);

    await request("DATE_OF_BIRTH", "PENDING");
    expect((await loadTeachingRecord(PERSONAS.grace.trn))?.pendingChanges.map((c) => c.kind)).toEqual(["DATE_OF_BIRTH", "NAME"]);
    // Nobody else's requests show on another record.
    expect((await loadTeachingRecord(PERSONAS.tomasz.trn))?.pendingChanges).toEqual([]);
    await database.prisma.changeRequest.deleteMany({ where: { trn: PERSONAS.grace.trn } });
  });
});
