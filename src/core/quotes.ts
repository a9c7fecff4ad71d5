// Linear, hand-written scanner for direct quotes. One pass per paragraph (a one-character regex finds the marks):
// a quote can never run past its paragraph unless the next paragraph reopens it.
import { isOneWordCue } from './cues';
import lexicon from './data/lexicon.json';
import { Span } from './model';
import { isLowerAsciiCode, isQuoteMarkCode, isSpaceCode, isUpper, isWordChar, isWordCode, namesWorkAfter, namesWorkBefore, opensSentence, wordStartBefore } from './text';

export interface ScannedQuote extends Span {
  /** Index of the paragraph holding the quote. */
  paragraph: number;
  /** Text between the marks. */
  innerStart: number;
  innerEnd: number;
  /** The closing mark is missing and the next paragraph does not reopen: the quote stops at the paragraph end. */
  unterminated: boolean;
  /** Left open at the paragraph end and reopened by the next paragraph (a multi-paragraph quote). */
  continuesNext: boolean;
  /** The piece of a multi-paragraph quote that reopens this paragraph. */
  continuesPrevious: boolean;
  /** Speech, or a term (a scare quote or a name, such as "peace plan"), which gets no speaker. */
  kind: 'speech' | 'term';
}

/**
 * Marks by UTF-16 code: compared as numbers, since `text[index]` makes a new string of each mark beyond Latin-1.
 * A quote's opener is the code of its first character; the straight apostrophe stands for the double one ('').
 */
const enum Mark {
  StraightDouble = 0x22,
  Apostrophe = 0x27,
  LeftGuillemet = 0xab,
  RightGuillemet = 0xbb,
  LeftSingle = 0x2018,
  RightSingle = 0x2019,
  LeftDouble = 0x201c,
  RightDouble = 0x201d,
  LowDouble = 0x201e,
  LeftSingleGuillemet = 0x2039,
  RightSingleGuillemet = 0x203a,
  /** Not a code: the opener of a quote in one straight apostrophe ('…'), told apart from the doubled one. */
  StraightSingle = 0x10027,
}
const NO_OPENER = -1;

/** ( [ { / — – - ‒ */
function isOpeningContextCode(code: number): boolean {
  return code === 0x28 || code === 0x5b || code === 0x7b || code === 0x2f || code === 0x2014 || code === 0x2013 || code === 0x2d || code === 0x2012;
}

/** Whether the code unit at `index` is a letter or digit; false past either end of the text. */
function isWordAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isWordCode(text.charCodeAt(index));
}

/** Whether the code unit at `index` is a space; false past either end of the text. */
function isSpaceAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isSpaceCode(text.charCodeAt(index));
}

/** Single marks (‘ ‹ ') open only a quote of their own kind: a double mark inside replaces them. */
function isSingleOpener(opener: number): boolean {
  return opener === Mark.LeftSingle || opener === Mark.LeftSingleGuillemet || opener === Mark.StraightSingle;
}

/** Whether the code unit at `index` is a letter a-z or A-Z. */
function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index) | 0x20;
  return code >= 0x61 && code <= 0x7a;
}

/** Length of the opening mark: two apostrophes ('') or one character. */
function openerLength(opener: number): number {
  return opener === Mark.Apostrophe ? 2 : 1;
}

/**
 * The opener at `index` (NO_OPENER when none): curly marks always open, straight ones by context; one straight
 * apostrophe only in a text that quotes in straight single marks (`straightSingles`).
 */
function openerAt(text: string, index: number, paragraphStart: number, straightSingles: boolean): number {
  const code = text.charCodeAt(index);
  if (code === Mark.LeftDouble || code === Mark.LowDouble || code === Mark.LeftGuillemet) return code;
  if (code === Mark.LeftSingle || code === Mark.LeftSingleGuillemet) {
    // A single mark opens a quote only before a word and not inside one (’90s and don’t are apostrophes).
    return !isWordAt(text, index - 1) && isWordAt(text, index + 1) ? code : NO_OPENER;
  }
  // British style 'I resign,' she said: one straight apostrophe before a letter and after a space, an opening
  // bracket or a dash opens a single quote ('90s stays an apostrophe).
  if (code === Mark.Apostrophe && straightSingles && isLetterAt(text, index + 1)) {
    return index <= paragraphStart || isSpaceAt(text, index - 1) || isOpeningContextCode(text.charCodeAt(index - 1)) ? Mark.StraightSingle : NO_OPENER;
  }
  if (code !== Mark.StraightDouble && code !== Mark.RightDouble && !(code === Mark.Apostrophe && text.charCodeAt(index + 1) === Mark.Apostrophe)) return NO_OPENER;
  const after = index + openerLength(code);
  if (after >= text.length || isSpaceCode(text.charCodeAt(after))) return NO_OPENER;
  if (index <= paragraphStart) return code;
  const before = text.charCodeAt(index - 1);
  return isSpaceCode(before) || isOpeningContextCode(before) || before === Mark.LeftDouble || before === Mark.LeftSingle ? code : NO_OPENER;
}

