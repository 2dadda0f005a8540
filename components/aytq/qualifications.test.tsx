// The AyTQ components' markup: what a screen reader and the journeys rely on.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { qualificationCards, yourDetails } from "@/lib/qualifications";
import { aRecord, ciaranByrne, fatimaHaddad, tomaszNowak } from "@/lib/research/personas/test-records";
import { QualificationCard } from "./qualification-card";
import { YourDetails } from "./your-details";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("QualificationCard", () => {
  it("links the certificate with the qualification in the link's text", () => {
    const qts = qualificationCards(tomaszNowak).find((card) => card.kind === "qts")!;
    const html = renderToStaticMarkup(<QualificationCard card={qts} />);
    expect(html).toContain('<h2 class="govuk-summary-card__title">Qualified teacher status (QTS)</h2>');
    expect(html).toMatch(/<a class="govuk-link" href="\/qualifications\/certificates\/qts">Download QTS certificate \(PDF\)<\/a>/);
  });

  it("gives the file's size once the certificate is issued, as GOV.UK links to files do", () => {
    const issued = {
      id: "c1",
      reference: "QTS-7Q4K-2M9X-3HPD",
      trn: "3000002",
      type: "QTS" as const,
      npqType: null,
      version: 1,
      holderName: "Tomasz Nowak",
      attainedOn: tomaszNowak.qtsAwardedOn!,
      issuedOn: new Date("2026-11-30T00:00:00Z"),
      pdfSize: 21_700,
      pdfSha256: "0".repeat(64),
      supersededAt: null,
    };
    const qts = qualificationCards(tomaszNowak, [issued]).find((card) => card.kind === "qts")!;
    expect(renderToStaticMarkup(<QualificationCard card={qts} />)).toContain(">Download QTS certificate (PDF, 21 KB)</a>");
  });

  it("puts the induction history in a Details component, leaving out an open period's empty rows", () => {
    const induction = qualificationCards(ciaranByrne).find((card) => card.kind === "induction")!;
    const html = renderToStaticMarkup(<QualificationCard card={induction} />);
    expect(html).toContain('<details class="govuk-details');
    expect(text(html)).toContain("Induction history Liverpool City Council Start date 1 September 2025");
    expect(html).not.toContain("End date");
    expect(html).not.toContain("Number of terms");
    expect(html).not.toContain("Download");
  });

  it("heads each induction period with its appropriate body, so periods do not run together", () => {
    const induction = qualificationCards(tomaszNowak).find((card) => card.kind === "induction")!;
    const html = renderToStaticMarkup(<QualificationCard card={induction} />);
    const headings = [...html.matchAll(/<h3 class="govuk-heading-s[^"]*">([^<]+)<\/h3>/g)].map((match) => match[1]);
    expect(headings).toEqual(["Leeds City Council", "Bradford Teaching School Hub"]);
  });

  it("explains an induction status that has no certificate, under the status", () => {
    const induction = qualificationCards(fatimaHaddad).find((card) => card.kind === "induction")!;
    const html = renderToStaticMarkup(<QualificationCard card={induction} />);
    expect(text(html)).toMatch(/Status Failed Completed 31 March 2006 You did not pass your induction\./);
  });
});

describe("YourDetails", () => {
  it("shows the name on certificates and the TRN, and links to the interstitial", () => {
    const html = renderToStaticMarkup(<YourDetails details={yourDetails(tomaszNowak)} />);
    expect(text(html)).toContain("Your details Name on certificates Tomasz Nowak Teacher reference number (TRN) 3000002");
    expect(html).toContain('href="/qualifications/account"');
    expect(html).not.toContain("govuk-tag");
  });

  it("tags a name change waiting for support, linking to the request", () => {
    const html = renderToStaticMarkup(<YourDetails details={yourDetails(aRecord({ pendingChanges: [{ kind: "NAME", reference: "CR-VWTJJ2" }] }))} />);
    expect(html).toContain('<strong class="govuk-tag govuk-tag--yellow govuk-!-margin-top-1">Change requested</strong>');
    expect(html).toContain('href="/account/requests/CR-VWTJJ2"');
  });
});
