// "Find a teacher", on a real database: TRN, email, part of a name without case or accents,
// and an index that keeps it fast on 100,000 records.
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { useTestDatabase } from "@/test/database";
import { escapeLike, PAGE_SIZE, searchTeachers } from "./search";

const database = useTestDatabase();
beforeAll(() => seed(database.prisma));

const names = async (query: string, page = 1) => {
  const search = await searchTeachers(query, page);
  return search.kind === "results" ? search.results.map((r) => `${r.firstName} ${r.lastName}`) : search.kind;
};

describe("searchTeachers", () => {
  it("goes straight to a record for a 7-digit TRN", async () => {
    expect(await searchTeachers(" 3000009 ")).toEqual({ kind: "trn", trn: "3000009" });
  });

  it("finds part of a name whatever the case or accents", async () => {
    expect(await names("sian")).toEqual(["Siân Llewellyn-Jones"]);
    expect(await names("SIÂN")).toEqual(["Siân Llewellyn-Jones"]);
    expect(await names("llew")).toEqual(["Siân Llewellyn-Jones"]);
    expect(await names("osei")).toEqual(["Daniel Osei"]);
    expect(await names("zahra had")).toEqual(["Fatima Zahra Haddad"]);
    expect(await names("nobody at all")).toEqual([]);
  });

  it("reads control characters as spaces, never as a database error", async () => {
    expect(await names("sian\u0000")).toEqual(["Siân Llewellyn-Jones"]);
    expect(await names("\u0000\u001b")).toBe("empty");
    expect(await names("a\u0000@example.com")).toEqual([]);
  });

  it("finds an email exactly, in any case, on the record or its account", async () => {
    expect(await names("Daniel.Osei@Example.com")).toEqual(["Daniel Osei"]);
    expect(await names("daniel.osei@example")).toEqual([]);
    await database.prisma.identityAccount.update({ where: { email: "grace.mensah@example.com" }, data: { email: "grace.w@school.example.com" } });
    expect(await names("grace.w@school.example.com")).toEqual(["Grace Mensah-Wright"]);
  });

  it("goes straight to a change request by its reference, forgiving case and spaces", async () => {
    for (const typed of ["CR-D4N1EZ", "cr-d4n1ez", " cr d4n1ez ", "CRD4N1EZ", "cr–d4n1ez"]) {
      expect(await searchTeachers(typed), typed).toEqual({ kind: "change-request", reference: "CR-D4N1EZ" });
    }
    // The shape of a reference that names nothing is part of a name.
    expect(await names("CR-ZZZZZZ")).toEqual([]);
  });

  it("goes straight to the teacher a certificate reference was issued to", async () => {
    await database.prisma.issuedCertificate.create({
      data: {
        reference: "QTS-7Q4K-2M9X-3HPD",
        trn: "3000009",
        type: "QTS",
        version: 1,
        holderName: "Daniel Osei",
        attainedOn: new Date("2020-07-01"),
        issuedOn: new Date("2026-12-01"),
        pdfSize: 1,
        pdfSha256: "0".repeat(64),
      },
    });
    for (const typed of ["QTS-7Q4K-2M9X-3HPD", "qts 7q4k 2m9x 3hpd", "QTS7Q4K2M9X3HPD"]) {
      expect(await searchTeachers(typed), typed).toEqual({ kind: "trn", trn: "3000009" });
    }
    expect(await names("QTS-0000-0000-0000")).toEqual([]);
  });

  it("treats % and _ as letters, and says when a query is too short", async () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
    expect(await names("%")).toBe("too-short");
    expect(await names("%%")).toEqual([]);
    expect(await names("_a")).toEqual([]);
    expect(await names("")).toBe("empty");
  });
});

describe("on 100,000 records", () => {
  beforeAll(async () => {
    await database.sql.exec(`
      INSERT INTO teaching_records ("trn", "firstName", "lastName", "dateOfBirth", "email", "updatedAt")
      SELECT lpad((4000000 + n)::text, 7, '0'),
             (ARRAY['Amelia','Oliver','Zoë','Siobhán','Mohammed','Chloé','Kwame','Ana'])[1 + n % 8],
             'Teacher' || n, date '1990-01-01' + (n % 5000), 'teacher' || n || '@example.com', now()
      FROM generate_series(1, 100000) AS n;
      ANALYZE teaching_records;`);
  }, 240_000);

  const plan = async (sql: string) =>
    (await database.sql.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`)).map((row) => row["QUERY PLAN"]).join("\n");

  it("uses the trigram index for part of a name, and the email index for an address", async () => {
    const byName = await plan(`SELECT "trn" FROM teaching_records r WHERE "search_name"(r."firstName", r."middleName", r."lastName") LIKE '%' || "search_name"('teacher4242', NULL, NULL) || '%'`);
    expect(byName).toContain("teaching_records_search_name_idx");
    const byEmail = await plan(`SELECT "trn" FROM teaching_records r WHERE lower(r."email") = lower('teacher4242@example.com')`);
    expect(byEmail).toContain("teaching_records_email_lower_idx");
  });

  it("pages the results 25 at a time, counting them all", async () => {
    const search = await searchTeachers("zoe", 3);
    expect(search).toMatchObject({ kind: "results", by: "name", total: 12_500, page: 3, pages: 500 });
    if (search.kind !== "results") return;
    expect(search.results).toHaveLength(PAGE_SIZE);
    expect(search.results.every((r) => r.firstName === "Zoë")).toBe(true);
    expect(await names("teacher99994")).toEqual(["Zoë Teacher99994"]);
  });
});
