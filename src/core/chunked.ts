// Analysis of very large documents in independent chunks, so that an edit re-analyses one
// chunk and opening can show the first chunks while the rest is still being analysed.
// Chunks end at paragraph breaks chosen from the text right after them (content-defined), so
// an edit never moves the boundaries elsewhere, and unchanged chunks are reused as they are.
// The price: a pronoun opening a chunk cannot see a speaker named in the previous chunk.
// An edit costs about one chunk: the other chunks' merged results are kept, moved and renumbered
// in place, so the analysis one run returns changes with the next run.
import { analyze as analyzeWhole } from './analyze';
import { byStart } from './lookup';
import { ANALYSIS_VERSION, Analysis, AnalysisDiagnostic, DateExpression, Entity, Mention, Quote, Span } from './model';

/** Chunks are at least this long (except the last)… */
const MIN_CHUNK = 16_384;
/** …and end at the first suitable paragraph break after this length. */
const MAX_CHUNK = 65_536;
/** About one paragraph break in this many is a boundary, once a chunk is long enough. */
const BOUNDARY_ODDS = 4;
const PARAGRAPH_BREAK = /\n[ \t\r]*\n/g;

/** Header codes that only the first chunk (holding the real header) may report. */
const HEADER_CODES: ReadonlySet<AnalysisDiagnostic['code']> = new Set(['missing-date', 'empty-date', 'unreadable-date']);

export interface ChunkedResult {
  analysis: Analysis;
  /** Every mention of `analysis`, sorted like `AnalysisIndex.mentions` (so the index need not sort). */
  mentions: Mention[];
  /** False when the time budget ran out: the analysis covers the first chunks only. */
  complete: boolean;
}

/** Offsets where chunks start (the first is 0). */
export function chunkStarts(text: string): number[] {
  const starts = [0];
  PARAGRAPH_BREAK.lastIndex = MIN_CHUNK;
  for (let match = PARAGRAPH_BREAK.exec(text); match; match = PARAGRAPH_BREAK.exec(text)) {
    const boundary = match.index + match[0].length;
    const length = boundary - starts[starts.length - 1];
    if (length >= MAX_CHUNK || (length >= MIN_CHUNK && boundaryHash(text, boundary) % BOUNDARY_ODDS === 0)) {
      if (text.length - boundary >= MIN_CHUNK) starts.push(boundary);
      PARAGRAPH_BREAK.lastIndex = boundary + MIN_CHUNK;
    }
  }
  return starts;
}

