// The qualifications page as each research persona sees it (docs/personas.md, docs/domain.md), the
// "Change your details" interstitial, and an account with no teaching record.
// Signed in through the session fixture; e2e/certificates.spec.ts signs in for real.
import { CONTACT_EMAIL } from "../lib/contact";
import { expect, test } from "./fixtures/session";
import { ChangeYourDetailsPage, QUALIFICATIONS_HEADING, QualificationsPage } from "./pages/qualifications";
import { AYTQ_SERVICE_NAME } from "./pages/start-page";

const NPQH = "National Professional Qualification for Headship (NPQH)";
const NPQSL = "National Professional Qualification for Senior Leadership (NPQSL)";
const MQ_VISUAL = "Mandatory qualification (MQ): visual impairment";
const MQ_HEARING = "Mandatory qualification (MQ): hearing impairment";
const MQ_MULTI_SENSORY = "Mandatory qualification (MQ): multi-sensory impairment";
const QTS = "Qualified teacher status (QTS)";
const EYTS = "Early years teacher status (EYTS)";
const ITT = "Initial teacher training (ITT)";

test.describe("Your teaching qualifications", () => {
  test("3000002 Tomasz Nowak sees every card type, most recent first, with the induction history", async ({
    page,
    signedInAs,
    qualificationsPage: qualifications,
  }) => {
    await signedInAs("tomasz.nowak@example.com");
    await qualifications.goto();

    await test.step("the page is AyTQ's, with one card per qualification, most recently attained first", async () => {
      await expect(page).toHaveTitle(/^Your teaching qualifications – Access your teaching qualifications – GOV\.UK$/);
      await qualifications.expectTemplate(AYTQ_SERVICE_NAME);
      await expect(qualifications.cardTitles).toHaveText([NPQH, NPQSL, MQ_VISUAL, "Induction", QTS, ITT]);
    });

    await test.step("each card shows its rows", async () => {
      expect(await qualifications.rowsOf(qualifications.card(NPQH))).toEqual({ Awarded: "30 June 2023" });
      expect(await qualifications.rowsOf(qualifications.card(NPQSL))).toEqual({ Awarded: "1 December 2019" });
      expect(await qualifications.rowsOf(qualifications.card(MQ_VISUAL))).toEqual({ Awarded: "1 July 2015", Specialism: "Visual impairment" });
      expect(await qualifications.rowsOf(qualifications.card("Induction"))).toEqual({
        Status: "Passed",
        Completed: "20 July 2011",
      });
      await expect(qualifications.inductionExplanation()).toHaveCount(0);
      expect(await qualifications.rowsOf(qualifications.card(QTS))).toEqual({ Awarded: "31 July 2010" });
      expect(await qualifications.rowsOf(qualifications.card(ITT))).toEqual({
        Qualification: "PGCE",
        Provider: "University of Manchester",
        "Training type": "Provider-led (postgrad)",
        Subjects: "Mathematics",
        "Start date": "1 September 2009",
        "End date": "30 June 2010",
        Result: "Pass",
        "Age range": "11 to 16 years",
      });
    });

    await test.step("the induction history opens to show both periods, each headed by its appropriate body", async () => {
      const history = qualifications.inductionHistory();
      await expect(history.summary).toHaveText("Induction history");
      await expect(history.periods.first()).toBeHidden();
      await history.summary.click();
      await expect(history.details).toHaveAttribute("open", "");
      await expect(history.periods.first()).toBeVisible();
      await expect(history.headings).toHaveText(["Leeds City Council", "Bradford Teaching School Hub"]);
      expect(await qualifications.inductionPeriods()).toEqual([
        {
          "Appropriate body": "Leeds City Council",
          "Start date": "1 September 2010",
          "End date": "15 February 2011",
          "Number of terms": "2",
        },
        {
          "Appropriate body": "Bradford Teaching School Hub",
          "Start date": "16 February 2011",
          "End date": "20 July 2011",
          "Number of terms": "1",
        },
      ]);
    });

    await test.step("QTS, induction and each NPQ have a certificate link naming the qualification; nothing else does", async () => {
      await expect(qualifications.certificateLinks).toHaveCount(4);
      for (const [title, shortName] of [
        [NPQH, "NPQH"],
        [NPQSL, "NPQSL"],
        ["Induction", "induction"],
        [QTS, "QTS"],
      ] as const) {
        await expect(qualifications.card(title).getByRole("link", { name: `Download ${shortName} certificate` })).toBeVisible();
      }
      await expect(qualifications.certificateLink("QTS")).toHaveAttribute("href", "/qualifications/certificates/qts");
      await expect(qualifications.certificateLink("induction")).toHaveAttribute("href", "/qualifications/certificates/induction");
      await expect(qualifications.certificateLink("NPQH")).toHaveAttribute("href", /^\/qualifications\/certificates\/npq\/[0-9a-f-]{36}$/);
      for (const title of [MQ_VISUAL, ITT]) await expect(qualifications.card(title).getByRole("link")).toHaveCount(0);
    });

    await test.step("Your details shows the name on certificates and the TRN", async () => {
      await expect(qualifications.yourDetails.getByRole("heading", { level: 2 })).toHaveText("Your details");
      expect(await qualifications.details()).toEqual({ name: "Tomasz Nowak", trn: "3000002" });
      await expect(qualifications.yourDetails.locator(".govuk-tag")).toHaveCount(0);
    });

    await test.step("Your details sits beside the cards on a wide screen", async () => {
      const cards = (await qualifications.cards.first().boundingBox())!;
      const details = (await qualifications.yourDetails.boundingBox())!;
      expect(details.x).toBeGreaterThan(cards.x + cards.width);
      expect(Math.abs(details.y - cards.y)).toBeLessThan(40);
    });

    await test.step("at 320 pixels wide Your details comes after the cards", async () => {
      await page.setViewportSize({ width: 320, height: 800 });
      const lastCard = (await qualifications.cards.last().boundingBox())!;
      const details = (await qualifications.yourDetails.boundingBox())!;
      expect(details.y).toBeGreaterThan(lastCard.y + lastCard.height);
    });
  });

  test("3000003 Priya Raman sees EYTS and her early-years training, and no QTS", async ({ signedInAs, qualificationsPage: qualifications }) => {
    await signedInAs("priya.raman@example.com");
    await qualifications.goto();
    await expect(qualifications.cardTitles).toHaveText([EYTS, ITT]);
    expect(await qualifications.rowsOf(qualifications.card(EYTS))).toEqual({ Awarded: "31 August 2017" });
    expect(await qualifications.rowsOf(qualifications.card(ITT))).toMatchObject({
      "Training type": "Early years graduate employment based",
      "Age range": "0 to 5 years",
    });
    await expect(qualifications.certificateLinks).toHaveCount(1);
    await expect(qualifications.certificateLink("EYTS")).toHaveAttribute("href", "/qualifications/certificates/eyts");
    expect(await qualifications.details()).toEqual({ name: "Priya Raman", trn: "3000003" });
  });

  test("3000004 Ciaran Byrne's induction is in progress: no certificate, no empty rows", async ({ signedInAs, qualificationsPage: qualifications }) => {
    await signedInAs("ciaran.byrne@example.com");
    await qualifications.goto();

    await test.step("the undated induction card comes last", async () => {
      await expect(qualifications.cardTitles).toHaveText([QTS, ITT, "Induction"]);
    });

    await test.step("the induction card has a status, what it means, and no completion date or certificate", async () => {
      expect(await qualifications.rowsOf(qualifications.card("Induction"))).toEqual({ Status: "In progress" });
      await expect(qualifications.inductionExplanation()).toHaveText(
        "You’ve started your induction and have not finished it yet. You can get an induction certificate once you’ve passed.",
      );
      await expect(qualifications.card("Induction").getByRole("link")).toHaveCount(0);
      await expect(qualifications.certificateLinks).toHaveCount(1);
      await expect(qualifications.certificateLink("QTS")).toBeVisible();
    });

    await test.step("the open period shows no end date and no number of terms", async () => {
      await qualifications.inductionHistory().summary.click();
      expect(await qualifications.inductionPeriods()).toEqual([{ "Appropriate body": "Liverpool City Council", "Start date": "1 September 2025" }]);
    });
  });

  test("3000005 Grace Mensah-Wright sees her DQT name, not her DfE Identity name", async ({ signedInAs, qualificationsPage: qualifications }) => {
    await signedInAs("grace.mensah@example.com");
    await qualifications.goto();
    await expect(qualifications.cardTitles).toHaveText([QTS, "Induction"]);
    expect(await qualifications.rowsOf(qualifications.card("Induction"))).toEqual({ Status: "Exempt" });
    await expect(qualifications.inductionExplanation()).toContainText("You do not need to complete induction to teach in England");
    await expect(qualifications.inductionExplanation()).toContainText("There is no induction certificate because you did not need to do induction.");
    await expect(qualifications.certificateLinks).toHaveCount(1);
    expect(await qualifications.details()).toEqual({ name: "Grace Mensah-Wright", trn: "3000005" });
    await expect(qualifications.main).not.toContainText("Grace Wright");
  });

  test("3000006 Oliver Hughes, still in training, sees a clear empty state", async ({ signedInAs, qualificationsPage: qualifications }) => {
    await signedInAs("oliver.hughes@example.com");
    await qualifications.goto();
    await expect(qualifications.emptyState).toBeVisible();
    await expect(qualifications.main).toContainText("Initial teacher training shows here once it has finished.");
    await expect(qualifications.cards).toHaveCount(0);
    await expect(qualifications.certificateLinks).toHaveCount(0);
    expect(await qualifications.details()).toEqual({ name: "Oliver Hughes", trn: "3000006" });
  });

  test("3000007 Fatima Zahra Haddad: failed induction explained, no certificate, and two MQs told apart", async ({
    signedInAs,
    qualificationsPage: qualifications,
  }) => {
    await signedInAs("fatima.haddad@example.com");
    await qualifications.goto();
    await expect(qualifications.cardTitles).toHaveText([MQ_MULTI_SENSORY, MQ_HEARING, "Induction", QTS]);
    expect(await qualifications.rowsOf(qualifications.card(MQ_MULTI_SENSORY))).toEqual({
      Awarded: "1 July 2018",
      Specialism: "Multi-sensory impairment",
    });
    expect(await qualifications.rowsOf(qualifications.card(MQ_HEARING))).toEqual({ Awarded: "1 July 2012", Specialism: "Hearing impairment" });
    expect(await qualifications.rowsOf(qualifications.card("Induction"))).toEqual({
      Status: "Failed",
      Completed: "31 March 2006",
    });
    await expect(qualifications.inductionExplanation()).toContainText("You did not pass your induction.");
    await expect(qualifications.inductionExplanation()).toContainText("There is no induction certificate because induction was not passed.");
    await expect(qualifications.card("Induction").getByRole("link")).toHaveCount(0);
    await expect(qualifications.certificateLinks).toHaveCount(1);
    await expect(qualifications.certificateLink("QTS")).toBeVisible();
    expect(await qualifications.details()).toEqual({ name: "Fatima Zahra Haddad", trn: "3000007" });
  });

  test("Change your details goes through the interstitial, and back", async ({
    page,
    signedInAs,
    qualificationsPage: qualifications,
    changeYourDetailsPage: interstitial,
  }) => {
    await signedInAs("tomasz.nowak@example.com");
    await qualifications.goto();

    await test.step("the link leads to a page saying they are leaving for their DfE Identity account", async () => {
      await qualifications.changeYourDetails.click();
      await expect(page).toHaveURL(ChangeYourDetailsPage.path);
      await expect(interstitial.heading).toHaveText(ChangeYourDetailsPage.heading);
      await expect(page).toHaveTitle(/^Change your details in your DfE Identity account – /);
      await expect(interstitial.main).toContainText("You’re leaving Access your teaching qualifications for your DfE Identity account");
      await expect(interstitial.continueButton).toHaveAttribute("href", "/account");
    });

    await test.step("the back link returns to the qualifications", async () => {
      await interstitial.backLink.click();
      await expect(page).toHaveURL(QualificationsPage.path);
      await expect(qualifications.heading).toHaveText(QUALIFICATIONS_HEADING);
    });
  });

  test("a staff account is sent to the support console; its no-record page says why there is nothing to show, without being told it could be linked", async ({
    page,
    signedInAs,
    qualificationsPage: notLinked,
  }) => {
    await signedInAs("support@example.com");
    await page.goto(QualificationsPage.path);
    await expect(page).toHaveURL("/support");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find a teacher");
    await page.goto("/qualifications/no-record");
    await expect(notLinked.heading).toHaveText("There is no teaching record linked to your account");
    await expect(notLinked.main).toContainText("You’re signed in as support@example.com.");
    await expect(notLinked.main).toContainText(
      "This is a staff account. Staff accounts are for supporting teachers and are never linked to a teaching record.",
    );
    await expect(notLinked.main).toContainText("sign out and sign in with the account you set up");
    await expect(notLinked.main).not.toContainText("should be linked");
    await expect(notLinked.main.getByRole("link", { name: CONTACT_EMAIL })).toHaveCount(0);
    await expect(notLinked.cards).toHaveCount(0);
    await expect(notLinked.main.getByRole("link", { name: "Go to the support console" })).toHaveAttribute("href", "/support");
  });

  test("without a session the page asks to sign in and comes back", async ({ page }) => {
    await page.goto(QualificationsPage.path);
    await expect(page).toHaveURL("/sign-in?returnTo=%2Fqualifications");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to your DfE Identity account");
  });
});
