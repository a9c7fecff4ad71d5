// User corrections to an analysis: what they are, and how they are applied on top of a fresh
// analysis after re-anchoring each one in the current text.
import { randomUUID } from 'node:crypto';
import { Target, anchor, describe, quoteSelector } from './anchoring';
import { Analysis, AnalysisDiagnostic, Entity, EntityType, Mention, Quote, Span, TextSpan } from './model';
import { firstFrom } from './text';

interface CorrectionBase {
  id: string;
  /** ISO timestamp; corrections of the same kind apply oldest first. */
  created: string;
  /** The quote or entity mention the correction is about (for `document-date`: the header). */
  target: Target;
}

export interface SpeakerChoice {
  name: string;
  /** The entity picked from the document, when it was picked rather than typed. */
  entityId?: string;
}

export type Correction = CorrectionBase &
  (
    | { kind: 'quote-speaker'; speaker: SpeakerChoice }
    | { kind: 'quote-kind'; quoteKind: Quote['kind'] }
    | { kind: 'quote-add'; quoteKind: Quote['kind'] }
    | { kind: 'quote-remove' }
    | { kind: 'quote-date'; date: string | null }
    | { kind: 'entity-rename'; name: string }
    | { kind: 'entity-type'; entityType: EntityType }
    | { kind: 'entity-merge'; into: Target }
    | { kind: 'entity-split'; name: string }
    | { kind: 'entity-add'; entityType: EntityType; name: string }
    | { kind: 'entity-ignore' }
    | { kind: 'document-date'; date: string | null }
  );

export type CorrectionKind = Correction['kind'];
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** What a correction changes, without its identity and anchor. */
export type CorrectionChange = DistributiveOmit<Correction, 'id' | 'created' | 'target'>;

export const CORRECTION_KINDS: readonly CorrectionKind[] = [
  'entity-add', 'entity-rename', 'entity-type', 'entity-split', 'entity-merge', 'entity-ignore',
  'quote-add', 'quote-remove', 'quote-kind', 'quote-speaker', 'quote-date', 'document-date',
];
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'event', 'work'];
export const USER_RULE = 'corrected by you';

/** Kinds where a newer correction of the same item replaces the older one. */
const REPLACING_KINDS: ReadonlySet<CorrectionKind> = new Set<CorrectionKind>([
  'quote-speaker', 'quote-kind', 'quote-date', 'entity-rename', 'entity-type', 'document-date',
]);

export function createCorrection(
  text: string,
  span: Span,
  change: CorrectionChange,
  identity: { id?: string; created?: string } = {},
): Correction {
  return {
    id: identity.id ?? randomUUID(),
    created: identity.created ?? new Date().toISOString(),
    target: describe(text, span),
    ...change,
  } as Correction;
}

/** Ids of existing corrections that `added` makes obsolete (same kind, same item). */
export function supersededBy(text: string, existing: readonly Correction[], added: Correction): string[] {
  if (!REPLACING_KINDS.has(added.kind)) return [];
  if (added.kind === 'document-date') return existing.filter((c) => c.kind === 'document-date').map((c) => c.id);
  const addedSpan = anchor(text, added.target);
  return existing
    .filter((c) => c.kind === added.kind && c.id !== added.id)
    .filter((c) => {
      const span = anchor(text, c.target);
      return span !== null && addedSpan !== null && span.start === addedSpan.start && span.end === addedSpan.end;
    })
    .map((c) => c.id);
}

export interface AppliedCorrection {
  correction: Correction;
  span: Span;
}

export interface OrphanedCorrection {
  correction: Correction;
  /** Why it could not be applied, for the orphans view. */
  reason: string;
}

export interface CorrectionResult {
  analysis: Analysis;
  applied: AppliedCorrection[];
  orphaned: OrphanedCorrection[];
}

/**
 * Applies corrections on top of `analysis` (computed from `text`); the input is not modified. The
 * result shares every object the corrections leave unchanged, so the cost follows the corrections.
 */
