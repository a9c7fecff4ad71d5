// Hover cards for quotes, entity mentions and dates. Document text always goes through
// `escapeMarkdown`, and command links are trusted only for our own commands.
import * as vscode from 'vscode';
import { DateExpression, Entity, Header, Quote } from './core';
import { AnalysisIndex } from './core/lookup';
import { AnalysisStore, DocumentAnalysis } from './documents';
import { COMMANDS, commandLink } from './commands';
import { escapeMarkdown, quoteBody, truncate } from './core/present';

/** Extra content for the card at a position (e.g. correction actions), with the commands its links use. */
export interface HoverSection {
  readonly commands: readonly string[];
  render(document: vscode.TextDocument, entry: DocumentAnalysis, offset: number): vscode.MarkdownString | undefined;
}

const QUOTE_PREVIEW_LENGTH = 160;
const KEPT_DURATIONS = 1000;

export class SourceHoverProvider implements vscode.HoverProvider {
  private readonly sections: HoverSection[] = [];
  /** How long the last hovers took to compute, in ms (for the editor benchmark). */
  readonly durations: number[] = [];

  constructor(private readonly store: AnalysisStore) {}

  /** Adds a section rendered below ours; returns a disposable that removes it. */
  addSection(section: HoverSection): vscode.Disposable {
    this.sections.push(section);
    return new vscode.Disposable(() => this.sections.splice(this.sections.indexOf(section), 1));
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const started = performance.now();
    const hover = this.hoverAt(document, position);
    if (this.durations.push(performance.now() - started) > KEPT_DURATIONS) this.durations.shift();
    return hover;
  }

  private hoverAt(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entry = this.store.get(document);
    if (!entry) return undefined;
    const { index } = entry;
    const offset = document.offsetAt(position);
    const quote = index.quoteAt(offset);
    const mention = index.mentionAt(offset);
    const entity = mention && index.entity(mention.entityId);
    const date = index.dateAt(offset);
    const cards = [
      quote && quoteCard(quote, index, document.uri),
      entity && entityCard(entity, index),
      date && dateCard(date),
      ...this.sections.map((section) => section.render(document, entry, offset)),
    ].filter((card): card is vscode.MarkdownString => card !== undefined);
    if (cards.length === 0) return undefined;
    const trusted = { enabledCommands: [COMMANDS.showQuotesBySpeaker, ...this.sections.flatMap((s) => s.commands)] };
    for (const card of cards) card.isTrusted = trusted;
    const span = quote ?? mention ?? date;
    const range = span && new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    return new vscode.Hover(cards, range);
  }
}

/** A markdown card where only our own labels are markdown; every value is escaped text. */
class Card {
  readonly markdown = new vscode.MarkdownString();

  heading(label: string, value?: string): this {
    this.markdown.appendMarkdown(`**${label}**`);
    if (value !== undefined) this.markdown.appendMarkdown(` ${escapeMarkdown(value)}`);
    return this.line();
  }

  field(label: string, value: string): this {
    this.markdown.appendMarkdown(`${label}: ${escapeMarkdown(value)}`);
    return this.line();
  }

  markdownLine(markdown: string): this {
    this.markdown.appendMarkdown(markdown);
    return this.line();
  }

  private line(): this {
    this.markdown.appendMarkdown('  \n');
    return this;
  }
}

export function quoteCard(quote: Quote, index: AnalysisIndex, uri: vscode.Uri): vscode.MarkdownString {
  const card = new Card();
  const corrected = quote.corrected ? ' ✓ *corrected by you*' : '';
  if (quote.kind === 'term') {
    card.markdownLine(`**Term in quotes** — not speech, no speaker${corrected}`);
  } else if (quote.speaker) {
    const entity = index.entity(quote.speaker.entityId);
    card.heading('Said by', quote.speaker.name + (entity?.role ? `, ${entity.role}` : ''));
    if (corrected) card.markdownLine(corrected.trim());
  } else {
    card.markdownLine(`**Speech with no speaker found**${corrected}`);
  }
  card.field('Quote', truncate(quoteBody(quote), QUOTE_PREVIEW_LENGTH));
  if (quote.kind === 'speech') {
    card.field('Cue', quote.cue ? quote.cue.text : 'none');
    card.field('Why', quote.rule);
    card.field('Statement date', quote.date ?? 'not given');
    card.field('Document', documentLine(index.analysis.header));
  }
  if (quote.speaker) {
    const others = index.quotesBy(quote.speaker.entityId).length - 1;
    const list = others > 0
      ? ` — [list them](${commandLink(COMMANDS.showQuotesBySpeaker, uri.toString(), quote.speaker.entityId)})`
      : '';
    card.markdownLine(`Other quotes by this speaker: ${others}${list}`);
  }
  return card.markdown;
}

function entityCard(entity: Entity, index: AnalysisIndex): vscode.MarkdownString {
  const card = new Card().heading(entity.name).field('Type', entity.type);
  if (entity.corrected) card.markdownLine('✓ *corrected by you*');
  if (entity.role) card.field('Role', entity.role);
  if (entity.aliases.length > 0) card.field('Also called', entity.aliases.join(', '));
  const quotes = index.quotesBy(entity.id).length;
  card.markdownLine(`Mentions: ${entity.mentions.length}${quotes > 0 ? ` · Quotes: ${quotes}` : ''}`);
  return card.markdown;
}

function dateCard(date: DateExpression): vscode.MarkdownString {
  const value = date.value === null ? 'could not be resolved'
    : date.rangeEnd ? `${date.value} to ${date.rangeEnd}` : date.value;
  return new Card().heading('Date', value).field('Written as', date.text + (date.relative ? ' (relative)' : '')).markdown;
}

function documentLine(header: Header): string {
  const date = header.date ? `dated ${header.date}` : 'no date';
  return header.author ? `${date}, by ${header.author}` : date;
}
