// Exports of analyses (with corrections already applied): our JSON, W3C Web Annotation JSON-LD,
// brat standoff, and a CSV of quotes.
import { describe } from './anchoring';
import { Analysis, Entity, EntityType, Quote, Span } from './model';
import { firstFrom } from './text';

export const EXPORT_FORMATS = ['json', 'w3c', 'brat', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportDocument {
  /** File name of the document, e.g. `000_939248764b6c96bf.txt`. */
  name: string;
  text: string;
  analysis: Analysis;
}

export interface ExportFile {
  /** File name to write, relative to the export folder. */
  name: string;
  content: string;
}

/** Files to write for `documents` in `format`: one per document, or one CSV for all. */
export function exportDocuments(documents: readonly ExportDocument[], format: ExportFormat): ExportFile[] {
  switch (format) {
    case 'json':
      return documents.map((d) => ({ name: `${d.name}.analysis.json`, content: toOurJson(d) }));
    case 'w3c':
      return documents.map((d) => ({ name: `${d.name}.jsonld`, content: toW3C(d) }));
    case 'brat':
      return [
        ...documents.flatMap((d) => [
          { name: d.name, content: d.text },
          { name: bratAnnName(d.name), content: toBrat(d) },
        ]),
        { name: 'annotation.conf', content: BRAT_ANNOTATION_CONF },
      ];
    case 'csv':
      return [{ name: 'quotes.csv', content: toCsv(documents) }];
  }
}

export function bratAnnName(documentName: string): string {
  return documentName.replace(/\.txt$/i, '') + '.ann';
}

export function toOurJson(document: ExportDocument): string {
  return `${JSON.stringify({ document: document.name, analysis: document.analysis }, null, 2)}\n`;
}

// ---- W3C Web Annotation ----

const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const SOURCE_LENS_VOCABULARY = 'urn:source-lens:';

export function toW3C(document: ExportDocument): string {
  const { name, text, analysis } = document;
  const target = (span: Span) => ({ source: name, ...describe(text, span) });
  const quotes = analysis.quotes.map((quote) => ({
    id: `${SOURCE_LENS_VOCABULARY}${name}#${quote.id}`,
    type: 'Annotation',
    motivation: 'identifying',
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: quote.kind === 'speech' ? 'quote' : 'term' },
      ...(quote.speaker
        ? [{ type: 'TextualBody', purpose: 'identifying', value: quote.speaker.name, id: `${SOURCE_LENS_VOCABULARY}${name}#${quote.speaker.entityId}` }]
        : []),
      ...(quote.date ? [{ type: 'TextualBody', purpose: 'describing', value: `statement date: ${quote.date}` }] : []),
      ...(quote.corrected ? [{ type: 'TextualBody', purpose: 'editing', value: 'corrected by the user' }] : []),
    ],
    target: target(quote),
  }));
  const mentions = analysis.entities.flatMap((entity) =>
    entity.mentions.map((mention, index) => ({
      id: `${SOURCE_LENS_VOCABULARY}${name}#${entity.id}/${index}`,
      type: 'Annotation',
      motivation: 'identifying',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: entity.type },
        { type: 'TextualBody', purpose: 'identifying', value: entity.name, id: `${SOURCE_LENS_VOCABULARY}${name}#${entity.id}` },
      ],
      target: target(mention),
    })),
  );
  return `${JSON.stringify({ '@context': W3C_CONTEXT, type: 'AnnotationCollection', label: name, total: quotes.length + mentions.length, items: [...quotes, ...mentions] }, null, 2)}\n`;
}

// ---- brat standoff ----

export const BRAT_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  event: 'Event',
  work: 'Work',
};

export const BRAT_ANNOTATION_CONF = `# Source Lens export: load the .txt and .ann files together in brat or INCEpTION.
[entities]
Quote
Term
Person
Organization
Place
Event
Work

[relations]
Speaker	Arg1:Quote, Arg2:<ENTITY>
<OVERLAP>	Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>
Equiv	Arg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive

[events]

[attributes]
Corrected	Arg:<ENTITY>
`;

/**
 * brat offsets count Unicode code points (not UTF-16 units); a span crossing a line break is
 * written as fragments, one per line.
 */
