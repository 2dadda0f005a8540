import { SummaryCard } from "@/components/govuk";
import type { QualificationCard as QualificationCardModel } from "@/lib/qualifications";
import { InductionHistory } from "./induction-history";

/**
 * One qualification as a GOV.UK summary card: its rows, the induction history, its certificate
 * link (for the teacher; the support console shows the cards without it, under its own h2).
 */
export function QualificationCard({
  card,
  withCertificate = true,
  headingLevel = 2,
}: {
  card: QualificationCardModel;
  withCertificate?: boolean;
  headingLevel?: 2 | 3;
}) {
  return (
    <SummaryCard title={card.title} rows={card.rows} headingLevel={headingLevel}>
      {card.explanation ? <p className="govuk-body govuk-!-margin-bottom-0">{card.explanation}</p> : null}
      {card.inductionHistory ? <InductionHistory periods={card.inductionHistory} /> : null}
      {card.certificate && withCertificate ? (
        <p className="govuk-body govuk-!-margin-top-4 govuk-!-margin-bottom-0">
          {/* No `download` attribute: a link gone stale must show the not-found page, not save it as a file. */}
          <a className="govuk-link" href={card.certificate.href}>
            {`${card.certificate.label} (${card.certificate.fileDescription})`}
          </a>
        </p>
      ) : null}
    </SummaryCard>
  );
}
