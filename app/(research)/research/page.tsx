import type { Metadata } from "next";
import { requireResearchMode } from "@/lib/research/mode";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { NotificationBanner, Table } from "@/components/govuk";
import { ScrollContainer } from "@/components/layout/scroll-container";
import { RESEARCH_SERVICE, pageTitle } from "@/components/layout/services";
import { fullName } from "@/lib/dqt/wording";
import { PERSONAS, STAFF_LIST } from "@/lib/research/personas/personas";
import { startPersona } from "./actions";

export const metadata: Metadata = { title: null };

/** The personas (lib/research/personas/personas.ts, from docs/personas.md), each to start as a fresh copy or as itself. */
export default async function ResearchPage({ searchParams }: { searchParams: Promise<{ reset?: string | string[] }> }) {
  requireResearchMode();
  const reset = /^(\d+)-(\d+)$/.exec(String((await searchParams).reset ?? ""));
  return (
    <ActionForm title={pageTitle(RESEARCH_SERVICE, "Research personas")} action={startPersona}>
      {reset ? (
        <NotificationBanner
          type="success"
          text={`The data is back to the seeded personas. Removed ${reset[1]} ${reset[1] === "1" ? "copy" : "copies"} and ${reset[2]} ${reset[2] === "1" ? "email" : "emails"}`}
        />
      ) : null}
      <h1 className="govuk-heading-l">Research personas</h1>
      <p className="govuk-body">
        Start each participant as <strong>a new copy</strong> of a persona: a teacher of their own, with the same qualifications, a TRN from 3900000 to 3999999
        and an email address of their own, so several people can try the same scenario at once without touching each other. A persona with an account is signed
        in and sees their qualifications; one whose point is the invitation opens it at the start page.
      </p>
      <p className="govuk-body">
        Every email the service sends is in the{" "}
        <a className="govuk-link" href="/mailbox">
          mailbox
        </a>
        , which can be filtered by address. When the sessions are over,{" "}
        <a className="govuk-link" href="/research/reset">
          reset the data
        </a>
        .
      </p>
      <ScrollContainer labelledBy="personas-caption">
        <Table
          caption="Personas"
          captionClassName="govuk-table__caption--m"
          captionId="personas-caption"
          head={[{ children: "Teacher" }, { children: "What it shows" }, { children: "Start" }]}
          rows={Object.entries(PERSONAS).map(([key, persona]) => ({
            key,
            cells: [
              {
                children: (
                  <>
                    {fullName(persona)}
                    <br />
                    <span className="govuk-hint govuk-!-margin-bottom-0">TRN {persona.trn}</span>
                  </>
                ),
              },
              { children: persona.exercises },
              {
                children: (
                  <Form hidden={{ persona: key }}>
                    <div className="govuk-button-group govuk-!-margin-bottom-0">
                      <SubmitButton name="intent" value="copy" className="govuk-!-margin-bottom-1">
                        Start as a new copy<span className="govuk-visually-hidden"> of {fullName(persona)}</span>
                      </SubmitButton>
                      <SubmitButton name="intent" value="persona" variant="secondary" className="govuk-!-margin-bottom-0">
                        Start as {persona.firstName}
                        <span className="govuk-visually-hidden"> {persona.lastName} (the shared persona)</span>
                      </SubmitButton>
                    </div>
                  </Form>
                ),
              },
            ],
          }))}
        />
      </ScrollContainer>
      <h2 className="govuk-heading-m">Staff</h2>
      <p className="govuk-body">
        Sign in to the support console at{" "}
        <a className="govuk-link" href="/sign-in">
          sign in
        </a>{" "}
        with {STAFF_LIST.map((s) => `${s.email} (${s.role === "ADMIN" ? "admin" : "support"})`).join(" or ")}, then read the code in the mailbox.
      </p>
    </ActionForm>
  );
}
