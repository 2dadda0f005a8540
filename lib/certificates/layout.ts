// The certificate's text, broken into lines before React-PDF lays the page out: each line is
// measured with the face it is printed in, breaks fall only at spaces or after hyphens, centred
// blocks are balanced so that none ends on a single word, and the holder's name takes the largest
// size at which it fits. React-PDF then stacks the lines (one <Text> each), so what was measured
// here is what is printed, and the page's blocks cannot run into each other.
import type { Font } from "fontkit";

/** A face and size to measure in. */
export interface Measure {
  font: Font;
  size: number;
  /** Extra space after every character, as the style's letterSpacing. */
  letterSpacing?: number;
}

/**
 * A function giving the width in points of a line set in `measure`: the sum of its words' shaped
 * advance widths (kerning inside a word included) and its spaces. Each word is shaped once per
 * face and process, so trying many line breaks costs additions, not shaping.
 */
export function lineWidths({ font, size, letterSpacing = 0 }: Measure): (line: string) => number {
  const space = unitsOf(font, " ");
  const scale = size / font.unitsPerEm;
  return (line) => {
    if (!line) return 0;
    const words = line.split(" ");
    let units = (words.length - 1) * space;
    for (const word of words) units += unitsOf(font, word);
    return units * scale + (letterSpacing ? letterSpacing * [...line].length : 0);
  };
}

/** The width of `text` in points. */
export const widthOf = (text: string, measure: Measure): number => lineWidths(measure)(text);

// Words' advance widths in font units, per face. Names bring new words: the cache starts again
// once it holds this many, rather than growing for ever.
const WORDS_PER_FACE = 20_000;
const globalForWords = globalThis as unknown as { __aytqWordWidths?: WeakMap<Font, Map<string, number>> };
const wordWidths = (globalForWords.__aytqWordWidths ??= new WeakMap());

function unitsOf(font: Font, word: string): number {
  if (!word) return 0;
  let widths = wordWidths.get(font);
  if (!widths || widths.size >= WORDS_PER_FACE) wordWidths.set(font, (widths = new Map()));
  let units = widths.get(word);
  if (units === undefined) widths.set(word, (units = font.layout(word).advanceWidth));
  return units;
}

// Break opportunities: after a run of spaces, and after a hyphen that follows a letter (so that
// "Llewellyn-Jones" may break as "Llewellyn-" / "Jones"). Nothing else breaks a word.
const PIECES = /[^\s-]*-+(?=[^\s-])|\S+/gu;

const WORDS = /\S+/gu;

/** Where a line may break: at spaces, or at spaces and after hyphens. */
export type Breaks = "spaces" | "spaces-and-hyphens";

/** The words of `text` as breakable pieces: each knows whether a space followed it. */
function pieces(text: string, breaks: Breaks): { text: string; spaceAfter: boolean }[] {
  const result: { text: string; spaceAfter: boolean }[] = [];
  for (const match of text.matchAll(breaks === "spaces" ? WORDS : PIECES)) {
    const end = match.index + match[0].length;
    result.push({ text: match[0], spaceAfter: /\s/u.test(text[end] ?? "") });
  }
  if (result.length > 0) result[result.length - 1]!.spaceAfter = false;
  return result;
}

/**
 * The lines `text` fills in `width` (greedy, first fit), broken only at spaces or after hyphens.
 * A piece wider than `width` gets a line of its own and stays whole: callers choose a size at
 * which nothing is that wide (see `fits`).
 */
export function wrapLines(text: string, width: number, measure: (line: string) => number, breaks: Breaks = "spaces-and-hyphens"): string[] {
  const lines: string[] = [];
  let current = "";
  let joiner = "";
  for (const piece of pieces(text, breaks)) {
    const candidate = current ? current + joiner + piece.text : piece.text;
    if (!current || measure(candidate) <= width) {
      current = candidate;
    } else {
      lines.push(current);
      current = piece.text;
    }
    joiner = piece.spaceAfter ? " " : "";
  }
  return current || lines.length === 0 ? [...lines, current] : lines;
}

