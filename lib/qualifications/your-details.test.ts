import { describe, expect, it } from "vitest";
import { aRecord, fatimaHaddad, tomaszNowak } from "@/lib/research/personas/test-records";
import { yourDetails } from "./your-details";

describe("yourDetails", () => {
  it("shows the DQT name and the TRN", () => {
    expect(yourDetails(tomaszNowak)).toEqual({ name: "Tomasz Nowak", trn: "3000002", nameChange: null, dateOfBirthChange: null });
  });

  it("includes a middle name", () => {
    expect(yourDetails(fatimaHaddad).name).toBe("Fatima Zahra Haddad");
  });

  it("says which changes are waiting for support", () => {
    const name = { kind: "NAME", reference: "CR-VWTJJ2" } as const;
    const dateOfBirth = { kind: "DATE_OF_BIRTH", reference: "CR-D4N1EZ" } as const;
    expect(yourDetails(aRecord({ pendingChanges: [name] }))).toMatchObject({
      nameChange: { tag: "Change requested", reference: "CR-VWTJJ2" },
      dateOfBirthChange: null,
    });
    expect(yourDetails(aRecord({ pendingChanges: [dateOfBirth, name] }))).toMatchObject({
      nameChange: { tag: "Change requested", reference: "CR-VWTJJ2" },
      dateOfBirthChange: { tag: "Change requested", reference: "CR-D4N1EZ" },
    });
  });
});