/** Whether the mark at `index` closes a quote opened by `opener`; returns the mark length or 0. */
function closerLength(text: string, index: number, opener: number): number {
  const code = text.charCodeAt(index);
  switch (opener) {
    case Mark.LeftGuillemet:
      return code === Mark.RightGuillemet ? 1 : 0;
    case Mark.LeftSingle:
      // "… to happen,” ’ she recalls": a thin space may set the closer off from a quote closed inside it.
      return code === Mark.RightSingle && (!isSpaceAt(text, index - 1) || text.charCodeAt(index - 2) === Mark.RightDouble) && !isWordAt(text, index + 1)
        && !isPluralPossessive(text, index, Mark.RightSingle, Mark.LeftSingle) ? 1 : 0;
    case Mark.LeftSingleGuillemet:
      return code === Mark.RightSingleGuillemet ? 1 : 0;
    case Mark.StraightSingle:
      return code === Mark.Apostrophe && !isSpaceAt(text, index - 1) && !isWordAt(text, index + 1) && !isPluralPossessive(text, index, Mark.Apostrophe, Mark.Apostrophe) ? 1 : 0;
    case Mark.LowDouble:
      // „…“ and „…”, or a straight mark in closing position („…", typed on a keyboard without curly marks).
      if (code === Mark.LeftDouble || code === Mark.RightDouble) return 1;
      return code === Mark.StraightDouble && !isSpaceAt(text, index - 1) && !isWordAt(text, index + 1) ? 1 : 0;
    default:
      if (code === Mark.RightDouble || code === Mark.StraightDouble) return 1;
      if (code === Mark.Apostrophe && text.charCodeAt(index + 1) === Mark.Apostrophe) return 2;
      // Sloppy “…“: a curly opener in closing position closes.
      if (code === Mark.LeftDouble && !isSpaceAt(text, index - 1) && !isWordAt(text, index + 1)) return 1;
      return 0;
  }
}

function reopensQuote(text: string, paragraph: Span, single: boolean, straightSingles: boolean): boolean {
  const opener = openerAt(text, paragraph.start, paragraph.start, straightSingles);
  return opener !== NO_OPENER && isSingleOpener(opener) === single;
}

/**
 * Any character that may open or close a quote; the scanner jumps from one to the next. An apostrophe
 * between letters or digits (it’s, don't) can do neither, so the search passes over it.
 */
