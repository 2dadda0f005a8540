// The certificate's artwork (crown, signature) drawn with pdfkit's path calls: a path is turned
// into drawing calls once, when this module loads, and replayed on each certificate, rather than
// parsing an SVG path string for every one.
import svgpath from "svgpath";

/** The path calls of a pdfkit document that the artwork replays. */
export interface Painter {
  moveTo(x: number, y: number): Painter;
  lineTo(x: number, y: number): Painter;
  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): Painter;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): Painter;
}

export type DrawingCall =
  | ["moveTo" | "lineTo", number, number]
  | ["bezierCurveTo", number, number, number, number, number, number]
  | ["quadraticCurveTo", number, number, number, number];

/** An SVG path's `d` as absolute moves, lines and curves (no arcs, shorthands or relative steps). */
export function drawingCalls(d: string): DrawingCall[] {
  const calls: DrawingCall[] = [];
  let start: [number, number] = [0, 0];
  let closed = false;
  svgpath(d)
    .abs()
    .unshort()
    .unarc()
    .iterate((segment, _index, x, y) => {
      // A subpath drawn after a close starts where the closed one did, as in SVG.
      if (closed && segment[0] !== "M") calls.push(["moveTo", ...start]);
      closed = false;
      switch (segment[0]) {
        case "M":
          start = [segment[1], segment[2]];
          calls.push(["moveTo", segment[1], segment[2]]);
          break;
        case "L":
          calls.push(["lineTo", segment[1], segment[2]]);
          break;
        case "H":
          calls.push(["lineTo", segment[1], y]);
          break;
        case "V":
          calls.push(["lineTo", x, segment[1]]);
          break;
        case "C":
          calls.push(["bezierCurveTo", segment[1], segment[2], segment[3], segment[4], segment[5], segment[6]]);
          break;
        case "Q":
          calls.push(["quadraticCurveTo", segment[1], segment[2], segment[3], segment[4]]);
          break;
        case "Z":
        case "z":
          // Filling closes every subpath; the next one restarts at this one's start.
          closed = true;
          break;
        default:
          throw new Error(`Unexpected path segment ${segment[0]} after normalising`);
      }
    });
  return calls;
}

export function replay(painter: Painter, calls: DrawingCall[]): Painter {
  for (const [call, ...args] of calls) {
    switch (call) {
      case "moveTo":
      case "lineTo":
        painter[call](args[0]!, args[1]!);
        break;
      case "bezierCurveTo":
        painter.bezierCurveTo(args[0]!, args[1]!, args[2]!, args[3]!, args[4]!, args[5]!);
        break;
      case "quadraticCurveTo":
        painter.quadraticCurveTo(args[0]!, args[1]!, args[2]!, args[3]!);
        break;
    }
  }
  return painter;
}
