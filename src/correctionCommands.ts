// Correction commands, reachable from the hover card (command links), the editor context menu,
// the sidebar trees and the Corrections view. Each accepts its target (and answer) as arguments,
// so links and tests skip the prompts; without them it uses the cursor and asks.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Entity, EntityType, Quote } from './core';
import { CorrectionChange, ENTITY_TYPES, SpeakerChoice, createCorrection, correctionSummary } from './core/corrections';
import { EXPORT_FORMATS, ExportDocument, ExportFormat, exportDocuments } from './core/export';
import { headerDateSpan } from './core/header';
import { writeFileAtomic } from './core/sidecarFiles';
import { AnalysisStore, DocumentAnalysis, hasSeedHeader, isSourceDocument } from './documents';
import { CorrectionStore } from './corrections';
import { HoverSection, SourceHoverProvider } from './hovers';
import { CorrectionsView } from './correctionsView';
import { commandLink } from './commands';

export const CORRECTION_COMMANDS = {
  changeSpeaker: 'sourceLens.changeSpeaker',
  markAsTerm: 'sourceLens.markAsTerm',
  markAsSpeech: 'sourceLens.markAsSpeech',
  addQuote: 'sourceLens.addQuote',
  removeQuote: 'sourceLens.removeQuote',
  setQuoteDate: 'sourceLens.setQuoteDate',
  renameEntity: 'sourceLens.renameEntity',
  changeEntityType: 'sourceLens.changeEntityType',
  mergeEntity: 'sourceLens.mergeEntity',
  splitAlias: 'sourceLens.splitAlias',
  addEntity: 'sourceLens.addEntity',
  ignoreEntity: 'sourceLens.ignoreEntity',
  setDocumentDate: 'sourceLens.setDocumentDate',
  revertCorrection: 'sourceLens.revertCorrection',
  revertAllCorrections: 'sourceLens.revertAllCorrections',
  reloadCorrections: 'sourceLens.reloadCorrections',
  exportAnnotations: 'sourceLens.exportAnnotations',
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Where a command acts: a document, its analysis, and a span (the cursor or selection by default). */
interface Place {
  document: vscode.TextDocument;
  entry: DocumentAnalysis;
  start: number;
  end: number;
}

/** A row of the Entities or Quotes view (see tree.ts), as passed to context-menu commands. */
interface TreeRow {
  id?: string;
  target?: { uri: string; start: number; end: number };
}

export function registerCorrectionCommands(store: AnalysisStore, corrections: CorrectionStore): vscode.Disposable[] {
  const { changeSpeaker, markAsTerm, markAsSpeech, addQuote, removeQuote, setQuoteDate, renameEntity, changeEntityType,
    mergeEntity, splitAlias, addEntity, ignoreEntity, setDocumentDate, revertCorrection, revertAllCorrections,
    reloadCorrections, exportAnnotations } = CORRECTION_COMMANDS;

  /** Resolves command arguments: a tree row, `(uri, start, end?)` from a link, or the active editor. */
  async function place(first?: unknown, second?: unknown, third?: unknown): Promise<Place | undefined> {
    let document: vscode.TextDocument | undefined;
    let start: number | undefined;
    let end: number | undefined;
    const row = first as TreeRow | undefined;
    if (row && typeof row === 'object' && row.target) {
      document = await vscode.workspace.openTextDocument(vscode.Uri.parse(row.target.uri));
      ({ start, end } = row.target);
    } else if (typeof first === 'string' && typeof second === 'number') {
      document = await vscode.workspace.openTextDocument(vscode.Uri.parse(first));
      start = second;
      end = typeof third === 'number' ? third : second;
    } else {
      const editor = vscode.window.activeTextEditor;
      if (editor && isSourceDocument(editor.document)) {
        document = editor.document;
        start = document.offsetAt(editor.selection.start);
        end = document.offsetAt(editor.selection.end);
      }
    }
    const entry = document && store.get(document);
    if (!document || !entry || start === undefined || end === undefined) {
      void vscode.window.showInformationMessage('Source Lens: open an annotated seed document first.');
      return undefined;
    }
    if (row && typeof row === 'object' && row.id?.startsWith('entity:')) {
      const entity = entry.index.entity(row.id.slice('entity:'.length));
      if (entity?.mentions[0]) ({ start, end } = entity.mentions[0]);
    }
    return { document, entry, start, end };
  }

  const quoteAt = (at: Place): Quote | undefined => {
    const quote = at.entry.index.quoteAt(at.start);
    if (!quote) void vscode.window.showInformationMessage('Source Lens: place the cursor inside a quote.');
    return quote;
  };

  const mentionAt = (at: Place): { entity: Entity; start: number; end: number } | undefined => {
    const mention = at.entry.index.mentionAt(at.start);
    const entity = mention && at.entry.index.entity(mention.entityId);
    if (!mention || !entity) {
      void vscode.window.showInformationMessage('Source Lens: place the cursor on a name (a person, organization, place…).');
      return undefined;
    }
    return { entity, start: mention.start, end: mention.end };
  };

  const correct = (at: Place, span: { start: number; end: number }, change: CorrectionChange) =>
    corrections.add(at.document, createCorrection(at.document.getText(), span, change));

  const onQuote = (run: (at: Place, quote: Quote, answer: unknown) => Promise<unknown>) =>
    async (first?: unknown, second?: unknown, answer?: unknown) => {
      const at = await place(first, second);
      const quote = at && quoteAt(at);
      if (at && quote) await run(at, quote, answer);
    };

  const onEntity = (run: (at: Place, mention: { entity: Entity; start: number; end: number }, answer: unknown) => Promise<unknown>) =>
    async (first?: unknown, second?: unknown, answer?: unknown) => {
      const at = await place(first, second);
      const mention = at && mentionAt(at);
      if (at && mention) await run(at, mention, answer);
    };

  const onSelection = (run: (at: Place, answer: unknown) => Promise<unknown>) =>
    async (first?: unknown, second?: unknown, third?: unknown, answer?: unknown) => {
      const at = await place(first, second, third);
      if (!at) return;
      if (at.end <= at.start) {
        void vscode.window.showInformationMessage('Source Lens: select the text first.');
        return;
      }
      await run(at, answer);
    };

  return [
    vscode.commands.registerCommand(changeSpeaker, onQuote(async (at, quote, answer) => {
      const speaker = isSpeakerChoice(answer) ? answer : await pickSpeaker(at, quote);
      if (speaker) await correct(at, quote, { kind: 'quote-speaker', speaker });
    })),
    vscode.commands.registerCommand(markAsTerm, onQuote((at, quote) => correct(at, quote, { kind: 'quote-kind', quoteKind: 'term' }))),
    vscode.commands.registerCommand(markAsSpeech, onQuote((at, quote) => correct(at, quote, { kind: 'quote-kind', quoteKind: 'speech' }))),
    vscode.commands.registerCommand(removeQuote, onQuote((at, quote) => correct(at, quote, { kind: 'quote-remove' }))),
    vscode.commands.registerCommand(setQuoteDate, onQuote(async (at, quote, answer) => {
      const date = isDateAnswer(answer) ? answer : await askDate('Statement date of this quote', quote.date);
      if (date !== undefined) await correct(at, quote, { kind: 'quote-date', date });
    })),
    vscode.commands.registerCommand(addQuote, onSelection((at, answer) =>
      correct(at, at, { kind: 'quote-add', quoteKind: answer === 'term' ? 'term' : 'speech' }))),
    vscode.commands.registerCommand(renameEntity, onEntity(async (at, { entity, start, end }, answer) => {
      const name = typeof answer === 'string' ? answer : await askName(`Rename ${entity.name}`, entity.name);
      if (name) await correct(at, { start, end }, { kind: 'entity-rename', name });
    })),
    vscode.commands.registerCommand(changeEntityType, onEntity(async (at, { entity, start, end }, answer) => {
      const entityType = isEntityType(answer) ? answer : await pickType(`Type of ${entity.name}`, entity.type);
      if (entityType) await correct(at, { start, end }, { kind: 'entity-type', entityType });
    })),
    vscode.commands.registerCommand(mergeEntity, onEntity(async (at, { entity, start, end }, answer) => {
      const others = at.entry.analysis.entities.filter((e) => e.id !== entity.id && e.mentions.length > 0);
      const intoId = typeof answer === 'string' ? answer : (await pickEntity(others, `Merge ${entity.name} into…`))?.id;
      const into = others.find((e) => e.id === intoId);
      if (!into) return;
      const intoTarget = createCorrection(at.document.getText(), into.mentions[0], { kind: 'entity-ignore' }).target;
      await correct(at, { start, end }, { kind: 'entity-merge', into: intoTarget });
    })),
    vscode.commands.registerCommand(splitAlias, onEntity(async (at, { entity, start, end }, answer) => {
      const alias = at.document.getText().slice(start, end);
      const name = typeof answer === 'string' ? answer : await askName(`"${alias}" is not ${entity.name}: who or what is it?`, alias);
      if (name) await correct(at, { start, end }, { kind: 'entity-split', name });
    })),
    vscode.commands.registerCommand(ignoreEntity, onEntity((at, { start, end }) => correct(at, { start, end }, { kind: 'entity-ignore' }))),
    vscode.commands.registerCommand(addEntity, onSelection(async (at, answer) => {
      const name = at.document.getText().slice(at.start, at.end).replace(/\s+/g, ' ').trim();
      const entityType = isEntityType(answer) ? answer : await pickType(`What is "${name}"?`);
      if (entityType) await correct(at, at, { kind: 'entity-add', entityType, name });
    })),
    vscode.commands.registerCommand(setDocumentDate, async (uri?: unknown, answer?: unknown) => {
      const at = await place(typeof uri === 'string' ? uri : undefined, typeof uri === 'string' ? 0 : undefined);
      if (!at) return;
      const header = at.entry.analysis.header;
      const date = isDateAnswer(answer) ? answer : await askDate('Date of the document', header.date);
      if (date === undefined) return;
      const span = headerDateSpan(header);
      await correct(at, span, { kind: 'document-date', date });
    }),
    vscode.commands.registerCommand(revertCorrection, async (first?: unknown, id?: unknown) => {
      const row = first as { uri?: string; correctionId?: string } | undefined;
      const uri = documentUri(row?.uri ?? first);
      if (!uri) return;
      const ids = typeof id === 'string' ? [id] : row?.correctionId ? [row.correctionId] : await pickCorrections(corrections, uri);
      if (ids?.length) await corrections.revert(uri, ids);
    }),
    vscode.commands.registerCommand(revertAllCorrections, async (first?: unknown, confirmed?: unknown) => {
      const uri = documentUri(first);
      if (!uri) return;
      const count = corrections.corrections(uri).length;
      if (count === 0) return;
      const ok = confirmed === true || (await vscode.window.showWarningMessage(
        `Revert all ${count} corrections of ${path.basename(uri.path)}?`, { modal: true }, 'Revert All')) === 'Revert All';
      if (ok) await corrections.revert(uri);
    }),
    vscode.commands.registerCommand(reloadCorrections, () => corrections.reload()),
    vscode.commands.registerCommand(exportAnnotations, (format?: unknown, scope?: unknown, folder?: unknown) =>
      exportCommand(
        store,
        EXPORT_FORMATS.find((known) => known === format),
        scope === 'document' || scope === 'workspace' ? scope : undefined,
        typeof folder === 'string' ? folder : undefined,
      )),
  ];
}

// Answers passed as arguments (by links and tests); menus pass other things, which mean "ask".
function isSpeakerChoice(value: unknown): value is SpeakerChoice {
  return typeof value === 'object' && value !== null && typeof (value as SpeakerChoice).name === 'string';
}

function isDateAnswer(value: unknown): value is string | null {
  return value === null || (typeof value === 'string' && ISO_DATE.test(value));
}

function isEntityType(value: unknown): value is EntityType {
  return ENTITY_TYPES.includes(value as EntityType);
}

/** The document a command argument names (a URI or its string), else the active seed document. */
function documentUri(argument: unknown): vscode.Uri | undefined {
  if (argument instanceof vscode.Uri) return argument;
  if (typeof argument === 'string') return vscode.Uri.parse(argument);
  const document = vscode.window.activeTextEditor?.document;
  if (document && isSourceDocument(document)) return document.uri;
  void vscode.window.showInformationMessage('Source Lens: open an annotated seed document first.');
  return undefined;
}

async function pickSpeaker(at: Place, quote: Quote): Promise<SpeakerChoice | undefined> {
  const newName = { label: '$(add) New name…', entity: undefined as Entity | undefined };
  const candidates = [...at.entry.analysis.entities].sort((a, b) => speakerRank(a) - speakerRank(b));
  const picked = await vscode.window.showQuickPick([...candidates.map((entity) => ({
    label: entity.name,
    description: [entity.type, entity.role].filter(Boolean).join(' · '),
    picked: entity.id === quote.speaker?.entityId,
    entity,
  })), newName], { title: 'Source Lens: who said this?', placeHolder: 'Choose the speaker, or type a new name', matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.entity) return { name: picked.entity.name, entityId: picked.entity.id };
  const name = await askName('Name of the speaker', '');
  return name ? { name } : undefined;
}

/** People first, then organizations, then the rest. */
function speakerRank(entity: Entity): number {
  return entity.type === 'person' ? 0 : entity.type === 'organization' ? 1 : 2;
}

async function pickEntity(entities: readonly Entity[], title: string): Promise<Entity | undefined> {
  const picked = await vscode.window.showQuickPick(
    entities.map((entity) => ({ label: entity.name, description: entity.type, entity })), { title: `Source Lens: ${title}` });
  return picked?.entity;
}

async function pickType(title: string, current?: EntityType): Promise<EntityType | undefined> {
  const picked = await vscode.window.showQuickPick(
    ENTITY_TYPES.map((type) => ({ label: type, description: type === current ? 'current' : undefined })), { title: `Source Lens: ${title}` });
  return picked?.label as EntityType | undefined;
}

async function askName(title: string, value: string): Promise<string | undefined> {
  const name = await vscode.window.showInputBox({
    title: `Source Lens: ${title}`,
    value,
    validateInput: (input) => (input.trim() ? undefined : 'Enter a name'),
  });
  return name?.trim() || undefined;
}

/** An ISO date, null to clear it (empty input), or undefined when cancelled. */
async function askDate(title: string, current: string | null): Promise<string | null | undefined> {
  const date = await vscode.window.showInputBox({
    title: `Source Lens: ${title}`,
    prompt: 'YYYY-MM-DD; leave empty for "no date"',
    value: current ?? '',
    validateInput: (input) => (!input.trim() || ISO_DATE.test(input.trim()) ? undefined : 'Use the form YYYY-MM-DD'),
  });
  return date === undefined ? undefined : date.trim() || null;
}

async function pickCorrections(corrections: CorrectionStore, uri: vscode.Uri): Promise<string[] | undefined> {
  const items = corrections.corrections(uri).map((correction) => ({
    label: correctionSummary(correction),
    description: correction.target.selector[0].exact.slice(0, 60),
    id: correction.id,
  }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Source Lens: this document has no corrections.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Source Lens: revert corrections', canPickMany: true });
  return picked?.map((item) => item.id);
}

const FORMAT_DESCRIPTIONS: Record<ExportFormat, string> = {
  json: 'Source Lens JSON (the full analysis)',
  w3c: 'W3C Web Annotation JSON-LD',
  brat: 'brat standoff .ann, with the text and annotation.conf',
  csv: 'CSV of quotes',
};

/** Writes the export; returns the written file paths (for tests), or undefined when cancelled. */
async function exportCommand(store: AnalysisStore, format?: ExportFormat, scope?: 'document' | 'workspace', folder?: string): Promise<string[] | undefined> {
  const chosenFormat = format ?? (await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((label) => ({ label, description: FORMAT_DESCRIPTIONS[label] })),
    { title: 'Source Lens: export format' },
  ))?.label;
  if (!chosenFormat) return undefined;
  const active = vscode.window.activeTextEditor?.document;
  const chosenScope = scope ?? (active && isSourceDocument(active)
    ? (await vscode.window.showQuickPick(['document', 'workspace'] as const, { title: 'Source Lens: export what?' }))
    : 'workspace');
  if (!chosenScope) return undefined;
  const documents = chosenScope === 'document' && active ? documentExports(store, [active]) : await workspaceExports(store);
  if (documents.length === 0) {
    void vscode.window.showInformationMessage('Source Lens: nothing to export.');
    return undefined;
  }
  const destination = folder ?? (await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, openLabel: 'Export Here', title: 'Source Lens: export folder',
  }))?.[0]?.fsPath;
  if (!destination) return undefined;
  const written = exportDocuments(documents, chosenFormat).map((file) => {
    const target = path.join(destination, file.name);
    writeFileAtomic(target, file.content);
    return target;
  });
  void vscode.window.showInformationMessage(`Source Lens: exported ${documents.length} document(s) as ${chosenFormat} to ${destination}.`);
  return written;
}

function documentExports(store: AnalysisStore, documents: readonly vscode.TextDocument[]): ExportDocument[] {
  return documents.flatMap((document) => {
    const entry = store.get(document);
    return entry ? [{ name: vscode.workspace.asRelativePath(document.uri, false), text: document.getText(), analysis: entry.analysis }] : [];
  });
}

async function workspaceExports(store: AnalysisStore): Promise<ExportDocument[]> {
  const glob = vscode.workspace.getConfiguration('sourceLens').get<string>('files', '**/*.txt');
  const uris = await vscode.workspace.findFiles(glob, '**/node_modules/**');
  const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
  const exports: ExportDocument[] = [];
  for (const uri of uris.sort((a, b) => a.toString().localeCompare(b.toString()))) {
    const document = open.get(uri.toString());
    if (document) {
      exports.push(...documentExports(store, [document]));
      continue;
    }
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    if (!hasSeedHeader(text)) continue;
    exports.push({ name: vscode.workspace.asRelativePath(uri, false), text, analysis: store.analyzeText({ uri, text }).analysis });
  }
  return exports;
}

/** Correction links under the hover card for the quote and the entity at the cursor. */
export function correctionHoverSection(): HoverSection {
  const c = CORRECTION_COMMANDS;
  return {
    commands: [c.changeSpeaker, c.markAsTerm, c.markAsSpeech, c.removeQuote, c.setQuoteDate, c.renameEntity,
      c.changeEntityType, c.mergeEntity, c.splitAlias, c.ignoreEntity, c.revertCorrection],
    render(document, entry, offset) {
      const uri = document.uri.toString();
      const link = (label: string, command: string, ...args: unknown[]) => `[${label}](${commandLink(command, ...args)})`;
      const undo = (ids: readonly string[] | undefined) => (ids?.length ? [link('Undo my correction', c.revertCorrection, uri, ids[ids.length - 1])] : []);
      const lines: string[] = [];
      const quote = entry.index.quoteAt(offset);
      if (quote) {
        lines.push(`Correct this quote: ${[
          link('Speaker…', c.changeSpeaker, uri, offset),
          quote.kind === 'speech' ? link('Not speech (term)', c.markAsTerm, uri, offset) : link('It is speech', c.markAsSpeech, uri, offset),
          link('Statement date…', c.setQuoteDate, uri, offset),
          link('Not a quote', c.removeQuote, uri, offset),
          ...undo(quote.correctionIds),
        ].join(' · ')}`);
      }
      const mention = entry.index.mentionAt(offset);
      const entity = mention && entry.index.entity(mention.entityId);
      if (mention && entity) {
        lines.push(`Correct ${entity.name}: ${[
          link('Rename…', c.renameEntity, uri, offset),
          link('Type…', c.changeEntityType, uri, offset),
          link('Merge…', c.mergeEntity, uri, offset),
          ...(mention.text !== entity.name ? [link('Split this name off…', c.splitAlias, uri, offset)] : []),
          link('Not an entity', c.ignoreEntity, uri, offset),
          ...undo(entity.correctionIds),
        ].join(' · ')}`);
      }
      return lines.length ? new vscode.MarkdownString(lines.join('  \n')) : undefined;
    },
  };
}

/** Everything the corrections feature adds to the editor, ready for `context.subscriptions`. */
export function registerCorrections(store: AnalysisStore, hovers: SourceHoverProvider): vscode.Disposable[] {
  const corrections = new CorrectionStore(store);
  return [
    corrections,
    new CorrectionsView(store, corrections),
    hovers.addSection(correctionHoverSection()),
    ...registerCorrectionCommands(store, corrections),
  ];
}