const QUOTE_MARK = /["«»‘“”„‟‹›]|['’](?![A-Za-z0-9])|(?<![A-Za-z0-9])'/g;

/**
 * The quote marks of one text, in order. The regex engine skips the text between marks several times
 * faster than a loop over its characters; the last mark found is kept, so a mark past the end of one
 * paragraph is found once, not again for each paragraph before it.
 */
class QuoteMarks {
  private searchedFrom = 0;
  private found = -1;

  constructor(private readonly text: string) {}

  /** The first quote mark in text[from, end), else `end`. */
  next(from: number, end: number): number {
    if (from > this.found || from < this.searchedFrom) {
      QUOTE_MARK.lastIndex = from;
      this.searchedFrom = from;
      this.found = QUOTE_MARK.test(this.text) ? QUOTE_MARK.lastIndex - 1 : this.text.length;
    }
    return Math.min(this.found, end);
  }
}

/** Quote marks met while scanning: straight single openers and double marks, which tell the text's quoting style. */
interface MarkCounts {
  singles: number;
  doubles: number;
}

/**
 * Finds every quote in the given paragraphs (sorted, disjoint spans of `text`). British news quotes speech in straight
 * single marks and nests double ones inside; elsewhere 'quoted heads' and 'nested quotes' in single marks are not the
 * speech the text reports. The text is scanned for double marks, counting both kinds on the way; when single marks
 * open more quotes than double marks do, it is scanned again in single marks.
 */
export function scanQuotes(text: string, paragraphs: readonly Span[]): ScannedQuote[] {
  const counts: MarkCounts = { singles: 0, doubles: 0 };
  const quotes = scanInStyle(text, paragraphs, false, counts);
  // A double quote has two marks, a single one is counted by its opening mark only.
  return 2 * counts.singles > counts.doubles ? scanInStyle(text, paragraphs, true, null) : quotes;
}

/**
 * ‘She sent an email saying “Please burn it”,’ he said: whether a ‘ quote still closes after the double-marked quote
 * opening at `nested`, which is then a quote within it (else that ‘ was a stray apostrophe, as in "in ‘08").
 */
function closesAfterNested(text: string, nested: number, end: number): boolean {
  // Read within a quote's reach only: a text of unclosed marks would otherwise be read to its end at each one.
  const limit = Math.min(end, nested + NESTED_QUOTE_CHARS);
  let index = nested + 1;
  while (index < limit && text.charCodeAt(index) !== Mark.RightDouble) index++;
  for (index++; index < limit; index++) {
    if (text.charCodeAt(index) === Mark.RightSingle && closerLength(text, index, Mark.LeftSingle) > 0) return true;
  }
  return false;
}

/** How far after a double mark inside a ‘…’ quote its closing ’ is looked for. */
const NESTED_QUOTE_CHARS = 2000;

/** Counts the mark at `index` as a double mark or as a straight apostrophe opening a word after a space or mark. */
function countMark(text: string, index: number, counts: MarkCounts): void {
  const code = text.charCodeAt(index);
  if (code === Mark.Apostrophe) {
    const previous = text.charCodeAt(index - 1);
    if (text.charCodeAt(index + 1) === Mark.Apostrophe) counts.doubles++;
    else if (previous !== Mark.Apostrophe && isLetterAt(text, index + 1) && !isWordAt(text, index - 1)) counts.singles++;
  } else if (code === Mark.StraightDouble || code === Mark.LeftDouble || code === Mark.RightDouble || code === Mark.LowDouble || code === Mark.LeftGuillemet || code === Mark.RightGuillemet) {
    counts.doubles++;
  }
}

/**
 * "'It's the Smiths' house,' a neighbour said": a closing mark after a plural's "s", before a lowercase word, is its
 * possessive when the next closing mark in the line closes the quote ("'a mess of lies' and left. 'No,'" closes at
 * lies', as an opening mark comes first).
 */
function isPluralPossessive(text: string, index: number, closing: number, opening: number): boolean {
  if (text.charCodeAt(index - 1) !== 0x73 || text.charCodeAt(index + 1) !== 0x20 || !isLowerAsciiCode(text.charCodeAt(index + 2))) return false;
  // (Within reach only, so that a line of such marks stays linear.)
  for (let at = index + 2, end = Math.min(text.length, index + POSSESSIVE_LOOKAHEAD); at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a || (code === opening && isSpaceAt(text, at - 1))) return false;
    if (code === closing && !isSpaceAt(text, at - 1) && !isWordAt(text, at + 1)) return true;
  }
  return false;
}

/** How far after a plural's mark the quote's own closing mark is looked for: a sentence's reach. */
const POSSESSIVE_LOOKAHEAD = 400;

