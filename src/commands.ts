// Editor commands: quote navigation, copy with attribution, quotes by speaker, master toggle.
import * as vscode from 'vscode';
import { Quote } from './core';
import { AnalysisIndex } from './core/lookup';
import { citation, plural, quoteBody } from './core/present';
import { Configuration } from './config';
import { AnalysisStore, isSourceDocument } from './documents';

export const COMMANDS = {
  toggle: 'sourceLens.toggle',
  nextQuote: 'sourceLens.nextQuote',
  previousQuote: 'sourceLens.previousQuote',
  copyQuote: 'sourceLens.copyQuote',
  showQuotesBySpeaker: 'sourceLens.showQuotesBySpeaker',
  revealRange: 'sourceLens.revealRange',
  openSeedDocument: 'sourceLens.openSeedDocument',
  refresh: 'sourceLens.refresh',
  filter: 'sourceLens.filter',
  clearFilter: 'sourceLens.clearFilter',
  scopeWorkspace: 'sourceLens.scopeWorkspace',
  scopeDocument: 'sourceLens.scopeDocument',
} as const;

/** A `command:` link for markdown; arguments are JSON, fully percent-encoded so no `)` ends the link early. */
export function commandLink(command: string, ...args: unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `command:${command}?${encoded}`;
}

/** Opens the document and selects `[start, end)` (UTF-16 offsets), scrolling it into view. */
export async function revealRange(uri: vscode.Uri | string, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  select(editor, start, end);
}

function select(editor: vscode.TextEditor, start: number, end: number): void {
  const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerCommands(store: AnalysisStore, config: Configuration): vscode.Disposable[] {
  /** The active seed editor and its analysis, or a message saying why there is none. */
  const active = () => {
    const editor = vscode.window.activeTextEditor;
    const entry = editor && isSourceDocument(editor.document) ? store.get(editor.document) : undefined;
    if (!editor || !entry) void vscode.window.showInformationMessage('Source Lens: open an annotated seed document first.');
    return editor && entry ? { editor, index: entry.index } : undefined;
  };
  const move = (pick: (index: AnalysisIndex, offset: number) => Quote | undefined) => {
    const target = active();
    if (!target) return;
    const quote = pick(target.index, target.editor.document.offsetAt(target.editor.selection.start));
    if (quote) select(target.editor, quote.start, quote.end);
  };

  return [
    vscode.commands.registerCommand(COMMANDS.toggle, () => config.update('enable', !config.current.enable)),
    vscode.commands.registerCommand(COMMANDS.nextQuote, () => move((index, offset) => index.nextQuote(offset))),
    vscode.commands.registerCommand(COMMANDS.previousQuote, () => move((index, offset) => index.previousQuote(offset))),
    vscode.commands.registerCommand(COMMANDS.copyQuote, () => {
      const target = active();
      if (!target) return undefined;
      const quote = target.index.quoteAt(target.editor.document.offsetAt(target.editor.selection.active));
      if (!quote) {
        void vscode.window.showInformationMessage('Source Lens: place the cursor inside a quote to copy it.');
        return undefined;
      }
      const text = citation(quote, target.index);
      // Not awaited: a browser host may hold the clipboard promise until the page has focus.
      vscode.env.clipboard.writeText(text).then(
        () => vscode.window.setStatusBarMessage('Source Lens: quote copied with its attribution', 3000),
        (error: unknown) => vscode.window.showWarningMessage(`Source Lens: could not copy the quote (${String(error)}).`),
      );
      return text;
    }),
    vscode.commands.registerCommand(COMMANDS.showQuotesBySpeaker, (uri?: string, entityId?: string) =>
      showQuotesBySpeaker(store, uri, entityId)),
    vscode.commands.registerCommand(COMMANDS.revealRange, revealRange),
    vscode.commands.registerCommand(COMMANDS.openSeedDocument, () => openSeedDocument(config.current.files)),
  ];
}

async function showQuotesBySpeaker(store: AnalysisStore, uri?: string, entityId?: string): Promise<void> {
  const document = uri
    ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri))
    : vscode.window.activeTextEditor?.document;
  const entry = document && store.get(document);
  if (!document || !entry) {
    void vscode.window.showInformationMessage('Source Lens: open an annotated seed document first.');
    return;
  }
  const { index } = entry;
  let speakerId = entityId;
  if (!speakerId) {
    const picked = await vscode.window.showQuickPick(
      index.speakers().map((speaker) => ({
        label: speaker.name,
        description: speaker.role ?? undefined,
        detail: plural(index.quotesBy(speaker.id).length, 'quote'),
        id: speaker.id,
      })),
      { title: 'Source Lens: quotes by speaker', placeHolder: 'Choose a speaker' },
    );
    speakerId = picked?.id;
  }
  if (!speakerId) return;
  const quote = await vscode.window.showQuickPick(
    index.quotesBy(speakerId).map((candidate) => ({
      label: quoteBody(candidate),
      description: `line ${document.positionAt(candidate.start).line + 1}`,
      quote: candidate,
    })),
    { title: `Source Lens: quotes by ${index.entity(speakerId)?.name ?? 'this speaker'}`, matchOnDescription: true },
  );
  if (quote) await revealRange(document.uri, quote.quote.start, quote.quote.end);
}

async function openSeedDocument(glob: string): Promise<void> {
  const files = await vscode.workspace.findFiles(glob, '**/node_modules/**', 500);
  const picked = await vscode.window.showQuickPick(
    files.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
    { title: 'Source Lens: open a seed document', placeHolder: 'Text file with an Author: / Date: header' },
  );
  if (picked) await vscode.window.showTextDocument(picked.uri);
}
