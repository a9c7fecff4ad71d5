// Turns an Analysis into the CLI's two output forms: one JSON Lines record, or a readable report.
import { Analysis, Entity, EntityType, Quote } from '../core/model';

export function toJsonRecord(file: string, analysis: Analysis) {
  return {
    file,
    header: { title: analysis.header.title, author: analysis.header.author, date: analysis.header.date },
    quotes: analysis.quotes.map((quote) => ({
      start: quote.start,
      end: quote.end,
      text: quote.text,
      kind: quote.kind,
      speaker: quote.speaker && {
        name: quote.speaker.name,
        entityId: quote.speaker.entityId,
        mention: { start: quote.speaker.mention.start, end: quote.speaker.mention.end, text: quote.speaker.mention.text },
      },
      cue: quote.cue && { text: quote.cue.text, start: quote.cue.start, end: quote.cue.end },
      rule: quote.rule,
      ruleId: quote.ruleId,
      date: quote.date,
    })),
    entities: analysis.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      role: entity.role,
      mentions: entity.mentions.map(({ start, end, text, kind }) => ({ start, end, text, kind })),
    })),
    dates: analysis.dates.map(({ id, start, end, text, value, rangeEnd, relative }) => ({ id, start, end, text, value, rangeEnd, relative })),
    diagnostics: analysis.diagnostics.map(({ code, severity, message, start, end }) => ({ code, severity, message, start, end })),
  };
}

const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'place', 'event', 'work'];
const QUOTE_PREVIEW_LENGTH = 90;

/** 1-based `line:column` for each offset, computed in one pass over the line starts. */
export function lineColumnOf(text: string): (offset: number) => string {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return `${low + 1}:${offset - lineStarts[low] + 1}`;
  };
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= QUOTE_PREVIEW_LENGTH ? flat : `${flat.slice(0, QUOTE_PREVIEW_LENGTH - 1)}…`;
}

function describeQuote(quote: Quote, position: (offset: number) => string): string[] {
  const lines = [`  ${position(quote.start)}  ${preview(quote.text)}${quote.kind === 'term' ? '  (term)' : ''}`];
  if (quote.kind === 'speech') {
    const speaker = quote.speaker
      ? `${quote.speaker.name}${quote.speaker.mention.text !== quote.speaker.name ? ` (as "${quote.speaker.mention.text}")` : ''}`
      : 'unknown';
    const details = [`speaker: ${speaker}`];
    if (quote.cue) details.push(`cue: ${quote.cue.text}`);
    if (quote.date) details.push(`date: ${quote.date}`);
    lines.push(`      ${details.join(' · ')}`);
  }
  if (quote.rule) lines.push(`      why: ${quote.rule}`);
  return lines;
}

function describeEntity(entity: Entity): string {
  const aliases = entity.aliases.length > 0 ? ` — also ${entity.aliases.map((alias) => `"${alias}"`).join(', ')}` : '';
  const role = entity.role ? ` [${entity.role}]` : '';
  const count = entity.mentions.length;
  return `    ${entity.name}${role}: ${count} mention${count === 1 ? '' : 's'}${aliases}`;
}

export function formatReport(file: string, text: string, analysis: Analysis): string {
  const position = lineColumnOf(text);
  const { header } = analysis;
  const lines = [
    `== ${file}`,
    `Title:  ${header.title ?? '(none)'}`,
    `Author: ${header.author ?? '(none)'}`,
    `Date:   ${header.date ?? (header.dateText ? `unparsed "${header.dateText}"` : '(none)')}`,
    '',
    `Quotes (${analysis.quotes.length})`,
    ...analysis.quotes.flatMap((quote) => describeQuote(quote, position)),
    '',
    `Entities (${analysis.entities.length})`,
  ];
  for (const type of ENTITY_TYPES) {
    const ofType = analysis.entities.filter((entity) => entity.type === type);
    if (ofType.length > 0) lines.push(`  ${type}`, ...ofType.map(describeEntity));
  }
  lines.push('', `Dates (${analysis.dates.length})`);
  for (const date of analysis.dates) {
    const value = date.value ? (date.rangeEnd ? `${date.value} … ${date.rangeEnd}` : date.value) : 'unresolved';
    lines.push(`  ${position(date.start)}  ${date.text} → ${value}`);
  }
  lines.push('', `Diagnostics (${analysis.diagnostics.length})`);
  for (const diagnostic of analysis.diagnostics) {
    lines.push(`  ${position(diagnostic.start)}  ${diagnostic.severity}: ${diagnostic.message}`);
  }
  return lines.join('\n') + '\n';
}