/** The quotes of the paragraphs, straight single marks opening quotes or not; `counts` (if any) gets the marks met. */
function scanInStyle(text: string, paragraphs: readonly Span[], straightSingles: boolean, counts: MarkCounts | null): ScannedQuote[] {
  const quotes: ScannedQuote[] = [];
  const marks = new QuoteMarks(text);
  let carriedOpen = false;
  let carriedSingle = false;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    let opener = NO_OPENER;
    let openStart = 0;
    let continuesPrevious = carriedOpen && reopensQuote(text, paragraph, carriedSingle, straightSingles);
    // Whether the open quote has a letter or digit yet, and how far that was checked (each character once).
    let sawWord = false;
    let checkedUpTo = 0;
    carriedOpen = false;
    // Where the search for the next mark resumes: after this one unless a quote is skipped whole.
    let resume = paragraph.start;
    for (let index = marks.next(resume, paragraph.end); index < paragraph.end; index = marks.next(resume, paragraph.end)) {
      resume = index + 1;
      if (counts !== null) countMark(text, index, counts);
      if (opener === NO_OPENER) {
        opener = openerAt(text, index, paragraph.start, straightSingles);
        if (opener !== NO_OPENER) {
          openStart = index;
          sawWord = false;
          checkedUpTo = index + openerLength(opener);
          resume = checkedUpTo;
        }
        continue;
      }
      if (isSingleOpener(opener) && opener !== Mark.StraightSingle) {
        // A double mark inside a single-quoted stretch: that ‘ was an apostrophe, the double mark opens (in a
        // text quoting in straight single marks, it is a quote within the quote).
        const double = openerAt(text, index, paragraph.start, false);
        if (double !== NO_OPENER && !isSingleOpener(double) && !(opener === Mark.LeftSingle && isLetterAt(text, openStart + 1) && closesAfterNested(text, index, paragraph.end))) {
          opener = double;
          openStart = index;
          sawWord = false;
          checkedUpTo = index + openerLength(double);
          resume = checkedUpTo;
          continue;
        }
      }
      for (; !sawWord && checkedUpTo < index; checkedUpTo++) sawWord = isWordCode(text.charCodeAt(checkedUpTo));
      const closes = closerLength(text, index, opener);
      if (closes > 0 && !sawWord) {
        // A mark right after an opener with no word between (“““, "") does not close it;
        // an empty pair ("") is no quote at all.
        if (index === openStart + openerLength(opener)) opener = NO_OPENER;
        continue;
      }
      if (closes === 0) continue;
      const end = index + closes;
      quotes.push(classified(text, {
        start: openStart, end, paragraph: paragraphIndex,
        innerStart: openStart + openerLength(opener), innerEnd: index,
        unterminated: false, continuesNext: false, continuesPrevious, kind: 'speech',
      }));
      continuesPrevious = false;
      opener = NO_OPENER;
      resume = end;
    }
    if (opener === NO_OPENER) return;
    // Left open: a multi-paragraph quote when the next paragraph reopens, otherwise unterminated. A single mark left
    // open may be an apostrophe, unless it is a curly ‘ or the text quotes in straight singles, and the next paragraph
    // reopens with a single mark.
    const single = isSingleOpener(opener);
    if (single && opener !== Mark.LeftSingle && !straightSingles) return;
    const next = paragraphs[paragraphIndex + 1];
    const continuesNext = next !== undefined && reopensQuote(text, next, single, straightSingles);
    if (single && !continuesNext) return;
    carriedOpen = continuesNext;
    carriedSingle = single;
    quotes.push(classified(text, {
      start: openStart, end: paragraph.end, paragraph: paragraphIndex,
      innerStart: openStart + openerLength(opener), innerEnd: paragraph.end,
      unterminated: !continuesNext, continuesNext, continuesPrevious, kind: 'speech',
    }));
  });
  return quotes;
}

/**
 * The quote with its kind decided. It is made with a kind already, so that setting it keeps the object's shape:
 * a field added later would live in a second, out-of-object store.
 */
function classified(text: string, quote: ScannedQuote): ScannedQuote {
  if (isTerm(text, quote)) quote.kind = 'term';
  return quote;
}

/** Words that introduce a name rather than speech: so-called "experts", the slogan "Feel the Bern". */
const NAMING_WORDS = new Set(['so-called', 'dubbed', 'titled', 'entitled', 'nicknamed', 'slogan', 'hashtag', 'term', 'phrase', 'label', 'labeled', 'labelled', 'word']);
/** Verbs whose object is a named thing: announced a "peace plan", unveiled the "Contract with America". */
const NAMING_VERBS = new Set([
  'announce', 'announced', 'announces', 'unveil', 'unveiled', 'unveils', 'launch', 'launched', 'launches', 'propose', 'proposed', 'proposes',
  'release', 'released', 'releases', 'publish', 'published', 'publishes', 'introduce', 'introduced', 'introduces', 'sign', 'signed', 'signs',
  'adopt', 'adopted', 'adopts', 'present', 'presented', 'presents', 'create', 'created', 'creates', 'establish', 'established', 'establishes',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'these']);
const LONGEST_NAMING_WORD_OR_DETERMINER = Math.max(...[...NAMING_WORDS, ...DETERMINERS].map((word) => word.length));
const MINOR_TITLE_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'by', 'or', 'with', 'from']);

/**
 * A scare quote, name or title rather than reported speech: a single word, a Title Case name
 * ("Saturday Night Live"), or a short phrase introduced as a name (so-called "…", announced a "…").
 */
