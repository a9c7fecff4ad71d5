// Sidebar: the Entities view (grouped by type, with mentions) and the Quotes view (grouped by
// speaker). Both follow the active seed editor, or cover every seed file in the workspace.
import * as vscode from 'vscode';
import { Entity, EntityType, Mention, Quote } from './core';
import { plural, quoteBody, truncate } from './core/present';
import { COMMANDS } from './commands';
import { Configuration, TreeScope } from './config';
import { AnalysisStore, DocumentAnalysis, hasSeedHeader, isSourceDocument } from './documents';

/** One row of either view; plain data so tests can read the tree through the extension API. */
export interface TreeNode {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  readonly icon: string;
  readonly children?: TreeNode[];
  readonly expanded?: boolean;
  /** Characters of `label` to highlight (the mention inside its line preview). */
  readonly highlight?: [number, number];
  /** Where the row points; clicking a leaf row selects this range. */
  readonly target?: { uri: string; start: number; end: number };
}

interface Source {
  readonly entry: DocumentAnalysis;
  readonly text: string;
  readonly name: string;
  readonly lines: LineIndex;
}

const MAX_WORKSPACE_FILES = 2000;
const PREVIEW_BEFORE = 30;
const PREVIEW_AFTER = 60;

const ENTITY_GROUPS: readonly { type: EntityType; label: string; icon: string }[] = [
  { type: 'person', label: 'People', icon: 'person' },
  { type: 'organization', label: 'Organizations', icon: 'organization' },
  { type: 'place', label: 'Places', icon: 'location' },
  { type: 'event', label: 'Events', icon: 'symbol-event' },
  { type: 'work', label: 'Works', icon: 'book' },
];
const ICONS: Record<EntityType, string> = Object.fromEntries(ENTITY_GROUPS.map((g) => [g.type, g.icon])) as Record<EntityType, string>;

export class SourceTrees implements vscode.Disposable {
  private sources: Source[] = [];
  private followed: vscode.TextDocument | undefined;
  private filter = '';
  private entityRootsCache: TreeNode[] | undefined;
  private quoteRootsCache: TreeNode[] | undefined;
  private loadGeneration = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly entityView: vscode.TreeView<TreeNode>;
  private readonly quoteView: vscode.TreeView<TreeNode>;
  private readonly disposables: vscode.Disposable;

