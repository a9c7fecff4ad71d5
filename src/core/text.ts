// Low-level text helpers shared by the analysis stages: paragraphs, words, character classes, code units.
// Everything works on offsets into the original text, so CRLF and LF give the same answers.
import { CueMatch, HAS_SHORT_CUE_WORD, mayStartCue, mayStartCueOfShape } from './cues';
import { Span } from './model';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Answers of the regex for codes beyond ASCII, filled on first use: 0 unknown, 1 word, 2 not. */
const NON_ASCII_WORD = new Uint8Array(0x10000);

/** 1 for the ASCII letters and digits: one load instead of three range tests per character. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  ASCII_WORD[code] = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
}

/** Length of a leading "the " (`THE_LENGTH`), "an ", "a " or "another " in any case (`/^(?:the|an?|another) /i` without the regex), 0 if none. */
export function articleLength(phrase: string): number {
  // `| 32` lowercases ASCII letters, and matches no other character to one.
  const first = phrase.charCodeAt(0) | 32;
  if (first === 116) return (phrase.charCodeAt(1) | 32) === 104 && (phrase.charCodeAt(2) | 32) === 101 && phrase.charCodeAt(3) === 32 ? THE_LENGTH : 0;
  if (first !== 97) return 0;
  if (phrase.charCodeAt(1) === 32) return 2;
  if (phrase.startsWith('nother ', 1)) return ANOTHER_LENGTH;
  return (phrase.charCodeAt(1) | 32) === 110 && phrase.charCodeAt(2) === 32 ? 3 : 0;
}

const ANOTHER_LENGTH = 'another '.length;

export const THE_LENGTH = 4;

/** Start of the word (letters, digits, hyphens) ending at `end`; `end` itself when there is none. */
export function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && (isWordCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x2d)) start--;
  return start;
}

/** Letter or digit, by UTF-16 code (ASCII without a regex). */
export function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  let known = NON_ASCII_WORD[code];
  if (known === 0) NON_ASCII_WORD[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** An ASCII digit, by UTF-16 code. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The age in ", 54," right after `end` (a name's end), else -1. */
export function statedAgeAfter(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x2c || text.charCodeAt(end + 1) !== 32) return -1;
  let digitsEnd = end + 2;
  while (digitsEnd < end + 5 && isDigitCode(text.charCodeAt(digitsEnd))) digitsEnd++;
  // ("Statewide, 1,204 people": a thousands separator after the digits, not a comma closing an age.)
  return digitsEnd > end + 2 && text.charCodeAt(digitsEnd) === 0x2c && !isDigitCode(text.charCodeAt(digitsEnd + 1)) ? Number(text.slice(end + 2, digitsEnd)) : -1;
}

/** A lowercase ASCII letter, a to z, by UTF-16 code. */
export function isLowerAsciiCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** `\w` of a regex without the `u` flag: ASCII letters, digits and `_`; not-a-number (past the end) is none. */
export function isRegexWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
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

/** Words in capitals that make a headline of their own, not an acronym's or a name's: "THE FED MAY HOLD OFF AGAIN". */
export const HEADLINE_CAPITALS = 3;

/** Whether text[start, end) has letters, all of them capitals ("RACE", "AGAIN,"). */
export function isInCapitals(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

export function isUpper(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

const BULLETS = '•◦▪‣·*-–—';

function isBulletCode(code: number): boolean {
  for (let i = 0; i < BULLETS.length; i++) if (BULLETS.charCodeAt(i) === code) return true;
  return false;
}

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
    // By character code: `text[i]` would make a string of each character beyond Latin-1.
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    if (start < end && isBulletCode(text.charCodeAt(start)) && isSpaceCode(text.charCodeAt(start + 1))) {
      start++;
      while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    }
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) result.push({ start, end });
    lineStart = lineEnd + 1;
  }
  return result;
}

