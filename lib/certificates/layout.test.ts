import { describe, expect, it } from "vitest";
import { balancedLines, nameLayout, wrapLines } from "./layout";

// One unit a character: easy to reason about.
const widthOf = (line: string) => [...line].length;

describe("wrapLines", () => {
  it("breaks at spaces and after hyphens only, never inside a word", () => {
    expect(wrapLines("has been awarded qualified teacher status", 20, widthOf)).toEqual(["has been awarded", "qualified teacher", "status"]);
    expect(wrapLines("Siân Llewellyn-Jones", 12, widthOf)).toEqual(["Siân", "Llewellyn-", "Jones"]);
  });

  it("gives a word too long for any line a line of its own, whole", () => {
    expect(wrapLines(`Ann ${"W".repeat(25)} Lee`, 10, widthOf)).toEqual(["Ann", "W".repeat(25), "Lee"]);
  });

  it("gives one empty line for empty text, and ignores runs of spaces", () => {
    expect(wrapLines("", 10, widthOf)).toEqual([""]);
    expect(wrapLines("  Tomasz   Nowak ", 20, widthOf)).toEqual(["Tomasz Nowak"]);
  });
});

describe("balancedLines", () => {
  it("evens the lines out and leaves no word alone on the last", () => {
    const title = "National Professional Qualification for Senior Leadership";
    expect(wrapLines(title, 50, widthOf)).toEqual(["National Professional Qualification for Senior", "Leadership"]);
    const balanced = balancedLines(title, 50, widthOf);
    expect(balanced).toHaveLength(2);
    expect(balanced.at(-1)).toContain(" ");
  });
});

describe("nameLayout", () => {
  const at = (size: number) => (line: string) => [...line].length * size * 0.5;
  const room = { width: 680, maxHeight: 120, lineHeight: 1.15, measureAt: at };

  it("keeps a short name at the largest size, on one line", () => {
    expect(nameLayout("Tomasz Nowak", room)).toEqual({ size: 34, lines: ["Tomasz Nowak"] });
  });

  it("goes down in size by the name's measured width, not its length", () => {
    const wide = nameLayout("W".repeat(50), { ...room, measureAt: (size) => (line) => [...line].length * size * 0.95 });
    const narrow = nameLayout("i".repeat(50), { ...room, measureAt: (size) => (line) => [...line].length * size * 0.28 });
    expect(wide.size).toBeLessThan(narrow.size);
    expect(wide.lines).toEqual(["W".repeat(50)]);
  });

  it("never cuts a word, however small that makes it", () => {
    const layout = nameLayout("M".repeat(300), room);
    expect(layout.lines).toEqual(["M".repeat(300)]);
    expect(at(layout.size)(layout.lines[0]!)).toBeLessThanOrEqual(680);
  });

  it("uses at most three lines, and no more height than it is given", () => {
    const layout = nameLayout("Wolfeschlegel Steinhausenberger ".repeat(9).trim(), room);
    expect(layout.lines.length).toBeLessThanOrEqual(3);
    expect(layout.lines.length * layout.size * 1.15).toBeLessThanOrEqual(120);
  });
});

describe("nameLayout and hyphens", () => {
  const at = (size: number) => (line: string) => [...line].length * size * 0.7;
  const room = { width: 680, maxHeight: 200, lineHeight: 1.15, measureAt: at };

  it("keeps a double-barrelled name whole a size or two smaller, rather than break it after its hyphen", () => {
    const layout = nameLayout("MAXIMILIAN-ALEXANDER WOLFGANG FEATHERSTONEHAUGH-CHOLMONDELEY", room);
    expect(layout.lines.every((line) => !line.endsWith("-"))).toBe(true);
    expect(layout.size).toBeGreaterThanOrEqual(22);
  });

  it("breaks after a hyphen when nothing else fits", () => {
    const layout = nameLayout(`${"A".repeat(40)}-${"B".repeat(40)}`, { ...room, measureAt: (size) => (line) => [...line].length * size * 0.7 });
    expect(layout.lines).toEqual([`${"A".repeat(40)}-`, "B".repeat(40)]);
  });
});
