import { describe, expect, it } from "vitest";
import { aRecord, fatimaHaddad, tomaszNowak } from "./test-personas";
import { yourDetails } from "./your-details";

describe("yourDetails", () => {
  it("shows the DQT name and the TRN", () => {
    expect(yourDetails(tomaszNowak)).toEqual({ name: "Tomasz Nowak", trn: "3000002", nameChange: null, dateOfBirthChange: null });
  });

  it("includes a middle name", () => {
    expect(yourDetails(fatimaHaddad).name).toBe("Fatima Zahra Haddad");
  });

  it("says which changes are waiting for support", () => {
    expect(yourDetails(aRecord({ pendingChanges: ["NAME"] }))).toMatchObject({
      nameChange: "Change requested",
      dateOfBirthChange: null,
    });
    expect(yourDetails(aRecord({ pendingChanges: ["DATE_OF_BIRTH", "NAME"] }))).toMatchObject({
      nameChange: "Change requested",
      dateOfBirthChange: "Change requested",
    });
  });
});