export function isTerm(text: string, quote: ScannedQuote): boolean {
  // Most quotes are speech ending in punctuation: decided after reading two words, without slicing any.
  if (scanWords(text, quote.innerStart, quote.innerEnd, 2, null) <= 1) return !isOneWordSentence(text, quote);
  if (quote.continuesNext || quote.continuesPrevious) return false;
  const textBefore = text.slice(Math.max(0, quote.start - NAMED_BEFORE_WINDOW), quote.start);
  // "features the lyric “I kept the key but changed the lock,”": a song's words, however many, are no one's speech.
  if (LYRIC_BEFORE.test(textBefore)) return true;
  // "his previous film, “Salt Road,” won", "a group known as “Black Lantern.”": a title or name after words that
  // introduce one, the comma or period inside its marks.
  const punctuated = endsWithPunctuation(text, quote);
  // "The tracklist includes “Windbreak,” “Harrow Line” and “Mothwing.”": short quotes in title case listed one after
  // another are titles.
  // (Partial quotes listed in lower case are still someone's words: described him as "shock jock," "an entertainer".)
  if (isListed(text, quote) && scanWords(text, quote.innerStart, quote.innerEnd, LISTED_TITLE_WORDS + 1, null) <= LISTED_TITLE_WORDS && isTitleCase(text, quote)) return true;
  // "known as (the) “…”", a so-called “…,”, a sign reading “…”: what follows is a name or written words, not speech.
  const named = (NAMED_BEFORE_LAST_WORDS.has(lastWordOf(textBefore)) && NAMED_BEFORE.test(textBefore)) || PRICE_BEFORE.test(textBefore) || (isNamedAfterNoun(textBefore) && !isPassiveBeforePreposition(textBefore, text, quote))
    || SIGN_AFTER.test(text.slice(quote.end, quote.end + SIGN_AFTER_WINDOW));
  if (punctuated && !named && !namesWorkBefore(text, quote.start) && !namesWorkAfter(text, quote.end) && !isTitleInSentence(text, quote) && !namesLaw(text, quote)
    && !isNameAfterThe(text, quote)) return false;
  const count = scanWords(text, quote.innerStart, quote.innerEnd, named ? 13 : 7, null);
  // A sign's words may run to a sentence ("banners reading “Trade deals are death for our farms.”").
  if (named && count <= 12) return true;
  if (count > 6) return false;
  if (isTitleCase(text, quote)) return true;
  if (punctuated) return false;
  if (count > 4) return false;
  // The word before is sliced only when it is short enough to be a naming word or determiner.
  const beforeEnd = endBeforeSpaces(text, quote.start);
  const beforeStart = wordStartBefore(text, beforeEnd);
  if (beforeEnd - beforeStart > LONGEST_NAMING_WORD_OR_DETERMINER) return false;
  const before = lowerCaseWord(text, beforeStart, beforeEnd);
  if (NAMING_WORDS.has(before)) return true;
  // Used as a name: announced a "peace plan"; or as a modifier: its "smart parking" scheme.
  const beforeThatEnd = endBeforeSpaces(text, beforeStart);
  const beforeThatStart = wordStartBefore(text, beforeThatEnd);
  // After a determiner and an adjective, only as a modifier: the broader "land back" movement.
  if (!DETERMINERS.has(before)) {
    return beforeThatEnd - beforeThatStart <= LONGEST_NAMING_WORD_OR_DETERMINER && DETERMINERS.has(lowerCaseWord(text, beforeThatStart, beforeThatEnd))
      && isLowerAsciiWord(before) && startsWithNoun(text, quote.end);
  }
  return NAMING_VERBS.has(lowerCaseWord(text, beforeThatStart, beforeThatEnd)) || startsWithNoun(text, quote.end);
}

/** A word of lower-case ASCII letters and hyphens only ("broader", "so-called"), as an adjective before a noun is. */
function isLowerAsciiWord(word: string): boolean {
  return /^[a-z][a-z-]*$/.test(word);
}

/** "the lyric ", "its hook, ", "opens with the line ", "the chorus: ": the words of a song or a slogan follow. */
const LYRIC_BEFORE = /\b(?:lyrics?|hook|chorus|refrain|(?:opens|closes|begins|ends) with the line|motto|tagline),? (?:[:—–] ?)?$/;

/** What a slogan is written on: signs, banners, shirts, buttons. */
const WRITTEN_ON = '(?:signs?|banners?|placards?|posters?|(?:T-)?shirts?|stickers?|billboards?|hats?|caps?|buttons?|badges?|graffiti|headlines?|inscriptions?|plaques?|statues?|stones?|headstones?|tombstones?|monuments?|bells?|coins?|mugs?)';

/**
 * "known as (the) ", "known in UN jargon as a ", "known locally as ", "marketed them as ", "so-called ", "nicknamed ",
 * "engraved with the words ", "roughly means ", "on the agenda as ", "were rated ", "the handle ", "signs reading ",
 * "a sign in the window reads ", "stickers that said " right before a quote mark. A message or post "reading" its words
 * is still someone's speech, and "means “…,” she says" is hers; so is a label given "as" by someone ("classified 22
 * emails as “top secret”"), as the corpora we measure on credit it.
 */
