import type { Metadata } from "next";
import { NotificationBanner, SummaryCard, Tag, type SummaryListRow } from "@/components/govuk";
import { formatMobile } from "@/components/identity/format";
import { formatDate } from "@/lib/format/dates";
import { fullName } from "@/lib/qualifications/wording";
import { recordSummary } from "@/lib/identity/account-overview";
import { ACCOUNT_PAGES, changedMessage } from "@/lib/identity/account-pages";
import { requireAccount } from "@/lib/identity/session";

export const metadata: Metadata = { title: "Your DfE Identity account" };

const change = (href: string, what: string, text = "Change") => [{ href, text, visuallyHiddenText: what }];

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string | string[] }> }) {
  const account = await requireAccount(ACCOUNT_PAGES.account);
  const [record, banner] = await Promise.all([recordSummary(account), searchParams.then((search) => changedMessage(search.changed))]);

  const accountRows: SummaryListRow[] = [
    { key: "Name", value: fullName(account), actions: change(ACCOUNT_PAGES.name, "name") },
    { key: "Email address", value: <span className="govuk-!-text-break-word">{account.email}</span>, actions: change(ACCOUNT_PAGES.email, "email address") },
    account.mobile
      ? { key: "Mobile number", value: formatMobile(account.mobile), actions: change(ACCOUNT_PAGES.mobile, "mobile number") }
      : { key: "Mobile number", value: "Not added", actions: change(ACCOUNT_PAGES.mobile, "mobile number", "Add") },
    account.dateOfBirth
      ? { key: "Date of birth", value: formatDate(account.dateOfBirth), actions: change(ACCOUNT_PAGES.dateOfBirth, "date of birth") }
      : { key: "Date of birth", value: "Not added", actions: change(ACCOUNT_PAGES.dateOfBirth, "date of birth", "Add") },
  ];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {banner ? <NotificationBanner type="success" text={banner} /> : null}
        <h1 className="govuk-heading-l">Your DfE Identity account</h1>
        <SummaryCard title="DfE Identity account" rows={accountRows} />
        {record ? (
          <>
            <SummaryCard
              title="Teaching record"
              rows={[
                {
                  key: "Name on your teaching record",
                  value: <RequestedValue value={fullName(record)} waiting={record.waiting.NAME} />,
                  actions: change(ACCOUNT_PAGES.requestStep("NAME", "value"), "name on your teaching record"),
                },
                {
                  key: "Date of birth on your teaching record",
                  value: <RequestedValue value={formatDate(record.dateOfBirth)} waiting={record.waiting.DATE_OF_BIRTH} />,
                  actions: change(ACCOUNT_PAGES.requestStep("DATE_OF_BIRTH", "value"), "date of birth on your teaching record"),
                },
                { key: "Teacher reference number (TRN)", value: record.trn },
              ]}
            />
            <p className="govuk-body">
              Your certificates show the name on your teaching record. To change it, or the date of birth on your record, you’ll
              need to send us a document that shows the change, such as a marriage certificate or passport. We check it before
              we change your record.
            </p>
            <p className="govuk-body">
              <a className="govuk-link" href={ACCOUNT_PAGES.requests}>
                Your requests to change your teaching record
              </a>
            </p>
            <p className="govuk-body">
              <a className="govuk-link" href="/qualifications">
                Go to Access your teaching qualifications
              </a>
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}

function RequestedValue({ value, waiting }: { value: string; waiting: string | undefined }) {
  if (!waiting) return <span className="govuk-!-text-break-word">{value}</span>;
  return (
    <>
      <span className="govuk-!-text-break-word">{value}</span>
      <br />
      <Tag colour="yellow" className="govuk-!-margin-top-1">
        Change requested
      </Tag>
      <br />
      <a className="govuk-link" href={ACCOUNT_PAGES.request(waiting)}>
        View your request<span className="govuk-visually-hidden"> {waiting}</span>
      </a>
    </>
  );
}
