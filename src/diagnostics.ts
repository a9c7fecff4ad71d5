// Problems panel entries from the analysis: a missing, empty or unreadable `Date:`, unterminated quotes,
// speech without a speaker. Turned off with `sourceLens.diagnostics`.
import * as vscode from 'vscode';
import { AnalysisDiagnostic } from './core';
import { Configuration } from './config';
import { AnalysisStore } from './documents';

const SEVERITIES: Record<AnalysisDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  info: vscode.DiagnosticSeverity.Information,
  warning: vscode.DiagnosticSeverity.Warning,
};

export class Diagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourceLens');
  private readonly disposables: vscode.Disposable;

  constructor(private readonly store: AnalysisStore, private readonly config: Configuration) {
    this.disposables = vscode.Disposable.from(
      this.collection,
      store.onDidChange((document) => this.update(document)),
      vscode.workspace.onDidCloseTextDocument((closed) => {
        // A late close of a reused untitled URI must not wipe the new document's problems.
        const reopened = vscode.workspace.textDocuments.some((document) => document.uri.toString() === closed.uri.toString());
        if (!reopened) this.collection.delete(closed.uri);
      }),
    );
  }

  private update(document: vscode.TextDocument): void {
    const entry = this.config.current.diagnostics ? this.store.get(document) : undefined;
    if (!entry) {
      this.collection.delete(document.uri);
      return;
    }
    this.collection.set(document.uri, entry.analysis.diagnostics.map((found) => {
      const range = new vscode.Range(document.positionAt(found.start), document.positionAt(found.end));
      const diagnostic = new vscode.Diagnostic(range, found.message, SEVERITIES[found.severity]);
      diagnostic.source = 'Source Lens';
      diagnostic.code = found.code;
      return diagnostic;
    }));
  }

  dispose(): void {
    this.disposables.dispose();
  }
}