/** The Arabic article as news writes it before a name ("al-Assad", "el-Sisi"), and its assimilated forms. */
export const ARABIC_ARTICLES: readonly string[] = ['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az'];

/** Whether codes[start, end) is one of ARABIC_ARTICLES (asked only before a hyphen and a capital). */
export function isArabicArticle(codes: Uint16Array, start: number, end: number): boolean {
  return ARABIC_ARTICLES.some((article) => article.length === end - start && sameCodes(article, codes, start));
}

/** Whether `word` has the codes at `start` onwards. */
export function sameCodes(word: string, codes: Uint16Array, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== codes[start + i]) return false;
  return true;
}

/** "yesterday" → "Yesterday": the word as it opens a sentence (word lists kept in lower case, read in both cases). */
export function withCapital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A straight, curly or modifier-letter apostrophe: Trump's, Trump’s, Russiaʼs. */
export function isApostropheCode(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

/** Without a final apostrophe or apostrophe-s, as `/['’ʼ]s?$/` would strip it. */
export function withoutPossessive(value: string): string {
  const last = value.length - 1;
  if (isApostropheCode(value.charCodeAt(last))) return value.slice(0, last);
  return value.charCodeAt(last) === 115 && isApostropheCode(value.charCodeAt(last - 1)) ? value.slice(0, last - 1) : value;
}

/** Apostrophes and hyphens that continue a word: don’t, Russiaʼs, Holtz-Eakin. */
function isInnerWordMark(code: number): boolean {
  return isApostropheCode(code) || code === 0x2d || code === 0x2011;
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
  /** The cue starting here, kept by the first lookup (`cueAt`); undefined until then (null at once for words that start none). */
  cue: CueMatch | null | undefined;
  /** The cue attribution takes here in context (`cueAtToken`) when `cue` is one, kept by its first lookup; undefined until then. */
  contextCue: CueMatch | null | undefined;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'cpl', 'pvt', 'pfc', 'spc', 'maj', 'brig', 'jr', 'sr', 'st',
  'prof', 'rev', 'fr', 'msgr', 'hon', 'pres', 'supt', 'det', 'insp', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'mt', 'ft', 'gov', 'atty', 'u.s', 'u.n', 'u.k', 'e.u',
  'engr', 'barr', 'amb', 'smt', 'sra', 'srta',
]);

/** Whether the period at `period` ends an abbreviation ("St.", "Mr.", "a.m.") or an initial ("J."), not a sentence, as `tokenize` reads it. */
export function endsAbbreviation(text: string, period: number): boolean {
  let start = period;
  let hasPeriod = false;
  for (; start > 0; start--) {
    const code = text.charCodeAt(start - 1);
    if (code === 0x2e && start > 1 && isWordCode(text.charCodeAt(start - 2))) hasPeriod = true;
    else if (!isWordCode(code)) break;
  }
  if (hasPeriod) return true;
  if (period - start === 1) return isUpper(text[start]);
  return period - start <= 4 && ABBREVIATIONS.has(text.slice(start, period).toLowerCase());
}

/**
 * UTF-16 code units of a text, or of a range of it, in a typed array (one native copy, kept for the same call again):
 * reading one is a fraction of the time of `charCodeAt`. Each caller owns an instance, since a new text overwrites the last.
 */
export class CodeUnits {
  private codes = new Uint16Array(256);
  private bytes = Buffer.from(this.codes.buffer);
  private text: string | undefined;
  private from = 0;
  private to = 0;

  /** `after`: the code written at the `PADDING` positions after the units, so that loops reading past them stop there. */
  constructor(private readonly after: number) {}