/** A small hash of the characters following a boundary: decides boundaries from local text only. */
function boundaryHash(text: string, at: number): number {
  let hash = 0;
  for (let i = at; i < Math.min(text.length, at + 16); i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(hash);
}

export class ChunkedAnalyzer {
  /** Analysed chunks by text, for the current synthetic header; only those in use survive a complete run. */
  private chunks = new Map<string, Analysis>();
  private prefix = '';
  /** The chunks of the last run, placed in its text. */
  private placements: Placement[] = [];
  private readonly merged = new MergedAnalysis();
  private readonly entityKeys = new EntityKeys();

  constructor(private readonly analyze: (text: string) => Analysis = analyzeWhole) {}

  /**
   * Analyses the chunks not seen before, in document order, until `budgetMs` has passed (at least one).
   * The analysis returned is valid until the next run, which moves and renumbers its spans in place.
   */
  run(text: string, budgetMs = Infinity): ChunkedResult {
    const started = performance.now();
    let analysed = 0;
    const starts = chunkStarts(text);
    const used = new Map<string, Analysis>();
    const analyses: Analysis[] = [];
    for (let i = 0; i < starts.length; i++) {
      const chunk = text.slice(starts[i], starts[i + 1] ?? text.length);
      let analysis = this.chunks.get(chunk);
      if (!analysis) {
        if (analysed > 0 && performance.now() - started > budgetMs) break;
        analysis = this.analyze((i === 0 ? '' : this.prefix) + chunk);
        analysed++;
        this.chunks.set(chunk, analysis);
      }
      used.set(chunk, analysis);
      analyses.push(analysis);
      if (i === 0) this.useDocumentDate(chunk, analysis);
    }
    const complete = analyses.length === starts.length;
    if (complete) this.chunks = used;
    const old = this.placements;
    const { placements, before, after } = this.place(analyses, starts);
    this.placements = placements;
    this.merged.replace(placements, before, old.slice(before, old.length - after), placements.slice(before, placements.length - after));
    return { analysis: this.merged.analysis(placements), mentions: this.merged.mentions, complete };
  }

  /** Later chunks get a synthetic header with the document date, so their dates resolve alike. */
  private useDocumentDate(firstChunk: string, first: Analysis): void {
    const prefix = `Continued\nDate: ${first.header.date ?? ''}\n\n`;
    if (prefix === this.prefix) return;
    // Every other chunk was analysed under the old date.
    this.chunks = new Map([[firstChunk, first]]);
    this.prefix = prefix;
  }

  /**
   * Placements for the chunks' analyses: the last run's are reused for the unchanged chunks before
   * the edit (as they are) and after it (moved), so an edit costs about one chunk, not the document.
   * `before` and `after` count the reused ones.
   */
  private place(analyses: readonly Analysis[], starts: readonly number[]): { placements: Placement[]; before: number; after: number } {
    const old = this.placements;
    const placed: Placement[] = [];
    const shiftAt = (i: number) => (i === 0 ? 0 : starts[i] - this.prefix.length);
    const reusable = (placement: Placement, i: number) => placement.analysis === analyses[i] && placement.first === (i === 0);
    let before = 0;
    while (before < Math.min(analyses.length, old.length) && reusable(old[before], before) && old[before].shift === shiftAt(before)) {
      placed.push(old[before++]);
    }
    let after = 0;
    while (before + after < Math.min(analyses.length, old.length) && reusable(old[old.length - 1 - after], analyses.length - 1 - after)) after++;
    for (let i = before; i < analyses.length - after; i++) {
      placed.push(new Placement(analyses[i], shiftAt(i), i === 0 ? 0 : this.prefix.length, this.entityKeys));
    }
    for (let i = analyses.length - after; i < analyses.length; i++) {
      const placement = old[old.length - analyses.length + i];
      placement.moveTo(shiftAt(i));
      placed.push(placement);
    }
    return { placements: placed, before, after };
  }
}

/**
 * One chunk's results with whole-text offsets and ids: copies owned by this placement, so a later
 * run can move them (when text before the chunk changed length) and renumber them in place.
 */
class Placement {
  readonly first: boolean;
  readonly quotes: Quote[] = [];
  readonly dates: DateExpression[] = [];
  readonly diagnostics: AnalysisDiagnostic[] = [];
  /** The chunk's entities by key (see `EntityKeys`), each with its mentions in the text. */
  readonly entities = new Map<number, { entity: Entity; mentions: Mention[] }>();
  /** Every mention of the chunk, in the order of `AnalysisIndex.mentions`. */
  readonly mentions: Mention[];
  /** Per quote, the index in `dates` of its statement date, or -1. */
  private readonly quoteDates: number[] = [];
  /** Numbers of the first quote and date as last set (0: not numbered yet). */
  private firstQuoteNumber = 0;
  private firstDateNumber = 0;

  /**
   * @param offset the first `shift`
   * @param from spans of `analysis` starting before this belong to the synthetic header, not the text
   */
  constructor(readonly analysis: Analysis, private offset: number, from: number, keys: EntityKeys) {
    this.first = from === 0;
    const dateIndexes = new Map<string, number>();
    for (const date of analysis.dates) {
      if (date.start < from) continue;
      dateIndexes.set(date.id, this.dates.length);
      this.dates.push(shifted(date, offset));
    }
    for (const entity of analysis.entities) {
      const mentions = entity.mentions.filter((mention) => mention.start >= from).map((mention) => shifted(mention, offset));
      if (mentions.length === 0) continue;
      this.entities.set(keys.of(entity.id), { entity, mentions });
    }
    this.mentions = [...this.entities.values()].flatMap(({ mentions }) => mentions).sort(byStart);
    for (const quote of analysis.quotes) {
      if (quote.start < from) continue;
      const copy = shifted(quote, offset);
      if (quote.speaker) {
        copy.speaker = { ...quote.speaker };
        copy.speaker.mention = shifted(quote.speaker.mention, offset);
      }
      if (quote.cue) copy.cue = shifted(quote.cue, offset);
      this.quoteDates.push(quote.dateId ? dateIndexes.get(quote.dateId) ?? -1 : -1);
      this.quotes.push(copy);
    }
    for (const diagnostic of analysis.diagnostics) {
      if (diagnostic.start >= from && (this.first || !HEADER_CODES.has(diagnostic.code))) this.diagnostics.push(shifted(diagnostic, offset));
    }
  }

  /** Added to every offset of `analysis` to get an offset in the whole text. */
  get shift(): number {
    return this.offset;
  }

  /** Moves every span so that the chunk's analysis lands at `shift`. */
  moveTo(shift: number): void {
    const delta = shift - this.offset;
    if (delta === 0) return;
    this.offset = shift;
    for (const quote of this.quotes) {
      move(quote, delta);
      if (quote.speaker) move(quote.speaker.mention, delta);
      if (quote.cue) move(quote.cue, delta);
    }
    for (const spans of [this.dates, this.diagnostics, this.mentions]) for (const span of spans) move(span, delta);
  }

  /** Ids follow document order: this chunk's first quote and date get these numbers. */
  number(firstQuoteNumber: number, firstDateNumber: number): void {
    if (firstQuoteNumber === this.firstQuoteNumber && firstDateNumber === this.firstDateNumber) return;
    this.firstQuoteNumber = firstQuoteNumber;
    this.firstDateNumber = firstDateNumber;
    this.dates.forEach((date, i) => (date.id = `date-${firstDateNumber + i}`));
    this.quotes.forEach((quote, i) => {
      quote.id = `q${firstQuoteNumber + i}`;
      quote.dateId = this.quoteDates[i] < 0 ? null : this.dates[this.quoteDates[i]].id;
    });
  }
}

function shifted<T extends Span>(span: T, shift: number): T {
  // Copy, then set: overriding keys inside the spread takes V8's slow path (2–3× slower here).
  const copy = { ...span };
  move(copy, shift);
  return copy;
}

function move(span: Span, delta: number): void {
  span.start += delta;
  span.end += delta;
}

/**
 * The placed chunks' results as one analysis, entities merged by id. When placements are replaced,
 * only their items are spliced out of and into the arrays, which are kept from run to run: copying
 * arrays of a 1 MB document's ~35k items every edit costs more than analysing the edited chunk.
 */
class MergedAnalysis {
  readonly quotes: Quote[] = [];
  readonly dates: DateExpression[] = [];
  readonly diagnostics: AnalysisDiagnostic[] = [];
  /** Every mention, sorted like `AnalysisIndex.mentions`. */
  readonly mentions: Mention[] = [];
  private entities = new Map<number, Entity>();

  /**
   * Replaces the items of `removed` (the placements that followed the first `before` ones last time)
   * by those of `added` (which follow them in `placements` now).
   */
  replace(placements: readonly Placement[], before: number, removed: readonly Placement[], added: readonly Placement[]): void {
    const kept = placements.slice(0, before);
    const spliceItems = <T>(items: T[], itemsOf: (placement: Placement) => readonly T[]) =>
      splice(items, count(kept, itemsOf), count(removed, itemsOf), added.flatMap(itemsOf));
    spliceItems(this.quotes, (placement) => placement.quotes);
    spliceItems(this.dates, (placement) => placement.dates);
    spliceItems(this.diagnostics, (placement) => placement.diagnostics);
    spliceItems(this.mentions, (placement) => placement.mentions);
    const changed = new Set([...removed, ...added].flatMap((placement) => [...placement.entities.keys()]));
    const entities = new Map<number, Entity>();
    for (const placement of placements) {
      for (const key of placement.entities.keys()) {
        if (entities.has(key)) continue;
        const known = this.entities.get(key);
        entities.set(key, known && !changed.has(key) ? known : this.mergeEntity(key, placements, kept, removed, added));
      }
    }
    this.entities = entities;
  }

  /** The entity merged from every placement naming it; its mentions spliced like the other items. */
  private mergeEntity(key: number, placements: readonly Placement[], kept: readonly Placement[], removed: readonly Placement[], added: readonly Placement[]): Entity {
    const mentionsOf = (placement: Placement) => placement.entities.get(key)?.mentions ?? [];
    const mentions = this.entities.get(key)?.mentions ?? [];
    splice(mentions, count(kept, mentionsOf), count(removed, mentionsOf), added.flatMap(mentionsOf));
    let first: Entity | undefined;
    let role: string | null = null;
    const aliases = new Set<string>();
    for (const placement of placements) {
      const entity = placement.entities.get(key)?.entity;
      if (!entity) continue;
      first ??= entity;
      role ??= entity.role;
      for (const alias of entity.aliases) aliases.add(alias);
    }
    // Only called for keys that some placement holds, so `first` is set.
    return { ...first!, aliases: [...aliases], role, mentions };
  }

  /** The merged analysis; ids follow document order. */
  analysis(placements: readonly Placement[]): Analysis {
    let quoteNumber = 1;
    let dateNumber = 1;
    for (const placement of placements) {
      placement.number(quoteNumber, dateNumber);
      quoteNumber += placement.quotes.length;
      dateNumber += placement.dates.length;
    }
    const { quotes, dates, diagnostics } = this;
    return { version: ANALYSIS_VERSION, header: placements[0].analysis.header, quotes, entities: [...this.entities.values()], dates, diagnostics };
  }
}

function count<T>(placements: readonly Placement[], itemsOf: (placement: Placement) => readonly T[]): number {
  let total = 0;
  for (const placement of placements) total += itemsOf(placement).length;
  return total;
}

/** Calls that spread more arguments than this may overflow the stack. */
const SPREAD_LIMIT = 10_000;

/** `items.splice(start, deleted, ...inserted)`, also for more items than one call takes. */
function splice<T>(items: T[], start: number, deleted: number, inserted: readonly T[]): void {
  items.splice(start, deleted, ...inserted.slice(0, SPREAD_LIMIT));
  for (let i = SPREAD_LIMIT; i < inserted.length; i += SPREAD_LIMIT) items.splice(start + i, 0, ...inserted.slice(i, i + SPREAD_LIMIT));
}

/**
 * A number for each entity id. Chunks name the same entity with equal but distinct strings, and
 * Map lookups by such strings compare characters: by number they are several times faster.
 */
class EntityKeys {
  private readonly keys = new Map<string, number>();

  of(id: string): number {
    let key = this.keys.get(id);
    if (key === undefined) this.keys.set(id, (key = this.keys.size));
    return key;
  }
}
