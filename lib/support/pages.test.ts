import { describe, expect, it } from "vitest";
import { messageFor } from "./pages";

describe("a word in the console's address", () => {
  const DONE = { added: "The member of staff has been added" };

  it("finds its own message", () => {
    expect(messageFor(DONE, "added")).toBe("The member of staff has been added");
  });

  it("finds nothing for a prototype's key, a list or a word it does not know", () => {
    for (const word of ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf", "nope", ["added"], undefined]) {
      expect(messageFor(DONE, word)).toBeUndefined();
    }
  });
});