  /** The code units of text[from, to), from index 0, then `after` at the `PADDING` positions after them. */
  of(text: string, from = 0, to = text.length): Uint16Array {
    if (text === this.text && from === this.from && to === this.to) return this.codes;
    const length = to - from;
    if (this.codes.length < length + PADDING) {
      this.codes = new Uint16Array(Math.max(length + PADDING, this.codes.length * 2));
      this.bytes = Buffer.from(this.codes.buffer);
    }
    const codes = this.codes;
    if (LITTLE_ENDIAN) this.bytes.write(from === 0 && to === text.length ? text : text.slice(from, to), 'utf16le');
    else for (let i = 0; i < length; i++) codes[i] = text.charCodeAt(from + i);
    codes.fill(this.after, length, length + PADDING);
    this.text = text;
    this.from = from;
    this.to = to;
    return codes;
  }
}

/** `Buffer.write` gives little-endian units, which a Uint16Array reads as such only on a little-endian machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Characters the token checks read past a word: a plural possessive looks two beyond it. */
const PADDING = 3;

/** Attribution tokenizes a document paragraph by paragraph: its code units are copied once, with zeros after them (no word, space or mark). */
const TOKEN_CODES = new CodeUnits(0);

/** Uppercase letter, by UTF-16 code (ASCII without a string). */
function isUpperCode(code: number): boolean {
  return code < 128 ? code >= 65 && code <= 90 : isUpper(String.fromCharCode(code));
}

/** A character of a social-media handle after its "@": an ASCII letter, digit or underscore. */
function isHandleCode(code: number | undefined): boolean {
  return code !== undefined && (isLowerAsciiCode(code) || (code >= 65 && code <= 90) || isDigitCode(code) || code === 95);
}

/** "(ret.)" in "Col. (ret.) Howard Linwood": a rank's "retired" in brackets, which both tokenizers read as part of the rank. */
export const RETIRED_IN_BRACKETS_LENGTH = '(ret.)'.length;

export function isRetiredInBracketsAt(codes: ArrayLike<number>, at: number): boolean {
  return codes[at] === 0x28 && (codes[at + 1] === 0x72 || codes[at + 1] === 0x52) && codes[at + 2] === 0x65 && codes[at + 3] === 0x74
    && codes[at + 4] === 0x2e && codes[at + 5] === 0x29 && isSpaceCode(codes[at + 6]);
}

/**
 * Words, punctuation and whole quotes of text[start, end) as tokens. `quotes` are sorted spans; each
 * one inside the range becomes a single token. Abbreviations keep their period ("Mr.", "U.S."). Stops after
 * `maxTokens`: the first ones do not depend on the rest.
 */
