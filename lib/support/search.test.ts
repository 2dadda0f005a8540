// "Find a teacher", on a real database: TRN, email, part of a name without case or accents,
// and an index that keeps it fast on 100,000 records.
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/lib/research/personas/seed";
import { useTestDatabase } from "@/test/database";
import { COUNT_LIMIT, escapeLike, PAGE_SIZE, resultsHeading, searchTeachers } from "./search";

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

  const plan = async (sql: string) => (await database.sql.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`)).map((row) => row["QUERY PLAN"]).join("\n");

  it("uses the trigram index for part of a name, and the email index for an address", async () => {
    const byName = await plan(
      `SELECT "trn" FROM teaching_records r WHERE "search_name"(r."firstName", r."middleName", r."lastName") LIKE '%' || "search_name"('teacher4242', NULL, NULL) || '%'`,
    );
    expect(byName).toContain("teaching_records_search_name_idx");
    const byEmail = await plan(`SELECT "trn" FROM teaching_records r WHERE lower(r."email") = lower('teacher4242@example.com')`);
    expect(byEmail).toContain("teaching_records_email_lower_idx");
  });

  it("reads at most 1,001 matches of a common name, through the trigram index", async () => {
    const where = `"search_name"(r."firstName", r."middleName", r."lastName") LIKE '%' || "search_name"('zoe', NULL, NULL) || '%'`;
    const bounded = await plan(`SELECT r."trn" FROM teaching_records r WHERE ${where} LIMIT ${COUNT_LIMIT + 1}`);
    expect(bounded).toContain("teaching_records_search_name_idx");
    expect(bounded).toMatch(/^Limit/);
  });

  it("counts at most 1,000 matches, says there are more, and pages through those", async () => {
    const search = await searchTeachers("zoe", 3);
    expect(search).toMatchObject({ kind: "results", by: "name", total: COUNT_LIMIT, more: true, page: 3, pages: COUNT_LIMIT / PAGE_SIZE });
    if (search.kind !== "results") return;
    expect(search.results).toHaveLength(PAGE_SIZE);
    expect(search.results.every((r) => r.firstName === "Zoë")).toBe(true);
    expect(resultsHeading(search)).toEqual({
      heading: "More than 1,000 teachers found",
      advice: "Only 1,000 of them are listed. Add more of the name, or search by TRN or email address.",
    });
    // The last page shown is full and in name order; a page past it is the last one.
    // (The 1,000 listed are those the index gives first, so a surname's are not all at the end.)
    const last = await searchTeachers("zoe", 40);
    const beyond = await searchTeachers("zoe", 41);
    expect(last).toMatchObject({ page: 40, pages: 40 });
    expect(beyond).toMatchObject({ page: 40, pages: 40 });
    if (last.kind !== "results" || beyond.kind !== "results") return;
    expect(last.results).toHaveLength(PAGE_SIZE);
    expect(beyond.results).toEqual(last.results);
    const order = last.results.map((r) => [r.lastName, r.firstName, r.trn].join(" "));
    expect(order).toEqual([...order].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("counts exactly up to 1,000 matches", async () => {
    const exact = await searchTeachers("teacher1000", 1); // Teacher1000, Teacher10000–10009, Teacher100000
    expect(exact).toMatchObject({ kind: "results", total: 12, more: false, pages: 1 });
    if (exact.kind === "results") expect(resultsHeading(exact)).toEqual({ heading: "12 teachers found" });
    const hundreds = await searchTeachers("teacher9", 1); // 9, 90–99, 900–999, 9000–9999, 90000–99999
    expect(hundreds).toMatchObject({ total: COUNT_LIMIT, more: true });
    expect(resultsHeading({ total: 1, more: false })).toEqual({ heading: "1 teacher found" });
    expect(resultsHeading({ total: 1_000, more: false })).toEqual({ heading: "1,000 teachers found" });
    expect(resultsHeading({ total: 0, more: false })).toEqual({ heading: "No teachers found" });
    expect(await names("teacher99994")).toEqual(["Zoë Teacher99994"]);
  });
});
