// The Corrections view: every correction of the active seed document, orphaned ones first and
// never hidden.
import * as vscode from 'vscode';
import { Correction, correctionSummary } from './core/corrections';
import { AnalysisStore, isSourceDocument } from './documents';
import { CorrectionStore } from './corrections';
import { COMMANDS } from './commands';

export const CORRECTIONS_VIEW = 'sourceLens.corrections';

/** A row of the view; `correctionId` and `uri` are what the revert command reads. */
export interface CorrectionRow {
  readonly uri: string;
  readonly correctionId: string;
  readonly label: string;
  readonly description: string;
  readonly orphaned: boolean;
  readonly span?: { start: number; end: number };
}

export class CorrectionsView implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable;
  private document: vscode.TextDocument | undefined;

  constructor(store: AnalysisStore, private readonly corrections: CorrectionStore) {
    const view = vscode.window.createTreeView<CorrectionRow>(CORRECTIONS_VIEW, {
      treeDataProvider: { onDidChangeTreeData: this.changed.event, getChildren: (row) => (row ? [] : this.rows()), getTreeItem: toTreeItem },
    });
    this.disposables = vscode.Disposable.from(
      this.changed,
      view,
      corrections.onDidChange(() => this.update()),
      store.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  /** Rows for the followed document: orphaned corrections, then applied ones in document order. */
  rows(): CorrectionRow[] {
    const document = this.document;
    if (!document) return [];
    const uri = document.uri.toString();
    const outcome = this.corrections.outcome(document.uri);
    const orphaned = (outcome?.orphaned ?? []).map(({ correction, reason }) => row(uri, correction, `orphaned: ${reason}`, true));
    const applied = (outcome?.applied ?? [])
      .slice()
      .sort((a, b) => a.span.start - b.span.start)
      .map(({ correction, span }) => ({ ...row(uri, correction, `line ${document.positionAt(span.start).line + 1}`, false), span }));
    return [...orphaned, ...applied];
  }

  private update(): void {
    const active = vscode.window.activeTextEditor?.document;
    if (active && isSourceDocument(active)) this.document = active;
    else if (this.document?.isClosed) this.document = undefined;
    const count = this.document ? this.corrections.corrections(this.document.uri).length : 0;
    void vscode.commands.executeCommand('setContext', 'sourceLens.hasCorrections', count > 0);
    this.changed.fire();
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

function row(uri: string, correction: Correction, where: string, orphaned: boolean): CorrectionRow {
  const exact = correction.target.selector[0].exact.replace(/\s+/g, ' ');
  const subject = correction.kind === 'document-date' ? '' : ` — ${exact.length > 50 ? `${exact.slice(0, 49)}…` : exact}`;
  return { uri, correctionId: correction.id, label: correctionSummary(correction) + subject, description: where, orphaned };
}

function toTreeItem(row: CorrectionRow): vscode.TreeItem {
  const item = new vscode.TreeItem(row.label);
  item.id = `${row.uri}#${row.correctionId}`;
  item.description = row.description;
  item.tooltip = row.orphaned
    ? `${row.label}\n${row.description}\nThis correction is kept; it applies again if its text comes back. Revert it to drop it.`
    : row.label;
  item.iconPath = new vscode.ThemeIcon(row.orphaned ? 'warning' : 'check');
  item.contextValue = row.orphaned ? 'orphanedCorrection' : 'correction';
  if (row.span) item.command = { command: COMMANDS.revealRange, title: 'Reveal', arguments: [row.uri, row.span.start, row.span.end] };
  return item;
}
