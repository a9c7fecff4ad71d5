// Reading brat standoff `.ann` files back (e.g. after a review in brat or INCEpTION) and turning
// the differences from our analysis into ordinary corrections.
import { Correction, CorrectionChange, createCorrection } from './corrections';
import { BRAT_LABELS, utf16Offsets } from './export';
import { Analysis, Entity, EntityType, Span } from './model';

export interface BratTextBound extends Span {
  id: string;
  label: string;
  text: string;
}

export interface BratRelation {
  id: string;
  label: string;
  arg1: string;
  arg2: string;
}

export interface BratDocument {
  textBounds: BratTextBound[];
  relations: BratRelation[];
  /** Text-bound ids carrying a flag attribute, by attribute name. */
  flags: Map<string, Set<string>>;
}

/** Parses an `.ann` file; offsets are converted from code points to UTF-16 offsets of `text`. */
export function parseBrat(ann: string, text: string): BratDocument {
  const toUtf16 = utf16Offsets(text);
  const parsed: BratDocument = { textBounds: [], relations: [], flags: new Map() };
  ann.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const [id, annotation = '', surface = ''] = line.split('\t');
    const fail = (what: string) => new Error(`line ${index + 1}: ${what}: ${line}`);
    if (id.startsWith('T')) {
      const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(annotation);
      if (!match) throw fail('malformed text-bound annotation');
      const offsets = match[2].split(/[ ;]/).map(Number);
      parsed.textBounds.push({ id, label: match[1], start: toUtf16(offsets[0]), end: toUtf16(offsets[offsets.length - 1]), text: surface });
    } else if (id.startsWith('R')) {
      const match = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(annotation);
      if (!match) throw fail('malformed relation');
      parsed.relations.push({ id, label: match[1], arg1: match[2], arg2: match[3] });
    } else if (id.startsWith('A') || id.startsWith('M')) {
      const [name, target] = annotation.split(' ');
      if (!name || !target) throw fail('malformed attribute');
      parsed.flags.set(name, (parsed.flags.get(name) ?? new Set()).add(target));
    }
    // `*` equivalences and `#` notes carry nothing we need to re-import.
  });
  return parsed;
}

const TYPE_BY_LABEL = new Map<string, EntityType>(
  (Object.entries(BRAT_LABELS) as [EntityType, string][]).map(([type, label]) => [label, type]),
);

/**
 * Corrections that turn `analysis` (of `text`) into what the `.ann` file says: quotes added,
 * removed, re-kinded or re-attributed; entities added, re-typed or dropped.
 */
export function importBrat(text: string, analysis: Analysis, ann: string, created = new Date().toISOString()): Correction[] {
  const brat = parseBrat(ann, text);
  const corrections: Correction[] = [];
  const correct = (span: Span, change: CorrectionChange) => corrections.push(createCorrection(text, span, change, { created }));
  const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
  const byId = new Map(brat.textBounds.map((t) => [t.id, t]));
  const mentionAt = (span: Span) => {
    for (const entity of analysis.entities) if (entity.mentions.some((m) => same(m, span))) return entity;
    return undefined;
  };

  const bratQuotes = brat.textBounds.filter((t) => t.label === 'Quote' || t.label === 'Term');
  for (const bound of bratQuotes) {
    const kind = bound.label === 'Quote' ? 'speech' : 'term';
    const quote = analysis.quotes.find((q) => same(q, bound));
    if (!quote) correct(bound, { kind: 'quote-add', quoteKind: kind });
    else if (quote.kind !== kind) correct(bound, { kind: 'quote-kind', quoteKind: kind });
    const speakerBound = byId.get(brat.relations.find((r) => r.label === 'Speaker' && r.arg1 === bound.id)?.arg2 ?? '');
    if (!speakerBound) continue;
    const entity = mentionAt(speakerBound);
    const speaker = entity ? { name: entity.name, entityId: entity.id } : { name: speakerBound.text };
    const unchanged = quote?.speaker && (entity ? quote.speaker.entityId === entity.id : quote.speaker.name === speaker.name);
    if (!unchanged) correct(bound, { kind: 'quote-speaker', speaker });
  }
  for (const quote of analysis.quotes) {
    if (!bratQuotes.some((b) => same(b, quote))) correct(quote, { kind: 'quote-remove' });
  }

  const retyped = new Set<Entity>();
  const kept = new Set<Entity>();
  for (const bound of brat.textBounds) {
    const type = TYPE_BY_LABEL.get(bound.label);
    if (!type) continue;
    const entity = mentionAt(bound);
    const speakerMention = analysis.quotes.some((q) => q.speaker && same(q.speaker.mention, bound));
    if (!entity && !speakerMention) {
      correct(bound, { kind: 'entity-add', entityType: type, name: bound.text });
      continue;
    }
    if (!entity) {
      continue;
    }
    kept.add(entity);
    if (entity.type !== type && !retyped.has(entity)) {
      retyped.add(entity);
      correct(bound, { kind: 'entity-type', entityType: type });
    }
  }
  for (const entity of analysis.entities) {
    if (!kept.has(entity) && entity.mentions.length) correct(entity.mentions[0], { kind: 'entity-ignore' });
  }
  return corrections;
}