export function tokenize(text: string, start: number, end: number, quotes: readonly Span[], firstQuote: number, maxTokens = Infinity): Token[] {
  const tokens: Token[] = [];
  const codes = TOKEN_CODES.of(text);
  let quoteIndex = firstQuote;
  // The first quote ending after `index`, read once per quote rather than once per token.
  let quote: Span | undefined = quotes[quoteIndex];
  let index = start;
  while (index < end && tokens.length < maxTokens) {
    while (quote !== undefined && quote.end <= index) quote = quotes[++quoteIndex];
    if (quote !== undefined && quote.start === index) {
      tokens.push({ start: quote.start, end: quote.end, lower: '', type: 'quote', quote: quoteIndex, capitalized: false, acronym: false, cue: NO_SHORT_CUE, contextCue: undefined });
      index = quote.end;
      continue;
    }
    const first = codes[index];
    if (isSpaceCode(first)) {
      index++;
      continue;
    }
    // "@mira_codes wrote": a social-media handle (not the middle of an e-mail address) is one name.
    if (first === 0x40 && isHandleCode(codes[index + 1]) && !isWordCode(codes[index - 1])) {
      let handleEnd = index + 1;
      while (handleEnd < end && isHandleCode(codes[handleEnd])) handleEnd++;
      tokens.push({ start: index, end: handleEnd, lower: text.slice(index, handleEnd).toLowerCase(), type: 'word', quote: -1, capitalized: true, acronym: false, cue: null, contextCue: undefined });
      index = handleEnd;
      continue;
    }
    if (isRetiredInBracketsAt(codes, index)) {
      index += RETIRED_IN_BRACKETS_LENGTH;
      continue;
    }
    if (!isWordCode(first)) {
      tokens.push({ start: index, end: index + 1, lower: text[index], type: 'punct', quote: -1, capitalized: false, acronym: false, cue: NO_SHORT_CUE, contextCue: undefined });
      index++;
      continue;
    }
    let wordEnd = index + 1;
    // Whether the letters after the first are ASCII without capitals, which lower-casing leaves as they are
    // (as it does the inner marks, curly apostrophes included: "Trump’s").
    let plainTail = true;
    let hasPeriod = false;
    while (wordEnd < end) {
      const next = codes[wordEnd];
      // Lowercase ASCII letters, most of a word, first.
      if (isLowerAsciiCode(next)) wordEnd++;
      else if (isWordCode(next)) {
        if (next >= 128 || (next >= 65 && next <= 90)) plainTail = false;
        wordEnd++;
      } else if ((isInnerWordMark(next) || next === 0x2e || (next === 0x26 && isUpperCode(codes[wordEnd - 1]) && isUpperCode(codes[wordEnd + 1]))) && isWordCode(codes[wordEnd + 1])) {
        const letter = codes[wordEnd + 1];
        if (letter >= 128 || (letter >= 65 && letter <= 90)) plainTail = false;
        if (next === 0x2e) hasPeriod = true;
        wordEnd += 2;
      } else if (next === 0x2f && isDigitCode(codes[wordEnd - 1]) && isDigitCode(codes[wordEnd + 1])) {
        // "9/11 widow", "24/7": digits either side of a slash are one word.
        wordEnd += 2;
      } else break;
    }
    // A plural possessive keeps its apostrophe: "Sanders’ campaign".
    const after = codes[wordEnd];
    if ((after === 0x2019 || after === 0x27) && codes[wordEnd - 1] === 0x73 && codes[wordEnd + 1] === 32) {
      const following = codes[wordEnd + 2];
      if (isWordCode(following) && !isUpperCode(following)) wordEnd++;
    }
    // "Disney+", "Apple TV+": a plus closing a capitalized name is part of it, not a sign between two phrases.
    if (after === 0x2b && isUpperCode(first) && !isWordCode(codes[wordEnd + 1])) wordEnd++;
    // "ʻAkana": a Hawaiian name may open with an ʻokina before its capital.
    const upperFirst = first < 128 ? first >= 65 && first <= 90 : isUpper(text[index]) || (first === 0x2bb && isUpperCode(codes[index + 1]));
    // "al-Assad" is a name, as a capitalized word is.
    const capitalized = upperFirst || ((first === 97 || first === 101) && opensWithArabicArticle(codes, index));
    // toLowerCase is a slow call on text with curly quotes (two-byte strings): plain words lower-case their first
    // letter alone, so their `lower` has the codes of the text but that one.
    const plain = first < 128 && plainTail;
    const lowerFirst = upperFirst ? first + 32 : first;
    let lower = plain ? plainLower(text, codes, index, wordEnd, lowerFirst) : text.slice(index, wordEnd).toLowerCase();
    // "Mr.", "U.S.", "J.", and any word whose period is followed by a comma ("R-Pa.,", "Calif.,").
    if (after === 0x2e && (ABBREVIATIONS.has(lower) || hasPeriod || (wordEnd - index === 1 && capitalized) || codes[wordEnd + 1] === 0x2c)) {
      wordEnd++;
      lower += '.';
    }
    const acronym = capitalized && wordEnd - index >= 2 && isUpperCode(codes[index + 1]) && isAllUpper(text, codes, index, wordEnd);
    const mayStartACue = plain ? mayStartCueOfShape(lowerFirst, codes[index + 1], codes[wordEnd - 1], wordEnd - index) : mayStartCue(lower);
    tokens.push({ start: index, end: wordEnd, lower, type: 'word', quote: -1, capitalized, acronym, cue: mayStartACue ? undefined : null, contextCue: undefined });
    index = wordEnd;
  }
  return tokens;
}