  constructor(private readonly store: AnalysisStore, private readonly config: Configuration) {
    this.entityView = this.createView('sourceLens.entities', () => this.entityRoots());
    this.quoteView = this.createView('sourceLens.quotes', () => this.quoteRoots());
    this.disposables = vscode.Disposable.from(
      this.changed,
      this.entityView,
      this.quoteView,
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.followed) this.follow();
      }),
      store.onDidChange((document) => this.onAnalysisChanged(document)),
      config.onDidChange(() => void this.reload()),
      vscode.commands.registerCommand(COMMANDS.refresh, () => {
        store.refresh();
        return this.reload();
      }),
      vscode.commands.registerCommand(COMMANDS.filter, () => this.askFilter()),
      vscode.commands.registerCommand(COMMANDS.clearFilter, () => this.setFilter('')),
      vscode.commands.registerCommand(COMMANDS.scopeWorkspace, () => config.update('scope', 'workspace')),
      vscode.commands.registerCommand(COMMANDS.scopeDocument, () => config.update('scope', 'document')),
    );
    void this.reload();
  }

  /** Root rows of the Entities view for the current scope (the extension API exposes this). */
  entityRoots(): TreeNode[] {
    this.syncFollowed();
    return (this.entityRootsCache ??= buildEntityTree(this.sources, this.filter, this.scope === 'workspace'));
  }

  quoteRoots(): TreeNode[] {
    this.syncFollowed();
    return (this.quoteRootsCache ??= buildQuoteTree(this.sources, this.filter, this.scope === 'workspace'));
  }

  private get scope(): TreeScope {
    return this.config.current.scope;
  }

  private createView(id: string, roots: () => TreeNode[]): vscode.TreeView<TreeNode> {
    const provider: vscode.TreeDataProvider<TreeNode> = {
      onDidChangeTreeData: this.changed.event,
      getChildren: (node) => node ? node.children ?? [] : roots(),
      getTreeItem: toTreeItem,
    };
    return vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true });
  }

  /** In document scope, the views show the active seed editor, or the last one while it stays open. */
  private syncFollowed(): void {
    const active = vscode.window.activeTextEditor?.document;
    if (active && isSourceDocument(active) && active !== this.followed) this.follow();
  }

  private follow(): void {
    const active = vscode.window.activeTextEditor?.document;
    if (active && isSourceDocument(active)) this.followed = active;
    else if (this.followed?.isClosed) this.followed = undefined;
    if (this.scope === 'document') this.setSources(this.documentSources());
  }

  private documentSources(): Source[] {
    const entry = this.followed && this.store.get(this.followed);
    return this.followed && entry ? [toSource(entry, this.followed.getText())] : [];
  }

  private onAnalysisChanged(document: vscode.TextDocument): void {
    if (this.scope === 'document') {
      if (document === this.followed || document === vscode.window.activeTextEditor?.document) this.follow();
      return;
    }
    const entry = this.store.get(document);
    const others = this.sources.filter((source) => source.entry.uri.toString() !== document.uri.toString());
    this.setSources(entry ? [...others, toSource(entry, document.getText())].sort(bySourceName) : others);
  }

  private async reload(): Promise<void> {
    const generation = ++this.loadGeneration;
    void vscode.commands.executeCommand('setContext', 'sourceLens.scope', this.scope);
    if (this.scope === 'document') {
      this.follow();
      return;
    }
    const sources = await this.workspaceSources();
    if (generation === this.loadGeneration) this.setSources(sources);
  }

  /** Every seed file of the workspace: open ones from the store, closed ones read from disk. */
  private async workspaceSources(): Promise<Source[]> {
    const { files, maxDocumentSize } = this.config.current;
    const uris = await vscode.workspace.findFiles(files, '**/node_modules/**', MAX_WORKSPACE_FILES);
    const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    const sources = await Promise.all(uris.map(async (uri): Promise<Source | undefined> => {
      const document = open.get(uri.toString());
      if (document) {
        const entry = this.store.get(document);
        return entry && toSource(entry, document.getText());
      }
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      if (text.length > maxDocumentSize || !hasSeedHeader(text)) return undefined;
      return toSource(this.store.analyzeText({ uri, text }), text);
    }));
    return sources.filter((source): source is Source => source !== undefined).sort(bySourceName);
  }

  private setSources(sources: Source[]): void {
    this.sources = sources;
    this.invalidate();
  }

  private invalidate(): void {
    this.entityRootsCache = undefined;
    this.quoteRootsCache = undefined;
    const hasDocument = this.sources.length > 0;
    void vscode.commands.executeCommand('setContext', 'sourceLens.hasDocument', hasDocument);
    const where = this.scope === 'workspace' ? plural(this.sources.length, 'document') : this.sources[0]?.name;
    this.entityView.description = this.quoteView.description = where;
    this.entityView.message = this.quoteView.message = this.filter ? `Filter: ${this.filter}` : undefined;
    this.changed.fire();
  }

  private async askFilter(): Promise<void> {
    const value = await vscode.window.showInputBox({
      title: 'Source Lens: filter entities and quotes',
      prompt: 'Show only entities, speakers and quotes containing this text (empty clears the filter)',
      value: this.filter,
    });
    if (value !== undefined) this.setFilter(value.trim());
  }

  private setFilter(filter: string): void {
    this.filter = filter;
    void vscode.commands.executeCommand('setContext', 'sourceLens.filtered', filter !== '');
    this.invalidate();
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

function toTreeItem(node: TreeNode): vscode.TreeItem {
  const state = !node.children ? vscode.TreeItemCollapsibleState.None
    : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem({ label: node.label, highlights: node.highlight && [node.highlight] }, state);
  item.id = node.id;
  item.description = node.description;
  item.tooltip = node.tooltip;
  item.iconPath = new vscode.ThemeIcon(node.icon);
  // `entity`, `mention`, `quote`, …: the id's prefix, for context menus (`viewItem =~ /^quote/`).
  item.contextValue = node.id.slice(0, node.id.indexOf(':'));
  if (node.target && !node.children) {
    const { uri, start, end } = node.target;
    item.command = { command: COMMANDS.revealRange, title: 'Reveal', arguments: [uri, start, end] };
  }
  return item;
}

function toSource(entry: DocumentAnalysis, text: string): Source {
  const name = entry.uri.path.slice(entry.uri.path.lastIndexOf('/') + 1) || entry.uri.toString();
  return { entry, text, name, lines: new LineIndex(text) };
}

function bySourceName(a: Source, b: Source): number {
  return a.entry.uri.toString().localeCompare(b.entry.uri.toString());
}

function matches(filter: string, ...texts: (string | null | undefined)[]): boolean {
  const needle = filter.toLowerCase();
  return !needle || texts.some((text) => text?.toLowerCase().includes(needle));
}

/** Where a row points, as shown in its description: `line 12`, plus the file in workspace scope. */
function location(source: Source, offset: number, withFile: boolean): string {
  const line = `line ${source.lines.lineOf(offset) + 1}`;
  return withFile ? `${source.name}:${line.slice(5)}` : line;
}

function target(source: Source, span: { start: number; end: number }): TreeNode['target'] {
  return { uri: source.entry.uri.toString(), start: span.start, end: span.end };
}

export function buildEntityTree(sources: readonly Source[], filter: string, withFile: boolean): TreeNode[] {
  // The same entity id in several documents is one row, with the mentions of all of them.
  const merged = new Map<string, { entity: Entity; mentions: { source: Source; mention: Mention }[] }>();
  for (const source of sources) {
    for (const entity of source.entry.analysis.entities) {
      if (!matches(filter, entity.name, entity.role, ...entity.aliases)) continue;
      const row = merged.get(entity.id) ?? { entity, mentions: [] };
      row.mentions.push(...entity.mentions.map((mention) => ({ source, mention })));
      merged.set(entity.id, row);
    }
  }
  const groups: TreeNode[] = ENTITY_GROUPS.flatMap(({ type, label, icon }) => {
    const rows = [...merged.values()].filter((row) => row.entity.type === type);
    if (rows.length === 0) return [];
    const children = rows.map(({ entity, mentions }): TreeNode => ({
      id: `entity:${entity.id}`,
      label: entity.name,
      description: [plural(mentions.length, 'mention'), entity.role, entity.corrected ? '✓' : ''].filter(Boolean).join(' · '),
      tooltip: [entity.name, entity.role, entity.aliases.length ? `Also: ${entity.aliases.join(', ')}` : ''].filter(Boolean).join('\n'),
      icon,
      target: mentions[0] && target(mentions[0].source, mentions[0].mention),
      children: mentions.map(({ source, mention }) => mentionNode(source, mention, withFile)),
    }));
    return [{ id: `group:${type}`, label, description: String(rows.length), icon, children, expanded: true }];
  });
  const dates = sources.flatMap((source) => source.entry.analysis.dates
    .filter((date) => matches(filter, date.text, date.value))
    .map((date): TreeNode => ({
      id: `date:${source.entry.uri.toString()}:${date.id}`,
      label: date.text,
      description: [date.value ?? 'unresolved', date.rangeEnd && `to ${date.rangeEnd}`, location(source, date.start, withFile)]
        .filter(Boolean).join(' · '),
      icon: 'calendar',
      target: target(source, date),
    })));
  if (dates.length > 0) {
    groups.push({ id: 'group:date', label: 'Dates', description: String(dates.length), icon: 'calendar', children: dates, expanded: false });
  }
  return groups;
}

function mentionNode(source: Source, mention: Mention, withFile: boolean): TreeNode {
  const preview = linePreview(source.text, mention.start, mention.end);
  return {
    id: `mention:${source.entry.uri.toString()}:${mention.start}:${mention.entityId}`,
    label: preview.label,
    highlight: preview.highlight,
    description: `${mention.kind} · ${location(source, mention.start, withFile)}`,
    icon: 'symbol-reference',
    target: target(source, mention),
  };
}

export function buildQuoteTree(sources: readonly Source[], filter: string, withFile: boolean): TreeNode[] {
  const groups = new Map<string, { label: string; icon: string; description?: string; quotes: TreeNode[] }>();
  const add = (key: string, group: { label: string; icon: string; description?: string }, node: TreeNode) => {
    const existing = groups.get(key) ?? { ...group, quotes: [] };
    existing.quotes.push(node);
    groups.set(key, existing);
  };
  for (const source of sources) {
    const { index } = source.entry;
    for (const quote of source.entry.analysis.quotes) {
      const speaker = quote.speaker ? index.entity(quote.speaker.entityId) : undefined;
      if (!matches(filter, quote.text, quote.speaker?.name)) continue;
      const node = quoteNode(source, quote, withFile);
      if (quote.kind === 'term') add('terms', { label: 'Terms in quotes', icon: 'symbol-string' }, node);
      else if (!quote.speaker) add('none', { label: 'No speaker found', icon: 'question' }, node);
      else add(quote.speaker.entityId, { label: quote.speaker.name, icon: ICONS[speaker?.type ?? 'person'], description: speaker?.role ?? undefined }, node);
    }
  }
  // Speakers first (by first quote), then the unattributed speech, then terms.
  const order = (key: string) => (key === 'terms' ? 2 : key === 'none' ? 1 : 0);
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([key, group]) => ({
      id: `speaker:${key}`,
      label: group.label,
      description: [plural(group.quotes.length, 'quote'), group.description].filter(Boolean).join(' · '),
      icon: group.icon,
      children: group.quotes,
      expanded: key !== 'terms',
    }));
}

function quoteNode(source: Source, quote: Quote, withFile: boolean): TreeNode {
  return {
    id: `quote:${source.entry.uri.toString()}:${quote.start}`,
    label: truncate(quoteBody(quote), PREVIEW_AFTER + PREVIEW_BEFORE),
    description: [quote.cue?.text, quote.date, quote.corrected ? '✓' : '', location(source, quote.start, withFile)]
      .filter(Boolean).join(' · '),
    tooltip: quote.rule,
    icon: quote.unterminated ? 'warning' : 'quote',
    target: target(source, quote),
  };
}

/** The mention's line, cut around it, with the mention's position inside the label. */
export function linePreview(text: string, start: number, end: number): { label: string; highlight: [number, number] } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const from = Math.max(lineStart, start - PREVIEW_BEFORE);
  const to = Math.min(lineEnd < 0 ? text.length : lineEnd, end + PREVIEW_AFTER);
  const before = (from > lineStart ? '…' : '') + text.slice(from, start).trimStart();
  const after = text.slice(end, to).trimEnd() + (to < lineEnd ? '…' : '');
  return { label: before + text.slice(start, end) + after, highlight: [before.length, before.length + end - start] };
}

/** Line numbers of offsets, from the line starts (built once per analysed text). */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
