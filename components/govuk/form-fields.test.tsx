import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CharacterCount, DateInput, Radios, SummaryCard, TextInput, dateInputErrorTargetId } from "./index";

function attribute(html: string, selector: RegExp, name: string): string | undefined {
  const tag = html.match(selector)?.[0];
  return tag?.match(new RegExp(`${name}="([^"]*)"`))?.[1];
}

describe("aria-describedby on fields", () => {
  const input = (props: { hint?: string; errorMessage?: string; describedBy?: string }) =>
    attribute(renderToStaticMarkup(<TextInput name="email" label={{ text: "Email address" }} {...props} />), /<input[^>]*>/, "aria-describedby");

  it("is left out when there is nothing to point to", () => {
    expect(input({})).toBeUndefined();
  });

  it("lists the hint, then the error message, after any ids given", () => {
    expect(input({ hint: "We’ll email you" })).toBe("email-hint");
    expect(input({ errorMessage: "Enter your email address" })).toBe("email-error");
    expect(input({ hint: "h", errorMessage: "e" })).toBe("email-hint email-error");
    expect(input({ describedBy: "other", hint: "h", errorMessage: "e" })).toBe("other email-hint email-error");
  });

  it("treats an empty error message as no error", () => {
    const html = renderToStaticMarkup(<TextInput name="email" label={{ text: "Email" }} errorMessage="" />);
    expect(html).not.toContain("govuk-form-group--error");
  });

  it("puts the character count's message first", () => {
    const html = renderToStaticMarkup(<CharacterCount name="reason" maxLength={200} label={{ text: "Reason" }} hint="h" errorMessage="e" />);
    expect(attribute(html, /<textarea[^>]*>/, "aria-describedby")).toBe("reason-info reason-hint reason-error");
    expect(html).toContain("You can enter up to 200 characters");
    expect(html).not.toMatch(/\smaxlength=/);
  });
});

describe("date input errors", () => {
  const render = (errorItems?: ("day" | "month" | "year")[], errorMessage?: string) =>
    renderToStaticMarkup(<DateInput id="dob" namePrefix="dob" legend={{ text: "Date of birth" }} errorMessage={errorMessage} errorItems={errorItems} />);
  const erroneous = (html: string) =>
    [...html.matchAll(/<input[^>]*class="([^"]*)"[^>]*id="dob-(day|month|year)"/g)].filter((m) => (m[1] ?? "").includes("govuk-input--error")).map((m) => m[2]);

  it("highlights only the items named", () => {
    expect(erroneous(render(["month", "year"], "Date of birth must be a real date"))).toEqual(["month", "year"]);
  });

  it("highlights every item when the error is about the whole date", () => {
    expect(erroneous(render([], "Enter your date of birth"))).toEqual(["day", "month", "year"]);
  });

  it("highlights nothing without an error", () => {
    const html = render();
    expect(erroneous(html)).toEqual([]);
    expect(html).not.toContain("govuk-form-group--error");
  });

  it("links the error summary to the first erroneous item", () => {
    expect(dateInputErrorTargetId("dob", ["year", "month"])).toBe("dob-month");
    expect(dateInputErrorTargetId("dob", [])).toBe("dob-day");
    expect(dateInputErrorTargetId("moved", [], ["month", "year"])).toBe("moved-month");
  });

  it("names items with the prefix but ids them with the group id", () => {
    const html = render();
    const day = html.match(/<input[^>]*id="dob-day"[^>]*>/)?.[0] ?? "";
    expect(day).toContain('name="dob-day"');
    expect(html).not.toContain("autocomplete=");
  });
});

describe("radios", () => {
  it("gives the first item the bare id prefix so the error summary can link to it", () => {
    const html = renderToStaticMarkup(
      <Radios
        name="contact"
        value="phone"
        items={[{ value: "email", text: "Email" }, { value: "phone", text: "Phone" }, { divider: "or" }, { value: "none", text: "None" }]}
      />,
    );
    expect(html).toContain('id="contact"');
    expect(html).toContain('id="contact-2"');
    expect(html).toContain('id="contact-4"');
    expect(html).toMatch(/id="contact-2"[^>]*checked=""/);
  });
});

describe("summary card", () => {
  it("names the card in every action's hidden text", () => {
    const html = renderToStaticMarkup(
      <SummaryCard
        title="Qualified teacher status (QTS)"
        headingLevel={3}
        rows={[{ key: "Awarded", value: "1 September 2025", actions: [{ href: "/change", text: "Change", visuallyHiddenText: "award date" }] }, null]}
      />,
    );
    expect(html).toContain('<h3 class="govuk-summary-card__title">Qualified teacher status (QTS)</h3>');
    expect(html).toContain('<span class="govuk-visually-hidden"> award date (Qualified teacher status (QTS))</span>');
  });
});