/** Whether the word at `index` is an Arabic article, a hyphen and a capital: "al-Assad", "el-Sisi". */
function opensWithArabicArticle(codes: Uint16Array, index: number): boolean {
  const hyphen = codes[index + 2] === 0x2d ? index + 2 : codes[index + 3] === 0x2d ? index + 3 : -1;
  return hyphen > 0 && isUpperCode(codes[hyphen + 1]) && isArabicArticle(codes, index, hyphen);
}

/** Slots of `PLAIN_WORDS`, a power of two: more than the distinct words of a long article. */
const PLAIN_WORD_SLOTS = 1 << 13;
/** V8 copies a slice this long or shorter out of its text, and keeps a longer one as a view into it. */
const LONGEST_COPIED_SLICE = 12;
/** The lower-cased plain words met lately, by hash: a word met again reuses its string, made and hashed once. */
const PLAIN_WORDS: string[] = new Array<string>(PLAIN_WORD_SLOTS).fill('');

/**
 * text[start, end) with its first letter `lowerFirst`: a word of ASCII letters whose others are lowercase. Most
 * tokens are words met before, so reading their string back costs less than a new one per token would, in time and
 * in garbage; and the sets that test the word find its hash already computed.
 */
function plainLower(text: string, codes: Uint16Array, start: number, end: number, lowerFirst: number): string {
  let hash = lowerFirst;
  for (let i = start + 1; i < end; i++) hash = (Math.imul(hash, 31) + codes[i]) | 0;
  const slot = (hash ^ (hash >>> 13)) & (PLAIN_WORD_SLOTS - 1);
  const known = PLAIN_WORDS[slot];
  if (known.length === end - start && known.charCodeAt(0) === lowerFirst && sameTail(known, codes, start)) return known;
  const word = lowerFirst === codes[start] ? text.slice(start, end) : String.fromCharCode(lowerFirst) + text.slice(start + 1, end);
  // A longer slice is a view into the whole text, which the table must not keep alive.
  if (end - start <= LONGEST_COPIED_SLICE) PLAIN_WORDS[slot] = word;
  return word;
}

/** Whether `word` after its first letter has the codes at start + 1 onwards. */
function sameTail(word: string, codes: Uint16Array, start: number): boolean {
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) !== codes[start + i]) return false;
  return true;
}

/** Whether some cue word has fewer than two characters: if none, punctuation and quote tokens start no cue, known at once. */
const NO_SHORT_CUE = HAS_SHORT_CUE_WORD ? undefined : null;

/** Whether text[from, to) equals its upper-cased form (ASCII read off `codes`). */
function isAllUpper(text: string, codes: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = codes[i];
    if (code >= 128) return text.slice(from, to) === text.slice(from, to).toUpperCase();
    if (isLowerAsciiCode(code)) return false;
  }
  return true;
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

/** Nouns of works whose title may follow in quote marks: "the documentary “River of Fire”", "his book, “Trump and Me,”". */
const WORK_NOUNS = new Set(['book', 'novel', 'memoir', 'film', 'movie', 'documentary', 'album', 'song', 'play', 'musical', 'opera', 'poem', 'podcast', 'series', 'sitcom', 'essay', 'column',
  'thriller', 'drama', 'comedy', 'paper', 'novella', 'biography', 'autobiography', 'anthology', 'single', 'exhibition', 'hit', 'feature']);
const LONGEST_WORK_NOUN = Math.max(...[...WORK_NOUNS].map((noun) => noun.length));