const NAMED_BEFORE = new RegExp(`\\b(?:known(?:, [\\w ]{1,40},)? (?:\\w+ly )?(?:(?:in|to|among) [\\w ]{1,30} )?as (?:the |a |an )?|(?:calls|called|calling) (?:itself|themselves) (?:the |a |an )?|(?:marketed|billed|branded|touted|pitched|advertised)(?: \\w+)? as (?:the |a |an )?|so-called |(?:nicknamed|dubbed)(?: it| them)? |, (?:sometimes|often|commonly|popularly|informally|colloquially|officially|widely) called (?:the |a |an )?|(?:engraved|inscribed|carved|etched|stamped|embroidered) with the words? |(?:(?:roughly|literally|loosely) (?:means|meant|meaning|translates as|translated as)|translates (?:as|to)|translated as) |on the (?:agenda|ballot) as |(?:were|was|is|are) rated |(?:the |a |an )?(?:handle|username|screen name|moniker|code ?name) |${WRITTEN_ON}(?: [\\w’'-]+){0,4} (?:read|reads|reading|said|says|saying) (?:[“"][^”"]{1,60}[”"],? (?:and|or) )?)$`);
const NAMED_BEFORE_WINDOW = 52;
/** The words `NAMED_BEFORE` can end on, looked up first: most quotes follow none, and the pattern is slow to fail. */
const NAMED_BEFORE_LAST_WORDS = new Set(['as', 'the', 'a', 'an', 'themselves', 'itself', 'so-called', 'called', 'it', 'them', 'nicknamed', 'dubbed', 'word', 'words',
  'means', 'meant', 'meaning', 'to', 'rated', 'handle', 'username', 'name', 'moniker', 'codename', 'read', 'reads', 'reading', 'said', 'says', 'saying', 'and', 'or']);

/** The last word of `text` before its trailing spaces, lower-cased ("" when it ends in no letter). */
function lastWordOf(text: string): string {
  const end = endBeforeSpaces(text, text.length);
  return lowerCaseWord(text, wordStartBefore(text, end), end);
}

