// The analysis model: everything `analyze()` returns. JSON-serializable and deterministic.
// Every offset is a UTF-16 index into the analyzed text: start inclusive, end exclusive.

export const ANALYSIS_VERSION = 1;

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place' | 'event' | 'work';

/** How a mention refers to its entity. */
export type MentionKind = 'name' | 'alias' | 'role' | 'pronoun';

export interface Mention extends TextSpan {
  entityId: string;
  kind: MentionKind;
}

/** The role of a person the header names as the article's author. */
export const BYLINE_ROLE = 'author';

export interface Entity {
  /** Stable within one analysis: derived from type and canonical name, e.g. `person:jens-stoltenberg`. */
  id: string;
  /** Canonical full name, e.g. "Jens Stoltenberg". */
  name: string;
  type: EntityType;
  /** Other surface forms merged into this entity, e.g. "Stoltenberg", "the head of the Alliance". */
  aliases: string[];
  /** Role or title, e.g. "NATO Secretary General"; null when the text gives none. */
  role: string | null;
  /** Every mention, in document order. */
  mentions: Mention[];
  /** Set when a user correction changed this entity (see `correctionIds`). */
  corrected?: boolean;
  /** Ids of the user corrections applied to this entity, oldest first. */
  correctionIds?: string[];
}

export interface DateExpression extends TextSpan {
  id: string;
  /** ISO date (`2023-02-18`) or the start of a range; null when it cannot be resolved. */
  value: string | null;
  /** Inclusive ISO end of a range ("last week", "by the end of February"); null for a single day. */
  rangeEnd: string | null;
  relative: boolean;
}

export interface QuoteSpeaker {
  /** The entity's canonical full name. */
  name: string;
  entityId: string;
  /** The mention that names the speaker for this quote (may be a pronoun or role noun). */
  mention: TextSpan;
}

/** Identifies the attribution rule; `rule` on the quote is its human-readable explanation. */
export type AttributionRuleId =
  | 'adjacent-cue' // "…," X said. / "…," said X. / X said: "…"
  | 'reported-speech' // X said that … "…"
  | 'according-to'
  | 'passive' // This was stated by X
  | 'pronoun' // he said → last named speaker
  | 'role-noun' // the official said → known entity
  | 'continuation' // quote-only paragraph continues the previous speaker
  | 'subject-verb' // China asks the US "…"
  | 'nearby-speaker' // weaker fallback
  | 'user' // corrected by the user
  | 'none';

export interface Quote extends TextSpan {
  id: string;
  kind: 'speech' | 'term';
  speaker: QuoteSpeaker | null;
  cue: TextSpan | null;
  ruleId: AttributionRuleId;
  /** Why this speaker, in words a user understands; feeds the hover card. */
  rule: string;
  /** ISO date of the statement when the text gives it, else null. */
  date: string | null;
  /** The date expression that gave `date`, if any. */
  dateId: string | null;
  /** True when the closing mark is missing (the quote stops at the paragraph end). */
  unterminated: boolean;
  /** Set when a user correction changed or added this quote (see `correctionIds`). */
  corrected?: boolean;
  /** Ids of the user corrections applied to this quote, oldest first. */
  correctionIds?: string[];
}

export interface Header {
  title: string | null;
  titleSpan: Span | null;
  author: string | null;
  authorSpan: Span | null;
  /** ISO date, or null when absent, empty or unparseable. */
  date: string | null;
  /** The raw date value as written, or null when absent or empty. */
  dateText: string | null;
  dateSpan: Span | null;
  /** The `Date:` label itself, so an empty field can be pointed at. */
  dateFieldSpan?: Span;
  /** True when the `Date:` field is present at all. */
  hasDateField: boolean;
  /** Offset where the body starts (after the header block). */
  bodyStart: number;
  /** Set when the user corrected the document date; `dateCorrectionId` names the correction. */
  dateCorrected?: boolean;
  dateCorrectionId?: string;
}

export type DiagnosticCode = 'missing-date' | 'empty-date' | 'unreadable-date' | 'unterminated-quote' | 'unattributed-quote';

export interface AnalysisDiagnostic extends Span {
  code: DiagnosticCode;
  severity: 'info' | 'warning';
  message: string;
}

export interface Analysis {
  version: number;
  header: Header;
  quotes: Quote[];
  entities: Entity[];
  dates: DateExpression[];
  diagnostics: AnalysisDiagnostic[];
}

export interface AnalyzeOptions {
  /** ISO date used to resolve relative dates when the header has none. */
  referenceDate?: string;
}
