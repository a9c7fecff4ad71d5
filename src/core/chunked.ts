// Analysis of very large documents in independent chunks, so that an edit re-analyses one
// chunk and opening can show the first chunks while the rest is still being analysed.
// Chunks end at paragraph breaks chosen from the text right after them (content-defined), so
// an edit never moves the boundaries elsewhere, and unchanged chunks are reused as they are.
// The price: a pronoun opening a chunk cannot see a speaker named in the previous chunk.
import { analyze as analyzeWhole } from './analyze';
import { ANALYSIS_VERSION, Analysis, AnalysisDiagnostic, DateExpression, Entity, Quote, Span } from './model';

/** Chunks are at least this long (except the last)… */
const MIN_CHUNK = 16_384;
/** …and end at the first suitable paragraph break after this length. */
const MAX_CHUNK = 65_536;
/** About one paragraph break in this many is a boundary, once a chunk is long enough. */
const BOUNDARY_ODDS = 4;
const PARAGRAPH_BREAK = /\n[ \t\r]*\n/g;

/** Header codes that only the first chunk (holding the real header) may report. */
const HEADER_CODES: ReadonlySet<AnalysisDiagnostic['code']> = new Set(['missing-date', 'empty-date']);

export interface ChunkedResult {
  analysis: Analysis;
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

interface Part {
  analysis: Analysis;
  /** Added to every offset of `analysis` to get an offset in the whole text. */
  shift: number;
  /** Spans of `analysis` starting before this belong to the synthetic header, not the text. */
  from: number;
  first: boolean;
}

export class ChunkedAnalyzer {
  /** Analysed chunks by text, for the current synthetic header; only those in use survive a complete run. */
  private chunks = new Map<string, Analysis>();
  private prefix = '';

  constructor(private readonly analyze: (text: string) => Analysis = analyzeWhole) {}

  /** Analyses the chunks not seen before, in document order, until `budgetMs` has passed (at least one). */
  run(text: string, budgetMs = Infinity): ChunkedResult {
    const started = performance.now();
    let analysed = 0;
    const starts = chunkStarts(text);
    const used = new Map<string, Analysis>();
    const parts: Part[] = [];
    for (let i = 0; i < starts.length; i++) {
      const chunk = text.slice(starts[i], starts[i + 1] ?? text.length);
      const prefix = i === 0 ? '' : this.prefix;
      let analysis = this.chunks.get(chunk);
      if (!analysis) {
        if (analysed > 0 && performance.now() - started > budgetMs) break;
        analysis = this.analyze(prefix + chunk);
        analysed++;
        this.chunks.set(chunk, analysis);
      }
      used.set(chunk, analysis);
      parts.push({ analysis, shift: starts[i] - prefix.length, from: prefix.length, first: i === 0 });
      if (i === 0) this.useDocumentDate(chunk, analysis);
    }
    const complete = parts.length === starts.length;
    if (complete) this.chunks = used;
    return { analysis: merge(parts), complete };
  }

  /** Later chunks get a synthetic header with the document date, so their dates resolve alike. */
  private useDocumentDate(firstChunk: string, first: Analysis): void {
    const prefix = `Continued\nDate: ${first.header.date ?? ''}\n\n`;
    if (prefix === this.prefix) return;
    // Every other chunk was analysed under the old date.
    this.chunks = new Map([[firstChunk, first]]);
    this.prefix = prefix;
  }
}

function shifted<T extends Span>(span: T, shift: number): T {
  // Copy, then set: overriding keys inside the spread takes V8's slow path (2–3× slower here).
  const copy = { ...span };
  copy.start += shift;
  copy.end += shift;
  return copy;
}

/** One analysis with whole-text offsets; ids renumbered in document order, entities merged by id. */
function merge(parts: readonly Part[]): Analysis {
  const quotes: Quote[] = [];
  const dates: DateExpression[] = [];
  const diagnostics: AnalysisDiagnostic[] = [];
  const entities = new Map<string, Entity>();
  for (const { analysis, shift, from, first } of parts) {
    const dateIds = new Map<string, string>();
    for (const date of analysis.dates) {
      if (date.start < from) continue;
      const id = `date-${dates.length + 1}`;
      dateIds.set(date.id, id);
      const copy = shifted(date, shift);
      copy.id = id;
      dates.push(copy);
    }
    for (const entity of analysis.entities) {
      const mentions = entity.mentions.filter((mention) => mention.start >= from).map((mention) => shifted(mention, shift));
      if (mentions.length === 0) continue;
      const known = entities.get(entity.id);
      if (!known) {
        entities.set(entity.id, { ...entity, aliases: [...entity.aliases], mentions });
        continue;
      }
      known.mentions.push(...mentions);
      known.role ??= entity.role;
      for (const alias of entity.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
    }
    for (const quote of analysis.quotes) {
      if (quote.start < from) continue;
      const copy = shifted(quote, shift);
      copy.id = `q${quotes.length + 1}`;
      if (quote.speaker) {
        copy.speaker = { ...quote.speaker };
        copy.speaker.mention = shifted(quote.speaker.mention, shift);
      }
      if (quote.cue) copy.cue = shifted(quote.cue, shift);
      copy.dateId = quote.dateId ? dateIds.get(quote.dateId) ?? null : null;
      quotes.push(copy);
    }
    for (const diagnostic of analysis.diagnostics) {
      if (diagnostic.start >= from && (first || !HEADER_CODES.has(diagnostic.code))) diagnostics.push(shifted(diagnostic, shift));
    }
  }
  return { version: ANALYSIS_VERSION, header: parts[0].analysis.header, quotes, entities: [...entities.values()], dates, diagnostics };
}
