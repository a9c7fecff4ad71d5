// Native navigation: Outline (quotes by speaker, then entities), Find All References on a
// mention, and highlighting every mention of the entity under the cursor.
import * as vscode from 'vscode';
import { EntityType, Span } from './core';
import { plural, quoteBody, truncate } from './core/present';
import { AnalysisStore } from './documents';

const ENTITY_KINDS: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Class,
  organization: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Package,
  event: vscode.SymbolKind.Event,
  work: vscode.SymbolKind.File,
};

const SYMBOL_NAME_LENGTH = 80;

export class SourceSymbols implements vscode.DocumentSymbolProvider, vscode.ReferenceProvider, vscode.DocumentHighlightProvider {
  constructor(private readonly store: AnalysisStore) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const entry = this.store.get(document);
    if (!entry) return [];
    const { analysis, index } = entry;
    const range = (span: Span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    const group = (name: string, detail: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[]) => {
      const covering = children.map((child) => child.range).reduce((a, b) => a.union(b));
      const symbol = new vscode.DocumentSymbol(name, detail, kind, covering, children[0].selectionRange);
      symbol.children = children;
      return symbol;
    };
    const quoteSymbol = (quote: (typeof analysis.quotes)[number]) => new vscode.DocumentSymbol(
      truncate(quoteBody(quote), SYMBOL_NAME_LENGTH) || '(empty quote)', quote.cue?.text ?? '', vscode.SymbolKind.String, range(quote), range(quote));

    const speakers = index.speakers().map((speaker) => group(
      speaker.name, plural(index.quotesBy(speaker.id).length, 'quote'), vscode.SymbolKind.Interface,
      index.quotesBy(speaker.id).map(quoteSymbol)));
    const unattributed = analysis.quotes.filter((quote) => quote.kind === 'speech' && !quote.speaker).map(quoteSymbol);
    if (unattributed.length > 0) speakers.push(group('No speaker found', plural(unattributed.length, 'quote'), vscode.SymbolKind.Interface, unattributed));

    const entities = analysis.entities.filter((entity) => entity.mentions.length > 0).map((entity) => {
      const mentions = entity.mentions.map((mention) => new vscode.DocumentSymbol(
        mention.text, mention.kind, vscode.SymbolKind.Field, range(mention), range(mention)));
      return group(entity.name, [entity.type, entity.role].filter(Boolean).join(' · '), ENTITY_KINDS[entity.type], mentions);
    });
    return [...speakers, ...entities];
  }

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    return this.mentionsOfEntityAt(document, position).map((range) => new vscode.Location(document.uri, range));
  }

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    return this.mentionsOfEntityAt(document, position).map((range) => new vscode.DocumentHighlight(range, vscode.DocumentHighlightKind.Read));
  }

  /** Every mention of the entity mentioned at the position (or of the speaker of the quote there). */
  private mentionsOfEntityAt(document: vscode.TextDocument, position: vscode.Position): vscode.Range[] {
    const entry = this.store.get(document);
    if (!entry) return [];
    const offset = document.offsetAt(position);
    const entityId = entry.index.mentionAt(offset)?.entityId ?? entry.index.quoteAt(offset)?.speaker?.entityId;
    const entity = entityId ? entry.index.entity(entityId) : undefined;
    return (entity?.mentions ?? []).map((mention) =>
      new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
  }
}
