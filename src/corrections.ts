// The user's corrections per document, kept in a sidecar file and applied to every analysis
// through the AnalysisStore transform (so decorations, hovers, tree and exports all see them).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Analysis } from './core';
import { Correction, CorrectionResult, applyCorrections } from './core/corrections';
import { Sidecar, emptySidecar, mergeSidecars, withCorrection, withoutCorrections } from './core/sidecar';
import { SIDECAR_SUFFIX, UnreadableSidecarError, readSidecarFile, saveSidecar, sidecarPath } from './core/sidecarFiles';
import { AnalysisStore, SourceText } from './documents';

const ANNOTATIONS_FOLDER_SETTING = 'sourceLens.annotationsFolder';

interface DocumentCorrections {
  /** Sidecar path; undefined for documents that are not files (kept in memory only). */
  readonly file: string | undefined;
  /** The sidecar as last read from or written to disk: the base of the next merge. */
  base: Sidecar | null;
  /** What applies now; equals `base` except while a write is blocked. */
  sidecar: Sidecar;
  /** Set while the file on disk cannot be read; nothing is written over it until the user chooses. */
  unreadable?: string;
  outcome?: Omit<CorrectionResult, 'analysis'>;
}

export class CorrectionStore implements vscode.Disposable {
  private readonly documents = new Map<string, DocumentCorrections>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable;
  /** Fires (asynchronously) when a document's corrections or their outcome changed. */
  readonly onDidChange = this.changed.event;

  private watchers: vscode.Disposable;

