// The reporting-verb lexicon ("said", "told", "went on", "according to"), loaded once from data.
import lexicon from './data/cue-verbs.json';

export interface CueForm {
  lemma: string;
  /** Remaining words of a multi-word cue after its first word ("out" in "pointed out"). */
  rest: string[];
  /** Whether "…, said X" is possible (not for "told", which needs a subject before it). */
  inverts: boolean;
  /** The -ing form ("saying", "adding"): its subject is the clause subject further left. */
  participle: boolean;
  /** "according to X": the source follows. */
  source: boolean;
  /** A base or -s form that is also a noun ("a retort", "his claims"): no cue after a determiner. */
  nounLike: boolean;
  /** Reports speech only with no object after it: "went on: …", "went on to say", not "went on vacation". */
  noObject: boolean;
}

const noInversion = new Set(lexicon.noInversion);
const nounLike = new Set(lexicon.nounLike);
const noObject = new Set(lexicon.noObject);

function buildForms(): Map<string, CueForm[]> {
  const forms = new Map<string, CueForm[]>();
  const add = (phrase: string, form: Omit<CueForm, 'rest'>) => {
    const [first, ...rest] = phrase.split(' ');
    const list = forms.get(first) ?? [];
    list.push({ ...form, rest });
    // Longest phrases first, so "went on" wins over a bare "went".
    list.sort((a, b) => b.rest.length - a.rest.length);
    forms.set(first, list);
  };
  for (const [lemma, inflections] of Object.entries(lexicon.verbs as Record<string, string[]>)) {
    for (const inflection of inflections) {
      const verb = inflection.split(' ')[0];
      const participle = verb.endsWith('ing');
      const nounForm = nounLike.has(lemma) && !participle && !verb.endsWith('ed') && inflection !== inflections[2];
      add(inflection, { lemma, inverts: !noInversion.has(lemma) && !participle, participle, source: false, nounLike: nounForm, noObject: noObject.has(lemma) });
    }
  }
  for (const phrase of lexicon.sources) add(phrase, { lemma: phrase, inverts: false, participle: false, source: true, nounLike: false, noObject: false });
  return forms;
}

const FORMS = buildForms();
/** Longest cue word: no longer word starts a cue. */
const LONGEST_CUE_WORD = Math.max(...[...FORMS.keys()].map((word) => word.length));
/**
 * Per pair of leading letters a-z, its row in LAST_LETTERS, or 0 when no cue word starts with it (most common
 * words: "th", "an", "of"), which a small table tells without reading the larger one.
 */
const ROW_OF_PAIR = new Uint16Array(26 * 26);
/** Per row and word length, the last letters (as bits, 26 for any other) of the cue words of that shape; row 0 is empty. */
const LAST_LETTERS = buildLastLetters();

function buildLastLetters(): Uint32Array {
  const words = [...FORMS.keys()].filter((word) => word.length >= 2 && letterPair(word.charCodeAt(0), word.charCodeAt(1)) >= 0);
  let rows = 1;
  for (const word of words) {
    const pair = letterPair(word.charCodeAt(0), word.charCodeAt(1));
    if (ROW_OF_PAIR[pair] === 0) ROW_OF_PAIR[pair] = rows++;
  }
  const table = new Uint32Array(rows * (LONGEST_CUE_WORD + 1));
  for (const word of words) {
    const row = ROW_OF_PAIR[letterPair(word.charCodeAt(0), word.charCodeAt(1))];
    table[row * (LONGEST_CUE_WORD + 1) + word.length] |= 1 << lastLetterBit(word.charCodeAt(word.length - 1));
  }
  return table;
}

/** Index of two letters a-z, else -1. */
function letterPair(first: number, second: number): number {
  const a = first - 97;
  const b = second - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
}

/** Bit of a last letter a-z, 26 for any other character. */
function lastLetterBit(code: number): number {
  const letter = code - 97;
  return letter >= 0 && letter < 26 ? letter : 26;
}

/** Whether some cue word has fewer than two characters (punctuation tokens are one). */
export const HAS_SHORT_CUE_WORD = [...FORMS.keys()].some((word) => word.length < 2);

/**
 * Whether the word may start a cue: most words are ruled out by their length, first two letters and
 * last letter, without hashing them for the FORMS lookup (words not of two leading letters a-z may).
 */
export function mayStartCue(word: string): boolean {
  const length = word.length;
  return length < 2 ? HAS_SHORT_CUE_WORD : mayStartCueOfShape(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(length - 1), length);
}

/** `mayStartCue` for a word given its first two codes, last code and length: the tokenizer has them without reading a string. */
export function mayStartCueOfShape(first: number, second: number, last: number, length: number): boolean {
  if (length < 2) return HAS_SHORT_CUE_WORD;
  if (length > LONGEST_CUE_WORD) return false;
  const pair = letterPair(first, second);
  if (pair < 0) return true;
  const row = ROW_OF_PAIR[pair];
  return row !== 0 && ((LAST_LETTERS[row * (LONGEST_CUE_WORD + 1) + length] >>> lastLetterBit(last)) & 1) === 1;
}

/** Whether `word` is a cue of one word ("said", "told"), not merely the first of a longer one ("in the words of"). */
export function isOneWordCue(word: string): boolean {
  return mayStartCue(word) && (FORMS.get(word)?.some((form) => form.rest.length === 0) ?? false);
}

/** Calls of `cueAt` so far: tests compare its growth to catch searches that rescan a paragraph per quote. */
let lookups = 0;

export function cueLookupCount(): number {
  return lookups;
}

export interface CueMatch {
  form: CueForm;
  /** Words the cue spans. */
  length: number;
}

/** A word that keeps the cue found at it (undefined until looked up). */
export interface CueWord {
  lower: string;
  cue: CueMatch | null | undefined;
}

/**
 * The cue starting at `words[index]` (tokens with their lower-cased text), with the number of
 * words it spans, or null. Looked up once per word and kept on it: searches ask about the same words again.
 */
export function cueAt(words: readonly CueWord[], index: number): CueMatch | null {
  lookups++;
  const word = words[index];
  if (word === undefined) return null;
  if (word.cue === undefined) word.cue = findCue(words, index);
  return word.cue;
}

function findCue(words: readonly { lower: string }[], index: number): CueMatch | null {
  const word = words[index].lower;
  if (!mayStartCue(word)) return null;
  const candidates = FORMS.get(word);
  if (!candidates) return null;
  for (const form of candidates) {
    if (restFollows(words, index + 1, form.rest)) return { form, length: 1 + form.rest.length };
  }
  return null;
}

/** A plain loop: this runs for every token of a quoted paragraph. */
function restFollows(words: readonly { lower: string }[], from: number, rest: readonly string[]): boolean {
  for (let offset = 0; offset < rest.length; offset++) {
    if (words[from + offset]?.lower !== rest[offset]) return false;
  }
  return true;
}
