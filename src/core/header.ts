// The seed header: a title line, then `Author:` and `Date:` fields whose value sits on the
// same line or the next one (and may be empty). Everything after the header block is body.
import { Header, Span } from './model';
import { isDigitCode, withCapital } from './text';

interface Line {
  start: number;
  /** End of the line content, before `\n` or `\r\n`. */
  end: number;
  /** Offset of the next line. */
  next: number;
}

function lineAt(text: string, start: number): Line {
  let end = text.indexOf('\n', start);
  const next = end < 0 ? text.length : end + 1;
  if (end < 0) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end, next };
}

/** The trimmed part of `text[start, end)`, or null when it is blank. */
function trimmedSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isBlankChar(text.charCodeAt(start))) start++;
  while (end > start && isBlankChar(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

function isBlankChar(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0xfeff;
}

/** A header field label at a given offset (sticky): author-like labels are group 1, date-like ones group 2. */
const FIELD = /[ \t]*(?:(author|authors|by)|(date|published))[ \t]*:/iy;

function fieldAt(text: string, start: number): RegExpExecArray | null {
  // Most lines are no field: the label's first letter (a, b, d or p in either case) is checked before the regex runs.
  let index = start;
  while (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9) index++;
  const lowered = text.charCodeAt(index) | 0x20;
  if (lowered !== 0x61 && lowered !== 0x62 && lowered !== 0x64 && lowered !== 0x70) return null;
  FIELD.lastIndex = start;
  return FIELD.exec(text);
}

/** Placeholders that converters write when there is no author. */
const NO_AUTHOR = /^(?:none|n\/a|unknown|null|-+)$/i;
/** A first line longer than this is a paragraph, not a title. */
const MAX_TITLE_LENGTH = 300;
/** An author written on the line after `Author:` is a short name list, not a sentence. */
const MAX_AUTHOR_LENGTH = 120;

const MONTHS: [string, number][] = [
  ['jan', 1], ['january', 1], ['feb', 2], ['february', 2], ['mar', 3], ['march', 3], ['apr', 4], ['april', 4], ['may', 5],
  ['jun', 6], ['june', 6], ['jul', 7], ['july', 7], ['aug', 8], ['august', 8], ['sep', 9], ['sept', 9], ['september', 9],
  ['oct', 10], ['october', 10], ['nov', 11], ['november', 11], ['dec', 12], ['december', 12],
];
/** Lower-case and capitalized names: as the text writes them, most words are found without lower-casing a copy. */
const MONTH_NUMBERS = new Map(MONTHS.flatMap(([name, month]): [string, number][] => [[name, month], [withCapital(name), month]]));

/** Month number for a month name or its abbreviation ("Feb", "Sept."), else undefined. */
export function monthNumber(word: string): number | undefined {
  const asWritten = MONTH_NUMBERS.get(word);
  if (asWritten !== undefined) return asWritten;
  const lower = word.toLowerCase();
  return MONTH_NUMBERS.get(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/** "00" to "31", read from a table rather than padded each time. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, number) => String(number).padStart(2, '0'));

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // The check above keeps month and day in the table.
  return `${String(year).padStart(4, '0')}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Counted rather than read off a Date (much slower); as Date.UTC does, years 0–99 mean 1900–1999.
  if (Number.isInteger(year) && Number.isInteger(month) && month >= 1 && month <= 12 && Math.abs(year) < 100_000) {
    if (month !== 2) return DAYS_IN_MONTH[month - 1];
    const fullYear = year >= 0 && year <= 99 ? year + 1900 : year;
    return (fullYear % 4 === 0 && fullYear % 100 !== 0) || fullYear % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const SLASHED_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const MONTH_FIRST = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/;
/** A weekday opening a date, in full or as a feed writes it: "Tuesday, ", "Tue, ", "Thurs. ". */
const WEEKDAY_OPENING = /^(?:[A-Za-z]+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,? /;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Za-z]{3,9})\.?,? (\d{4})\b/;

/**
 * An absolute date as written in a header, to ISO: `2023-02-21` (also `2023/02/21` and with a time,
 * `2023-02-21T10:00:00Z`), `21.02.2023` (day first), `02/21/2023` (US order), `February 21, 2023`, `Feb. 21, 2023`,
 * `21 February 2023`. A weekday in front ("Tuesday, February 21, 2023", "Tue, 21 Feb 2023") and a time after it are
 * ignored.
 */
export function parseAbsoluteDate(value: string): string | null {
  const trimmed = value.trim();
  // Only a text that starts with a letter can start with a weekday: most dates start with a digit.
  const text = isDigitCode(trimmed.charCodeAt(0)) ? trimmed : trimmed.replace(WEEKDAY_OPENING, '');
  // Only MONTH_FIRST starts with a letter, the others with a digit: the forms that cannot match are not tried.
  if (!isDigitCode(text.charCodeAt(0))) {
    const match = MONTH_FIRST.exec(text);
    const month = match ? monthNumber(match[1]) : undefined;
    return match && month ? isoDate(+match[3], month, +match[2]) : null;
  }
  let match = ISO_DATE.exec(text);
  if (match) return isoDate(+match[1], +match[2], +match[3]);
  match = DOTTED_DATE.exec(text);
  if (match) return isoDate(+match[3], +match[2], +match[1]);
  match = SLASHED_DATE.exec(text);
  if (match) return isoDate(+match[3], +match[1], +match[2]);
  match = DAY_FIRST.exec(text);
  if (match) {
    const month = monthNumber(match[2]);
    return month ? isoDate(+match[3], month, +match[1]) : null;
  }
  return null;
}

/** Where the document's date stands: its value, else the `Date:` label, else the title. */
export function headerDateSpan(header: Header): Span {
  return header.dateSpan ?? header.dateFieldSpan ?? header.titleSpan ?? { start: 0, end: 0 };
}

export function parseHeader(text: string): Header {
  // Every field from the start, `dateFieldSpan` last as when it was added on reading the label: one object shape for
  // all headers, and the same JSON (an undefined field is left out).
  const header: Header = {
    title: null, titleSpan: null, author: null, authorSpan: null,
    date: null, dateText: null, dateSpan: null, hasDateField: false, bodyStart: 0, dateFieldSpan: undefined,
  };
  let line = lineAt(text, 0);
  while (line.start < text.length && !trimmedSpan(text, line.start, line.end)) line = lineAt(text, line.next);
  const titleSpan = trimmedSpan(text, line.start, line.end);
  if (!titleSpan || fieldAt(text, line.start)) {
    // No title line: the header (if any) starts right here.
    header.bodyStart = readFields(text, line.start, header);
    return header;
  }
  if (titleSpan.end - titleSpan.start > MAX_TITLE_LENGTH) {
    header.bodyStart = titleSpan.start;
    return header;
  }
  header.titleSpan = titleSpan;
  header.title = text.slice(titleSpan.start, titleSpan.end);
  header.bodyStart = readFields(text, line.next, header);
  return header;
}

/**
 * Reads `Author:`/`Date:` fields and blank lines from the line at `from` on; returns where the body starts.
 * A line is read to its end only when it is a field: the body's first line is often a whole paragraph.
 */
function readFields(text: string, from: number, header: Header): number {
  let start = from;
  while (start < text.length) {
    const field = fieldAt(text, start);
    if (!field) {
      const blankEnd = blankLineEnd(text, start);
      if (blankEnd >= 0) start = blankEnd + 1;
      else if (header.author === null && readBylineLine(text, start, header)) start = lineAt(text, start).next;
      else break;
      continue;
    }
    const line = lineAt(text, start);
    const key = field[1] !== undefined ? 'author' : 'date';
    let value = trimmedSpan(text, line.start + field[0].length, line.end);
    let next = line.next;
    if (!value && next < text.length) {
      const after = lineAt(text, next);
      const candidate = trimmedSpan(text, after.start, after.end);
      if (candidate && acceptsNextLineValue(key, text.slice(candidate.start, candidate.end))) {
        value = candidate;
        next = after.next;
      }
    }
    if (key === 'date') {
      header.hasDateField = true;
      header.dateFieldSpan = trimmedSpan(text, line.start, line.start + field[0].length) ?? undefined;
      if (value) {
        header.dateSpan = value;
        header.dateText = text.slice(value.start, value.end);
        header.date = parseAbsoluteDate(header.dateText);
      }
    } else if (value && !NO_AUTHOR.test(text.slice(value.start, value.end))) {
      header.authorSpan = value;
      header.author = text.slice(value.start, value.end);
    }
    start = next;
  }
  return Math.min(start, text.length);
}

/** A byline without a label: "By Ann Lee and Tom Hale". */
const BYLINE = /[ \t]*By[ \t]+(?=\p{Lu})/uy;

/** Reads the line at `start` as the author when it is a byline without a label; whether it was one. */
function readBylineLine(text: string, start: number, header: Header): boolean {
  BYLINE.lastIndex = start;
  if (!BYLINE.test(text)) return false;
  const line = lineAt(text, start);
  const value = trimmedSpan(text, BYLINE.lastIndex, line.end);
  if (!value || !acceptsNextLineValue('author', text.slice(value.start, value.end))) return false;
  header.authorSpan = value;
  header.author = text.slice(value.start, value.end);
  return true;
}

/** The offset of the `\n` ending the line at `start` (or the text's end) when the line is blank, else -1. */
function blankLineEnd(text: string, start: number): number {
  let index = start;
  while (index < text.length && isBlankChar(text.charCodeAt(index))) index++;
  return index === text.length || text.charCodeAt(index) === 10 ? index : -1;
}

/** The line after an empty `Date:` is its value only if it is a date; after `Author:`, if it is a short name line. */
function acceptsNextLineValue(key: 'author' | 'date', candidate: string): boolean {
  if (fieldAt(candidate, 0)) return false;
  if (key === 'date') return parseAbsoluteDate(candidate) !== null;
  return candidate.length <= MAX_AUTHOR_LENGTH && !/[.!?"“”]$/.test(candidate) && !/[“”"«»]/.test(candidate);
}