const isOneWord = (line: string) => !/\s/u.test(line.trim());

/**
 * Lines for centred text: as few as at the full width, each as near the same width as they can
 * be, and, if it can be helped, not a single word on the last line (a widow in a title reads as
 * an afterthought).
 */
export function balancedLines(text: string, width: number, measure: (line: string) => number, breaks: Breaks = "spaces-and-hyphens"): string[] {
  const greedy = wrapLines(text, width, measure, breaks);
  if (greedy.length < 2) return greedy;
  // The narrowest width that still needs no more lines: the lines come out even.
  let low = 0;
  let high = width;
  for (let step = 0; step < 12; step++) {
    const middle = (low + high) / 2;
    if (wrapLines(text, middle, measure, breaks).length <= greedy.length) high = middle;
    else low = middle;
  }
  const balanced = wrapLines(text, high, measure, breaks);
  return isOneWord(balanced.at(-1)!) ? withoutWidow(balanced, width, measure) : balanced;
}

// Moves the last word of the line before down to a lone last word, when both lines still fit.
function withoutWidow(lines: string[], width: number, measure: (line: string) => number): string[] {
  const before = lines.at(-2)!;
  const cut = before.lastIndexOf(" ");
  if (cut <= 0) return lines;
  const last = `${before.slice(cut + 1)} ${lines.at(-1)}`;
  if (measure(last) > width) return lines;
  return [...lines.slice(0, -2), before.slice(0, cut), last];
}

/** Whether lines set in `width` all fit it (none is a piece too wide for any line). */
export function fits(lines: string[], width: number, measure: (line: string) => number): boolean {
  return lines.every((line) => measure(line) <= width);
}

/** The name's sizes, largest first: a name takes the first at which it fits. */
export const NAME_SIZES = [34, 30, 26, 22, 19, 16, 14, 12] as const;
export const NAME_MAX_LINES = 3;
/** The smallest size at which a name is kept free of breaks after hyphens, if it fits. */
export const WHOLE_NAMES_DOWN_TO = 22;

export interface NameLayout {
  size: number;
  lines: string[];
}

/**
 * The holder's name at the largest size at which it fits `width` on at most three lines of at
 * most `maxHeight`, words whole. A double-barrelled name stays whole if it can at a size down to
 * `WHOLE_NAMES_DOWN_TO`; only then does a line break after a hyphen. A name with a word no line
 * can hold at 12 pt (a run of 60 or more wide letters with no space, which DQT allows) is set
 * smaller still, as far as it takes: a name is never cut.
 */
export function nameLayout(
  name: string,
  { width, maxHeight, lineHeight, measureAt }: { width: number; maxHeight: number; lineHeight: number; measureAt: (size: number) => (line: string) => number },
): NameLayout {
  const attempt = (size: number, breaks: Breaks): NameLayout | null => {
    const measure = measureAt(size);
    const lines = balancedLines(name, width, measure, breaks);
    const fitted = lines.length <= NAME_MAX_LINES && lines.length * size * lineHeight <= maxHeight && fits(lines, width, measure);
    return fitted ? { size, lines } : null;
  };
  for (const size of NAME_SIZES.filter((size) => size >= WHOLE_NAMES_DOWN_TO)) {
    const layout = attempt(size, "spaces");
    if (layout) return layout;
  }
  for (const size of NAME_SIZES) {
    const layout = attempt(size, "spaces-and-hyphens");
    if (layout) return layout;
  }
  // Below the smallest size: the largest size that fits, found by halving the range.
  let low = 1;
  let high: number = NAME_SIZES.at(-1)!;
  let best: NameLayout | null = null;
  for (let step = 0; step < 14; step++) {
    const middle = (low + high) / 2;
    const layout = attempt(middle, "spaces-and-hyphens");
    if (layout) {
      best = layout;
      low = middle;
    } else {
      high = middle;
    }
  }
  return best ?? { size: low, lines: wrapLines(name, width, measureAt(low)) };
}