/** A quote whose neighbour in a list is another quote: a mark closing one, a comma or "and", a mark opening the next. */
const LISTED_AFTER = /^(?:,|,? and|,? or) [“"]/;
const LISTED_BEFORE = /(?:,[”"]|[”"](?:,|,? and|,? or)) $/;
const LISTED_WINDOW = ', and “'.length;
/** The most words of a title in a list of them. */
const LISTED_TITLE_WORDS = 8;

const OPENING_AFTER_SPACE = /^ [“"]/;

function isListed(text: string, quote: ScannedQuote): boolean {
  const after = text.slice(quote.end, quote.end + LISTED_WINDOW);
  // (A space alone goes on with the list after a comma inside the marks: "“Windbreak,” “Harrow Line,”".)
  return LISTED_AFTER.test(after) || (text.charCodeAt(quote.innerEnd - 1) === 0x2c && OPENING_AFTER_SPACE.test(after))
    || LISTED_BEFORE.test(text.slice(Math.max(0, quote.start - LISTED_WINDOW), quote.start));
}

/** "a facial oil called ", "an agency named ": a thing's noun and the verb that names it, right before the quote. */
// ("a move she called ": a pronoun before the verb makes it a clause, whose subject says the words.)
const CALLED_AFTER_NOUN = /\b(?:a|an) (?:[\w-]+ ){0,2}(?!(?:he|she|it|they|we|I|you) )[\w-]+ (?:called|named) $/;

/** `CALLED_AFTER_NOUN`, read only when the text ends in its verb: most quotes follow neither. */
function isNamedAfterNoun(textBefore: string): boolean {
  return (textBefore.endsWith('called ') || textBefore.endsWith('named ')) && CALLED_AFTER_NOUN.test(textBefore);
}

/**
 * "a successor would be named “in the coming weeks”": after a passive, words opening with a lower-case preposition say
 * when or how, and name nothing ("an album called “in rainbows”" is still a title).
 */
function isPassiveBeforePreposition(textBefore: string, text: string, quote: ScannedQuote): boolean {
  PREPOSITION_OPENING.lastIndex = quote.innerStart;
  return PASSIVE_NAMING_BEFORE.test(textBefore) && PREPOSITION_OPENING.test(text);
}
const PASSIVE_NAMING_BEFORE = /\b(?:be|been|being|is|was|were|are) (?:called|named) $/;
const PREPOSITION_OPENING = /(?:in|within|on|at|by|for|from|to|after|before|until|over|during|with|without|under)\b/y;

/** "a $35 “technology package,”": a price before words names what is sold. */
const PRICE_BEFORE = /[$€£]\d[\d,]*(?:\.\d+)?(?: (?:million|billion))? $/;
/** "“…,” read one banner hanging from a window": the words of a sign that the sentence names after them. */
const SIGN_AFTER = new RegExp(`^\\W{0,2} (?:read|reads) (?:a |an |the |one |another )?(?:[\\w-]+ ){0,2}${WRITTEN_ON}\\b`);
const SIGN_AFTER_WINDOW = 48;

/** "the “Secure Borders and Families Act.”": words in title case that end in a law's or a document's word. */
function namesLaw(text: string, quote: ScannedQuote): boolean {
  // The last word first: most speech ends in no such word, known without reading the others.
  let end = quote.innerEnd;
  while (end > quote.innerStart && !isWordCode(text.charCodeAt(end - 1))) end--;
  const start = wordStartBefore(text, end);
  if (start >= end || !isUpper(text[start]) || !LAW_WORDS.has(text.slice(start, end))) return false;
  const count = scanWords(text, quote.innerStart, quote.innerEnd, 8, null);
  return count >= 2 && count <= 7 && isTitleCase(text, quote);
}

/** Last words of a law's or a document's name. */
const LAW_WORDS = new Set(lexicon.workWords);

/**
 * "already in “The Grapes of Wrath,” which", "Its brand, “Sunday Table,” was relaunched": words in title case inside a
 * sentence, after a word that starts no cue, are a title or a name, the sentence's comma inside their marks. (Not one
 * closing its sentence, nor a program's after "on" or a network's name: "said on Valley Channel's “Harbor Hour,”" is
 * credited to the speaker by the corpora we measure on.)
 */
function isTitleInSentence(text: string, quote: ScannedQuote): boolean {
  if (!endsWithComma(text, quote) || opensSentence(text, quote.start) || !isTitleCase(text, quote)) return false;
  let end = endBeforeSpaces(text, quote.start);
  if (text.charCodeAt(end - 1) === 0x2c) end = endBeforeSpaces(text, end - 1);
  const start = wordStartBefore(text, end);
  if (start === end) return false;
  const before = lowerCaseWord(text, start, end);
  const possessive = text.charCodeAt(start - 1) === 0x27 || text.charCodeAt(start - 1) === 0x2019;
  // "NBC's “Meet the Press,”", "Fox News's “The Nightly Ledger,”": a network's possessive names its show; a person's
  // quotes its words.
  if (possessive) return isAcronymBefore(text, start - 1) || NETWORK_WORDS.has(text.slice(wordStartBefore(text, start - 1), start - 1));
  return (!isOneWordCue(before) || isNounAfterDeterminer(text, start)) && before !== 'on';
}

/**
 * "the rescuing vessel, the “Hanseatic Pearl.”": words in title case after a comma and "the" name what the noun before
 * them is, whatever ends them. (After a verb and "the", as in "referred to the “New Class.”", the corpora we measure on
 * credit the words to the one who used them.)
 */
function isNameAfterThe(text: string, quote: ScannedQuote): boolean {
  const end = endBeforeSpaces(text, quote.start);
  const start = wordStartBefore(text, end);
  return end - start === 3 && lowerCaseWord(text, start, end) === 'the' && text.charCodeAt(endBeforeSpaces(text, start) - 1) === 0x2c && isTitleCase(text, quote);
}

/** Last words of news networks' names, or their nouns, whose possessive names a show: "Fox News's", "Fox News channel's". */
const NETWORK_WORDS = new Set(['News', 'channel', 'network']);

/** Whether two to six capitals, a word of their own, end at `end`: "NBC", "MSNBC". */
function isAcronymBefore(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && end - start < 7 && isUpper(text[start - 1])) start--;
  return end - start >= 2 && end - start <= 6 && !isWordCode(text.charCodeAt(start - 1));
}

/** "the group's 2023 report, “…”": the word at `start` follows a determiner, a possessive or a year, as a noun does. */
function isNounAfterDeterminer(text: string, start: number): boolean {
  const end = endBeforeSpaces(text, start);
  const wordStart = wordStartBefore(text, end);
  if (end - wordStart > LONGEST_NAMING_WORD_OR_DETERMINER) return false;
  const word = lowerCaseWord(text, wordStart, end);
  const apostrophe = text.charCodeAt(wordStart - 1);
  return DETERMINERS.has(word) || /^\d{4}$/.test(word) || (word === 's' && (apostrophe === 0x27 || apostrophe === 0x2019));
}

/** "“No,” she said.", "“Out!” the crowd yelled.": one capitalized word with its punctuation, opening a sentence. */
function isOneWordSentence(text: string, quote: ScannedQuote): boolean {
  let first = quote.innerStart;
  while (first < quote.innerEnd && !isWordCode(text.charCodeAt(first))) first++;
  return first < quote.innerEnd && isUpper(text[first]) && endsWithPunctuation(text, quote) && opensSentence(text, quote.start);
}

/** Capitalized words, numbers and minor words, the first capitalized; the words are sliced only when the first one is. */
function isTitleCase(text: string, quote: ScannedQuote): boolean {
  let first = quote.innerStart;
  while (!isWordCode(text.charCodeAt(first))) first++;
  if (!isUpper(text[first])) return false;
  const words = wordsBetween(text, quote.innerStart, quote.innerEnd, 7);
  return words.every((word) => MINOR_TITLE_WORDS.has(word) || isUpper(word[0]) || isWordChar(word[0]) && !isNaN(Number(word[0])));
}

const FUNCTION_WORDS_AFTER = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'to', 'for', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'than', 'if', 'when', 'while', 'because', 'about', 'into', 'over', 'after', 'before', 'since', 'so', 'not', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'the', 'a', 'an',
  'where', 'whose', 'whom', 'regarding', 'against', 'through', 'toward', 'towards', 'among', 'amid', 'despite', 'like', 'unlike', 'some', 'no',
  'even', 'also', 'only', 'just', 'never', 'still', 'now', 'then', 'here', 'there']);