export function applyCorrections(text: string, analysis: Analysis, corrections: readonly Correction[]): CorrectionResult {
  const editor = new AnalysisEditor(text, analysis);
  const applied: AppliedCorrection[] = [];
  const orphaned: OrphanedCorrection[] = [];
  const ordered = [...corrections].sort((a, b) => a.created.localeCompare(b.created) || phase(a.kind) - phase(b.kind));
  for (const correction of ordered) {
    const span = correction.kind === 'document-date' ? { start: 0, end: 0 } : anchor(text, correction.target);
    if (!span) {
      orphaned.push({ correction, reason: `"${shorten(quoteSelector(correction.target).exact)}" is no longer in the text` });
      continue;
    }
    const failure = editor.apply(correction, span);
    if (failure) orphaned.push({ correction, reason: failure });
    else applied.push({ correction, span });
  }
  return { analysis: editor.finish(), applied, orphaned };
}

/**
 * Corrections replay in the order they were made; made at the same time (an import), entities come
 * first (speakers resolve against them), then which quotes exist, then quote details.
 */
function phase(kind: CorrectionKind): number {
  if (kind.startsWith('entity-')) return 0;
  return kind === 'quote-add' || kind === 'quote-remove' ? 1 : 2;
}

function shorten(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

function overlap(a: Span, b: Span): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unnamed';
}

function markCorrected(item: Quote | Entity, correctionId: string): void {
  item.corrected = true;
  item.correctionIds = [...(item.correctionIds ?? []), correctionId];
}

/**
 * Edits an analysis copy-on-write: an array, quote or entity is copied right before its first
 * change, because the input must stay intact (the chunked analyzer updates its arrays in place from
 * run to run) and a deep copy of a big document costs tens of ms on every edit. Speaker objects are
 * replaced, never changed, as an added quote shares the speaker of the quote it widens.
 * Each `apply` returns a failure reason, or null when applied.
 */
class AnalysisEditor {
  private readonly analysis: Analysis;
  /** What this editor copied or created, so may change in place. */
  private readonly owned = new WeakSet<object>();

  constructor(private readonly text: string, private readonly input: Analysis) {
    this.analysis = { ...input };
  }

  apply(correction: Correction, span: Span): string | null {
    switch (correction.kind) {
      case 'document-date':
        this.analysis.header = { ...this.analysis.header, date: correction.date, dateCorrected: true, dateCorrectionId: correction.id };
        return null;
      case 'quote-add':
        return this.addQuote(correction.id, span, correction.quoteKind);
      case 'entity-add':
        return this.addEntity(correction.id, span, correction.entityType, correction.name);
      case 'quote-remove':
      case 'quote-kind':
      case 'quote-speaker':
      case 'quote-date': {
        const found = this.quoteAt(span);
        if (!found) return 'no quote there any more';
        const quote = this.editableQuote(found);
        this.changeQuote(quote, correction);
        markCorrected(quote, correction.id);
        return null;
      }
      default: {
        const entity = this.entityAt(span);
        if (!entity) return 'no entity there any more';
        return this.changeEntity(entity, correction, span);
      }
    }
  }

  /** Restores document order where corrections changed it (analyses come in document order). */
  finish(): Analysis {
    const { analysis } = this;
    const quotesChanged = this.owned.has(analysis.quotes);
    if (quotesChanged) analysis.quotes.sort((a, b) => a.start - b.start);
    if (this.owned.has(analysis.entities)) {
      for (const entity of analysis.entities) if (this.owned.has(entity)) entity.mentions.sort((a, b) => a.start - b.start);
      analysis.entities.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
    }
    if (quotesChanged || analysis.header !== this.input.header) {
      analysis.diagnostics = analysis.diagnostics.filter((d) => this.stillTrue(d));
    }
    return analysis;
  }

