// The fast path (one rendering per template, values filled in) must give exactly what a full
// React Email render gives, whatever the values: escaping, repeats, several layouts at once.
import { describe, expect, it } from "vitest";
import { renderCounts, renderEmail, renderTemplate } from "./render";
import type { EmailData, EmailTemplate } from "./templates";

const NAMES = ["Amara", "Siân O'Brien-Ní Dhomhnaill", 'Zoë "Z" <b>Bold</b> & co', "Łukasz Żółć", "A"];
const LINKS = [
  "http://localhost:3000/qualifications/start?trn_token=abc_DEF-123",
  "https://aytq.example.com/sign-in/continue?token=x&email=a%40b.example&returnTo=%2Fq",
  "http://localhost:3000/a?b=<c>&d='e'",
];

function cases(): { [T in EmailTemplate]: EmailData[T][] } {
  return {
    invitation: NAMES.flatMap((firstName, i) => [
      { firstName, link: LINKS[i % 3]!, expiresAt: "2027-02-10T00:00:00.000Z" },
      { firstName, link: LINKS[(i + 1) % 3]!, expiresAt: "2027-02-10T23:30:00.000Z", resent: true }, // 11 February in London
    ]),
    "qts-added": NAMES.map((firstName, i) => ({ firstName, signInLink: LINKS[i % 3]! })),
    "sign-in": LINKS.flatMap((link, i) => [
      { link, code: `00${i}123`, expiresInMinutes: 15 },
      { link, code: `01${i}123`, expiresInMinutes: 15, service: "support" as const },
    ]),
    "sign-in-no-account": LINKS.map((startLink) => ({ startLink })),
    "email-code": ["000000", "999999", "123456"].map((code, i) => ({ code, expiresInMinutes: 10 + i })),
    "email-changed": NAMES.map((firstName, i) => ({
      firstName,
      newEmail: `${firstName.slice(0, 1)}•••@school${i}.example.com`,
      helpEmail: "help@example.com",
    })),
    "change-request-submitted": NAMES.map((firstName, i) => ({ firstName, reference: `CR-00000${i}`, change: i % 2 ? "name" : "date of birth" })),
    "change-request-accepted": NAMES.map((firstName, i) => ({ firstName, reference: `CR-00000${i}`, change: "name", newValue: `${firstName} O’Brien-Smith` })),
    "change-request-rejected": NAMES.map((firstName, i) => ({
      firstName,
      reference: `CR-00000${i}`,
      change: "name",
      reason: `Reason ${i}: <b>"it" & 'that'</b>`,
    })),
  };
}

describe("renderEmail", () => {
  for (const [template, list] of Object.entries(cases()) as [EmailTemplate, EmailData[EmailTemplate][]][]) {
    it(`${template}: every message comes out exactly as a full render`, async () => {
      for (const data of list) {
        expect(await renderEmail(template, data)).toEqual(await renderTemplate(template, data as never));
      }
    });
  }

  it("fills in one rendering per template and layout rather than rendering each message", async () => {
    const before = { ...renderCounts };
    for (let i = 0; i < 50; i++) {
      await renderEmail("invitation", { firstName: `Name${i}`, link: `${LINKS[0]}${i}`, expiresAt: "2027-03-01T10:00:00.000Z" });
    }
    expect(renderCounts.filled - before.filled).toBeGreaterThanOrEqual(49);
    expect(renderCounts.full - before.full).toBeLessThanOrEqual(2); // the layout, and the check against a real render
  });

  it("renders values with runs of whitespace in full, and still right", async () => {
    const data = { firstName: "Amara  Okafor ", link: LINKS[0]!, expiresAt: "2027-02-10T00:00:00.000Z" };
    expect(await renderEmail("invitation", data)).toEqual(await renderTemplate("invitation", data));
  });

  it("a member of staff's sign-in email names the support console, a teacher's the service", async () => {
    const staff = await renderEmail("sign-in", { link: LINKS[1]!, code: "123456", expiresInMinutes: 15, service: "support" });
    const teacher = await renderEmail("sign-in", { link: LINKS[1]!, code: "123456", expiresInMinutes: 15 });
    expect(staff.subject).toBe("Sign in to Support for teaching records");
    expect(staff.html).toContain("Sign in to Support for teaching records");
    expect(teacher.subject).toBe("Sign in to Access your teaching qualifications");
    expect(teacher.html).not.toContain("Support for teaching records");
  });

  it("refuses a template it does not know", async () => {
    await expect(renderEmail("nonsense", {})).rejects.toThrow('Unknown email template "nonsense"');
  });
});
