import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button, ErrorSummary, Pagination, Table, TextInput } from "@/components/govuk";
import { ScrollContainer } from "@/components/layout/scroll-container";
import { formatDate } from "@/lib/format/dates";
import { SUPPORT_SERVICE, pageTitle } from "@/components/layout/services";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { MIN_NAME_LENGTH, resultsHeading, searchTeachers } from "@/lib/support/search";
import { requireRole } from "@/lib/identity/session";
import { fullName } from "@/lib/dqt/wording";

type Search = Promise<{ q?: string | string[]; page?: string | string[] }>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const q = one((await searchParams).q).trim();
  const title = q ? (q.length < MIN_NAME_LENGTH && !/^\d+$/.test(q) ? "Error: Find a teacher" : `Results for ‘${q.slice(0, 60)}’`) : "Find a teacher";
  return { title: { absolute: pageTitle(SUPPORT_SERVICE, title) } };
}

/** One box: a TRN goes straight to the record; an email or part of a name lists matches, 25 a page. */
export default async function FindATeacherPage({ searchParams }: { searchParams: Search }) {
  await requireRole("support");
  const params = await searchParams;
  const q = one(params.q);
  const search = await searchTeachers(q, Number(one(params.page)) || 1);
  if (search.kind === "trn") redirect(SUPPORT_PAGES.teacher(search.trn));
  if (search.kind === "change-request") redirect(SUPPORT_PAGES.changeRequest(search.reference));
  const error = search.kind === "too-short" ? `Enter at least ${MIN_NAME_LENGTH} characters of a name, a TRN or an email address` : undefined;
  const found = search.kind === "results" ? resultsHeading(search) : undefined;

  return (
    <>
      {error ? <ErrorSummary errors={[{ text: error, href: "#q" }]} /> : null}
      <h1 className="govuk-heading-l">Find a teacher</h1>
      <form method="get" action={SUPPORT_PAGES.home} noValidate className="govuk-!-margin-bottom-6">
        <TextInput
          name="q"
          type="search"
          label={{ text: "TRN, email address, name or reference", className: "govuk-label--s" }}
          hint="For example, 3000009, daniel.osei@example.com, osei, a request reference such as CR-D4N1EZ or a certificate reference such as QTS-7Q4K-2M9X-3HPD"
          defaultValue={q}
          errorMessage={error}
          spellCheck={false}
          autoComplete="off"
          width="two-thirds"
        />
        <Button>Search</Button>
      </form>
      {search.kind === "results" ? (
        <>
          <h2 className="govuk-heading-m" id="results-heading">
            {found?.heading}
          </h2>
          {found?.advice ? <p className="govuk-body">{found.advice}</p> : null}
          {search.total === 0 ? (
            <p className="govuk-body">
              Check the spelling, or search by TRN, email address or reference instead. Names match any part, without accents (“sian” finds “Siân”).
            </p>
          ) : (
            <ScrollContainer labelledBy="results-heading">
              <Table
                caption={
                  <>
                    Teachers matching ‘{q}’, page {search.page} of {search.pages}
                  </>
                }
                captionClassName="govuk-visually-hidden"
                head={[{ children: "Name" }, { children: "TRN" }, { children: "Date of birth" }, { children: "DfE Identity account" }]}
                rows={search.results.map((teacher) => ({
                  key: teacher.trn,
                  cells: [
                    {
                      children: (
                        <a className="govuk-link" href={SUPPORT_PAGES.teacher(teacher.trn)}>
                          {fullName(teacher)}
                        </a>
                      ),
                    },
                    { children: teacher.trn },
                    { children: formatDate(teacher.dateOfBirth) },
                    { children: teacher.hasAccount ? "Yes" : "No" },
                  ],
                }))}
              />
            </ScrollContainer>
          )}
          <Pagination page={search.page} pages={search.pages} href={(page) => SUPPORT_PAGES.search(q, page)} landmarkLabel="Search results pages" />
        </>
      ) : null}
    </>
  );
}