  private stillTrue(diagnostic: AnalysisDiagnostic): boolean {
    const { header } = this.analysis;
    switch (diagnostic.code) {
      case 'missing-date':
      case 'empty-date':
      case 'unreadable-date':
        return !(header.dateCorrected && header.date);
      case 'unterminated-quote':
        return this.quotesStartingAt(diagnostic.start).length > 0;
      case 'unattributed-quote':
        return this.quotesStartingAt(diagnostic.start).some((q) => q.kind === 'speech' && !q.speaker);
    }
  }

  /** By binary search: `finish` has put the quotes in document order. */
  private quotesStartingAt(start: number): Quote[] {
    const { quotes } = this.analysis;
    const found: Quote[] = [];
    for (let at = firstFrom(quotes, start); quotes[at]?.start === start; at++) found.push(quotes[at]);
    return found;
  }

  private owns<T extends object>(value: T): T {
    this.owned.add(value);
    return value;
  }

  private editableQuotes(): Quote[] {
    const { quotes } = this.analysis;
    return this.owned.has(quotes) ? quotes : (this.analysis.quotes = this.owns([...quotes]));
  }

  private editableEntities(): Entity[] {
    const { entities } = this.analysis;
    return this.owned.has(entities) ? entities : (this.analysis.entities = this.owns([...entities]));
  }

  /** The quote's own copy, put in its place; `at` is its index when the caller knows it. */
  private editableQuote(quote: Quote, at?: number): Quote {
    if (this.owned.has(quote)) return quote;
    const quotes = this.editableQuotes();
    const copy = this.owns({ ...quote });
    quotes[at ?? quotes.indexOf(quote)] = copy;
    return copy;
  }

  /** The entity's own copy (with its own aliases and mentions arrays), put in its place. */
  private editableEntity(entity: Entity): Entity {
    if (this.owned.has(entity)) return entity;
    const entities = this.editableEntities();
    const copy = this.owns({ ...entity, aliases: [...entity.aliases], mentions: [...entity.mentions] });
    entities[entities.indexOf(entity)] = copy;
    return copy;
  }

  private changeQuote(quote: Quote, correction: Correction): void {
    switch (correction.kind) {
      case 'quote-remove':
        this.analysis.quotes = this.owns(this.analysis.quotes.filter((q) => q !== quote));
        break;
      case 'quote-kind':
        quote.kind = correction.quoteKind;
        break;
      case 'quote-date':
        quote.date = correction.date;
        quote.dateId = null;
        break;
      case 'quote-speaker': {
        const entity = this.resolveSpeaker(correction.speaker, correction.id);
        quote.speaker = { name: entity.name, entityId: entity.id, mention: this.nearestMention(entity, quote) };
        quote.ruleId = 'user';
        quote.rule = USER_RULE;
        break;
      }
    }
  }

  private changeEntity(found: Entity, correction: Correction, span: Span): string | null {
    switch (correction.kind) {
      case 'entity-rename': {
        const entity = this.editableEntity(found);
        if (!entity.aliases.includes(entity.name)) entity.aliases.push(entity.name);
        entity.aliases = entity.aliases.filter((alias) => alias !== correction.name);
        entity.name = correction.name;
        this.forSpeakersOf(entity, (quote) => (quote.speaker = { ...quote.speaker!, name: entity.name }));
        markCorrected(entity, correction.id);
        return null;
      }
      case 'entity-type': {
        const entity = this.editableEntity(found);
        entity.type = correction.entityType;
        markCorrected(entity, correction.id);
        return null;
      }
      case 'entity-ignore':
        this.analysis.entities = this.owns(this.analysis.entities.filter((e) => e !== found));
        this.forSpeakersOf(found, (quote) => {
          quote.speaker = null;
          quote.ruleId = 'none';
          quote.rule = `no speaker: you marked "${found.name}" as not an entity`;
        });
        return null;
      case 'entity-merge': {
        const intoSpan = anchor(this.text, correction.into);
        const into = intoSpan && this.entityAt(intoSpan);
        if (!into) return `the entity to merge into ("${shorten(quoteSelector(correction.into).exact)}") is no longer in the text`;
        if (into === found) return null;
        markCorrected(this.merge(found, into), correction.id);
        return null;
      }
      case 'entity-split':
        return this.split(found, span, correction);
      default:
        return `cannot apply ${correction.kind} to an entity`;
    }
  }

