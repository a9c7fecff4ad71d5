// Date expressions: a scanner finds candidate phrases ("February 18", "last week", "by the
// end of February"), then each phrase is resolved against the reference date (the header's
// date, else `options.referenceDate`). The resolver is hand-written because it must give
// ranges ("last week" is Monday to Sunday) and stay fast; the unit tests check its single
// days against chrono-node's reading of the same phrases.
import { daysInMonth, isoDate, monthNumber, parseAbsoluteDate } from './header';
import { AnalyzeOptions, DateExpression, Header, Quote, Span } from './model';
import { endsAbbreviation, isDigitCode, isRegexWordCode, isUpper, withCapital } from './text';
import { IRREGULAR_PAST } from './wordLists';

/** Seasons as months: spring is March to May, winter December to February. */
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11], winter: [12, 14] };
const SEASON_WORDS = Object.keys(SEASONS).join('|');
/** The periods of "last week", "this morning": their words are date phrases only before one. */
const PERIOD = ` (?:week(?:end)?|month|year|night|morning|afternoon|evening|${SEASON_WORDS})\\b`;
const BEFORE_PERIOD = `(?=${PERIOD})`;
/** The nth `weekday` (0 is Sunday) of a month; n = -1 is the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n < 0) {
    const last = Date.UTC(year, month - 1, daysInMonth(year, month));
    return last - ((weekdayOf(last) - weekday + 7) % 7) * DAY_MS;
  }
  const first = Date.UTC(year, month - 1, 1);
  return first + (((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7) * DAY_MS;
}

/** Easter Sunday of a year (the Gregorian computus). */
function easter(year: number): Day {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return Date.UTC(year, month - 1, ((h + l - 7 * m + 114) % 31) + 1);
}

const fixedDay = (month: number, day: number) => (year: number) => Date.UTC(year, month - 1, day);
/**
 * Holidays whose day the calendar gives, by name (apostrophes written straight): the US ones of the news this reads
 * ("Labor Day", "Election Day") and the Christian feasts. "Independence Day" and "Labour Day" differ by country: not here.
 */
const HOLIDAYS = new Map<string, (year: number) => Day | null>([
  ['Christmas', fixedDay(12, 25)], ['Christmas Day', fixedDay(12, 25)], ['Christmas Eve', fixedDay(12, 24)],
  ["New Year's Day", fixedDay(1, 1)], ["New Year's Eve", fixedDay(12, 31)], ['Fourth of July', fixedDay(7, 4)],
  ['Halloween', fixedDay(10, 31)], ["Valentine's Day", fixedDay(2, 14)], ['Veterans Day', fixedDay(11, 11)],
  ['Inauguration Day', fixedDay(1, 20)],
  ['Thanksgiving', (year) => nthWeekday(year, 11, 4, 4)], ['Thanksgiving Day', (year) => nthWeekday(year, 11, 4, 4)],
  ['Labor Day', (year) => nthWeekday(year, 9, 1, 1)], ['Memorial Day', (year) => nthWeekday(year, 5, 1, -1)],
  // The Tuesday after the first Monday of November, of the even years that elect Congress.
  ['Election Day', (year) => (year % 2 === 0 ? nthWeekday(year, 11, 1, 1) + DAY_MS : null)],
  ['Martin Luther King Jr. Day', (year) => nthWeekday(year, 1, 1, 3)], ['Martin Luther King Day', (year) => nthWeekday(year, 1, 1, 3)],
  ["Mother's Day", (year) => nthWeekday(year, 5, 0, 2)], ["Father's Day", (year) => nthWeekday(year, 6, 0, 3)],
  ['Easter', easter], ['Easter Sunday', easter], ['Good Friday', (year) => easter(year) - 2 * DAY_MS],
]);
/** The holidays by each way of writing their apostrophe. */
const HOLIDAY_BY_WRITING = new Map([...HOLIDAYS].flatMap(([name, dayIn]) => ["'", '’', 'ʼ'].map((mark) => [name.replace("'", mark), dayIn] as const)));
/** The holiday names as the trigger finds them, longest first. */
const HOLIDAY_NAMES = [...HOLIDAY_BY_WRITING.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace('.', '\\.')).join('|');
/** Words before a holiday that make it a day: "on Election Day", "since Christmas", "last Thanksgiving" ("the spirit of Christmas" is none). */
const HOLIDAY_BEFORE = /\b(?:on|before|after|since|until|till|by|through|over|at|around|during|from|to|last|this|next)\s$/i;
/** How far before the holiday its sentence is read for what opens it. */
const HOLIDAY_CONTEXT = 'through '.length;
/** A holiday within this many days before the reference is the one meant; one further back is next year's. */
const HOLIDAY_DAYS_BACK = 120;

