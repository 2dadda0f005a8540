import type { Metadata } from "next";
import { NotificationBanner, SummaryCard, type SummaryListAction, type SummaryListRow } from "@/components/govuk";
import { BreakableEmail } from "@/components/identity/breaks";
import { formatMobile } from "@/components/identity/format";
import { formatDate } from "@/lib/format/dates";
import { fullName } from "@/lib/dqt/wording";
import { recordSummary } from "@/lib/identity/account-overview";
import { ACCOUNT_PAGES, changedMessage } from "@/lib/identity/account-pages";
import { requireAccount } from "@/lib/identity/session";

export const metadata: Metadata = { title: "Your DfE Identity account" };

// Two cards that never look alike in their actions: the sign-in account changes at once
// ("Change"); the teaching record, which certificates print, only by a request ("Ask to change").
const CARD_TITLES = { signIn: "Your sign-in details", record: "Your teaching record" } as const;

const change = (href: string, what: string, text = "Change"): SummaryListAction[] => [{ href, text, visuallyHiddenText: what }];

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string | string[] }> }) {
  const account = await requireAccount(ACCOUNT_PAGES.account);
  const [record, banner] = await Promise.all([recordSummary(account), searchParams.then((search) => changedMessage(search.changed))]);

  const signInRows: SummaryListRow[] = [
    { key: "Name", value: <span className="govuk-!-text-break-word">{fullName(account)}</span>, actions: change(ACCOUNT_PAGES.name, "name") },
    account.dateOfBirth
      ? { key: "Date of birth", value: formatDate(account.dateOfBirth), actions: change(ACCOUNT_PAGES.dateOfBirth, "date of birth") }
      : { key: "Date of birth", value: "Not added", actions: change(ACCOUNT_PAGES.dateOfBirth, "date of birth", "Add") },
    account.mobile
      ? { key: "Mobile number", value: formatMobile(account.mobile), actions: change(ACCOUNT_PAGES.mobile, "mobile number") }
      : { key: "Mobile number", value: "Not added", actions: change(ACCOUNT_PAGES.mobile, "mobile number", "Add") },
    { key: "Email address", value: <BreakableEmail email={account.email} />, actions: change(ACCOUNT_PAGES.email, "email address") },
  ];

  /** "Ask to change", or while a request waits, "Change requested" linking to it. */
  const askToChange = (kind: "NAME" | "DATE_OF_BIRTH", what: string): SummaryListAction[] => {
    const waiting = record?.waiting[kind];
    return waiting
      ? [{ href: ACCOUNT_PAGES.request(waiting), text: "Change requested", visuallyHiddenText: `– view your request to change your ${what}` }]
      : change(ACCOUNT_PAGES.requestStep(kind, "value"), what, "Ask to change");
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {banner ? <NotificationBanner type="success" text={banner} /> : null}
        <h1 className="govuk-heading-l">Your DfE Identity account</h1>
        <p className="govuk-body">You use these details to sign in. Changes to them are made at once.</p>
        <SummaryCard title={CARD_TITLES.signIn} rows={signInRows} />
        {record ? (
          <>
            <h2 className="govuk-heading-m govuk-!-margin-top-8">The details your certificates show</h2>
            <p className="govuk-body" id="record-hint">
              Your certificates show the name on your teaching record. To change it or the date of birth on your record, ask us and send a photo or scan of a
              document that shows the change, such as a passport or marriage certificate. We check it and reply within 5 working days.
            </p>
            <SummaryCard
              title={CARD_TITLES.record}
              rows={[
                { key: "Name", value: <span className="govuk-!-text-break-word">{fullName(record)}</span>, actions: askToChange("NAME", "name") },
                { key: "Date of birth", value: formatDate(record.dateOfBirth), actions: askToChange("DATE_OF_BIRTH", "date of birth") },
                { key: "Teacher reference number (TRN)", value: record.trn },
              ]}
            />
            <p className="govuk-body">
              <a className="govuk-link" href={ACCOUNT_PAGES.requests}>
                Your requests to change your teaching record
              </a>
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
