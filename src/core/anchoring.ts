// Standoff anchors (W3C Web Annotation selectors) and re-anchoring after the text changed,
// in the spirit of Hypothesis: position first, then the exact text in its context, then a
// fuzzy match of an edited quote; otherwise the anchor is orphaned.
import { Span } from './model';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Where a correction applies: both selectors, as a W3C `SpecificResource` would carry them. */
export interface Target {
  selector: [TextQuoteSelector, TextPositionSelector];
}

export const CONTEXT_LENGTH = 32;
/** Below this context similarity, a repeated exact text is not trusted (it is another occurrence). */
const MIN_CONTEXT_SIMILARITY = 0.3;
/** An edited quote still anchors when this share of it survives around the edit. */
const MIN_FUZZY_SIMILARITY = 0.6;
/** Bounds the work on texts where the searched string occurs very often. */
const MAX_CANDIDATES = 2000;

export function describe(text: string, span: Span): Target {
  return {
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(span.start, span.end),
        prefix: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
        suffix: text.slice(span.end, span.end + CONTEXT_LENGTH),
      },
      { type: 'TextPositionSelector', start: span.start, end: span.end },
    ],
  };
}

export function quoteSelector(target: Target): TextQuoteSelector {
  return target.selector[0];
}

export function positionSelector(target: Target): TextPositionSelector {
  return target.selector[1];
}

/** Finds the target in `text`, or null when it is orphaned. */
export function anchor(text: string, target: Target): Span | null {
  const quote = quoteSelector(target);
  const position = positionSelector(target);
  if (text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end };
  }
  if (quote.exact.length === 0) return null;
  return anchorExact(text, quote, position.start) ?? anchorFuzzy(text, quote, position.start);
}

interface Candidate extends Span {
  score: number;
}

function anchorExact(text: string, quote: TextQuoteSelector, oldStart: number): Span | null {
  const starts = occurrences(text, quote.exact);
  if (starts.length === 0) return null;
  const candidates = starts.map((start) => {
    const end = start + quote.exact.length;
    return { start, end, score: contextSimilarity(text, start, end, quote) };
  });
  const best = nearestBest(candidates, oldStart);
  const unique = starts.length === 1;
  return unique || best.score >= MIN_CONTEXT_SIMILARITY ? { start: best.start, end: best.end } : null;
}

/**
 * The quoted text itself was edited: look for spans that begin like it (or after its prefix) and
 * end like it (or before its suffix), of a similar length, and keep the most similar one.
 */
function anchorFuzzy(text: string, quote: TextQuoteSelector, oldStart: number): Span | null {
  const exact = quote.exact;
  const edge = Math.min(CONTEXT_LENGTH, Math.floor(exact.length / 3));
  if (edge < 4) return null;
  const maxLength = Math.ceil(exact.length * 1.5) + edge;
  const startsAt = [
    ...occurrences(text, exact.slice(0, edge)),
    ...(quote.prefix.length >= edge ? occurrences(text, quote.prefix).map((s) => s + quote.prefix.length) : []),
  ];
  const candidates: Candidate[] = [];
  for (const start of new Set(startsAt)) {
    const window = text.slice(start, start + maxLength);
    const ends = [
      ...occurrences(window, exact.slice(-edge)).map((s) => s + edge),
      ...(quote.suffix.length >= edge ? occurrences(window, quote.suffix) : []),
    ];
    for (const relativeEnd of ends) {
      const end = start + relativeEnd;
      if (end - start < exact.length / 2) continue;
      const score = editSimilarity(exact, text.slice(start, end));
      if (score >= MIN_FUZZY_SIMILARITY) candidates.push({ start, end, score });
    }
    if (candidates.length > MAX_CANDIDATES) break;
  }
  if (candidates.length === 0) return null;
  const best = nearestBest(candidates, oldStart);
  return { start: best.start, end: best.end };
}

/** Highest score wins; among near-equal scores, the one nearest to where the anchor was. */
function nearestBest(candidates: Candidate[], oldStart: number): Candidate {
  return candidates.reduce((best, candidate) => {
    const scoreDelta = candidate.score - best.score;
    if (Math.abs(scoreDelta) > 0.05) return scoreDelta > 0 ? candidate : best;
    return Math.abs(candidate.start - oldStart) < Math.abs(best.start - oldStart) ? candidate : best;
  });
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = text.indexOf(needle); at !== -1 && found.length < MAX_CANDIDATES; at = text.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/** 0..1: how well the text around [start,end) matches the remembered prefix and suffix. */
function contextSimilarity(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const prefix = text.slice(Math.max(0, start - quote.prefix.length), start);
  const suffix = text.slice(end, end + quote.suffix.length);
  const total = quote.prefix.length + quote.suffix.length;
  if (total === 0) return 1;
  return (
    (editSimilarity(quote.prefix, prefix) * quote.prefix.length +
      editSimilarity(quote.suffix, suffix) * quote.suffix.length) /
    total
  );
}

/** 1 − normalized edit distance; cheap common-prefix/suffix estimate for long strings. */
export function editSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  if (a.length * b.length > 250_000) {
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
    return (head + tail) / longest;
  }
  return 1 - levenshtein(a, b) / longest;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j] + 1, current[j - 1] + 1));
    }
    previous = current;
  }
  return previous[b.length];
}
