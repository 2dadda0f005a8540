// npm run bench -- --search: "Find a teacher" in the support console on 100,000 teaching records,
// 100,000 certificates and 100,000 change requests, in-process on a fresh database
// (BENCH_POSTGRES_URL for PostgreSQL). Each kind of query is timed as the console runs it
// (lib/support/search.ts), against a baseline measured in the same run: one record read by its
// primary key. Target (issue 20): every kind under 100 ms. Not a test: it prints and exits 0.
import { searchTeachers } from "../lib/support/search";
import { openBenchDatabase } from "./database";
import { median, ms, percentile, timeSequentially } from "./stats";

const RECORDS = Number(process.env.BENCH_SEARCH_RECORDS ?? 100_000);
const TARGET_MS = 100;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

export async function searchBench(): Promise<void> {
  const database = await openBenchDatabase();
  try {
    const started = performance.now();
    await database.sql.exec(`
      INSERT INTO teaching_records ("trn", "firstName", "lastName", "dateOfBirth", "email", "updatedAt")
      SELECT (4000000 + n)::text, (ARRAY['Amelia','Oliver','Zoë','Siobhán','Mohammed','Chloé','Kwame','Ana'])[1 + n % 8],
             'Teacher' || n, date '1990-01-01' + (n % 5000), 'teacher' || n || '@example.com', now()
      FROM generate_series(1, ${RECORDS}) AS n;
      INSERT INTO identity_accounts ("id", "email", "firstName", "lastName", "trn", "updatedAt")
      SELECT gen_random_uuid(), 'teacher' || n || '@example.com', 'Ana', 'Teacher' || n, (4000000 + n)::text, now()
      FROM generate_series(1, ${RECORDS}) AS n;
      INSERT INTO change_requests ("id", "reference", "trn", "requestedById", "kind", "firstName", "lastName", "status", "submittedAt", "updatedAt")
      SELECT gen_random_uuid(), 'CR-' || lpad(upper(to_hex(n)), 6, '0'), a."trn", a."id", 'NAME', 'Ana', 'Married' || n,
             (CASE WHEN n % 10 = 0 THEN 'PENDING' ELSE 'ACCEPTED' END)::"ChangeRequestStatus", now() - (n % 90) * interval '1 day', now()
      FROM generate_series(1, ${RECORDS}) AS n JOIN identity_accounts a ON a."trn" = (4000000 + n)::text;
      INSERT INTO issued_certificates ("id", "reference", "trn", "type", "version", "holderName", "attainedOn", "issuedOn", "pdfSize", "pdfSha256")
      SELECT gen_random_uuid(), 'QTS-' || substr(h, 1, 4) || '-' || substr(h, 5, 4) || '-' || substr(h, 9, 4), (4000000 + n)::text, 'QTS', 1,
             'Ana Teacher' || n, date '2020-07-01', current_date, 1, repeat('0', 64)
      FROM (SELECT n, upper(md5('certificate' || n)) AS h FROM generate_series(1, ${RECORDS}) AS n) AS g;
      ANALYZE;`);
    log(`${RECORDS} records, accounts, requests and certificates in ${((performance.now() - started) / 1000).toFixed(1)} s (${database.kind})`);
    const pick = Math.floor(RECORDS * 0.61);
    const certificate = await database.prisma.issuedCertificate.findFirstOrThrow({ where: { trn: String(4000000 + pick) }, select: { reference: true } });
    const request = `CR-${pick.toString(16).toUpperCase().padStart(6, "0")}`;

    const kinds: [string, () => Promise<unknown>][] = [
      ["baseline: one record by its primary key", () => database.prisma.teachingRecord.findUnique({ where: { trn: String(4000000 + pick) } })],
      ["TRN", () => searchTeachers(String(4000000 + pick))],
      ["email address", () => searchTeachers(`TEACHER${pick}@example.com`)],
      ["part of a name (1 match)", () => searchTeachers(`teacher${pick}`)],
      [`part of a name (${(RECORDS / 8).toLocaleString("en-GB")} matches, page 3)`, () => searchTeachers("zoe", 3)],
      ["request reference, typed loosely", () => searchTeachers(request.toLowerCase().replace("-", " "))],
      ["certificate reference, typed loosely", () => searchTeachers(certificate.reference.toLowerCase().replaceAll("-", " "))],
      ["a reference that names nothing (then a name)", () => searchTeachers("CR-ZZZZZZ")],
    ];
    const rows: string[][] = [["query", "median", "p95", "× baseline", `under ${TARGET_MS} ms (p95)`]];
    let baseline = Number.NaN;
    for (const [label, run] of kinds) {
      for (let i = 0; i < 3; i++) await run(); // warm
      const samples = await timeSequentially(async () => void (await run()), { count: 40, budgetMs: 15_000 });
      const p50 = median(samples);
      if (Number.isNaN(baseline)) baseline = p50;
      const p95 = percentile(samples, 95);
      rows.push([label, ms(p50), ms(p95), (p50 / baseline).toFixed(1), label.startsWith("baseline") ? "" : p95 < TARGET_MS ? "yes" : "NO"]);
    }
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
    console.log(`\nFind a teacher on ${RECORDS.toLocaleString("en-GB")} records (${database.kind})\n`);
    for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "));
  } finally {
    await database.close();
  }
}
