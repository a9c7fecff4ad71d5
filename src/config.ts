// Typed snapshot of the `sourceLens.*` settings, rebuilt whenever they change.
import * as vscode from 'vscode';

export type TreeScope = 'document' | 'workspace';

export interface SourceLensConfig {
  readonly enable: boolean;
  readonly quotes: boolean;
  readonly speakers: boolean;
  readonly cues: boolean;
  readonly unattributed: boolean;
  readonly speakerHints: boolean;
  readonly diagnostics: boolean;
  /** Glob of plain-text files checked for a seed header (`Author:` / `Date:`). */
  readonly files: string;
  /** Documents longer than this many characters are not annotated. */
  readonly maxDocumentSize: number;
  readonly scope: TreeScope;
}

export const SECTION = 'sourceLens';

function read(): SourceLensConfig {
  const settings = vscode.workspace.getConfiguration(SECTION);
  return {
    enable: settings.get('enable', true),
    quotes: settings.get('quotes', true),
    speakers: settings.get('speakers', true),
    cues: settings.get('cues', true),
    unattributed: settings.get('unattributed', true),
    speakerHints: settings.get('speakerHints', true),
    diagnostics: settings.get('diagnostics', true),
    files: settings.get('files', '**/*.txt'),
    maxDocumentSize: settings.get('maxDocumentSize', 5_000_000),
    scope: settings.get<TreeScope>('scope', 'document'),
  };
}

export class Configuration implements vscode.Disposable {
  private snapshot = read();
  private readonly changed = new vscode.EventEmitter<SourceLensConfig>();
  readonly onDidChange = this.changed.event;
  private readonly listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration(SECTION)) return;
    this.snapshot = read();
    this.changed.fire(this.snapshot);
  });

  get current(): SourceLensConfig {
    return this.snapshot;
  }

  /** Writes a user-level setting; the snapshot follows through `onDidChange`. */
  async update<K extends keyof SourceLensConfig>(key: K, value: SourceLensConfig[K]): Promise<void> {
    await vscode.workspace.getConfiguration(SECTION).update(key, value, vscode.ConfigurationTarget.Global);
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
