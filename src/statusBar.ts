// Status bar summary of the active seed document ("❝ 6 quotes · 5 speakers"), and the visible
// notice when a document is too large to annotate.
import * as vscode from 'vscode';
import { plural } from './core/present';
import { COMMANDS } from './commands';
import { Configuration } from './config';
import { AnalysisStore, documentLength } from './documents';

const SIDEBAR_COMMAND = 'workbench.view.extension.sourceLens';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceLens.summary', vscode.StatusBarAlignment.Right, 100);
  /** Documents whose size notice was already shown, so it appears once per document. */
  private readonly noticed = new Set<string>();
  private readonly disposables: vscode.Disposable;

  constructor(private readonly store: AnalysisStore, private readonly config: Configuration) {
    this.item.name = 'Source Lens';
    this.disposables = vscode.Disposable.from(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const state = document ? this.store.state(document) : 'not-a-seed';
    const item = this.item;
    item.backgroundColor = undefined;
    if (!document || state === 'not-a-seed') {
      item.hide();
      return;
    }
    if (state === 'disabled') {
      item.text = '❝ off';
      item.tooltip = 'Source Lens annotations are turned off. Click to turn them on.';
      item.command = COMMANDS.toggle;
    } else if (state === 'too-large') {
      item.text = '$(warning) ❝ not annotated';
      item.tooltip = this.sizeMessage(document);
      item.command = { command: 'workbench.action.openSettings', title: 'Open Settings', arguments: ['sourceLens.maxDocumentSize'] };
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.noticeOnce(document);
    } else {
      const entry = this.store.get(document);
      const index = entry?.index;
      const quotes = index?.analysis.quotes.filter((quote) => quote.kind === 'speech').length ?? 0;
      const progress = entry?.complete === false ? '$(sync~spin) ' : '';
      item.text = `${progress}❝ ${plural(quotes, 'quote')} · ${plural(index?.speakers().length ?? 0, 'speaker')}`;
      item.tooltip = progress
        ? 'Source Lens: still analysing the rest of this large document'
        : 'Source Lens: show the entities and quotes of this document';
      item.command = SIDEBAR_COMMAND;
    }
    item.show();
  }

  private sizeMessage(document: vscode.TextDocument): string {
    return `Source Lens: this document has ${size(documentLength(document))}, over the `
      + `sourceLens.maxDocumentSize limit of ${size(this.config.current.maxDocumentSize)}, `
      + 'so quotes, speakers and entities are not annotated. Raise the limit to annotate it.';
  }

  private noticeOnce(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.noticed.has(key)) return;
    this.noticed.add(key);
    void vscode.window.showInformationMessage(this.sizeMessage(document), 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'sourceLens.maxDocumentSize');
    });
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

function size(characters: number): string {
  if (characters >= 1_000_000) return `${(characters / 1_000_000).toFixed(1)} million characters`;
  return `${characters.toLocaleString('en-US')} characters`;
}