/** ", a small drama", " the band's first single", " her fourth film": an appositive after the closing mark (and its comma, or one inside) that names a work, a few words in. */
const WORK_APPOSITIVE = /^,? (?:a|an|the|his|her|their|its) ((?:[\w'’-]+ ?){1,4})/;

/** Whether the quote ending at `end` is a work's title that an appositive describes ("“The Quiet Harbor,” a small drama about …"). */
export function namesWorkAfter(text: string, end: number): boolean {
  const appositive = WORK_APPOSITIVE.exec(text.slice(end, end + 40));
  return appositive !== null && appositive[1].split(' ').some((word) => WORK_NOUNS.has(word));
}

/** Who makes or presents a work, before "of" and its title: "author of “…”", "host of “…”". */
const MAKERS_OF = ['author of ', 'authors of ', 'co-author of ', 'creator of ', 'director of ', 'writer of ', 'host of ', 'star of '];

/** Whether the quote mark at `mark` follows "titled ", a work's noun ("the film “…”", "her memoir, “…”") or its maker's ("author of “…”"). */
export function namesWorkBefore(text: string, mark: number): boolean {
  if (mark >= 7 && text.startsWith('titled ', mark - 7)) return true;
  if (text.startsWith('of ', mark - 3) && MAKERS_OF.some((words) => text.startsWith(words, mark - words.length))) return true;
  let end = mark;
  if (text.charCodeAt(end - 1) !== 32) return false;
  end--;
  if (text.charCodeAt(end - 1) === 44) end--;
  let start = end;
  while (start > 0 && end - start <= LONGEST_WORK_NOUN && isLowerAsciiCode(text.charCodeAt(start - 1))) start--;
  return start < end && end - start <= LONGEST_WORK_NOUN && !isWordCode(text.charCodeAt(start - 1)) && WORK_NOUNS.has(text.slice(start, end));
}

/** ' " ’ ” » “ */
export function isQuoteMarkCode(code: number): boolean {
  return code === 0x27 || code === 0x22 || code === 0x2019 || code === 0x201d || code === 0xbb || code === 0x201c;
}

/** Whether `offset` opens a paragraph or follows the end of a sentence (and its closing quote mark, if any). */
export function opensSentence(text: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0 && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index--;
  if (index < 0 || text.charCodeAt(index) === 10 || text.charCodeAt(index) === 13) return true;
  if (isQuoteMarkCode(text.charCodeAt(index))) index--;
  const code = text.charCodeAt(index);
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/** Words before a person's one name: "gave his name only as ", "gave only her first, ", "identified herself as ", "his first name, ", "a woman named ". */
const GIVEN_NAME_BEFORE = /\b(?:(?:gave|give|gives|giving) (?:only )?(?:his|her|their) (?:(?:first )?name(?: only)? as|first(?: name)?,)|(?:call ?sign|nom de guerre|code ?name|pseudonym),?|identified (?:himself|herself|themselves)(?: only)? as|(?:his|her|their) first name,|(?:man|woman|boy|girl|person|teenager|resident|caller|listener|viewer|reader|customer|neighbou?r|friend|student|worker|driver|patient|voter) named) $/;
const GIVEN_NAME_WINDOW = 48;
/** The last characters `GIVEN_NAME_BEFORE` can end with, read before it is tried. */
const GIVEN_NAME_ENDINGS = ['as ', 'e, ', 't, ', 'named ', 'sign ', 'sign, ', 'guerre ', 'name ', 'nym '];
/** Quote marks that may open a name given after those words. */
const OPENING_NAME_MARKS = '"“‘\'';

/** "a woman who gave only her name as Dale", "with the call sign “Monakh”": words that give the name at `start` (quoted or not) as one person's. */
export function followsGivenNameWords(text: string, start: number): boolean {
  const at = OPENING_NAME_MARKS.includes(text.charAt(start - 1)) ? start - 1 : start;
  // Read only after the words the phrase can end with.
  if (!GIVEN_NAME_ENDINGS.some((ending) => text.startsWith(ending, at - ending.length))) return false;
  return GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, at - GIVEN_NAME_WINDOW), at));
}
