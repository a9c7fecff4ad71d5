// Low-level text helpers shared by the quote scanner and attribution: paragraphs, words, character classes.
// Everything works on offsets into the original text, so CRLF and LF give the same answers.
import { Span } from './model';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return LETTER_OR_DIGIT.test(char);
}

export function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\u00a0' || char === '\u2009' || char === '\u202f';
}

export function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}

const BULLETS = '•◦▪‣·*-–—';

/**
 * Paragraphs are non-blank lines (a bullet line is its own paragraph), trimmed of surrounding
 * whitespace and of a leading bullet. Lines are split on `\n`, so a `\r` before it is just trailing space.
 */
export function paragraphs(text: string, from = 0): Span[] {
  const result: Span[] = [];
  let lineStart = from;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text[start])) start++;
    if (start < end && BULLETS.includes(text[start]) && isSpace(text[start + 1])) {
      start++;
      while (start < end && isSpace(text[start])) start++;
    }
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) result.push({ start, end });
    lineStart = lineEnd + 1;
  }
  return result;
}

/** Index of the paragraph containing `offset` (binary search over sorted, disjoint spans), or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (offset < spans[middle].start) high = middle - 1;
    else if (offset >= spans[middle].end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Number of words (runs of letters/digits, apostrophes and hyphens inside) in text[start, end). */
export function countWords(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = false;
  for (let index = start; index < end; index++) {
    const wordChar = isWordChar(text[index]);
    if (wordChar && !inWord) count++;
    inWord = wordChar || (inWord && isInnerWordMark(text[index]) && isWordChar(text[index + 1]));
  }
  return count;
}

/** Apostrophes and hyphens that continue a word: don’t, Russiaʼs, Holtz-Eakin. */
export function isInnerWordMark(char: string | undefined): boolean {
  return char === "'" || char === '’' || char === 'ʼ' || char === '-' || char === '‑';
}

export interface Token extends Span {
  /** Lower-cased text; for a quote token, the empty string. */
  lower: string;
  type: 'word' | 'punct' | 'quote';
  /** Index into the quote list, for quote tokens. */
  quote: number;
  capitalized: boolean;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'jr', 'sr', 'st',
  'prof', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'mt', 'ft', 'gov', 'atty', 'u.s', 'u.n', 'u.k', 'e.u',
]);

/**
 * Words, punctuation and whole quotes of text[start, end) as tokens. `quotes` are sorted spans; each
 * one inside the range becomes a single token. Abbreviations keep their period ("Mr.", "U.S.").
 */
export function tokenize(text: string, start: number, end: number, quotes: readonly Span[], firstQuote: number): Token[] {
  const tokens: Token[] = [];
  let quoteIndex = firstQuote;
  let index = start;
  while (index < end) {
    while (quoteIndex < quotes.length && quotes[quoteIndex].end <= index) quoteIndex++;
    const quote = quotes[quoteIndex];
    if (quote !== undefined && quote.start === index) {
      tokens.push({ start: quote.start, end: quote.end, lower: '', type: 'quote', quote: quoteIndex, capitalized: false });
      index = quote.end;
      continue;
    }
    const char = text[index];
    if (isSpace(char)) {
      index++;
      continue;
    }
    if (!isWordChar(char)) {
      tokens.push({ start: index, end: index + 1, lower: char, type: 'punct', quote: -1, capitalized: false });
      index++;
      continue;
    }
    let wordEnd = index + 1;
    while (wordEnd < end) {
      const next = text[wordEnd];
      if (isWordChar(next)) wordEnd++;
      else if ((isInnerWordMark(next) || next === '.') && isWordChar(text[wordEnd + 1])) wordEnd += 2;
      else break;
    }
    let lower = text.slice(index, wordEnd).toLowerCase();
    if (text[wordEnd] === '.' && (ABBREVIATIONS.has(lower) || lower.includes('.') || (wordEnd - index === 1 && isUpper(char)))) {
      wordEnd++;
      lower += '.';
    }
    tokens.push({ start: index, end: wordEnd, lower, type: 'word', quote: -1, capitalized: isUpper(char) });
    index = wordEnd;
  }
  return tokens;
}
