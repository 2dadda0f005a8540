import { describe, expect, it } from "vitest";
import { drawingCalls } from "./vector-drawing";

describe("drawingCalls", () => {
  it("turns relative, shorthand and closed paths into absolute moves, lines and curves", () => {
    expect(drawingCalls("M10 10h5v5l-5 0zm1 1c1 0 2 1 2 2s1 2 2 2")).toEqual([
      ["moveTo", 10, 10],
      ["lineTo", 15, 10],
      ["lineTo", 15, 15],
      ["lineTo", 10, 15],
      ["moveTo", 11, 11],
      ["bezierCurveTo", 12, 11, 13, 12, 13, 13],
      ["bezierCurveTo", 13, 14, 14, 15, 15, 15],
    ]);
  });

  it("starts a subpath drawn straight after a close where the closed one started", () => {
    expect(drawingCalls("M0 0L4 0L4 4ZL0 4")).toEqual([
      ["moveTo", 0, 0],
      ["lineTo", 4, 0],
      ["lineTo", 4, 4],
      ["moveTo", 0, 0],
      ["lineTo", 0, 4],
    ]);
  });

  it("turns arcs into curves", () => {
    const calls = drawingCalls("M0 0A5 5 0 0 1 10 0");
    expect(calls[0]).toEqual(["moveTo", 0, 0]);
    expect(calls.slice(1).every(([call]) => call === "bezierCurveTo")).toBe(true);
    const [x, y] = calls.at(-1)!.slice(-2) as number[];
    expect(x).toBeCloseTo(10);
    expect(y).toBeCloseTo(0);
  });
});
