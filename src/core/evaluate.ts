// Pure scoring of predicted quotes against a gold set (one article at a time, then summed).
// Definitions: spans match when they overlap by ≥ 50% of the shorter span; speakers match when
// they share a word that is not a title or article (case ignored); gold speakers that name nobody
// (an unresolved "he") and `term` gold quotes count neither way, but giving a term a speaker counts
// against precision.

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  resolved_speaker?: string | null;
  kind?: 'speech' | 'term';
}

export interface GoldArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

export interface PredictedQuote {
  start: number;
  end: number;
  kind: 'speech' | 'term';
  speaker: { name: string; mention: { text: string } } | null;
}

export interface Counts {
  /** Gold speech quotes (not terms). */
  goldSpeech: number;
  /** Gold speech quotes matched by any predicted quote. */
  detected: number;
  /** Gold speech quotes with a known speaker. */
  goldWithSpeaker: number;
  /** Of those, detected ones, and detected ones whose speaker matches. */
  detectedWithSpeaker: number;
  speakerCorrect: number;
  /** Predicted quotes carrying a speaker that count for precision, and the correct ones among them. */
  predictedWithSpeaker: number;
  predictedCorrect: number;
}

export interface QuoteError {
  kind: 'missed' | 'wrong-speaker' | 'no-speaker' | 'spurious' | 'term-attributed';
  start: number;
  end: number;
  snippet: string;
  goldSpeaker: string | null;
  predictedSpeaker: string | null;
}

export interface ArticleScore {
  id: string;
  counts: Counts;
  errors: QuoteError[];
}

export interface Summary {
  articles: number;
  counts: Counts;
  detectionRecall: number;
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
}

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'sen', 'senator', 'rep', 'representative',
  'gov', 'governor', 'secretary', 'gen', 'general', 'lt', 'col', 'sgt', 'capt', 'adm', 'judge', 'justice', 'mayor', 'prof',
  'professor', 'rev', 'reverend', 'former', 'jr', 'sr', 'ambassador', 'chairman', 'chairwoman', 'minister', 'prime', 'speaker',
  'chancellor', 'pope',
]);
const ARTICLES = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'to', 'in', 'at', 'on', 's']);

/** Lower-cased words of a speaker name without titles, articles and possessive endings. */
export function speakerWords(name: string): Set<string> {
  const result = new Set<string>();
  for (const word of name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word && !TITLES.has(word) && !ARTICLES.has(word)) result.add(word);
  }
  return result;
}

function sharesWord(a: Set<string>, b: Set<string>): boolean {
  for (const word of a) if (b.has(word)) return true;
  return false;
}

const PRONOUNS = new Set(['i', 'me', 'we', 'us', 'you', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them', 'their', 'who']);

/**
 * The gold speaker's name (`resolved_speaker`, else `speaker`), or null when it names nobody: a bare
 * pronoun or role that the corpus left unresolved ("she", "the president") is not a known speaker.
 */
function goldSpeaker(quote: GoldQuote): string | null {
  const name = quote.resolved_speaker ?? quote.speaker ?? null;
  if (name === null) return null;
  for (const word of speakerWords(name)) if (!PRONOUNS.has(word)) return name;
  return null;
}

/**
 * Whether a predicted speaker matches the gold one: the predicted entity's canonical name shares a
 * non-title word with the gold speaker's name. Deliberately strict: the mention text ("he", "the
 * president") is not compared, or a pronoun resolved to the wrong person would count as right.
 */
export function speakerMatches(predicted: PredictedQuote['speaker'], gold: GoldQuote): boolean {
  const expected = goldSpeaker(gold);
  if (predicted === null || expected === null) return false;
  return sharesWord(speakerWords(predicted.name), speakerWords(expected));
}

export function spansMatch(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return overlap > 0 && overlap * 2 >= shorter;
}

function emptyCounts(): Counts {
  return { goldSpeech: 0, detected: 0, goldWithSpeaker: 0, detectedWithSpeaker: 0, speakerCorrect: 0, predictedWithSpeaker: 0, predictedCorrect: 0 };
}

function snippet(text: string, start: number, end: number): string {
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  return body.length > 90 ? `${body.slice(0, 60)}…${body.slice(-25)}` : body;
}

export function scoreArticle(gold: GoldArticle, predicted: readonly PredictedQuote[]): ArticleScore {
  const counts = emptyCounts();
  const errors: QuoteError[] = [];
  const error = (kind: QuoteError['kind'], span: { start: number; end: number }, goldName: string | null, predictedName: string | null) =>
    errors.push({ kind, start: span.start, end: span.end, snippet: snippet(gold.text, span.start, span.end), goldSpeaker: goldName, predictedSpeaker: predictedName });

  for (const quote of gold.quotes) {
    if (quote.kind === 'term') continue;
    const expected = goldSpeaker(quote);
    const matches = predicted.filter((candidate) => spansMatch(candidate, quote));
    counts.goldSpeech++;
    if (matches.length > 0) counts.detected++;
    if (expected === null) continue;
    counts.goldWithSpeaker++;
    if (matches.length === 0) {
      error('missed', quote, expected, null);
      continue;
    }
    counts.detectedWithSpeaker++;
    if (matches.some((candidate) => speakerMatches(candidate.speaker, quote))) counts.speakerCorrect++;
    else {
      const attributed = matches.find((candidate) => candidate.speaker !== null);
      error(attributed ? 'wrong-speaker' : 'no-speaker', quote, expected, attributed?.speaker?.name ?? null);
    }
  }

  for (const quote of predicted) {
    if (quote.speaker === null) continue;
    const matches = gold.quotes.filter((candidate) => spansMatch(quote, candidate));
    const speech = matches.filter((candidate) => candidate.kind !== 'term');
    // A gold quote whose speaker the annotators left unknown cannot confirm or refute the prediction.
    if (speech.length > 0 && speech.every((candidate) => goldSpeaker(candidate) === null)) continue;
    counts.predictedWithSpeaker++;
    if (speech.some((candidate) => speakerMatches(quote.speaker, candidate))) counts.predictedCorrect++;
    else if (speech.length === 0) error(matches.length > 0 ? 'term-attributed' : 'spurious', quote, null, quote.speaker.name);
  }
  return { id: gold.id, counts, errors };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function summarize(scores: readonly ArticleScore[]): Summary {
  const counts = emptyCounts();
  for (const score of scores) {
    for (const key of Object.keys(counts) as (keyof Counts)[]) counts[key] += score.counts[key];
  }
  const precision = ratio(counts.predictedCorrect, counts.predictedWithSpeaker);
  const recall = ratio(counts.speakerCorrect, counts.goldWithSpeaker);
  return {
    articles: scores.length,
    counts,
    detectionRecall: ratio(counts.detected, counts.goldSpeech),
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    speakerAccuracy: ratio(counts.speakerCorrect, counts.detectedWithSpeaker),
  };
}

/** Articles with the most errors first (ties by id, for stable output). */
export function worstArticles(scores: readonly ArticleScore[], count: number): ArticleScore[] {
  return [...scores]
    .filter((score) => score.errors.length > 0)
    .sort((a, b) => b.errors.length - a.errors.length || a.id.localeCompare(b.id))
    .slice(0, count);
}