export function toBrat(document: ExportDocument): string {
  const { text, analysis } = document;
  const codePoints = codePointOffsets(text);
  const lines: string[] = [];
  const textBound = new Map<string, string>();
  let attributes = 0;
  const addTextBound = (label: string, span: Span, corrected: boolean | undefined): string => {
    const key = `${label}:${span.start}:${span.end}`;
    const known = textBound.get(key);
    if (known) return known;
    const id = `T${textBound.size + 1}`;
    textBound.set(key, id);
    const fragments = lineFragments(text, span);
    const offsets = fragments.map((f) => `${codePoints(f.start)} ${codePoints(f.end)}`).join(';');
    lines.push(`${id}\t${label} ${offsets}\t${fragments.map((f) => text.slice(f.start, f.end)).join(' ')}`);
    if (corrected) lines.push(`A${++attributes}\tCorrected ${id}`);
    return id;
  };
  const mentionIds = new Map<Entity, string[]>();
  for (const entity of analysis.entities) {
    mentionIds.set(entity, entity.mentions.map((m) => addTextBound(BRAT_LABELS[entity.type], m, entity.corrected)));
  }
  let relations = 0;
  let notes = 0;
  for (const quote of analysis.quotes) {
    const id = addTextBound(quote.kind === 'speech' ? 'Quote' : 'Term', quote, quote.corrected);
    const speakerEntity = quote.speaker && analysis.entities.find((e) => e.id === quote.speaker!.entityId);
    if (quote.speaker && speakerEntity) {
      const mention = quote.speaker.mention.end > quote.speaker.mention.start ? quote.speaker.mention : speakerEntity.mentions[0];
      const speakerId = mention
        ? addTextBound(BRAT_LABELS[speakerEntity.type], mention, speakerEntity.corrected)
        : undefined;
      if (speakerId) lines.push(`R${++relations}\tSpeaker Arg1:${id} Arg2:${speakerId}`);
    }
    const note = quoteNote(quote);
    if (note) lines.push(`#${++notes}\tAnnotatorNotes ${id}\t${note}`);
  }
  for (const ids of mentionIds.values()) {
    const distinct = [...new Set(ids)];
    if (distinct.length > 1) lines.push(`*\tEquiv ${distinct.join(' ')}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function quoteNote(quote: Quote): string {
  return [
    quote.speaker ? `speaker: ${quote.speaker.name}` : '',
    quote.cue ? `cue: ${quote.cue.text}` : '',
    quote.date ? `date: ${quote.date}` : '',
  ]
    .filter(Boolean)
    .join('; ')
    .replace(/[\t\r\n]+/g, ' ');
}

/** Splits a span at line breaks into non-empty pieces (brat text-bound fragments). */
function lineFragments(text: string, span: Span): Span[] {
  const fragments: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === '\n' || text[i] === '\r') {
      if (i > start) fragments.push({ start, end: i });
      start = i + 1;
    }
  }
  return fragments.length ? fragments : [{ start: span.start, end: span.end }];
}

/** Maps UTF-16 offsets of `text` to code point offsets (identity when there are no astral characters). */
export function codePointOffsets(text: string): (utf16: number) => number {
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) astral.push(++i);
  }
  if (astral.length === 0) return (offset) => offset;
  // Astral characters before `offset`: the index of the first one at or after it.
  return (offset) => offset - firstFrom(astral, offset);
}

/** Inverse of `codePointOffsets`. */
export function utf16Offsets(text: string): (codePoint: number) => number {
  const table: number[] = [];
  for (let i = 0; i < text.length; i++) {
    table.push(i);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
  }
  table.push(text.length);
  return (codePoint) => table[codePoint] ?? text.length;
}

// ---- CSV ----

export const CSV_COLUMNS = ['file', 'speaker', 'role', 'quote', 'cue', 'statement date', 'document date'] as const;

/** One row per direct quote (terms and scare quotes are not statements, so they are left out). */
export function toCsv(documents: readonly ExportDocument[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const { name, analysis } of documents) {
    for (const quote of analysis.quotes.filter((q) => q.kind === 'speech')) {
      const speaker = quote.speaker && analysis.entities.find((e) => e.id === quote.speaker!.entityId);
      rows.push([
        name,
        quote.speaker?.name ?? '',
        speaker?.role ?? '',
        quote.text,
        quote.cue?.text ?? '',
        quote.date ?? '',
        analysis.header.date ?? '',
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 quoting, so quotes, commas and line breaks inside a cell survive. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