  /** Returns the merged entity. */
  private merge(from: Entity, target: Entity): Entity {
    const into = this.editableEntity(target);
    for (const alias of [from.name, ...from.aliases]) {
      if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
    }
    into.role ??= from.role;
    into.mentions.push(...from.mentions.map((m) => ({ ...m, entityId: into.id })));
    this.analysis.entities = this.owns(this.analysis.entities.filter((e) => e !== from));
    this.forSpeakersOf(from, (quote) => (quote.speaker = { ...quote.speaker!, entityId: into.id, name: into.name }));
    return into;
  }

  private split(found: Entity, span: Span, correction: Correction & { kind: 'entity-split' }): string | null {
    const alias = this.text.slice(span.start, span.end);
    const moved = found.mentions.filter((m) => m.text === alias);
    if (moved.length === found.mentions.length) return `"${alias}" is the only name of ${found.name}; nothing to split`;
    const entity = this.editableEntity(found);
    const created = this.newEntity(correction.name, entity.type, correction.id);
    created.mentions = moved.map((m) => ({ ...m, entityId: created.id }));
    entity.mentions = entity.mentions.filter((m) => !moved.includes(m));
    entity.aliases = entity.aliases.filter((a) => a !== alias);
    const movedStarts = new Set(moved.map((m) => m.start));
    this.analysis.quotes.forEach((quote, at) => {
      if (quote.speaker?.entityId === entity.id && movedStarts.has(quote.speaker.mention.start)) {
        this.editableQuote(quote, at).speaker = { ...quote.speaker, entityId: created.id, name: created.name };
      }
    });
    markCorrected(entity, correction.id);
    return null;
  }

  /** A new quote, or new bounds for the quotes it overlaps (which keep their attribution). */
  private addQuote(correctionId: string, span: Span, kind: Quote['kind']): string | null {
    const overlapped = this.analysis.quotes.filter((q) => overlap(q, span) > 0);
    const attribution = overlapped[0] ?? {
      speaker: null,
      cue: null,
      ruleId: 'none' as const,
      rule: 'added by you; no speaker yet',
      date: null,
      dateId: null,
      unterminated: false,
    };
    const quote: Quote = {
      ...attribution,
      id: overlapped[0]?.id ?? `user:${correctionId}`,
      ...this.textSpan(span),
      kind,
      unterminated: false,
    };
    markCorrected(quote, correctionId);
    this.analysis.quotes = this.owns([...this.analysis.quotes.filter((q) => !overlapped.includes(q)), this.owns(quote)]);
    return null;
  }

  private addEntity(correctionId: string, span: Span, type: EntityType, name: string): string | null {
    const existing = this.findByName(name);
    const entity = existing ? this.editableEntity(existing) : this.newEntity(name, type, correctionId);
    if (existing) markCorrected(entity, correctionId);
    if (!entity.mentions.some((m) => m.start === span.start && m.end === span.end)) {
      const kind = this.text.slice(span.start, span.end) === entity.name ? 'name' : 'alias';
      entity.mentions.push({ ...this.textSpan(span), entityId: entity.id, kind });
    }
    return null;
  }

  private newEntity(name: string, type: EntityType, correctionId: string): Entity {
    const base = `${type}:${slug(name)}`;
    const taken = new Set(this.analysis.entities.map((e) => e.id));
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    const entity: Entity = this.owns({ id, name, type, aliases: [], role: null, mentions: [] });
    markCorrected(entity, correctionId);
    this.editableEntities().push(entity);
    return entity;
  }

