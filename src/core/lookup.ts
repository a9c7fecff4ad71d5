// Fast position queries over one Analysis (hover, references, navigation): built once per
// analysis, then every lookup is a binary search, so hovers stay well under a millisecond.
import { Analysis, DateExpression, Entity, Mention, Quote, Span } from './model';

export class AnalysisIndex {
  /** Every mention of every entity, sorted by start. */
  readonly mentions: readonly Mention[];
  private readonly entitiesById = new Map<string, Entity>();
  private readonly quotesBySpeakerId = new Map<string, Quote[]>();

  /** `sortedMentions`, when the caller has them, saves sorting every mention (a 1 MB document has ~25k). */
  constructor(readonly analysis: Analysis, sortedMentions?: readonly Mention[]) {
    this.mentions = sortedMentions ?? analysis.entities.flatMap((entity) => entity.mentions).sort(byStart);
    for (const entity of analysis.entities) this.entitiesById.set(entity.id, entity);
    for (const quote of analysis.quotes) {
      if (!quote.speaker) continue;
      const quotes = this.quotesBySpeakerId.get(quote.speaker.entityId) ?? [];
      quotes.push(quote);
      this.quotesBySpeakerId.set(quote.speaker.entityId, quotes);
    }
  }

  entity(id: string): Entity | undefined {
    return this.entitiesById.get(id);
  }

  /** Quotes attributed to the entity, in document order. */
  quotesBy(entityId: string): readonly Quote[] {
    return this.quotesBySpeakerId.get(entityId) ?? [];
  }

  /** Entities that speak at least once, ordered by their first quote. */
  speakers(): Entity[] {
    return [...this.quotesBySpeakerId.keys()].flatMap((id) => this.entitiesById.get(id) ?? []);
  }

  quoteAt(offset: number): Quote | undefined {
    return spanAt(this.analysis.quotes, offset);
  }

  mentionAt(offset: number): Mention | undefined {
    return spanAt(this.mentions, offset);
  }

  dateAt(offset: number): DateExpression | undefined {
    return spanAt(this.analysis.dates, offset);
  }

  /** Quotes overlapping `[start, end)`, in document order (quotes never overlap each other). */
  quotesIn(start: number, end: number): Quote[] {
    const quotes = this.analysis.quotes;
    const found: Quote[] = [];
    for (let i = Math.max(0, firstStartAfter(quotes, start) - 1); i < quotes.length && quotes[i].start < end; i++) {
      if (quotes[i].end > start) found.push(quotes[i]);
    }
    return found;
  }

  /** First quote starting after `offset`, wrapping to the first quote. */
  nextQuote(offset: number): Quote | undefined {
    const quotes = this.analysis.quotes;
    return quotes[firstStartAfter(quotes, offset)] ?? quotes[0];
  }

  /** Last quote starting before `offset`, wrapping to the last quote. */
  previousQuote(offset: number): Quote | undefined {
    const quotes = this.analysis.quotes;
    return quotes[firstStartAfter(quotes, offset - 1) - 1] ?? quotes[quotes.length - 1];
  }
}

/** Document order: by start, then by end. */
export function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Index of the first span whose start is > offset (spans sorted by start). */
function firstStartAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle].start <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The innermost span containing offset. Spans are sorted by start; only mentions nest
 * ("the head of the Alliance" holds "Alliance"), and never deeply, so a few steps back suffice.
 */
function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const last = firstStartAfter(spans, offset) - 1;
  for (let i = last; i >= 0 && i > last - MAX_NESTING; i--) {
    if (offset < spans[i].end) return spans[i];
  }
  return undefined;
}

const MAX_NESTING = 8;
