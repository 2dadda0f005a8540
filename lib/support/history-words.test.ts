import { describe, expect, it } from "vitest";
import { actionWords, changeSentences, valueWords } from "./history-words";

describe("a teacher's history in plain English", () => {
  it("says what changed, from what to what", () => {
    expect(changeSentences({ lastName: "Osei" }, { lastName: "Osei-Bonsu" })).toEqual(["Last name changed from Osei to Osei-Bonsu"]);
    expect(changeSentences({ dateOfBirth: "1990-02-03T00:00:00.000Z" }, { dateOfBirth: "1990-03-02" })).toEqual([
      "Date of birth changed from 3 February 1990 to 2 March 1990",
    ]);
  });

  it("gives values in words: no field names, no JSON, no capitals", () => {
    expect(changeSentences(null, { inductionStatus: "PASSED" })).toEqual(["Induction status: passed"]);
    expect(
      changeSentences(null, { reference: "CR-D4N1EZ", kind: "NAME", requested: { firstName: "Daniel", middleName: null, lastName: "Osei-Bonsu" } }),
    ).toEqual(["Reference: CR-D4N1EZ", "Change: name", "Asked for: Daniel Osei-Bonsu"]);
    expect(valueWords({ dateOfBirth: "1990-02-03" })).toBe("3 February 1990");
    expect(valueWords(null)).toBe("nothing");
    expect(valueWords(["qts-awards:write"])).toBe("qts-awards:write");
    for (const sentence of changeSentences({ status: "PENDING" }, { status: "ACCEPTED", reason: "x" })) {
      expect(sentence).not.toMatch(/[{}"]|[a-z][A-Z]/);
    }
  });

  it("names actions as people say them, and reads no prototype keys", () => {
    expect(actionWords("change-request.accepted")).toBe("Change request accepted");
    expect(actionWords("record.updated")).toBe("Teaching record changed");
    expect(actionWords("something.new")).toBe("Something new");
    expect(actionWords("constructor")).toBe("Constructor");
    expect(changeSentences(null, { constructor: 1 } as never)).toEqual(["Constructor: 1"]);
  });
});
