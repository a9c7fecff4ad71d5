// Low-level text helpers shared by the quote scanner and attribution: paragraphs, words, character classes.
// Everything works on offsets into the original text, so CRLF and LF give the same answers.
import { CueMatch } from './cues';
import { Span } from './model';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Answers of the regex for codes beyond ASCII, filled on first use: 0 unknown, 1 word, 2 not. */
const NON_ASCII_WORD = new Uint8Array(0x10000);

/** 1 for the ASCII letters and digits: one load instead of three range tests per character. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  ASCII_WORD[code] = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
}

/** Letter or digit, by UTF-16 code (ASCII without a regex). */
export function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  let known = NON_ASCII_WORD[code];
  if (known === 0) NON_ASCII_WORD[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && isWordCode(char.charCodeAt(0));
}

export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

export function isSpace(char: string | undefined): boolean {
  return char !== undefined && isSpaceCode(char.charCodeAt(0));
}

export function isUpper(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return char !== char.toLowerCase() && char === char.toUpperCase();
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

/** Apostrophes and hyphens that continue a word: don’t, Russiaʼs, Holtz-Eakin. */
function isInnerWordMark(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x2d || code === 0x2011;
}

export interface Token extends Span {
  /** Lower-cased text; for a quote token, the empty string. */
  lower: string;
  type: 'word' | 'punct' | 'quote';
  /** Index into the quote list, for quote tokens. */
  quote: number;
  capitalized: boolean;
  /** All capitals, two letters or more: WHO, US, NATO. */
  acronym: boolean;
  /** The cue starting here, kept by the first lookup (`cueAt`); undefined until then. */
  cue: CueMatch | null | undefined;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'jr', 'sr', 'st',
  'prof', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'mt', 'ft', 'gov', 'atty', 'u.s', 'u.n', 'u.k', 'e.u',
]);

/** Nothing for toLowerCase to change: ASCII without capitals, the usual word. */
function hasNoUpperAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}

/**
 * text[start, end) lower-cased. toLowerCase is a slow call on text with curly quotes (two-byte strings), so
 * ASCII words with at most an initial capital ("Reyes") lower-case their first letter alone.
 */
function lowerCased(text: string, start: number, end: number): string {
  const first = text.charCodeAt(start);
  if (first >= 128 || !hasNoUpperAscii(text, start + 1, end)) return text.slice(start, end).toLowerCase();
  return first >= 65 && first <= 90 ? String.fromCharCode(first + 32) + text.slice(start + 1, end) : text.slice(start, end);
}

/**
 * Words, punctuation and whole quotes of text[start, end) as tokens. `quotes` are sorted spans; each
 * one inside the range becomes a single token. Abbreviations keep their period ("Mr.", "U.S."). Stops after
 * `maxTokens`: the first ones do not depend on the rest.
 */
export function tokenize(text: string, start: number, end: number, quotes: readonly Span[], firstQuote: number, maxTokens = Infinity): Token[] {
  const tokens: Token[] = [];
  let quoteIndex = firstQuote;
  // The first quote ending after `index`, read once per quote rather than once per token.
  let quote: Span | undefined = quotes[quoteIndex];
  let index = start;
  while (index < end && tokens.length < maxTokens) {
    while (quote !== undefined && quote.end <= index) quote = quotes[++quoteIndex];
    if (quote !== undefined && quote.start === index) {
      tokens.push({ start: quote.start, end: quote.end, lower: '', type: 'quote', quote: quoteIndex, capitalized: false, acronym: false, cue: undefined });
      index = quote.end;
      continue;
    }
    const code = text.charCodeAt(index);
    if (isSpaceCode(code)) {
      index++;
      continue;
    }
    if (!isWordCode(code)) {
      tokens.push({ start: index, end: index + 1, lower: text[index], type: 'punct', quote: -1, capitalized: false, acronym: false, cue: undefined });
      index++;
      continue;
    }
    let wordEnd = index + 1;
    while (wordEnd < end) {
      const next = text.charCodeAt(wordEnd);
      if (isWordCode(next)) wordEnd++;
      else if ((isInnerWordMark(next) || next === 0x2e) && isWordCode(text.charCodeAt(wordEnd + 1))) wordEnd += 2;
      else break;
    }
    // A plural possessive keeps its apostrophe: "Sanders’ campaign".
    const after = text.charCodeAt(wordEnd);
    if ((after === 0x2019 || after === 0x27) && text.charCodeAt(wordEnd - 1) === 0x73 && text.charCodeAt(wordEnd + 1) === 32) {
      const following = text[wordEnd + 2];
      if (isWordChar(following) && !isUpper(following)) wordEnd++;
    }
    let lower = lowerCased(text, index, wordEnd);
    const first = text.charCodeAt(index);
    const capitalized = first < 128 ? first >= 65 && first <= 90 : isUpper(text[index]);
    // "Mr.", "U.S.", "J.", and any word whose period is followed by a comma ("R-Pa.,", "Calif.,").
    if (after === 0x2e && (ABBREVIATIONS.has(lower) || lower.includes('.') || (wordEnd - index === 1 && capitalized) || text.charCodeAt(wordEnd + 1) === 0x2c)) {
      wordEnd++;
      lower += '.';
    }
    const acronym = capitalized && wordEnd - index >= 2 && isUpper(text[index + 1]) && text.slice(index, wordEnd) === text.slice(index, wordEnd).toUpperCase();
    tokens.push({ start: index, end: wordEnd, lower, type: 'word', quote: -1, capitalized, acronym, cue: undefined });
    index = wordEnd;
  }
  return tokens;
}

/** Index of the first offset, or span start, at or after `offset` in a sorted list (quotes, mentions, cue tokens). */
export function firstFrom(items: readonly (number | Span)[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    if ((typeof item === 'number' ? item : item.start) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