/** Whether a lower-case content word follows right after `offset` (one space, no punctuation). */
function startsWithNoun(text: string, offset: number): boolean {
  if (text[offset] !== ' ') return false;
  const words = wordsBetween(text, offset + 1, Math.min(text.length, offset + 30), 1);
  const word = words[0];
  return word !== undefined && text.startsWith(word, offset + 1) && !isUpper(word[0]) && !FUNCTION_WORDS_AFTER.has(word) && !/(ed|ly|ing)$/.test(word);
}

/** Up to `limit` words (runs of letters and digits with inner apostrophes and hyphens) of text[start, end). */
function wordsBetween(text: string, start: number, end: number, limit: number): string[] {
  const words: string[] = [];
  scanWords(text, start, end, limit, words);
  return words;
}

/** Counts the words of `wordsBetween` (up to `limit`), adding them to `words` unless it is null. */
function scanWords(text: string, start: number, end: number, limit: number, words: string[] | null): number {
  let count = 0;
  // Start of the word being read, -1 between words; each character is read once.
  let wordStart = -1;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (isWordCode(code)) {
      if (wordStart >= 0) continue;
      if (count === limit) return count;
      count++;
      // Only counting: the limit is reached at this word's start, there is no need to read it.
      if (count === limit && words === null) return count;
      wordStart = index;
    } else if (wordStart >= 0 && !(isInnerMark(code) && isWordCode(text.charCodeAt(index + 1)))) {
      words?.push(text.slice(wordStart, index));
      wordStart = -1;
    }
  }
  if (wordStart >= 0) words?.push(text.slice(wordStart, end));
  return count;
}

/** ' ’ ʼ - inside a word. */
function isInnerMark(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x2d;
}

/** Whether the quoted text ends like a sentence or clause: "…win." / "…win,". */
function endsWithPunctuation(text: string, quote: ScannedQuote): boolean {
  return isClauseEndCode(lastCodeInside(text, quote));
}

function endsWithComma(text: string, quote: ScannedQuote): boolean {
  return lastCodeInside(text, quote) === 0x2c;
}

/** The last character inside the marks but spaces and inner marks. */
function lastCodeInside(text: string, quote: ScannedQuote): number {
  let index = quote.innerEnd - 1;
  while (index > quote.innerStart && (isSpaceCode(text.charCodeAt(index)) || isQuoteMarkCode(text.charCodeAt(index)))) index--;
  return text.charCodeAt(index);
}

/** . ! ? , ; : … */
function isClauseEndCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x2026;
}

/** Where the text before `offset` ends once the spaces right before it are passed over. */
function endBeforeSpaces(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** text[start, end) lower-cased; sliced only when it has no capital letter: lower-casing a slice of a two-byte text is slow. */
function lowerCaseWord(text: string, start: number, end: number): string {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return text.slice(start, end).toLowerCase();
  }
  return text.slice(start, end);
}
