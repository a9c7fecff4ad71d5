// Short texts shown to users (tree rows, outline, quick picks, clipboard), shared by the editor and tests.
import { Quote } from './model';
import { AnalysisIndex } from './lookup';

/** The quote text without its own quotation marks, on one line. */
export function quoteBody(quote: Quote): string {
  return quote.text.replace(/^[\s"“”«»„‟']+|[\s"“”«»„‟']+$/g, '').replace(/\s+/g, ' ');
}

/** `“…” — Name, role (said, 2023-02-18)`: the quote as it would be cited elsewhere. */
export function citation(quote: Quote, index: AnalysisIndex): string {
  const speaker = quote.speaker;
  const role = speaker ? index.entity(speaker.entityId)?.role : null;
  const who = speaker ? `${speaker.name}${role ? `, ${role}` : ''}` : 'unattributed';
  const details = [quote.cue?.text, quote.date ?? index.analysis.header.date].filter(Boolean).join(', ');
  return `“${quoteBody(quote)}” — ${who}${details ? ` (${details})` : ''}`;
}

/** Cuts text to at most `length` characters, ending with an ellipsis when cut. */
export function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Backslash-escapes every markdown and HTML metacharacter so document text renders literally.
 * (`appendText` would also do it, but turns every space into `&nbsp;`, so long quotes never wrap.)
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&$:]/g, '\\$&').replace(/\s+/g, ' ');
}