  constructor(private readonly store: AnalysisStore) {
    this.watchers = this.watchSidecars();
    this.disposables = vscode.Disposable.from(
      this.changed,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(ANNOTATIONS_FOLDER_SETTING)) return;
        this.watchers.dispose();
        this.watchers = this.watchSidecars();
        this.reload();
      }),
      store.addTransform((source, analysis) => this.apply(source, analysis)),
    );
  }

  /** The corrections of a document, oldest first. */
  corrections(uri: vscode.Uri): readonly Correction[] {
    return this.state(uri).sidecar.corrections;
  }

  /** Which corrections applied and which are orphaned, as of the last analysis. */
  outcome(uri: vscode.Uri): Omit<CorrectionResult, 'analysis'> | undefined {
    return this.documents.get(uri.toString())?.outcome;
  }

  /** Adds a correction (replacing older ones of the same item), saves, and re-analyses. */
  async add(document: vscode.TextDocument, correction: Correction): Promise<void> {
    const state = this.state(document.uri);
    state.sidecar = withCorrection(state.sidecar, document.getText(), correction);
    await this.save(document.uri, state);
  }

  /** Reverts the given corrections (all of them when `ids` is omitted). */
  async revert(uri: vscode.Uri, ids?: readonly string[]): Promise<void> {
    const state = this.state(uri);
    state.sidecar = withoutCorrections(state.sidecar, ids ?? state.sidecar.corrections.map((c) => c.id));
    await this.save(uri, state);
  }

  /**
   * Reads the sidecars again (of all documents when `uri` is omitted). Corrections that could not
   * be written because the file was unreadable are kept, merged with the file if it is readable now.
   */
  reload(uri?: vscode.Uri): void {
    for (const [key, state] of this.documents) {
      if (uri && key !== uri.toString()) continue;
      const unsaved = state.unreadable ? state.sidecar : undefined;
      this.documents.delete(key);
      if (!unsaved?.corrections.length) continue;
      const reloaded = this.state(vscode.Uri.parse(key));
      reloaded.sidecar = mergeSidecars(null, unsaved, reloaded.sidecar);
      if (!reloaded.unreadable) void this.save(vscode.Uri.parse(key), reloaded);
    }
    this.store.refresh(uri);
  }

  private apply(source: SourceText, analysis: Analysis): Analysis {
    const state = this.state(source.uri);
    if (state.sidecar.corrections.length === 0 && !state.outcome) return analysis;
    const { analysis: corrected, ...outcome } = applyCorrections(source.text, analysis, state.sidecar.corrections);
    state.outcome = outcome;
    // Listeners read the store again; let the analysis that is being computed land first.
    setTimeout(() => this.changed.fire(source.uri), 0);
    return corrected;
  }

  private state(uri: vscode.Uri): DocumentCorrections {
    const key = uri.toString();
    let state = this.documents.get(key);
    if (!state) {
      state = this.load(uri);
      this.documents.set(key, state);
    }
    return state;
  }

  private load(uri: vscode.Uri): DocumentCorrections {
    const file = uri.scheme === 'file' ? this.sidecarPathFor(uri) : undefined;
    const empty = emptySidecar(path.basename(uri.path));
    const onDisk = file ? readSidecarFile(file) : { state: 'missing' as const };
    switch (onDisk.state) {
      case 'ok':
        return { file, base: onDisk.sidecar, sidecar: onDisk.sidecar };
      case 'missing':
        return { file, base: null, sidecar: empty };
      case 'invalid':
        void this.reportUnreadable(uri, file!, onDisk.error);
        return { file, base: null, sidecar: empty, unreadable: onDisk.error };
    }
  }

  private sidecarPathFor(uri: vscode.Uri): string {
    const folder = vscode.workspace.getConfiguration().get<string>(ANNOTATIONS_FOLDER_SETTING, '');
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath;
    return sidecarPath(uri.fsPath, folder || undefined, root);
  }

  private async save(uri: vscode.Uri, state: DocumentCorrections, overwrite = false): Promise<void> {
    try {
      if (!state.file) return;
      if (state.unreadable && !overwrite) {
        void this.reportUnreadable(uri, state.file, state.unreadable);
        return;
      }
      state.sidecar = state.base = saveSidecar(state.file, state.sidecar, state.base, overwrite);
      state.unreadable = undefined;
    } catch (error) {
      if (!(error instanceof UnreadableSidecarError)) {
        void vscode.window.showErrorMessage(`Source Lens: could not save corrections to ${state.file}: ${(error as Error).message}. They are kept in memory.`);
        return;
      }
      state.unreadable = error.message;
      void this.reportUnreadable(uri, state.file!, error.message);
    } finally {
      this.store.refresh(uri);
    }
  }

  /** The file is left as it is; corrections stay in memory until the user picks an action. */
  private async reportUnreadable(uri: vscode.Uri, file: string, error: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(
      `Source Lens: cannot read the corrections file ${error}. It was left untouched; your corrections are kept in memory and not written over it until you choose.`,
      'Overwrite',
      'Open File',
    );
    const state = this.documents.get(uri.toString());
    if (choice === 'Overwrite' && state?.unreadable) await this.save(uri, state, true);
    if (choice === 'Open File') await vscode.window.showTextDocument(vscode.Uri.file(file));
  }

  /** Sidecars in the workspace, plus those in an annotations folder outside it. */
  private watchSidecars(): vscode.Disposable {
    const folder = vscode.workspace.getConfiguration().get<string>(ANNOTATIONS_FOLDER_SETTING, '');
    const patterns: vscode.GlobPattern[] = [`**/*${SIDECAR_SUFFIX}`];
    if (folder && path.isAbsolute(folder)) patterns.push(new vscode.RelativePattern(vscode.Uri.file(folder), `**/*${SIDECAR_SUFFIX}`));
    return vscode.Disposable.from(...patterns.flatMap((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      return [
        watcher,
        watcher.onDidChange((uri) => this.onSidecarChanged(uri)),
        watcher.onDidCreate((uri) => this.onSidecarChanged(uri)),
        watcher.onDidDelete((uri) => this.onSidecarDeleted(uri)),
      ];
    }));
  }

  private onSidecarChanged(sidecarUri: vscode.Uri): void {
    for (const [key, state] of this.documents) {
      if (state.file !== sidecarUri.fsPath) continue;
      const onDisk = readSidecarFile(state.file);
      if (onDisk.state === 'invalid') {
        if (state.unreadable !== onDisk.error) void this.reportUnreadable(vscode.Uri.parse(key), state.file, onDisk.error);
        state.unreadable = onDisk.error;
      } else if (onDisk.state === 'ok') {
        state.sidecar = state.unreadable ? mergeSidecars(null, state.sidecar, onDisk.sidecar) : mergeSidecars(state.base, state.sidecar, onDisk.sidecar);
        state.base = onDisk.sidecar;
        state.unreadable = undefined;
      }
      this.store.refresh(vscode.Uri.parse(key));
    }
  }

  /** A deleted sidecar does not delete corrections: they stay in memory and are written back on the next save. */
  private onSidecarDeleted(sidecarUri: vscode.Uri): void {
    for (const state of this.documents.values()) {
      if (state.file === sidecarUri.fsPath) state.base = null;
    }
  }

  dispose(): void {
    this.watchers.dispose();
    this.disposables.dispose();
  }
}