  /** A picked entity if it still exists, else one with that name, else a new person. */
  private resolveSpeaker(choice: SpeakerChoice, correctionId: string): Entity {
    const picked = choice.entityId && this.analysis.entities.find((e) => e.id === choice.entityId);
    if (picked) return picked;
    const named = this.findByName(choice.name);
    if (named) return named;
    const entity = this.newEntity(choice.name, 'person', correctionId);
    for (let at = this.text.indexOf(choice.name); at !== -1; at = this.text.indexOf(choice.name, at + choice.name.length)) {
      entity.mentions.push({ ...this.textSpan({ start: at, end: at + choice.name.length }), entityId: entity.id, kind: 'name' });
    }
    return entity;
  }

  private findByName(name: string): Entity | undefined {
    const wanted = name.toLocaleLowerCase();
    return this.analysis.entities.find(
      (e) => e.name.toLocaleLowerCase() === wanted || e.aliases.some((a) => a.toLocaleLowerCase() === wanted),
    );
  }

  private nearestMention(entity: Entity, quote: Quote): TextSpan {
    const outside = entity.mentions.filter((m) => overlap(m, quote) <= 0);
    const distance = (m: Mention) => (m.end <= quote.start ? quote.start - m.end : m.start - quote.end);
    const nearest = outside.sort((a, b) => distance(a) - distance(b))[0];
    return nearest ? { start: nearest.start, end: nearest.end, text: nearest.text } : { start: quote.start, end: quote.start, text: '' };
  }

  /** Calls `change` with an editable copy of each quote that `entity` speaks. */
  private forSpeakersOf(entity: Entity, change: (quote: Quote) => void): void {
    this.analysis.quotes.forEach((quote, at) => {
      if (quote.speaker?.entityId === entity.id) change(this.editableQuote(quote, at));
    });
  }

  private quoteAt(span: Span): Quote | undefined {
    return this.bestOverlap(this.analysis.quotes, span);
  }

  /** The entity with a mention at `span`, or else one whose name or alias is the anchored text. */
  private entityAt(span: Span): Entity | undefined {
    let mention: Mention | undefined;
    for (const entity of this.analysis.entities) mention = this.bestOverlap(entity.mentions, span, mention);
    if (mention) {
      const { entityId } = mention;
      return this.analysis.entities.find((e) => e.id === entityId);
    }
    return this.findByName(this.text.slice(span.start, span.end));
  }

  /** The item overlapping `span` most (the earliest of equals), or `best` if none overlaps more. */
  private bestOverlap<T extends Span>(items: readonly T[], span: Span, best?: T): T | undefined {
    for (const item of items) {
      if (overlap(item, span) > 0 && (!best || overlap(item, span) > overlap(best, span))) best = item;
    }
    return best;
  }

  private textSpan(span: Span): TextSpan {
    return { start: span.start, end: span.end, text: this.text.slice(span.start, span.end) };
  }
}

/** One line saying what a correction does, for lists and messages. */
export function correctionSummary(correction: Correction): string {
  switch (correction.kind) {
    case 'quote-speaker':
      return `Speaker: ${correction.speaker.name}`;
    case 'quote-kind':
      return correction.quoteKind === 'term' ? 'Marked as a term, not speech' : 'Marked as speech';
    case 'quote-add':
      return correction.quoteKind === 'term' ? 'Term added' : 'Quote added';
    case 'quote-remove':
      return 'Quote removed';
    case 'quote-date':
      return `Statement date: ${correction.date ?? 'none'}`;
    case 'entity-rename':
      return `Renamed to ${correction.name}`;
    case 'entity-type':
      return `Type: ${correction.entityType}`;
    case 'entity-merge':
      return `Merged into "${shorten(quoteSelector(correction.into).exact)}"`;
    case 'entity-split':
      return `Split off as ${correction.name}`;
    case 'entity-add':
      return `Entity added: ${correction.name} (${correction.entityType})`;
    case 'entity-ignore':
      return 'Not an entity (ignored)';
    case 'document-date':
      return `Document date: ${correction.date ?? 'none'}`;
  }
}
