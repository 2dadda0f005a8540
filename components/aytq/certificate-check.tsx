// The check page's views: the question, and each answer. Server components only: the form is a
// plain GET to the page itself, the same request as the link in a certificate's QR code.
import { Button, Details, ErrorSummary, Panel, SummaryList, TextInput, WarningText } from "@/components/govuk";
import type { CertificateCheck, CheckedCertificate } from "@/lib/certificates/check";
import { CHECK_PAGE_PATH } from "@/lib/certificates/check-url";
import { EXAMPLE_REFERENCE } from "@/lib/certificates/reference";
import { formatDate } from "@/lib/format/dates";

export const CHECK_PAGE_TITLE = "Check a certificate";

/** DfE's service for employers: a teacher's record, prohibitions and induction included. */
export const CHECK_A_TEACHERS_RECORD_URL = "https://www.gov.uk/guidance/check-a-teachers-record";

function CheckATeachersRecordLink() {
  return (
    <a className="govuk-link" href={CHECK_A_TEACHERS_RECORD_URL}>
      Check a teacher’s record
    </a>
  );
}

const ERROR_MESSAGES = {
  missing: "Enter the certificate reference",
  malformed: `Enter the certificate reference as it is printed on the certificate, like ${EXAMPLE_REFERENCE}`,
} as const;

/** The page's title (the layout adds the service's name): the h1 of what it shows. */
export function certificateCheckTitle(check: CertificateCheck | null): string {
  switch (check?.outcome) {
    case undefined:
      return CHECK_PAGE_TITLE;
    case "missing":
    case "malformed":
      return `Error: ${CHECK_PAGE_TITLE}`;
    case "genuine":
      return "This is a genuine certificate";
    case "superseded":
      return "This certificate has been replaced by a newer one";
    case "no-longer-valid":
      return "This certificate is no longer valid";
    case "not-found":
    case "rate-limited":
      return "We could not find a certificate with that reference";
  }
}

/**
 * What the page shows for a check, or the question when nothing was asked yet. Outside
 * production (`testService`) it says so first: every certificate issued there is a specimen.
 */
export function CertificateCheckView({ check, testService }: { check: CertificateCheck | null; testService: boolean }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {testService ? <TestServiceWarning /> : null}
        <Answer check={check} />
      </div>
    </div>
  );
}

function TestServiceWarning() {
  return (
    <WarningText iconFallbackText="Warning" className="govuk-!-margin-bottom-6">
      This is a test service. Certificates from it are specimens, not real certificates, and checking one here does not show that anyone holds a qualification.
    </WarningText>
  );
}

function Answer({ check }: { check: CertificateCheck | null }) {
  switch (check?.outcome) {
    case undefined:
      return <Question />;
    case "missing":
      return <Question error={ERROR_MESSAGES.missing} />;
    case "malformed":
      return <Question error={ERROR_MESSAGES.malformed} entered={check.entered} />;
    case "genuine":
      return <Genuine certificate={check.certificate} />;
    case "superseded":
      return <Superseded reference={check.reference} />;
    case "no-longer-valid":
      return <NoLongerValid reference={check.reference} />;
    case "not-found":
    case "rate-limited":
      return <NotFound reference={check.reference} />;
  }
}

function Question({ error, entered }: { error?: string; entered?: string }) {
  return (
    <>
      {error ? <ErrorSummary errors={[{ text: error, href: "#reference" }]} /> : null}
      <h1 className="govuk-heading-l">{CHECK_PAGE_TITLE}</h1>
      <p className="govuk-body">
        Check that a certificate from the Department for Education is genuine: qualified teacher status (QTS), early years teacher status (EYTS), statutory
        induction or a national professional qualification (NPQ).
      </p>
      <p className="govuk-body">
        You need the certificate reference printed beside the QR code at the bottom of the certificate. Scanning the QR code with a phone checks it too.
      </p>
      <ReferenceForm error={error} entered={entered} label="Certificate reference" />
      <Details summary="The certificate has no reference">
        <p className="govuk-body">Certificates printed before this service started have no reference, so they cannot be checked here. To check one:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>ask the teacher to download a new certificate from their account: it will have a reference you can check here</li>
          <li>
            use <CheckATeachersRecordLink /> to see the qualifications on their record
          </li>
        </ul>
      </Details>
    </>
  );
}

function ReferenceForm({ error, entered, label }: { error?: string; entered?: string; label: string }) {
  return (
    <form method="get" action={CHECK_PAGE_PATH} noValidate>
      <TextInput
        name="reference"
        label={{ text: label, className: "govuk-label--m" }}
        hint={`Printed beside the QR code, for example ${EXAMPLE_REFERENCE}`}
        errorMessage={error}
        defaultValue={entered}
        width={20}
        extraLetterSpacing
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
      />
      <Button>Check certificate</Button>
    </form>
  );
}

function CheckAnother() {
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={CHECK_PAGE_PATH}>
        Check another certificate
      </a>
    </p>
  );
}

function Genuine({ certificate }: { certificate: CheckedCertificate }) {
  return (
    <>
      <Panel title="This is a genuine certificate">
        Reference
        <br />
        <strong className="govuk-!-text-break-word">{certificate.reference}</strong>
      </Panel>
      <p className="govuk-body">The Department for Education issued a certificate with this reference that says:</p>
      <SummaryList
        rows={[
          { key: "Certificate", value: certificate.qualification },
          { key: "Name", value: certificate.holderName },
          { key: "Teacher reference number (TRN)", value: certificate.trn },
          { key: certificate.dateLabel, value: formatDate(certificate.attainedOn) },
          { key: "Date of issue", value: formatDate(certificate.issuedOn) },
        ]}
      />
      <p className="govuk-body">If the certificate you were shown says anything different, it is not genuine.</p>
      <h2 className="govuk-heading-m">What this does not show</h2>
      <p className="govuk-body">
        A genuine certificate shows that the teacher was awarded this qualification. It does not show that they are not prohibited from teaching, or that they
        have passed their induction.
      </p>
      <p className="govuk-body">
        To check those before you employ someone, use <CheckATeachersRecordLink />.
      </p>
      <CheckAnother />
    </>
  );
}

function Superseded({ reference }: { reference: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">This certificate has been replaced by a newer one</h1>
      <p className="govuk-body">
        The certificate with the reference <strong className="govuk-!-text-break-word">{reference}</strong> was issued by the Department for Education, but the
        details on the teacher’s record have changed since, for example their name.
      </p>
      <p className="govuk-body">
        The qualification still stands: only the certificate has been replaced. The teacher can download the current certificate from their account. Ask them
        for it and check its reference.
      </p>
      <CheckAnother />
    </>
  );
}

function NoLongerValid({ reference }: { reference: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">This certificate is no longer valid</h1>
      <p className="govuk-body">
        The certificate with the reference <strong className="govuk-!-text-break-word">{reference}</strong> was issued by the Department for Education, but the
        teacher’s record no longer shows this qualification.
      </p>
      <CheckAnother />
    </>
  );
}

function NotFound({ reference }: { reference: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">We could not find a certificate with that reference</h1>
      <p className="govuk-body">
        No certificate has the reference <strong className="govuk-!-text-break-word">{reference}</strong>.
      </p>
      <p className="govuk-body">
        Check the reference is exactly as printed on the certificate and try again. If it is, the certificate is not one the Department for Education issued.
      </p>
      <ReferenceForm entered={reference} label="Certificate reference" />
    </>
  );
}