/** A count word with its first letter in either case: "two days ago", and "Two days ago" opening a sentence. */
const eitherCase = (word: string) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`;
const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
/** "a", "an" and the words of one to twelve, which count a time ahead or after a date. */
const UP_TO_TWELVE = ['an?', ...UNIT_WORDS, ...TEEN_WORDS.slice(0, 3)];
/** The counts of a time after a date the story told, capitalized too: "Two days later, …". */
const COUNT_LATER_WORDS = `(?:\\d{1,3}|${UP_TO_TWELVE.map(eitherCase).join('|')})`;
/** A count of units after a date the story told: "two days", "A fortnight". */
const COUNT_LATER = `${COUNT_LATER_WORDS} (?:day|week|fortnight|month|year)s?`;
/** The counts of a time ahead: "in two weeks", "within 10 days", "in a month", "three days from now". */
const COUNT_AHEAD = `(?:\\d{1,3}|${UP_TO_TWELVE.join('|')}|a few|several)`;
/**
 * One pass over the text for a word of every date phrase: months, weekdays, day words ("yesterday"), numeric dates,
 * the first word of "last week", and the rarer word inside the phrases that start with a common one: "two days ago"
 * is found from "ago", "over the weekend" from "weekend", "in 2019" from the year, "earlier this week" from "this",
 * "the fall" from "fall", "the third quarter" from "quarter", "the 1990s" from the decade;
 * `foundPhrase` then finds where they start and end. The words are grouped by case (V8 tests each alternative in turn at every word start, but a group's
 * first letter once), and no word list is written twice: the regex's machine code stays small, which counts as much
 * as its speed alone once the rest of the analysis has run between two calls. Fixed word lists: no backtracking.
 * The period words carry a lookahead for their period (only run once such a word matched): "this" alone, the most
 * frequent word in news that the trigger knows, is no match to read.
 */
const TRIGGER = new RegExp('\\b(?:(?:'
  + `J(?:an(?:uary)?|u(?:ne?|ly?))|F(?:eb(?:ruary)?|riday)|M(?:ar(?:ch)?|ay|onday)|A(?:pr(?:il)?|ug(?:ust)?)`
  + `|S(?:ep(?:t(?:ember)?)?|unday|aturday)|Oct(?:ober)?|N(?:ov(?:ember)?|ext${BEFORE_PERIOD})|Dec(?:ember)?`
  + `|T(?:uesday|hursday|o(?:day|morrow|night)|his${BEFORE_PERIOD})|Wednesday|Yesterday|(?:Last|Past|Coming)${BEFORE_PERIOD}`
  + `|${HOLIDAY_NAMES}`
  + `)|(?:t(?:o(?:day|morrow|night)|his${BEFORE_PERIOD})|yesterday|(?:last|next|past|coming)${BEFORE_PERIOD}|ago|(?:day|week|month|year)s?(?<=\\b(?:[Ii]n|[Ww]ithin)(?: the next)? ${COUNT_AHEAD} \\w+)|(?:day|week|month|year)s(?= from (?:now|today)\\b)|later(?<=\\b${COUNT_LATER} later)|(?:week|month|year)(?<=\\b[Tt]he following (?:week|month|year))|weekend|${SEASON_WORDS}|quarter|half|end(?= of (?:the|this) (?:year|month)\\b)|day(?<=\\b[Tt]he (?:next|following) day))`
  + '|\\d(?:\\d{3}-\\d\\d-\\d\\d|\\d?\\.\\d{1,2}\\.\\d{4})|(?:1[6-9]|20)\\d\\d\\b(?![.,]?\\d|%| ?(?:GMT|UTC|BST|CET|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|hours|hrs)\\b)|(?:1[6-9]|20)\\d0s|Q[1-4]'
  + ')\\b', 'g');
/** Words that make a date phrase of the period after them ("last week", "this morning"): as the trigger writes them, to lower case. */
const PERIOD_WORDS = new Map(['last', 'next', 'this', 'past', 'coming'].flatMap((word) => [
  [word, word], [withCapital(word), word],
]));
const PERIOD_AFTER = new RegExp(PERIOD, 'y');
/** The phrases found from a word inside them, each checked where it would start (sticky). */
const PREPOSITION_YEAR = new RegExp('\\b(?:(?:[Ii]n|of|[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough|[Bb]etween|[Ff]rom|[Ff]or|[Aa]round) (?:at least )?(?:the year )?(?:(?:early|mid|late)[ -])?'
  + '|(?:(?:[Bb]y|[Uu]ntil|[Bb]efore) )?the (?:end|beginning|start|middle) of |[Aa]s (?:early|late|recently|far back) as '
  // "in 2022 and 2023": a second year joined to one after a preposition ("the 2008 and 2012 races" name none).
  + '|(?<=\\b(?:[Ii]n|[Ss]ince|[Bb]efore|[Aa]fter|[Dd]uring) (?:19|20)\\d\\d,? )(?:and|or) )(?:1[6-9]|20)\\d\\d\\b(?![.,]?\\d|%)', 'y');
/** A plural a number counts: " registered voters", " people". */
const COUNTED_AFTER = /^ (?:[a-z]+ )?(?:[a-z]+s|people)\b/;
/** The year that closes a range opened by "between" or "from": "between 2008 and 2022", "from 2008 to 2022", "from 2010-2011". */
const RANGE_END_YEAR = /^(?: (?:and|to|through|until) |[-–])((?:19|20)\d\d)\b(?![.,]?\d|%)/;
/** What stands before a decade: "the 1990s", "the early 1970s", "the mid-1980s". */
const DECADE_BEFORE = /\b[Tt]he (?:(?:early|mid|late)[ -])?/y;
/** After a season word: "the spring of 2021" names that year's; "the fall of Rome", "the spring in his step" name no time. */
const SEASON_YEAR_AFTER = /^ of ((?:19|20)\d\d)\b/;
const NO_SEASON_AFTER = /^ (?:of|in)\b/;
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "two days ago", "twenty-five years ago", "a few weeks ago". */
const COUNT_AGO = new RegExp(`\\b(?:\\d{1,3}(?:,\\d{3})*|(?:${TENS_WORDS.map(eitherCase).join('|')})(?:-(?:${UNIT_WORDS.join('|')}))?|${[
  'a', 'an', ...UNIT_WORDS, ...TEEN_WORDS, 'a few', 'several'].map(eitherCase).join('|')}) (?:days?|weeks?|fortnights?|months?|years?|decades?) ago\\b`, 'y');
/**
 * The part of the period after it that a phrase names: "earlier this year", "later this month", "early next year",
 * "mid-next month", "late last week", "by the end of next month". (A half or a quarter "of next year" is read from its
 * own word, in `quarterFound`.)
 */
const PERIOD_PART = '(?:[Ee]arl(?:ier|y)|[Ll]ater?|[Mm]id) |[Mm]id-|(?:(?:[Bb]y|[Bb]efore|[Uu]ntil|[Aa]t|[Tt]oward|[Tt]owards) )?[Tt]he (?:end|beginning|start|middle) of ';
const PERIOD_PART_BEFORE = new RegExp(`\\b(?:${PERIOD_PART})`, 'y');
const PERIOD_PART_OPENING = new RegExp(`^(?:${PERIOD_PART})`);
/** "over the weekend", "at the weekend", "through the weekend": the weekend nearest the reference, found from "weekend". */
const THE_WEEKEND = /\b(?:[Oo]ver|[Dd]uring|[Oo]n|[Aa]t|[Tt]hrough|[Uu]ntil|[Ii]nto) the weekend\b/y;
/** "through the weekend", "until the weekend": a time that runs on from now to the coming one. */
const UNTIL_WEEKEND = /^(?:[Tt]hrough|[Uu]ntil|[Ii]nto) /;
/** How far before the word found each of them can start: "until the beginning of 2019", "several months ago", "earlier this". */
const MAX_BEFORE_YEAR = 'until the beginning of '.length;
const MAX_BEFORE_DECADE = 'the early '.length;
const MAX_BEFORE_AGO = 'seventy-seven fortnights '.length;
const MAX_BEFORE_WEEKEND = 'through the '.length;
const MAX_BEFORE_PERIOD_WORD = 'towards the beginning of '.length;
const DAY_AFTER = /^\.? ?(\d{1,2})(?:st|nd|rd|th)?\b(?!:|\.\d|,\d)(?:(?:[-–]| (?:to|and|through|thru) (?!\d{1,2}(?:%| per| point)))(\d{1,2})\b)?(?:,? ((?:1\d|20)\d\d)\b)?/;
/** A month's or a holiday's year: "March 3, 2016", "June of 2006", "Christmas 2015". */
const YEAR_AFTER = /^(?:,| of)? ((?:1\d|20)\d\d)\b/;
/** "19 November", "the 19th of November", and a range's first day: "14 and 19 November", "14-19 November". */
const DAY_BEFORE = /\b(?:(\d{1,2})(?:st|nd|rd|th)?(?:[-–]| (?:to|and|until) ))?(\d{1,2})(?:st|nd|rd|th)? (?:of )?$/;
const POSSESSIVE_MONTH_AFTER = /^['’]s [a-z]/;
const GIVEN_NAME_MONTHS = new Set(['April', 'May', 'June']);
const NAME_WORD_BEFORE = /\p{Lu}[\p{L}.]* $/u;
/** "cuts for October": "for" before a bare month that is no given name ("support for May") makes it a date too. */
const FOR_BEFORE = /\bfor $/i;
/** Words before a bare month that make it a date: "in May", not "Theresa May". */
const BARE_MONTH_CUE = /\b(?:(?:in|since|until|till|by|before|after|during|of|from|through|to|throughout|early|late|mid|last|next|this|until|between|and)[ -]|as (?:early|late|recently) as )$/i;
/**
 * A verb in the past, then "in", before a bare month: "said in July", "was argued in December", "she announced in May",
 * "had forecast in January" (not "ads reserved in December", where the participle may look ahead).
 */
const PAST_VERB_IN = /\b(?:said|told|wrote|had [a-z]{3,}|(?:was|were|has|have|had|he|she|it|they|we|i|who) [a-z]{2,}ed(?: (?:out|up|off|down|back|away|over))?|[a-z]{2,}ed (?:him|her|them|it|us)|[a-z]{2,}ed (?:its|his|her|their|our|the|a|an)(?: [\w’'-]+){1,3}) in $/i;
const MONTH_MODIFIER = /(?:\b(?:(?:by|until|before) )?the (?:end|beginning|start|middle) of |\b(?:early|late|mid|last|next|this)[ -])$/i;
const WEEKDAY_MODIFIER = /\b(?:last|next|this|past|coming) $/i;
/**
 * "late on a Friday evening", "every Sunday", "every other Tuesday", "On a recent Tuesday": any such day, or one the
 * text does not say, not one the calendar can name ("at a Sunday rally" is one).
 */
const ANY_WEEKDAY_BEFORE = /\b(?:on a|(?:every|each)(?: (?:other|second|third|fourth))?|any|a given|a typical|a recent|one recent) $/i;
const ANY_WEEKDAY_CHARS = 'every fourth '.length;
const PART_OF_DAY = /^ (?:morning|afternoon|evening|night)\b/;
const NAME_AFTER = /^ \p{Lu}/u;
const ABBREVIATED_MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)$/;
/** Vague counts read as chrono-node reads them: "a few" is three, "several" seven. */
const COUNT_WORDS: Record<string, number> = {
  'a few': 3, several: 7, a: 1, an: 1,
  ...Object.fromEntries([...UNIT_WORDS, ...TEEN_WORDS].map((word, index) => [word, index + 1])),
  ...Object.fromEntries(TENS_WORDS.map((word, index) => [word, 20 + 10 * index])),
};
/** As the trigger writes them, in the order of UTC weekday numbers. */
const WEEKDAY_NUMBERS = new Map(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((day, number) => [day, number]));
/** Days from the reference for each day word, as the trigger writes it (capitalized or not). */
const RELATIVE_DAYS = new Map<string, number>();
for (const [word, days] of [['yesterday', -1], ['today', 0], ['tomorrow', 1], ['tonight', 0]] as const) {
  RELATIVE_DAYS.set(word, days).set(withCapital(word), days);
}
/** After a weekday (sticky): "on Mondays" is every Monday. ("Sunday's debate" is that Sunday.) */
const PLURAL_AFTER = /s\b/y;
const DAY_MS = 86_400_000;
/** Words of the future, of a future reported in the past ("said it would meet Friday"), and of a timetable ("the sale opens Friday"). */
const FUTURE = /\b(?:will|could(?!-| have| not| never| only| still)|pending|upcoming|won[’'ʼ]t|shall|would(?!-| have| often| usually| always| sometimes| regularly)|might(?!-| have)|may(?!-| have| not have| well have| also have)|going to|is to|are to|scheduled|(?<!than )expected|expects?|(?<!had )forecasts?|forecasting|projected to|(?<!(?:was|were) )(?:un)?likely to|as soon as|(?<!had )(?:plan(?:s|ned)?|(?:hope|aim|intend)(?:s|ed)?) to|(?<!(?:was|were|the) )planning(?! (?:committee|commission|board|department|authority|application|permission|consent|officials?|officers?|inspector|process|rules|policy|documents?|meeting|session)s?\b)|(?:was|were) (?:told|asked|ordered|instructed) to|(?:preparing|prepares|poised|getting ready) to|planned for|set (?:[a-z]+ ){0,2}for|(?:is|are) due|set to|(?:start|begin|open|close|resume|return|reopen|meet|travel|expire|premiere|conclude|launche|arrive|depart|debut|flie|hold|visit|host|play)s|comes out|(?<!had )plan(?:s|ned)? (?:a|an) |(?<!(?:\b(?:to|did|not|the|a|an|its|their|his|her|our|this)(?: [a-z]+)?|n[’'ʼ]t) )(?:start|begin)(?! of\b)|runs through|must(?!-| have)|(?:resume|reopen|reconvene)|ends|kicks off|takes? (?:effect|place)|go(?:es)? on sale|due (?=on|in|out|by)|ask me)\b|[’'ʼ]ll\b/gi;
/**
 * A verb in the past after the words of the future: "A plan to sell the lot was approved on Tuesday", "…, he said Tuesday",
 * "before Iowa opens…, they began", "…, which forced her to leave a Sept. 11 memorial".
 */
const PAST_AUXILIARY = /\b(?:was|were|had|did|said|told|announced|confirmed|reported|revealed|added|noted|stated|wrote|began|started|opened|ended|closed|met|went|came|took|according to|(?:which|who) [a-z]+ed)\b/y;
interface Phrase {
  start: number;
  end: number;
  value: string | null;
  rangeEnd: string | null;
  relative: boolean;
  /** The year a month phrase writes out ("Oct. 2, 1974", "March 2019"): a year the paragraph may go on in. */
  writtenYear?: number;
  /** A month phrase with no year written, whose year was only guessed from the reference. */
  yearless?: boolean;
}

/** Where a phrase the trigger found stands, and how to read it. */
interface FoundPhrase {
  start: number;
  end: number;
  /**
   * "in 2019", "the 1990s", "the fall", "the third quarter", "2019-01-01", "two days ago", "last week", "over the
   * weekend", "on Election Day", "by the end of the year", or one word (month, weekday, "yesterday").
   */
  kind: 'year' | 'decade' | 'season' | 'quarter' | 'numeric' | 'ago' | 'ahead' | 'later' | 'period' | 'weekend' | 'holiday' | 'end' | 'day after' | 'word';
}

/** A calendar day as a UTC timestamp at midnight. */
type Day = number;

function dayOf(iso: string): Day {
  return Date.UTC(numberAt(iso, 0, 4), numberAt(iso, 5, 7) - 1, numberAt(iso, 8, 10));
}

/** `+text.slice(from, to)`, read digit by digit when all are digits: slicing three strings per date costs more than the rest. */
function numberAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (!isDigitCode(code)) return +text.slice(from, to);
    value = value * 10 + code - 48;
  }
  return value;
}

/** ISO strings of days already written: documents keep resolving the same few days, and formatting a Date is slow. */
const ISO_BY_DAY = new Map<Day, string>();
const MAX_REMEMBERED_DAYS = 10_000;

function iso(day: Day): string {
  let value = ISO_BY_DAY.get(day);
  if (value === undefined) {
    value = new Date(day).toISOString().slice(0, 10);
    if (ISO_BY_DAY.size >= MAX_REMEMBERED_DAYS) ISO_BY_DAY.clear();
    ISO_BY_DAY.set(day, value);
  }
  return value;
}

function monthRange(year: number, month: number, firstDay = 1, lastDay = daysInMonth(year, month)): [string | null, string | null] {
  return [isoDate(year, month, firstDay), isoDate(year, month, Math.min(lastDay, daysInMonth(year, month)))];
}

/** The UTC weekday number of `day` (0 is Sunday), counted rather than read off a Date: 1 January 1970 was a Thursday. */
function weekdayOf(day: Day): number {
  return ((day / DAY_MS + 4) % 7 + 7) % 7;
}

/** Monday of the week holding `day`. */
function weekStart(day: Day): Day {
  return day - ((weekdayOf(day) + 6) % 7) * DAY_MS;
}

/** The day relative dates count from: the header's date, else the reference date of the options (ISO), else null. */
export function referenceDate(header: Header, options: AnalyzeOptions = {}): string | null {
  return header.date ?? (options.referenceDate ? parseAbsoluteDate(options.referenceDate) : null);
}

export function findDates(text: string, header: Header, options: AnalyzeOptions = {}): DateExpression[] {
  const reference = referenceDate(header, options);
  const referenceDay = reference ? dayOf(reference) : null;
  const skipFrom = header.titleSpan ? header.titleSpan.end : 0;
  const result: DateExpression[] = [];
  const referenceYear = reference ? new Date(reference).getUTCFullYear() : null;
  let lastEnd = 0;
  let searchFrom = 0;
  /** The year a sentence last named alone ("in 2007"), and where. */
  let yearOfSentence: number | null = null;
  let yearOfSentenceEnd = 0;
  /** The month and year the paragraph last wrote out ("In March 2019, …"), and where. */
  let paragraphYear: number | null = null;
  let paragraphMonth = 0;
  let paragraphYearEnd = 0;
  for (;;) {
    TRIGGER.lastIndex = searchFrom;
    const match = TRIGGER.exec(text);
    if (!match) break;
    // A word among the header's fields ("Date: 2024-03-07") is passed over without reading its phrase: no phrase
    // reaches across a line end, so none found from there could start before them.
    if (match.index >= skipFrom && match.index < header.bodyStart) {
      searchFrom = header.bodyStart;
      continue;
    }
    const found = foundPhrase(text, match, searchFrom);
    searchFrom = TRIGGER.lastIndex;
    if (!found) continue;
    searchFrom = found.end;
    if (found.start >= skipFrom && found.start < header.bodyStart) {
      searchFrom = header.bodyStart;
      continue;
    }
    const phrase = readPhrase(text, found, match[0], referenceDay);
    if (!phrase || phrase.start < lastEnd) continue;
    const lineEnd = paragraphYear === null ? -1 : text.indexOf('\n', paragraphYearEnd);
    if (lineEnd >= 0 && lineEnd < phrase.start) paragraphYear = null;
    // "I voted against it in 2007, and they tried to beat me the next year": the year after the one the sentence named.
    if (yearOfSentence !== null && text.startsWith('next year', phrase.start) && THE_BEFORE.test(text.slice(Math.max(0, phrase.start - 4), phrase.start))
      && !SENTENCE_STOP.test(text.slice(yearOfSentenceEnd, phrase.start))) {
      phrase.value = isoDate(yearOfSentence + 1, 1, 1);
      phrase.rangeEnd = isoDate(yearOfSentence + 1, 12, 31);
      phrase.relative = false;
    }
    const written = phrase.end - phrase.start === 4 ? text.slice(phrase.start, phrase.end) : '';
    if (YEAR_ALONE.test(written)) {
      yearOfSentence = +written;
      yearOfSentenceEnd = phrase.end;
    }
    // ("since June 2014" reaches up to now: the paragraph goes on in no year of its own.)
    if (phrase.writtenYear !== undefined && phrase.value !== null && !followsSince(text, phrase.start)) {
      paragraphYear = phrase.writtenYear;
      paragraphMonth = +phrase.value.slice(5, 7);
      paragraphYearEnd = phrase.end;
    } else if (phrase.yearless && yearOfSentence !== null && referenceYear !== null && yearOfSentence < referenceYear && phrase.value !== null
      && !SENTENCE_OR_AND_STOP.test(text.slice(yearOfSentenceEnd, phrase.start)) && !RELATIVE_MONTH.test(text.slice(phrase.start, phrase.end))
      && !SINCE_BEFORE.test(text.slice(Math.max(0, yearOfSentenceEnd - 16), yearOfSentenceEnd - 4)) && !closesRelativeClause(text, yearOfSentenceEnd, phrase.start)) {
      // "In 2018 we got a bill done in December": a month with no year in the clause of a year gone by is that year's
      // (not after "and", which may go on to something done since: "was extradited in 2014 and pleaded guilty in May",
      // nor after a relative clause the year was in: "Cole, who lost a leg in 2005, said he went on Aug. 30").
      phrase.value = inYear(phrase.value, yearOfSentence);
      if (phrase.rangeEnd !== null) phrase.rangeEnd = inYear(phrase.rangeEnd, yearOfSentence);
    } else if (phrase.yearless && paragraphYear !== null && referenceYear !== null && phrase.value !== null && !WILL_BEFORE.test(ownSentenceBefore(text, phrase.start))) {
      // "In the autumn of 1974 … On Oct. 2 the minister …": a month with no year goes on in the year the paragraph tells
      // of, or in the next one if it comes earlier in the year ("In the fall of 2007 … By Jan. 18, …"). (Not in a sentence
      // of the future as the text is written: "Instead, the show will begin its fourth season on Sept. 12".)
      const year = +phrase.value.slice(5, 7) < paragraphMonth ? paragraphYear + 1 : paragraphYear;
      if (year < referenceYear) {
        phrase.value = inYear(phrase.value, year);
        if (phrase.rangeEnd !== null) phrase.rangeEnd = inYear(phrase.rangeEnd, year);
      }
    }
    lastEnd = phrase.end;
    searchFrom = Math.max(searchFrom, phrase.end);
    const previous = result[result.length - 1];
    if (previous !== undefined && joinPrevious(text, previous, phrase)) {
      shareRangeYear(text, result[result.length - 2], previous);
      continue;
    }
    if (previous !== undefined) {
      shareRangeYear(text, previous, phrase);
      orderRange(text, previous, phrase, referenceDay);
      followSchedule(text, result, phrase);
      followStory(text, previous, phrase);
    }
    result.push({
      id: `date-${result.length + 1}`,
      start: phrase.start,
      end: phrase.end,
      text: text.slice(phrase.start, phrase.end),
      value: phrase.value,
      rangeEnd: phrase.rangeEnd === phrase.value ? null : phrase.rangeEnd,
      relative: phrase.relative,
    });
  }
  return result;
}

/**
 * Joins `phrase` to the date expression right before it when the two are one date: "Thursday, June 13" (the weekday
 * names the date's day), "14 February last year" and "March of last year" (the relative year gives the day or month its year).
 */
function joinPrevious(text: string, previous: DateExpression, phrase: Phrase): boolean {
  const gap = text.slice(previous.end, phrase.start);
  if ((gap !== ' ' && gap !== ', ' && gap !== ' of ') || previous.value === null || phrase.value === null) return false;
  let value: string;
  let rangeEnd = previous.rangeEnd;
  if (WEEKDAY_NUMBERS.has(previous.text) && !phrase.relative && phrase.rangeEnd === null && gap !== ' of ') value = phrase.value;
  else if (YEAR_PERIOD.test(text.slice(phrase.start, phrase.end)) && !/\d{4}/.test(previous.text)) {
    // "March of last year" moves the whole month.
    const year = +phrase.value.slice(0, 4);
    value = inYear(previous.value, year);
    if (rangeEnd !== null) rangeEnd = inYear(rangeEnd, year);
  } else return false;
  previous.end = phrase.end;
  previous.text = text.slice(previous.start, phrase.end);
  previous.value = value;
  previous.rangeEnd = rangeEnd;
  previous.relative = phrase.relative;
  return true;
}

/** Whether a relative clause ("who …", "which …") holds the year ending at `yearEnd`, and a comma closes it before `offset`. */
function closesRelativeClause(text: string, yearEnd: number, offset: number): boolean {
  return text.slice(yearEnd, offset).includes(', ') && RELATIVE_CLAUSE_OPEN.test(text.slice(Math.max(0, yearEnd - RELATIVE_CLAUSE_CHARS), yearEnd));
}
const RELATIVE_CLAUSE_OPEN = /, (?:who|which) [^,]*$/;
const RELATIVE_CLAUSE_CHARS = 80;

/** The same day of the month in `year`, or its month's last day: "February of last year" ends on the 28th in 2015. */
function inYear(day: string, year: number): string {
  const month = +day.slice(5, 7);
  return isoDate(year, month, Math.min(+day.slice(8, 10), daysInMonth(year, month)))!;
}

/** "from 2 November to 18 January", "between Wednesday and Saturday": the words joining the two ends of a range. */
const RANGE_OPENER = /\b(?:[Ff]rom|[Bb]etween) $/;
const RANGE_JOINER = /^(?: (?:to|until|till|through|and) |[-–])$/;

/**
 * "between January and September 2015", "from June to December of last year": a month alone opening a range is in
 * the year of the month that closes it, or in the year before when it comes later in the year.
 */
function shareRangeYear(text: string, first: DateExpression | undefined, last: Span & Pick<Phrase, 'value'>): void {
  if (first?.value == null || first.rangeEnd === null || last.value === null || monthNumber(first.text) === undefined) return;
  if (!CLOSING_YEAR.test(text.slice(last.start, last.end)) || !RANGE_JOINER.test(text.slice(first.end, last.start))) return;
  if (!RANGE_OPENER.test(text.slice(Math.max(0, first.start - 8), first.start))) return;
  const year = +last.value.slice(0, 4) - (first.value.slice(5, 7) > last.value.slice(5, 7) ? 1 : 0);
  first.value = inYear(first.value, year);
  first.rangeEnd = inYear(first.rangeEnd, year);
}
/** A month's year written out or told ("September 2015", "December of last year"). */
const CLOSING_YEAR = /(?:\d{4}|\byear)$/;

/**
 * A range runs forward from its first end: "from 2 November to 18 January" ends in the next year, and "from Wednesday
 * until Saturday" is within a week, its first day moved on a week when each end was read alone.
 */
function orderRange(text: string, first: DateExpression, last: Phrase, reference: Day | null): void {
  if (first.value === null || last.value === null || first.rangeEnd !== null || last.rangeEnd !== null) return;
  const joiner = text.slice(first.end, last.start);
  const lastText = text.slice(last.start, last.end);
  const weekdays = WEEKDAY_NUMBERS.has(first.text) && WEEKDAY_NUMBERS.has(lastText);
  const start = dayOf(first.value);
  const end = dayOf(last.value);
  if (!RANGE_OPENER.test(text.slice(Math.max(0, first.start - 8), first.start))) {
    // "canceled classes Thursday and Friday", "on Thursday or Friday": two days read alone a week apart are the two
    // days of one week, the one that holds the reference or lies nearest it.
    if (weekdays && end < start && reference !== null && (RANGE_JOINER.test(joiner) || joiner === ' or ')) {
      if (distanceToRange(reference, start - 7 * DAY_MS, end) < distanceToRange(reference, start, end + 7 * DAY_MS)) first.value = iso(start - 7 * DAY_MS);
      else last.value = iso(end + 7 * DAY_MS);
    }
    return;
  }
  if (!RANGE_JOINER.test(joiner)) return;
  if (weekdays) {
    if (end - start >= 7 * DAY_MS) first.value = iso(start + 7 * DAY_MS);
    else if (end < start) last.value = iso(end + 7 * DAY_MS);
  } else if (end < start && !first.relative && !last.relative && !/\d{4}/.test(lastText)) {
    last.value = `${Number(last.value.slice(0, 4)) + 1}${last.value.slice(4)}`;
  }
}

/**
 * "on Friday, July 11, followed by Dez Monroe on Saturday and a brunch on Sunday": a weekday after a weekday's full
 * date in the same sentence is the first such day from that date on, as a schedule lists them.
 */
function followSchedule(text: string, dates: readonly DateExpression[], phrase: Phrase): void {
  const target = WEEKDAY_NUMBERS.get(FIRST_WORD.exec(text.slice(phrase.start, phrase.end))![0]);
  if (target === undefined || !phrase.relative) return;
  for (let i = dates.length - 1; i >= 0 && phrase.start - dates[i].end <= SCHEDULE_GAP; i--) {
    const date = dates[i];
    if (SENTENCE_STOP.test(text.slice(date.end, phrase.start))) return;
    if (date.relative || date.value === null || date.rangeEnd !== null || date.value.length !== 10 || !WEEKDAY_NUMBERS.has(date.text.slice(0, date.text.indexOf(',')))) continue;
    const from = dayOf(date.value);
    phrase.value = iso(from + ((target - weekdayOf(from) + 7) % 7) * DAY_MS);
    return;
  }
}
const FIRST_WORD = /^\S*/;
/** How far after a weekday's date a weekday of the same schedule may follow. */
const SCHEDULE_GAP = 120;

/**
 * "The shelter called on March 27. The family drove to Abilene the next morning.": the day after the date the story
 * last told, in that paragraph or the one before, not the day after the article's.
 */
function followStory(text: string, previous: DateExpression, phrase: Phrase): void {
  const written = text.slice(phrase.start, phrase.end);
  if (LATER.test(written) || FOLLOWING_UNIT.test(written)) {
    countLater(text, previous, phrase, written);
    return;
  }
  if (previous.relative || previous.value === null || previous.rangeEnd !== null || previous.value.length !== 10) return;
  if (!DAY_AFTER_TOLD.test(written) && !(NEXT_PART_OF_DAY.test(written) && text.startsWith('the ', phrase.start - 4))) return;
  const between = text.slice(previous.end, phrase.start);
  if (between.length > STORY_GAP || between.split('\n\n').length > 2) return;
  phrase.value = phrase.rangeEnd = iso(dayOf(previous.value) + DAY_MS);
}
/**
 * "arrested on Oct. 9. Two days later, …", "in 2016 … two years later": a count of units after the date the story told
 * just before (a day counts days and weeks from it, a year counts years).
 */
function countLater(text: string, previous: DateExpression, phrase: Phrase, written: string): void {
  const between = text.slice(previous.end, phrase.start);
  // (Not from "today" — "still live today, more than 200 years later" — nor restating the date before it: "for
  // October 2014, just eight months later".)
  if (previous.value === null || between.length > STORY_GAP || NOW_WORDS.test(previous.text) || RESTATED_GAP.test(between)) return;
  const words = written.toLowerCase().split(' ');
  const following = words[1] === 'following';
  const unit = (following ? words[2] : words[words.length - 2]).replace(/s$/, '');
  const count = exactCount(following ? 'one' : words.slice(0, -2).join(' '));
  if (count === undefined) return;
  // "the following year" is the whole year after the date's.
  if (following && unit === 'year') {
    const year = Number(previous.value.slice(0, 4)) + 1;
    phrase.value = isoDate(year, 1, 1);
    phrase.rangeEnd = isoDate(year, 12, 31);
    return;
  }
  // A day moves by any unit; a month or a year told as a whole only by months or years, and stays whole.
  const months = unit === 'year' ? 12 * count : unit === 'month' ? count : 0;
  if (previous.rangeEnd === null) phrase.value = iso(shiftedBy(dayOf(previous.value), unit, count));
  else if (months > 0) {
    phrase.value = iso(shiftedBy(dayOf(previous.value), unit, count));
    const end = new Date(dayOf(previous.rangeEnd));
    phrase.rangeEnd = iso(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + months + 1, 0));
  }
}

const DAYS_IN_UNIT: Record<string, number | undefined> = { day: 1, week: 7, fortnight: 14 };

/** `day` moved by `count` days, weeks, months, years or decades (`unit`, singular); a negative count moves back. */
function shiftedBy(day: Day, unit: string, count: number): Day {
  const date = new Date(day);
  const days = DAYS_IN_UNIT[unit];
  if (days !== undefined) date.setUTCDate(date.getUTCDate() + days * count);
  else date.setUTCMonth(date.getUTCMonth() + (unit === 'month' ? 1 : unit === 'decade' ? 120 : 12) * count);
  return date.getTime();
}

/** A count written in digits or as a word up to twelve ("two", "an"); none for the vague "a few" and "several". */
function exactCount(words: string): number | undefined {
  if (words === 'a few' || words === 'several') return undefined;
  return /^\d/.test(words) ? Number(words) : COUNT_WORDS[words];
}
const LATER = / later$/;
const FOLLOWING_UNIT = /^[Tt]he following (?:week|month|year)$/;
const NOW_WORDS = /^(?:today|tonight|now)$/i;
const RESTATED_GAP = /^,? (?:just |only |barely |some |about |nearly |almost |more than |less than )?$/;
const COUNT_LATER_BEFORE = new RegExp(`\\b${COUNT_LATER} $`);
const NEXT_PART_OF_DAY = /^next (?:morning|afternoon|evening|night)$/;
const DAY_AFTER_TOLD = /^[Tt]he (?:next|following) day$/;
/** How far after the date it follows a story's "the next morning" may stand. */
const STORY_GAP = 400;

/** How many days `day` lies outside the range from `start` to `end` (0 inside it). */
function distanceToRange(day: Day, start: Day, end: Day): number {
  return Math.max(0, start - day, day - end);
}

/** "last year", "this year", "next year": a year relative to the reference, which a day before it takes. */
const YEAR_PERIOD = /^(?:last|this|next) year$/i;

/**
 * Where the phrase of the trigger's word starts and ends, not before `searchFrom`, and its kind; null when the word is
 * part of none (a year without a preposition, "ago" without a count, "this" without a period). A year with a
 * preposition before it is the phrase even when a full date goes on ("in 2019-01-01" reads "in 2019").
 */
function foundPhrase(text: string, match: RegExpExecArray, searchFrom: number): FoundPhrase | null {
  const found = match.index;
  const word = match[0];
  const end = found + word.length;
  // Each phrase found from a later word has a space before that word.
  const spaceBefore = text.charCodeAt(found - 1) === 32;
  if (isDigitCode(word.charCodeAt(0))) {
    if (word.length === 5) {
      // "the mid-1980s": a hyphen may join the part to the decade.
      const start = spaceBefore || text.charCodeAt(found - 1) === 0x2d ? stickyMatchStart(text, DECADE_BEFORE, Math.max(searchFrom, found - MAX_BEFORE_DECADE), found, found) : -1;
      return { start: start >= 0 ? start : found, end, kind: 'decade' };
    }
    const yearEnd = found + 4;
    // "in mid-2020": a hyphen may join the part to the year.
    const start = spaceBefore || text.charCodeAt(found - 1) === 0x2d ? stickyMatchStart(text, PREPOSITION_YEAR, Math.max(searchFrom, found - MAX_BEFORE_YEAR), found - 2, yearEnd) : -1;
    // "a poll of 2047 registered voters": after "of", a number that counts a plural.
    if (start >= 0 && !(text.startsWith('of ', start) && COUNTED_AFTER.test(text.slice(yearEnd, yearEnd + 24)))) return { start, end: yearEnd, kind: 'year' };
    return end === yearEnd ? null : { start: found, end, kind: 'numeric' };
  }
  if (word === 'ago') {
    const start = spaceBefore ? stickyMatchStart(text, COUNT_AGO, Math.max(searchFrom, found - MAX_BEFORE_AGO), found, end) : -1;
    return start >= 0 ? { start, end, kind: 'ago' } : null;
  }
  // "the next day", "the following day": a day the story counts from a date it told (see `followStory`).
  if (word === 'later') {
    const count = COUNT_LATER_BEFORE.exec(text.slice(Math.max(0, found - AHEAD_BEFORE_CHARS), found));
    return count === null ? null : { start: found - count[0].length, end, kind: 'later' };
  }
  // "the following year": one unit after the date the story told (`countLater`).
  if ((word === 'week' || word === 'month' || word === 'year') && text.startsWith('following ', found - 'following '.length)) {
    return { start: found - 'the following '.length, end, kind: 'later' };
  }
  if (AHEAD_UNITS.has(word)) {
    const ahead = aheadFound(text, found, end);
    if (ahead !== null || word !== 'day') return ahead;
  }
  if (word === 'day') return { start: text.lastIndexOf(' ', text.lastIndexOf(' ', found - 1) - 1) - 3, end, kind: 'day after' };
  if (word === 'weekend') {
    const start = spaceBefore ? stickyMatchStart(text, THE_WEEKEND, Math.max(searchFrom, found - MAX_BEFORE_WEEKEND), found, end) : -1;
    return start >= 0 ? { start, end, kind: 'weekend' } : null;
  }
  if (word === 'quarter' || word === 'half' || word.charCodeAt(0) === 0x51) return quarterFound(text, word, found, end);
  if (SEASONS[word] !== undefined) {
    // Only "the spring": "spring" alone is as often a verb or a season in general.
    if (!(found >= 4 && (text.startsWith('the ', found - 4) || text.startsWith('The ', found - 4)))) return null;
    const after = text.slice(end, end + 9);
    const year = SEASON_YEAR_AFTER.exec(after);
    if (!year && NO_SEASON_AFTER.test(after)) return null;
    return { start: found - 4, end: year ? end + year[0].length : end, kind: 'season' };
  }
  if (PERIOD_WORDS.has(word)) {
    // Matches: the trigger took the word only before a period; run again for where the period ends.
    PERIOD_AFTER.lastIndex = end;
    PERIOD_AFTER.test(text);
    // "on the last night", "the last week of October": the final one of something ("in the last week" is the past one).
    if (word === 'last' && found >= 4 && text.startsWith('the ', found - 4) && (text.startsWith(' night', end) || text.startsWith(' of ', PERIOD_AFTER.lastIndex))) return null;
    const part = spaceBefore || text.charCodeAt(found - 1) === 0x2d ? stickyMatchStart(text, PERIOD_PART_BEFORE, Math.max(searchFrom, found - MAX_BEFORE_PERIOD_WORD), found, found) : -1;
    return { start: part >= 0 ? part : found, end: PERIOD_AFTER.lastIndex, kind: 'period' };
  }
  if (word === 'end') {
    // "by the end of the year", "at the end of this month": from the words before "the" to the period's word.
    const start = stickyMatchStart(text, END_BEFORE, Math.max(searchFrom, found - MAX_BEFORE_END), found, found);
    if (start < 0) return null;
    END_PERIOD_AFTER.lastIndex = end;
    return END_PERIOD_AFTER.test(text) ? { start, end: END_PERIOD_AFTER.lastIndex, kind: 'end' } : null;
  }
  if (HOLIDAY_BY_WRITING.has(word)) {
    if (!HOLIDAY_BEFORE.test(text.slice(Math.max(0, found - HOLIDAY_CONTEXT), found))) return null;
    const year = YEAR_AFTER.exec(text.slice(end, end + 6));
    return { start: found, end: year ? end + year[0].length : end, kind: 'holiday' };
  }
  return { start: found, end, kind: 'word' };
}

/**
 * The first offset in [from, to) where the sticky `pattern` matches up to `end`, else -1. Each pattern opens with
 * `\b` and a word character, so only the word starts are tried.
 */
function stickyMatchStart(text: string, pattern: RegExp, from: number, to: number, end: number): number {
  for (let start = from; start < to; start++) {
    if (!isRegexWordCode(text.charCodeAt(start)) || isRegexWordCode(text.charCodeAt(start - 1))) continue;
    pattern.lastIndex = start;
    if (pattern.test(text) && pattern.lastIndex === end) return start;
  }
  return -1;
}

/** Reads the phrase found; `word` is the trigger's match, the whole phrase for the numeric and one-word kinds. */
function readPhrase(text: string, { start, end, kind }: FoundPhrase, word: string, reference: Day | null): Phrase | null {
  switch (kind) {
    case 'year':
      return readYear(text, start, end, reference);
    case 'decade':
      return readDecade(text, start, end);
    case 'season':
      return readSeason(text, start, end, word, reference);
    case 'quarter':
      return readQuarter(text, start, end, reference);
    case 'numeric': {
      const value = parseAbsoluteDate(word);
      return value ? { start, end, value, rangeEnd: null, relative: false } : null;
    }
    case 'ago':
      return readAgo(text, start, end, reference);
    case 'ahead':
      return readAhead(text, start, end, reference);
    case 'later':
      // Counted from the date the story told before it (`followStory`), else from none.
      return { start, end, value: null, rangeEnd: null, relative: true };
    case 'weekend':
      return readWeekend(text, start, end, reference);
    case 'period':
      return readRelativePeriod(text, start, end, word, reference);
    case 'holiday':
      return readHoliday(text, start, end, word, reference);
    case 'end':
      return readPeriodEnd(text, start, end, reference);
    case 'day after':
      return { start, end, value: null, rangeEnd: null, relative: true };
    default: {
      const relativeDays = RELATIVE_DAYS.get(word);
      // "USA Today", "Neurology Today": a capitalized day word after a name is part of it; "the economy of tomorrow"
      // and "there's no tomorrow" are no day.
      const noDay = text.startsWith('of ', start - 3) || text.startsWith('no ', start - 3);
      // "BBC Radio 4’s Today programme", "NBC’s Today show": a show's name.
      if (relativeDays !== undefined) return (isUpper(word.charAt(0)) && (followsName(text, start) || namesShow(text, start, end))) || noDay ? null : shifted(start, end, reference, relativeDays);
      // A weekday is looked up as written: monthNumber would lower-case it (slow for a two-byte text) before giving up.
      const weekday = WEEKDAY_NUMBERS.get(word);
      if (weekday !== undefined) return readWeekday(text, weekday, start, end, reference);
      // The trigger's other words are months.
      const month = monthNumber(word);
      return month !== undefined ? readMonth(text, word, month, start, end, reference) : null;
    }
  }
}

/** What stands before "end of the year": "the ", or "by the ", "at the ", "toward the ". */
const END_BEFORE = /\b(?:(?:[Bb]y|[Bb]efore|[Uu]ntil|[Aa]t|[Tt]oward|[Tt]owards) )?[Tt]he /y;
const MAX_BEFORE_END = 'towards the '.length;
/** After "end": " of the year", " of this month" (sticky). */
const END_PERIOD_AFTER = / of (?:the|this) (?:year|month)\b/y;

/**
 * "the end of the year", "by the end of this month": the year's last third or the month's last days, the reference's;
 * a deadline ("by", "before", "until") runs from the reference to the period's end.
 */
function readPeriodEnd(text: string, start: number, end: number, reference: Day | null): Phrase {
  if (reference === null) return { start, end, value: null, rangeEnd: null, relative: true };
  const date = new Date(reference);
  const wholeYear = text.endsWith('year', end);
  const deadline = /^(?:[Bb]y|[Bb]efore|[Uu]ntil) /.test(text.slice(start, end));
  // "The end of the year was hard", written in March: the year before; not a deadline of a plan reported in the past
  // ("said crews expected to finish by the end of the year").
  const planned = deadline && PLAN_BEFORE.test(text.slice(Math.max(0, start - PLAN_BEFORE_CHARS), start));
  const year = date.getUTCFullYear() - (wholeYear && !planned && date.getUTCMonth() < 8 && looksBack(text, start) ? 1 : 0);
  const month = date.getUTCMonth() + 1;
  // The last third of a year (as "late 2024" reads), the last ten days or so of a month.
  const first = wholeYear ? isoDate(year, 9, 1)! : isoDate(year, month, 21)!;
  const last = wholeYear ? isoDate(year, 12, 31)! : isoDate(year, month, daysInMonth(year, month))!;
  if (deadline && reference <= dayOf(last)) return { start, end, value: iso(reference), rangeEnd: last, relative: true };
  return { start, end, value: first, rangeEnd: last, relative: true };
}

/**
 * "on Election Day", "since Christmas", "last Thanksgiving", "Christmas 2015": the holiday of the year written, else
 * the one "last", "this" or "next" points to, else the last one if it was at most months ago, but the next one in a
 * sentence about the future.
 */
function readHoliday(text: string, start: number, end: number, word: string, reference: Day | null): Phrase {
  const dayIn = HOLIDAY_BY_WRITING.get(word)!;
  const written = YEAR_AFTER.exec(text.slice(start + word.length, end));
  if (written) {
    const day = dayIn(+written[1]);
    return { start, end, value: day === null ? null : iso(day), rangeEnd: null, relative: false };
  }
  const modifier = /\b(last|this|next) $/i.exec(text.slice(Math.max(0, start - 5), start))?.[1].toLowerCase();
  const phraseStart = modifier ? start - modifier.length - 1 : start;
  if (reference === null) return { start: phraseStart, end, value: null, rangeEnd: null, relative: true };
  const year = new Date(reference).getUTCFullYear();
  // Of the five years around the reference, the holiday's last day up to it and its first from it on.
  const days = [dayIn(year - 2), dayIn(year - 1), dayIn(year), dayIn(year + 1), dayIn(year + 2)];
  const last = [...days].reverse().find((day) => day !== null && day <= reference) ?? null;
  const next = days.find((day) => day !== null && day >= reference) ?? null;
  let day: Day | null;
  if (modifier === 'this') day = dayIn(year);
  else if (modifier === 'last') day = last;
  else if (modifier === 'next') day = next;
  // "since Christmas" is always the last one.
  else if (followsSince(text, start)) day = last;
  else day = last === null || reference - last > HOLIDAY_DAYS_BACK * DAY_MS || speaksOfFuture(text, start) || (followsDeadlineWord(text, start) && !looksBack(text, start)) ? next : last;
  return { start: phraseStart, end, value: day === null ? null : iso(day), rangeEnd: null, relative: true };
}

/**
 * "in 2019" (the year alone is the phrase), "in early 2024", "by the end of 2025": the year, a third of it, or, for a
 * deadline, the days from the reference to the year's end; "between 2008 and 2022", "from 2008 to 2022": the years.
 */
function readYear(text: string, start: number, end: number, reference: Day | null): Phrase {
  const year = +text.slice(end - 4, end);
  const lead = text.slice(start, end - 4);
  if (/^(?:[Bb]etween|[Ff]rom) \d/.test(lead + text.charAt(end - 4))) {
    const last = RANGE_END_YEAR.exec(text.slice(end, end + 15));
    if (last) return { start: end - 4, end: end + last[0].length, value: isoDate(year, 1, 1), rangeEnd: isoDate(+last[1], 12, 31), relative: false };
  }
  const the = lead.indexOf('the ');
  // "as early as 2021" is the year itself, not its early months.
  const modifier = lead.startsWith('as ') || lead.startsWith('As ') ? null : /(?:early|beginning|start|mid|middle|late|end)\b/.exec(lead);
  if (!modifier) return { start: end - 4, end, value: isoDate(year, 1, 1), rangeEnd: isoDate(year, 12, 31), relative: false };
  const phraseStart = start + (the >= 0 ? the : modifier.index);
  const last = isoDate(year, 12, 31);
  if (modifier[0] === 'end' && the > 0 && reference !== null && last && reference <= dayOf(last)) return { start: phraseStart, end, value: iso(reference), rangeEnd: last, relative: false };
  const [first, through] = YEAR_THIRDS[modifier[0]];
  return { start: phraseStart, end, value: isoDate(year, first, 1), rangeEnd: isoDate(year, through, daysInMonth(year, through)), relative: false };
}

/** The months each word of a year's part covers. */
const YEAR_THIRDS: Record<string, [number, number]> = {
  early: [1, 4], beginning: [1, 4], start: [1, 4], mid: [5, 8], middle: [5, 8], late: [9, 12], end: [9, 12],
};

/** "the 1990s" (ten years), "the early 1970s" (the first four), "the mid-1980s", "the late 1990s" (the last three). */
function readDecade(text: string, start: number, end: number): Phrase {
  const decade = +text.slice(end - 5, end - 1);
  const lead = text.slice(start, end - 5);
  const [first, last] = lead.includes('early') ? [0, 3] : lead.includes('mid') ? [4, 6] : lead.includes('late') ? [7, 9] : [0, 9];
  return { start, end, value: isoDate(decade + first, 1, 1), rangeEnd: isoDate(decade + last, 12, 31), relative: false };
}

/**
 * "the spring of 2021" is that year's; "in the fall" is the latest one begun, or in a sentence about the future the
 * first one not over.
 */
function readSeason(text: string, start: number, end: number, word: string, reference: Day | null): Phrase {
  const [firstMonth, lastMonth] = SEASONS[word];
  const named = SEASON_YEAR_AFTER.exec(text.slice(start + 4 + word.length, end));
  const range = (year: number): [Day, Day] => [Date.UTC(year, firstMonth - 1, 1), Date.UTC(year, lastMonth, 0)];
  return periodOfYear(text, start, end, range, named ? +named[1] : null, reference);
}

/** The ordinals of a year's quarters. */
const QUARTERS = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['last', 4], ['final', 4]]);
/** Before "quarter" or "half": "the third quarter", "third-quarter results", "the second half". */
const QUARTER_BEFORE = /(?:\b[Tt]he )?\b(first|second|third|fourth|last|final)[ -]$/;
/** After "quarter" or "Q3": its year, "the third quarter of 2024", "Q3 2024". */
const QUARTER_YEAR_AFTER = /^(?: of|,)? ((?:19|20)\d\d)\b(?![.,]?\d|%)/;

/**
 * "the third quarter (of 2024)", "Q3 2024", found from "quarter" or "Q3"; a bare "the fourth quarter" only in a sentence
 * about money ("profit fell in the fourth quarter", not "scored in the fourth quarter"). "The second half of 2025" only
 * with its year ("half" is mostly a share: "half of voters").
 */
function quarterFound(text: string, word: string, found: number, end: number): FoundPhrase | null {
  const before = word.charCodeAt(0) === 0x51 ? null : QUARTER_BEFORE.exec(text.slice(Math.max(0, found - 11), found));
  const after = text.slice(end, end + RELATIVE_YEAR_AFTER_CHARS);
  const year = QUARTER_YEAR_AFTER.exec(after) ?? RELATIVE_YEAR_AFTER.exec(after);
  if (word.charCodeAt(0) !== 0x51 && !before) return null;
  if (word === 'half' && (!year || (before![1] !== 'first' && before![1] !== 'second' && before![1] !== 'last'))) return null;
  if (before && !year && !FINANCIAL_WORDS.test(sentenceAround(text, found))) return null;
  return { start: before ? found - before[0].length : found, end: year ? end + year[0].length : end, kind: 'quarter' };
}

/** After a quarter or a half: the year counted from the text's own, "of next year", "of the year", "of this year". */
const RELATIVE_YEAR_AFTER = /^ of (?:(?:this|next|last) year|the (?:current )?year)\b/;
const RELATIVE_YEAR_AFTER_CHARS = ' of the current year'.length;
/** The end of such a phrase, with the years it counts from the reference's. */
const RELATIVE_YEAR_END = /\b(next|last|this|the|current) year$/;
const YEAR_STEPS: Record<string, number> = { next: 1, last: -1 };

/** Words of a sentence about a company's or a country's accounts. */
const FINANCIAL_WORDS = /\b(?:profits?|revenues?|earnings|sales|growth|economy|GDP|results|loss(?:es)?|shares|quarterly|fiscal|income|margins?|percent|demand|output|production|prices|inflation|exports|imports|supply|deliveries|orders|spending|investment|dividends?|forecasts?|guidance|delivered|shipped|shipments|sold|units|vehicles|subscribers|customers|year-over-year|year-on-year)\b|%/i;

/** The sentence holding `offset`: from `sentenceBefore` to the next period and space, or the line's end. */
function sentenceAround(text: string, offset: number): string {
  const window = text.slice(offset, offset + 160);
  // "By Jan. 18, … Obama was winning": an abbreviation's period ends no sentence.
  const end = firstStop(text, offset, window, SENTENCE_STOP);
  return sentenceBefore(text, offset) + (end < 0 ? window : window.slice(0, end));
}

/** A quarter or half of its year, else the latest one begun, or in a sentence about the future the first one not over. */
function readQuarter(text: string, start: number, end: number, reference: Day | null): Phrase {
  const phrase = text.slice(start, end);
  const ordinal = /(first|second|third|fourth|last|final)|Q([1-4])/.exec(phrase)!;
  const half = phrase.includes('half');
  // "the last half" is the second.
  const part = ordinal[1] ? Math.min(QUARTERS.get(ordinal[1])!, half ? 2 : 4) : +ordinal[2];
  const named = /((?:19|20)\d\d)$/.exec(phrase);
  const months = half ? 6 : 3;
  const range = (year: number): [Day, Day] => [Date.UTC(year, part * months - months, 1), Date.UTC(year, part * months, 0)];
  const counted = RELATIVE_YEAR_END.exec(phrase);
  if (counted && reference !== null) {
    const [first, last] = range(new Date(reference).getUTCFullYear() + (YEAR_STEPS[counted[1]] ?? 0));
    return { start, end, value: iso(first), rangeEnd: iso(last), relative: true };
  }
  // "will report fourth-quarter results": results are of a quarter begun, whatever the tense.
  const reported = RESULTS_AFTER.test(text.slice(end, end + RESULTS_AFTER_CHARS));
  return periodOfYear(text, start, end, range, named ? +named[1] : null, reference, !reported);
}

/** After a quarter: the results of one begun ("fourth-quarter results", "the third quarter's earnings"). */
const RESULTS_AFTER = /^(?:['’]s)? (?:(?:financial|earnings|sales|delivery|full|final|preliminary) )?(?:results|earnings)\b/;
const RESULTS_AFTER_CHARS = 40;

/** The phrase of a period of a year (a season, a quarter): of `year` if the text names it, else of `nearestYear`. */
function periodOfYear(text: string, start: number, end: number, range: (year: number) => [Day, Day], year: number | null, reference: Day | null, mayLieAhead = true): Phrase {
  if (year === null && reference === null) return { start, end, value: null, rangeEnd: null, relative: true };
  // "by the summer": a deadline lies ahead, as the future does.
  const ahead = year === null && mayLieAhead && (speaksOfFuture(text, start) || (followsDeadlineWord(text, start) && !looksBack(text, start)));
  const [first, last] = range(year ?? nearestYear(range, reference!, ahead));
  return { start, end, value: iso(first), rangeEnd: iso(last), relative: year === null, ...(year === null ? {} : { writtenYear: year }) };
}

/** The year whose period `range` gives is the latest one begun by the reference, or, for the future, the first not over. */
function nearestYear(range: (year: number) => [Day, Day], reference: Day, future: boolean): number {
  let year = new Date(reference).getUTCFullYear() - 1;
  if (future) while (range(year)[1] < reference) year++;
  else while (range(year + 1)[0] <= reference) year++;
  return year;
}

/** Whether a capitalized word ends right before `start`, one space away: the word at `start` continues a name. */
const SHOW_AFTER = /^ (?:programme|program|show)\b/;
const POSSESSIVE_BEFORE = /['’ʼ]s $/;

/** Whether the day word at [start, end) is a show's name: a show's noun after it, or a possessive before it. */
function namesShow(text: string, start: number, end: number): boolean {
  return SHOW_AFTER.test(text.slice(end, end + 11)) || POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 3), start));
}

function followsName(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  let wordStart = start - 1;
  while (wordStart > 0 && isRegexWordCode(text.charCodeAt(wordStart - 1))) wordStart--;
  return wordStart < start - 1 && isUpper(text.charAt(wordStart));
}

function shifted(start: number, end: number, reference: Day | null, days: number): Phrase {
  return { start, end, value: reference === null ? null : iso(reference + days * DAY_MS), rangeEnd: null, relative: true };
}

function readMonth(text: string, word: string, month: number, start: number, end: number, reference: Day | null): Phrase | null {
  const after = text.slice(end, end + 24);
  const day = DAY_AFTER.exec(after);
  if (day) {
    const phraseEnd = end + day[0].length;
    const explicitYear = day[3] ? +day[3] : null;
    const year = explicitYear ?? dayYear(month, +day[1], text, start, reference);
    if (year === null) return { start, end: phraseEnd, value: null, rangeEnd: null, relative: false };
    const value = isoDate(year, month, +day[1]);
    if (!value) return null;
    return { start, end: phraseEnd, value, rangeEnd: day[2] ? isoDate(year, month, +day[2]) : null, relative: false, ...yearFacts(explicitYear) };
  }
  // Read only now: most months have their day after them ("February 18").
  const before = text.slice(Math.max(0, start - 30), start);
  const dayBefore = DAY_BEFORE.exec(before);
  if (dayBefore) {
    const yearMatch = YEAR_AFTER.exec(after);
    const phraseStart = start - dayBefore[0].length;
    const phraseEnd = yearMatch ? end + yearMatch[0].length : end;
    const lastDay = +dayBefore[2];
    const firstDay = dayBefore[1] ? +dayBefore[1] : lastDay;
    const year = yearMatch ? +yearMatch[1] : dayYear(month, firstDay, text, phraseStart, reference);
    const value = year === null ? null : isoDate(year, month, firstDay);
    const rangeEnd = year !== null && firstDay < lastDay ? isoDate(year, month, lastDay) : null;
    return year !== null && !value ? null : { start: phraseStart, end: phraseEnd, value, rangeEnd, relative: false, ...yearFacts(yearMatch ? +yearMatch[1] : null) };
  }
  // "April Ryan", "May Day": a bare month followed by a capitalized word is a name.
  if (ABBREVIATED_MONTH.test(word) || NAME_AFTER.test(after)) return null;
  const yearMatch = YEAR_AFTER.exec(after);
  const modifier = MONTH_MODIFIER.exec(before);
  // "November's election", "while November's figure was revised": a month's possessive names that month, the nearest
  // whatever verb comes before it ("Cross called November's election …") (not a name's, "Theresa May's", nor one of the
  // months that are given names too).
  const possessive = POSSESSIVE_MONTH_AFTER.test(after) && !GIVEN_NAME_MONTHS.has(word) && !NAME_WORD_BEFORE.test(before);
  // ("cuts for October", "set for November"; not "support for May", a name as often.)
  const forMonth = FOR_BEFORE.test(before) && !GIVEN_NAME_MONTHS.has(word);
  if (!yearMatch && !modifier && !BARE_MONTH_CUE.test(before) && !possessive && !forMonth) return null;
  const phraseStart = modifier ? start - modifier[0].length : start;
  const phraseEnd = yearMatch ? end + yearMatch[0].length : end;
  const near = yearMatch ? +yearMatch[1] : yearNear(month, 1, reference);
  // "proclaimed in July", "as recently as July": a past verb's month is the last one, not a July to come.
  // "since October", "Choi won the election in December": a time gone by, or a finite verb in the past before it.
  // "were “certain” to vote in November": an infinitive's month lies ahead of the verb it follows (not of a past one,
  // "appeared to dismiss the issue in October").
  // "The judge ruled in August", "the deal reached in July": a past participle right before "in" tells of a month gone by,
  // unless it plans one ("a vote scheduled in November") or, without a particle, the sentence's verb is to come ("will
  // appear on bills mailed in October"; not "going to report what Iowans voted for in June").
  // "who retires in January", "which takes effect in March": a verb in the present tells of one to come.
  const infinitive = INFINITIVE_IN_BEFORE.test(before);
  const participle = PAST_VERB_BEFORE.exec(before);
  const past = !yearMatch && !modifier && !infinitive && !possessive && (PAST_VERB_IN.test(before) || before.endsWith('as recently as ') || SINCE_BEFORE.test(before) || FINITE_PAST_IN.test(before)
    || (participle !== null && !VERBS_OF_PLANS.has(participle[1]) && (participle[2] !== undefined || !futureBefore(text, start)))) && !speaksOfFuture(text, start);
  let year = near;
  if (near !== null && reference !== null && !yearMatch) {
    const days = daysInMonth(near, month);
    year = past && Date.UTC(near, month - 1, 1) > reference ? near - 1
      : PRESENT_VERB_IN.test(before) && Date.UTC(near, month - 1, days) < reference ? near + 1 : yearAhead(near, month, days, text, start, reference);
    // "The stakes in November could not be higher", written in April: a month of this year more than half a year ahead,
    // in a sentence with no verb in the past, is still this year's.
    // ("up for grabs this November": a month after "this" is this year's, whatever the sentence's tense.)
    const thisYear = near + 1;
    const thisMonth = modifier !== null && /^this /i.test(modifier[0]);
    if (!past && year === near && thisYear === new Date(reference).getUTCFullYear() && Date.UTC(thisYear, month - 1, 1) - reference <= MONTHS_AHEAD_DAYS * DAY_MS
      && !SINCE_BEFORE.test(before) && (infinitive || thisMonth || !PAST_IN_SENTENCE.test(sentenceAround(text, start)))) year = thisYear;
  }
  if (year === null) return { start: phraseStart, end: phraseEnd, value: null, rangeEnd: null, relative: true };
  const [value, rangeEnd] = monthPart(year, month, modifier?.[0].toLowerCase() ?? '', reference);
  return { start: phraseStart, end: phraseEnd, value, rangeEnd, relative: !yearMatch, ...yearFacts(yearMatch ? +yearMatch[1] : null) };
}

/** `writtenYear` or `yearless` for a month phrase, from the year written after it (or none). */
function yearFacts(written: number | null): Pick<Phrase, 'writtenYear' | 'yearless'> {
  return written === null ? { yearless: true } : { writtenYear: written };
}

/** The days a month phrase covers: "early May", "the end of February", "by the end of February". */
function monthPart(year: number, month: number, modifier: string, reference: Day | null): [string | null, string | null] {
  if (/^(?:early|the beginning of|the start of)/.test(modifier)) return monthRange(year, month, 1, 10);
  if (/^(?:mid|the middle of)/.test(modifier)) return monthRange(year, month, 11, 20);
  if (/^late/.test(modifier)) return monthRange(year, month, 21);
  if (/the end of $/.test(modifier)) {
    const [, last] = monthRange(year, month);
    // "By the end of February" is a deadline: from now until the month ends.
    if (/^(?:by|until|before) /.test(modifier) && reference !== null && last && reference <= dayOf(last)) return [iso(reference), last];
    return monthRange(year, month, 21);
  }
  // Counted from the reference's own year: `year` may already be last year's ("last October" in February is the one before it).
  if (reference !== null && /^(?:last|next)/.test(modifier)) {
    const referenceYear = new Date(reference).getUTCFullYear();
    if (modifier.startsWith('last')) return monthRange(month >= monthOf(reference) ? referenceYear - 1 : referenceYear, month);
    return monthRange(month <= monthOf(reference) ? referenceYear + 1 : referenceYear, month);
  }
  return monthRange(year, month);
}

function monthOf(day: Day): number {
  return new Date(day).getUTCMonth() + 1;
}

/** "will report on February 27", "the meeting in May will …": in a sentence about the future, a day already past is next year's. */
function yearAhead(year: number | null, month: number, day: number, text: string, start: number, reference: Day | null): number | null {
  if (year === null || reference === null || Date.UTC(year, month - 1, day) >= reference || followsSince(text, start)) return year;
  // Only a deadline word before it counts: "before the March 15 deadline" may be a month gone by, not next year's.
  // ("Her hearing had been set for March 14": a plan gone by, of a day this year, not the next.)
  if (PLAN_GONE_BY.test(ownSentenceBefore(text, start))) return year;
  return speaksOfFuture(text, start) || (followsDeadlineWord(text, start) && !looksBack(text, start)) ? year + 1 : year;
}

/**
 * "restore the schedule by Tuesday", "until Friday", "a Friday deadline": a day set as a deadline lies ahead, unless
 * the sentence looks back ("By Friday, the storm had passed").
 */
function setsDeadline(text: string, phraseStart: number, phraseEnd: number): boolean {
  // "By Friday afternoon, a faint smell hung over the creek": a deadline opening its sentence is ahead only if the
  // clause after it speaks of the future.
  if (OPENING_BY.test(sentenceBefore(text, phraseStart))) return speaksOfFutureAfter(text, phraseStart);
  const at = withoutClockTimeBefore(text, phraseStart);
  if ((followsDeadlineWordAt(text, at) || text.startsWith(' deadline', phraseEnd)) && !looksBack(text, phraseStart)) return true;
  // "A red flag warning is in effect through 8 p.m. Wednesday" (not "The fair ran through Sunday").
  // ("taken Wednesday through Sunday" is a range, ordered as one.)
  return wordsEndAt(text, at, 'through ') && !text.startsWith('day ', at - 12) && !PAST_IN_SENTENCE.test(sentenceAround(text, phraseStart));
}

function looksBack(text: string, offset: number): boolean {
  return PAST_VERB.test(sentenceAround(text, offset)) || PAST_BEFORE_BY.test(text.slice(Math.max(0, offset - PAST_BEFORE_BY_CHARS), offset));
}
/** "had been set for", "had been scheduled to": a plan the sentence tells as over. */
const PLAN_GONE_BY = /\bhad been (?:set|scheduled|planned|slated|due)\b/;
/** "expected to finish ", "would be ready ", "plans to open the site ": what is planned for a deadline after it. */
const PLAN_BEFORE = /\b(?:to|will|would|could|should|must|can|might|may|expected|expects|plans?|planned|aims?|aimed|hopes?|hoped)(?: [\w’'-]+){0,3} $/;
const PLAN_BEFORE_CHARS = 48;
/** "since December", "since their Oct. 13 debate": a time gone by. */
const SINCE_BEFORE = /\bsince (?:\w+ )?$/i;
const SINCE_CHARS = 12;

/** Whether "since" (and a word) stands right before `offset`: "since June", "since their Oct. 13 debate". */
function followsSince(text: string, offset: number): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(0, offset - SINCE_CHARS), offset));
}

/** The year of a month and day written without one: the reference year, unless that lands months ahead. */
function yearNear(month: number, day: number, reference: Day | null): number | null {
  if (reference === null) return null;
  const year = new Date(reference).getUTCFullYear();
  const candidate = Date.UTC(year, month - 1, day);
  return candidate - reference > HALF_YEAR_DAYS * DAY_MS ? year - 1 : year;
}
const HALF_YEAR_DAYS = 183;

/**
 * The year of a day written without one: the nearest, moved on by words of the future or a deadline, or to the next
 * year when that lies over half a year back and its sentence tells of nothing past ("Whoever walks into that building
 * on January 20 will find …", written in November).
 */
function dayYear(month: number, day: number, text: string, start: number, reference: Day | null): number | null {
  const year = yearAhead(yearNear(month, day, reference), month, day, text, start, reference);
  // "The ceasefire has held since Oct. 10", written in September: a day counted from is gone by.
  if (year !== null && reference !== null && Date.UTC(year, month - 1, day) > reference && followsSince(text, start)) return year - 1;
  if (year === null || reference === null || reference - Date.UTC(year, month - 1, day) <= HALF_YEAR_DAYS * DAY_MS) return year;
  return PAST_IN_SENTENCE.test(sentenceAround(text, start)) ? year : year + 1;
}

/** "with four days to go before Monday's caucuses": a day counted down to is one to come. */
const COUNTDOWN_BEFORE = /\b(?:days?|weeks?|hours?) (?:to go|left|remaining) (?:before|until) $/;
const COUNTDOWN_CHARS = 32;
/** "Game 6 is Friday", "The deadline is on Tuesday": a day set by a present "is" is one to come ("was" looks back). */
const SCHEDULE_BEFORE = /\b(?:(?:is|are)(?: on)?|for) $/;
/**
 * "Nominations open on Wednesday", "who takes office Monday", "Polls open at 6:30 a.m. Tuesday": a verb of a start or
 * an end in the present, right before the day (and its time), sets a day to come.
 */
function opensOnDay(text: string, phraseStart: number): boolean {
  const at = withoutClockTimeBefore(text, phraseStart);
  return PRESENT_START_BEFORE.test(text.slice(Math.max(0, at - PRESENT_START_CHARS), at));
}
// (A verb's plain form after a plural subject or a name only: "got off to a rocky start Monday" is a noun's.)
const PRESENT_START_BEFORE = /\b(?:(?:[A-Za-z]+s|\p{Lu}\p{L}+) (?:open|begin|start|end|close|resume|reconvene|expire|take (?:office|effect)|kick off)|(?:open|begin|start|end|close|resume|reconvene|expire)s|takes (?:office|effect)|kicks off)(?: on| at)? $/u;
const PRESENT_START_CHARS = 24;
/** "… mourning starting on Wednesday", "a curfew beginning Friday": a start that an announcement sets lies ahead of it. */
const STARTING_BEFORE = /\b(?:starting|beginning|effective) (?:on |from )?$/;
const STARTING_CHARS = 16;
const ANNOUNCING_VERB = /\b(?:announced|declared|ordered|imposed|decided|decreed|introduced|unveiled|said)\b/;

function startsAfterAnnouncement(text: string, start: number): boolean {
  return STARTING_BEFORE.test(text.slice(Math.max(0, start - STARTING_CHARS), start)) && ANNOUNCING_VERB.test(ownSentenceBefore(text, start));
}

/** "Wednesday's scheduled session": what a weekday's plans are set for lies ahead. */
const PLANNED_AFTER = /^['’]s (?:scheduled|planned|upcoming|expected|proposed)\b/;
const PLANNED_AFTER_CHARS = 14;

/** After a weekday: "Friday last week", "Monday next week". */
const WEEK_AFTER = /^ (last|next|this) week\b/;

/**
 * "“Fox News Sunday”", "The Sunday Read", "the Sunday Times": a weekday inside the name of a show or a paper; a show's
 * name closed by its quote mark (a weekday after a place, "in West Palm Beach Tuesday", is a date).
 */
const NAMED_BEFORE_WEEKDAY = /\b\p{Lu}[\p{L}.’'-]* \p{Lu}[\p{L}.’'-]* $/u;
const CLOSING_MARK_AFTER = /^[.,]?(?:[”"]|'')/;
const THE_BEFORE_WEEKDAY = /\b[Tt]he $/;
const NAME_WORD_AFTER = /^ (\p{Lu}\p{Ll}+)/u;

function isWeekdayInName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (NAMED_BEFORE_WEEKDAY.test(before) && CLOSING_MARK_AFTER.test(text.slice(end, end + 3))) return true;
  const after = NAME_WORD_AFTER.exec(text.slice(end, end + 12));
  return THE_BEFORE_WEEKDAY.test(before) && after !== null && monthNumber(after[1]) === undefined;
}

/** "later Monday", "earlier Monday": the day the story was written. */
const SAME_DAY_BEFORE = /\b(?:[Ll]ater|[Ee]arlier) $/;

function readWeekday(text: string, target: number, start: number, end: number, reference: Day | null): Phrase | null {
  PLURAL_AFTER.lastIndex = end;
  // ("Sunday school" is every Sunday's.)
  if (PLURAL_AFTER.test(text) || isWeekdayInName(text, start, end) || text.startsWith(' school', end)) return null;
  const before = text.slice(Math.max(0, start - 8), start);
  const modifier = WEEKDAY_MODIFIER.exec(before);
  // "the last Friday of term" is a day of a period, counted from its end, not the Friday before the reference.
  if (modifier && text.startsWith(' of ', end)) return null;
  if (!modifier && ANY_WEEKDAY_BEFORE.test(text.slice(Math.max(0, start - ANY_WEEKDAY_CHARS), start))) return null;
  const part = PART_OF_DAY.exec(text.slice(end, end + 10));
  const phraseStart = modifier ? start - modifier[0].length : start;
  // "on Friday last week": the day of the week named after it.
  const week = part ? null : WEEK_AFTER.exec(text.slice(end, end + 11));
  const phraseEnd = part ? end + part[0].length : week ? end + week[0].length : end;
  if (reference === null) return { start: phraseStart, end: phraseEnd, value: null, rangeEnd: null, relative: true };
  if (week) {
    const weeks = week[1] === 'last' ? -7 : week[1] === 'next' ? 7 : 0;
    return { start: phraseStart, end: phraseEnd, value: iso(weekStart(reference) + (weeks + ((target + 6) % 7)) * DAY_MS), rangeEnd: null, relative: true };
  }
  const today = weekdayOf(reference);
  const which = modifier?.[0].trim().toLowerCase();
  let offset: number;
  if (which === 'next' || which === 'coming') {
    offset = ((target - today + 7) % 7) || 7;
    // "next Thursday", written on a Wednesday, is the Thursday of next week ("this Thursday" is tomorrow); "next
    // Monday" on a Saturday, or "next Friday" on a Tuesday, the nearest one.
    if (which === 'next' && offset <= 2 && (target + 6) % 7 > (today + 6) % 7) offset += 7;
  }
  else if (which === 'this') offset = ((target + 6) % 7) - ((today + 6) % 7);
  else if (which === 'last' || which === 'past') offset = -(((today - target + 7) % 7) || 7);
  // "when he speaks later Monday", "earlier Monday": the day the story was written, whatever the tense.
  else if (SAME_DAY_BEFORE.test(before)) offset = -((today - target + 7) % 7);
  // News reports the past ("on Tuesday" is the Tuesday before), unless the sentence speaks of the future, or sets a
  // deadline ("restore the schedule by Tuesday", "until Friday", "a Friday deadline"; not "by Friday the storm had passed").
  else if (speaksOfFuture(text, start) || setsDeadline(text, phraseStart, phraseEnd) || SCHEDULE_BEFORE.test(before) || COUNTDOWN_BEFORE.test(text.slice(Math.max(0, start - COUNTDOWN_CHARS), start))
    || opensOnDay(text, phraseStart) || startsAfterAnnouncement(text, start) || PLANNED_AFTER.test(text.slice(end, end + PLANNED_AFTER_CHARS))) {
    offset = (target - today + 7) % 7;
  }
  else offset = -((today - target + 7) % 7);
  return { start: phraseStart, end: phraseEnd, value: iso(reference + offset * DAY_MS), rangeEnd: null, relative: true };
}

/**
 * Whether the sentence before `offset` speaks of the future, and no past verb ("was approved") follows those words. A
 * quote before the offset is someone's words, not the sentence's tense ("“We'll win,” she said in July").
 */
function speaksOfFuture(text: string, offset: number): boolean {
  const verb = PAST_VERB_BEFORE.exec(text.slice(Math.max(0, offset - 24), offset));
  if (verb && !VERBS_OF_PLANS.has(verb[1])) return false;
  const sentence = ownSentenceBefore(text, offset);
  // "On Friday, the council will vote", "The final night, on Thursday, will feature …": a date opening its sentence or
  // set off by commas goes with the verb after it.
  if ((OPENING_DATE_WORDS.test(sentence) || SET_OFF_DATE_BEFORE.test(sentence)) && speaksOfFutureAfter(text, offset)) return true;
  FUTURE.lastIndex = 0;
  let after = -1;
  while (nextFuture(sentence)) after = FUTURE.lastIndex;
  if (after < 0) return false;
  for (let at = sentence.indexOf(' ', after); at >= 0; at = sentence.indexOf(' ', at + 1)) {
    PAST_AUXILIARY.lastIndex = at + 1;
    // "will be announced on Saturday", "would remain closed through Wednesday": a participle after "be" is the future's
    // passive, after "remain" or "stay" its state.
    if (PAST_AUXILIARY.test(sentence) && !STATE_VERB_BEFORE.test(sentence.slice(Math.max(0, at - 7), at))) return false;
  }
  return true;
}

/** The next words of the future in `sentence` from FUTURE.lastIndex, else null: "may" only in lower case ("May" is the month). */
function nextFuture(sentence: string): RegExpExecArray | null {
  for (let match = FUTURE.exec(sentence); match; match = FUTURE.exec(sentence)) if (match[0] !== 'May') return match;
  return null;
}

/** Whether the words of the future stand in the sentence before `offset` (outside a quote before it). */
function futureBefore(text: string, offset: number): boolean {
  FUTURE.lastIndex = 0;
  return nextFuture(ownSentenceBefore(text, offset)) !== null;
}

/** The sentence before `offset`, after any quote in it: a quote's words are someone's, not the sentence's tense. */
function ownSentenceBefore(text: string, offset: number): string {
  const before = sentenceBefore(text, offset);
  return withoutNamedWill(before.slice(lastQuoteMark(before) + 1));
}

/** "Gov. Will Lockwood signed it on Friday": "Will" inside a sentence before a capital is a name, not the future. */
const NAMED_WILL = /(?<=\S )Will(?= \p{Lu})/gu;

/** `words` with each "Will" that `NAMED_WILL` finds masked, its length kept. */
function withoutNamedWill(words: string): string {
  return words.includes('Will') ? words.replace(NAMED_WILL, 'W_ll') : words;
}

/** A sentence that looks back at a deadline: "By Friday, the storm had passed", "By Monday, the shallows were full". */
const PAST_VERB = /\b(?:had|was|were)\b/;
const STATE_VERB_BEFORE = / (?:be|remain|stay)$/;
/** "By " alone before a date: the deadline opens its sentence. */
const OPENING_BY = /^\s*By $/;
/** What may stand before a date that opens its sentence: "On Friday, …", "From Monday, …", "In March, …". */
const OPENING_DATE_WORDS = /^\s*(?:(?:on|from|by|in|starting|beginning|until|since|next|this|early|late)\s*)?$/i;
/** What stands right before a date set off by commas: "The final night, on Thursday, …". */
const SET_OFF_DATE_BEFORE = /,\s*(?:on\s+)?$/i;
/** How far the clause after a date opening its sentence is read for its tense. */
const CLAUSE_AFTER_CHARS = 100;

/**
 * "On Friday, the council will vote", "From Monday, we will shut …": the clause after a date opening its sentence
 * speaks of the future before any verb in the past ("On Tuesday, the company said it would …" is Tuesday past).
 */
function speaksOfFutureAfter(text: string, offset: number): boolean {
  const rest = text.slice(offset, offset + CLAUSE_AFTER_CHARS);
  // "On Sunday, Mrs. Harrington is scheduled to …": an abbreviation's period ends no clause.
  const stop = firstStop(text, offset, rest, CLAUSE_STOP);
  const clause = withoutNamedWill(stop < 0 ? rest : rest.slice(0, stop));
  FUTURE.lastIndex = 0;
  const future = nextFuture(clause);
  return future !== null && !PAST_VERB_IN_CLAUSE.test(clause.slice(0, future.index));
}

/** The future as of the text's own date ("will", "won't", "'ll"), not the future in the past ("would"). */
const WILL_BEFORE = /\b(?:will|won[’'ʼ]t|shall)\b|[’'ʼ]ll\b/i;
const SENTENCE_STOP = /\. |\n/;
/** The end of a sentence, closing quote marks included, or an "and" that may join a later deed. */
const SENTENCE_OR_AND_STOP = /[.?!][”"’']? |\n| and /;
/** "last July", "this March": a month the words before it place, not the sentence's year. */
const RELATIVE_MONTH = /^(?:last|next|this|past|coming) /i;
const THE_BEFORE = /\bthe $/i;
const YEAR_ALONE = /^\d{4}$/;
const CLAUSE_STOP = /[.!?;"“”]/;

/** Where in `window` (the text from `offset`) `stops` first matches, passing over an abbreviation's period; -1 if nowhere. */
function firstStop(text: string, offset: number, window: string, stops: RegExp): number {
  for (let from = 0; ;) {
    const found = window.slice(from).search(stops);
    if (found < 0) return -1;
    const at = from + found;
    if (window[at] !== '.' || !endsAbbreviation(text, offset + at)) return at;
    from = at + 1;
  }
}

/** Verbs only ever finite and in the past (not "set" or "put", which may be an infinitive's). */
const FINITE_PAST = 'did|began|met|went|came|took|gave|saw|spoke|won|lost|became|bought|sold|paid|built|sent|spent|brought|fought|rose|fell|grew|ran|wrote|laid|made|held|led|left|kept|found|heard|knew|chose|broke|drew|struck';
/**
 * "drew more than 4,000 comments by Thursday": a verb in the past and its object, with no infinitive or modal, before
 * "by" (not a passive's participle: "be made public by Jan. 29").
 */
const PAST_BEFORE_BY = new RegExp(`(?<!\\b(?:be|been|being) )\\b(?:${FINITE_PAST}|[a-z]{3,}ed)(?: (?!(?:to|will|would|could|should|can|may|might|must|be)\\b)[\\w’',-]+){0,4} by $`);
const PAST_BEFORE_BY_CHARS = 64;
/**
 * "to vote in ", "to reopen the plant in ": an infinitive and its object before a month, after no verb in the past
 * ("came to light in November" is no infinitive).
 */
const INFINITIVE_IN_BEFORE = new RegExp(`(?<!\\b(?:[a-z]+ed|${FINITE_PAST}) )\\bto [a-z]+(?: [\\w’'-]+){0,2} in $`);
/** "who retires in ", "which takes effect in ", "she steps down in ": a verb in the present before a month. */
const PRESENT_VERB_IN = /\b(?:who|which|that|he|she|it) (?!(?:was|has|is|does|says)\b)[a-z]+[a-rt-z]s(?: (?:down|up|off|out|over|effect|office))? in $/;
/** How far ahead a month with no year may lie in a sentence with no past verb. */
const MONTHS_AHEAD_DAYS = 245;
/** Any verb in the past ("was", "had", "said", a word in -ed, an irregular past), or a time gone by ("ago", "last"). */
const PAST_IN_SENTENCE = new RegExp(`\\b(?:was|were|had|did|said|told|saw|[a-z]{2,}ed|ago|last|${[...IRREGULAR_PAST].join('|')})\\b`, 'i');
/** A verb only ever finite and in the past, a few words before "in": "Choi won the election in ", "went there in ". */
const FINITE_PAST_IN = new RegExp(`\\b(?:${FINITE_PAST})(?: [\\w’'-]+){0,4} in $`);
const PAST_VERB_IN_CLAUSE = /\b(?:[a-z]{2,}ed|was|were|had|did|said|told|wrote|began|met|went|came|took|made|gave|saw|spoke|won|lost)\b/;

/**
 * "praised Tuesday night", "filed on Sunday", "voted for in February", "called him Wednesday": a verb in the past (and
 * its particle or a pronoun object) right before a date dates a thing done ("will be counted Tuesday" is the future's
 * passive).
 */
const PAST_VERB_BEFORE = /(?<!\bbe )\b([a-z]{2,}ed) (?:(for|up|out|down|off) |(?:him|her|them|us|me) )?(?:on |in )?$/;
/** Participles before a date that lies ahead: "a vote scheduled Tuesday", "expected in March". */
const VERBS_OF_PLANS = new Set(['scheduled', 'expected', 'planned', 'slated', 'reserved', 'booked', 'projected', 'delayed', 'postponed', 'moved', 'pushed', 'rescheduled', 'needed', 'required']);

/** Whether "by " (or "By ") or "until " stands right before `offset`. */
function followsDeadlineWord(text: string, offset: number): boolean {
  // "until about 1 p.m. Friday".
  return followsDeadlineWordAt(text, withoutClockTimeBefore(text, offset));
}

/**
 * `followsDeadlineWord` with the time of day before the date already passed over (`clock`): "until (at least) ",
 * "by ", and "ahead of " or "eve of " ("rallied ahead of Saturday's vote", "on the eve of Tuesday's primary": what a
 * text is ahead of lies ahead).
 */
function followsDeadlineWordAt(text: string, clock: number): boolean {
  const at = clock >= 9 && text.startsWith('at least ', clock - 9) ? clock - 9 : clock;
  return DEADLINE_WORDS.some((words) => wordsEndAt(text, at, words));
}
const DEADLINE_WORDS = ['until ', 'ahead of ', 'Ahead of ', 'eve of ', 'by ', 'By '];

/** Whether `words` end at `at` and start a word of the text. */
function wordsEndAt(text: string, at: number, words: string): boolean {
  return at >= words.length && text.startsWith(words, at - words.length) && !isRegexWordCode(text.charCodeAt(at - words.length - 1));
}

/** "about 1 p.m. ", "noon ": a time of day before a date's day. */
const CLOCK_TIME_BEFORE = /(?:(?:about|around) )?(?:\d{1,2}(?::\d\d)? ?[ap]\.?m\.?|noon|midnight) $/;
const CLOCK_TIME_CHARS = 'around 10:30 p.m. '.length;

/** Where the words before `offset` go on without a time of day right before it ("until 8 p.m. Friday" → "until "). */
function withoutClockTimeBefore(text: string, offset: number): number {
  const clock = CLOCK_TIME_BEFORE.exec(text.slice(Math.max(0, offset - CLOCK_TIME_CHARS), offset));
  return clock === null ? offset : offset - clock[0].length;
}

/** The offset of the last quote mark (" “ ” « ») in `text`, or -1. */
function lastQuoteMark(text: string): number {
  for (let at = text.length - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 0x22 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb) return at;
  }
  return -1;
}

/** The text from the start of the sentence holding `offset` (at most 120 characters back). */
function sentenceBefore(text: string, offset: number): string {
  const windowStart = Math.max(0, offset - 120);
  const window = text.slice(windowStart, offset);
  // "held at St. Finbarr's Church on Thursday": an abbreviation's period ends no sentence.
  let period = window.lastIndexOf('. ');
  while (period >= 0 && endsAbbreviation(text, windowStart + period)) period = period > 0 ? window.lastIndexOf('. ', period - 1) : -1;
  const end = Math.max(period, window.lastIndexOf('\n'), window.lastIndexOf('? '), window.lastIndexOf('! '));
  return end < 0 ? window : window.slice(end + 1);
}

/**
 * Reads "[earlier|later] last|next|this|past|coming week|month|…" from its offsets and `word`, the period word as the
 * trigger wrote it: splitting or lower-casing a slice of a two-byte text is slow.
 */
function readRelativePeriod(text: string, start: number, end: number, word: string, reference: Day | null): Phrase {
  const result: Phrase = { start, end, value: null, rangeEnd: null, relative: true };
  if (reference === null) return result;
  const unitStart = text.lastIndexOf(' ', end - 1) + 1;
  const unit = text.slice(unitStart, end);
  const which = PERIOD_WORDS.get(word);
  // The phrase starts before its period word when PERIOD_PART_BEFORE found the part of the period it names there.
  const part = start < unitStart - 1 - word.length ? PERIOD_PART_OPENING.exec(text.slice(start, end))![0].toLowerCase() : '';
  const step = which === 'last' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
  let first: Day;
  let last: Day;
  const date = new Date(reference);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (unit) {
    case 'night':
      first = last = reference + (step === 0 ? 0 : step) * DAY_MS;
      break;
    case 'morning': case 'afternoon': case 'evening':
      // "this morning" is the reference's; "next morning" the day after ("yesterday morning" is read from its day word).
      first = last = reference + Math.max(step, 0) * DAY_MS;
      break;
    case 'weekend': {
      // ("this past weekend", "the past weekend": the last one.)
      const weekendStep = which === 'past' ? -1 : step;
      const saturday = weekStart(reference) + 5 * DAY_MS + (weekendStep === 0 && reference < weekStart(reference) + 5 * DAY_MS ? 0 : weekendStep * 7 * DAY_MS);
      first = saturday;
      last = saturday + DAY_MS;
      break;
    }
    case 'spring': case 'summer': case 'fall': case 'autumn': case 'winter': {
      // "this winter" in January is the one that began in December; "last summer" is the latest one over.
      const [firstMonth, lastMonth] = SEASONS[unit];
      let seasonYear = year - (unit === 'winter' && month < 2 ? 1 : 0);
      const seasonEnd = (from: number) => Date.UTC(from, lastMonth, 0);
      if (step < 0) seasonYear -= seasonEnd(seasonYear) < reference ? 0 : 1;
      if (step > 0) seasonYear += Date.UTC(seasonYear, firstMonth - 1, 1) > reference ? 0 : 1;
      first = Date.UTC(seasonYear, firstMonth - 1, 1);
      last = seasonEnd(seasonYear);
      break;
    }
    case 'week':
      first = which === 'past' ? reference - 7 * DAY_MS : weekStart(reference) + step * 7 * DAY_MS;
      last = which === 'past' ? reference : first + 6 * DAY_MS;
      break;
    case 'month':
      first = which === 'past' ? reference - 30 * DAY_MS : Date.UTC(year, month + step, 1);
      last = which === 'past' ? reference : Date.UTC(year, month + step + 1, 0);
      break;
    default:
      first = which === 'past' ? reference - 365 * DAY_MS : Date.UTC(year + step, 0, 1);
      last = which === 'past' ? reference : Date.UTC(year + step, 11, 31);
  }
  if (part.startsWith('earlier')) last = Math.min(last, reference);
  else if (part.startsWith('later')) first = Math.max(first, reference);
  else if (part !== '' && which !== 'past' && (unit === 'week' || unit === 'month' || unit === 'year')) [first, last] = partOfPeriod(part, unit, first, last, reference);
  result.value = iso(first);
  result.rangeEnd = iso(last);
  return result;
}

/**
 * The third of a week, month or year from `first` to `last` that "early", "mid" or "late" (or its beginning, middle or
 * end) names: "early next year" is its first four months, "late next month" its last ten days or so, "early next week"
 * Monday to Wednesday. A deadline ("by the end of next month") runs from the reference to the period's end.
 */
function partOfPeriod(part: string, unit: string, first: Day, last: Day, reference: Day): [Day, Day] {
  const [firstMonth] = YEAR_THIRDS[PART_WORD.exec(part)![0]];
  const third = (firstMonth - 1) / 4;
  if (third === 2 && DEADLINE_OPENING.test(part) && reference <= last) return [reference, last];
  const date = new Date(first);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  if (unit === 'year') return [Date.UTC(year, firstMonth - 1, 1), Date.UTC(year, firstMonth + 3, 0)];
  if (unit === 'month') return [Date.UTC(year, month, 1 + 10 * third), third === 2 ? last : Date.UTC(year, month, 10 + 10 * third)];
  return [first + WEEK_THIRDS[third][0] * DAY_MS, first + WEEK_THIRDS[third][1] * DAY_MS];
}
const PART_WORD = /early|beginning|start|mid|middle|late|end/;
const DEADLINE_OPENING = /^(?:by|before|until) /;
/** The days (0 is Monday) that the start, middle and end of a week cover. */
const WEEK_THIRDS = [[0, 2], [2, 4], [3, 6]];

/** "over the weekend": the last Saturday and Sunday, or the coming ones when the sentence speaks of the future. */
function readWeekend(text: string, start: number, end: number, reference: Day | null): Phrase {
  const result: Phrase = { start, end, value: null, rangeEnd: null, relative: true };
  if (reference === null) return result;
  const saturday = weekStart(reference) + 5 * DAY_MS;
  const future = speaksOfFuture(text, start) || UNTIL_WEEKEND.test(text.slice(start, end));
  const first = future || reference >= saturday ? saturday : saturday - 7 * DAY_MS;
  result.value = iso(first);
  result.rangeEnd = iso(first + DAY_MS);
  return result;
}

function readAgo(text: string, start: number, end: number, reference: Day | null): Phrase {
  const result: Phrase = { start, end, value: null, rangeEnd: null, relative: true };
  if (reference === null) return result;
  const words = text.slice(start, end).toLowerCase().split(' ');
  const unit = words[words.length - 2].replace(/s$/, '');
  const count = /^\d/.test(words[0])
    ? parseInt(words[0].replace(/,/g, ''), 10)
    : words.length === 4 ? COUNT_WORDS[`${words[0]} ${words[1]}`] : words[0].split('-').reduce((sum, word) => sum + COUNT_WORDS[word], 0);
  const day = shiftedBy(reference, unit, -count);
  // "5,000 years ago" is before any year an ISO date writes.
  if (new Date(day).getUTCFullYear() >= 1) result.value = iso(day);
  return result;
}

const AHEAD_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
const AHEAD_BEFORE = new RegExp(`\\b(?:[Ii]n|[Ww]ithin)(?: the next)? ${COUNT_AHEAD} $`);
const COUNT_BEFORE = new RegExp(`\\b${COUNT_AHEAD} $`);
const FROM_NOW = /^ from (?:now|today)\b/;
const AHEAD_BEFORE_CHARS = 'within the next twelve '.length;

/** "in two weeks", "within the next 10 days", "three days from now": where the phrase of a unit of time ahead starts and ends. */
function aheadFound(text: string, found: number, end: number): FoundPhrase | null {
  const before = text.slice(Math.max(0, found - AHEAD_BEFORE_CHARS), found);
  const fromNow = FROM_NOW.exec(text.slice(end, end + 12));
  // ("kicked in two years ago": the count belongs to "ago".)
  if (!fromNow && text.startsWith(' ago', end)) {
    const agoEnd = end + ' ago'.length;
    const start = stickyMatchStart(text, COUNT_AGO, Math.max(0, found - MAX_BEFORE_AGO), found, agoEnd);
    return start >= 0 ? { start, end: agoEnd, kind: 'ago' } : null;
  }
  const count = (fromNow ? COUNT_BEFORE : AHEAD_BEFORE).exec(before);
  if (count === null) return null;
  return { start: found - before.length + count.index, end: fromNow ? end + fromNow[0].length : end, kind: 'ahead' };
}

/**
 * The day a count of units after the reference lands on ("in two weeks", "three days from now"), or the days up to it
 * ("within 10 days", "in the next two weeks"). "in"/"within" alone speak of a time ahead only in a sentence about the
 * future ("will open in two weeks", not "the first time in 10 years" nor "was rebuilt within a year").
 */
function readAhead(text: string, start: number, end: number, reference: Day | null): Phrase | null {
  const words = text.slice(start, end).toLowerCase().split(' ');
  const fromNow = words[words.length - 2] === 'from';
  const next = words[1] === 'the';
  const sentence = ownSentenceBefore(text, start);
  if (!fromNow && (next ? looksBack(text, start) : !WILL_AHEAD.test(sentence) || SPAN_BACK_BEFORE.test(sentence))) return null;
  const unitAt = fromNow ? words.length - 3 : words.length - 1;
  const count = exactCount(words.slice(fromNow ? 0 : next ? 3 : 1, unitAt).join(' '));
  if (count === undefined) return null;
  const result: Phrase = { start, end, value: null, rangeEnd: null, relative: true };
  if (reference === null) return result;
  const day = iso(shiftedBy(reference, words[unitAt].replace(/s$/, ''), count));
  const within = words[0] === 'within' || next;
  result.value = within ? iso(reference) : day;
  if (within) result.rangeEnd = day;
  return result;
}
/** The future as of the text's date ("will", "must", "is set to"), not as of a time gone by ("would"). */
const WILL_AHEAD = /\b(?:will|won[’'ʼ]t|shall|must|(?:is|are) (?:set|due|expected|scheduled|going) to)\b|[’'ʼ]ll\b/i;
/**
 * "the first time in 10 years", "the lowest level in a decade", "a dress she hasn't worn in six months": a span
 * counted back, not ahead.
 */
const SPAN_BACK_BEFORE = /\b(?:first|last|only|lowest|highest|biggest|largest|smallest|worst|best|most|least|fewest|longest|strongest|weakest|fastest|slowest|never|(?:has|have|had)(?:n[’'ʼ]t| not))\b/i;

/** How many days before the text's date its opening paragraph may set the story: "on Monday" in a Wednesday paper. */
const LEAD_DAYS_BACK = 3;

/** The one day, a few days before `published`, that the opening paragraph names ("yesterday", "on Monday"), else null. */
function leadDay(dates: readonly DateExpression[], lead: Span, published: Day, quotes: readonly Quote[]): string | null {
  let found: string | null = null;
  for (const date of dates) {
    if (date.start >= lead.end) break;
    // ("“It broke yesterday,” Kowalczyk said.": a quote's own day word sets no day for the story.)
    if (date.start < lead.start || date.value === null || quotes.some((quote) => quote.start <= date.start && date.end <= quote.end)) continue;
    const day = dayOf(date.value);
    if (date.rangeEnd !== null || !date.relative || day >= published || published - day > LEAD_DAYS_BACK * DAY_MS || (found !== null && found !== date.value)) return null;
    found = date.value;
  }
  return found;
}

/** The words of a day counted from the day they are said: "today", "tonight", "tomorrow", "this morning", "two days ago". */
const SPOKEN_DAY = /^(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)|(?:\S+ )+days? ago)$/i;

/**
 * "“Tonight I told myself to stay calm,” she said on Saturday": a day word inside a quote counts from the day the
 * quote was said, when the text gives that day, not from the day the text was published. Changes `dates` in place.
 */
export function countQuotedDaysFromStatements(dates: DateExpression[], quotes: readonly Quote[], reference: string | null, lead: Span | undefined): void {
  if (reference === null) return;
  const published = dayOf(reference);
  // "Jury selection began Monday …" opening a text dated Tuesday: an undated quote's "today" is that Monday.
  const storyDay = lead === undefined ? null : leadDay(dates, lead, published, quotes);
  // The days that dates name alone, read only once a quote was said on another day than the text's (most never are).
  let statementDays: Set<string> | null = null;
  let next = 0;
  for (const quote of quotes) {
    const said = quote.date ?? storyDay;
    if (quote.kind !== 'speech' || said === null) continue;
    const shift = dayOf(said) - published;
    if (shift === 0) continue;
    // Only a statement dated by one day: "last week" says no day to count from.
    statementDays ??= new Set(dates.filter((date) => date.value !== null && date.rangeEnd === null).map((date) => date.value!));
    if (!statementDays.has(said)) continue;
    while (next < dates.length && dates[next].start < quote.start) next++;
    for (let index = next; index < dates.length && dates[index].end <= quote.end; index++) {
      const date = dates[index];
      if (date.value !== null && date.relative && date.rangeEnd === null && SPOKEN_DAY.test(date.text)) date.value = iso(dayOf(date.value) + shift);
    }
  }
}
