// Corrections as a user makes them: fix a speaker, edit the text above the quote, reload, and the
// correction is still on the right quote, in the sidecar, and in every export.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Configuration } from '../../src/config';
import { CorrectionStore } from '../../src/corrections';
import { AnalysisStore } from '../../src/documents';
import { Quote } from '../../src/core';
import { Correction, createCorrection } from '../../src/core/corrections';
import { Sidecar } from '../../src/core/sidecar';
import { closeAllEditors, hoverTextAt, hoversAt, sourceLens, waitFor } from './helpers';

const ARTICLE = [
  'Harbor council votes on the new pier',
  '',
  'Author: Mira Holm',
  'Date: 2024-03-04',
  '',
  'The mayor spoke first. "We will build the pier before winter," Mayor Lina Ortiz said on Monday.',
  '',
  'Residents were split. Tomas Berg, a fisherman, listened to her. "The pier is too expensive," Ortiz said.',
  '',
].join('\n');
const QUOTE = '"The pier is too expensive,"';
const INSERTED = 'The council met for three hours in the old town hall before anyone spoke about the pier.\n\n';

describe('Corrections', () => {
  let file: vscode.Uri;
  let sidecar: string;
  let exportDir: string;

  before(async () => {
    await sourceLens();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test host has no workspace folder');
    file = vscode.Uri.joinPath(folder.uri, 'seeds', 'corrections-harbor.txt');
    sidecar = `${file.fsPath}.annotations.json`;
    fs.writeFileSync(file.fsPath, ARTICLE);
    exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-exports-'));
  });

  after(async () => {
    await closeAllEditors();
    for (const made of [exportDir, sidecar, file.fsPath]) fs.rmSync(made, { recursive: true, force: true });
  });

  async function open(): Promise<vscode.TextDocument> {
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document);
    await waitFor(() => document.languageId === 'source-document', 'the document to open as a Source Document');
    return document;
  }

  async function quoteIn(document: vscode.TextDocument, speaker?: string): Promise<Quote> {
    const api = await sourceLens();
    return waitFor(() => {
      const quote = api.analysisFor(document)?.quotes.find((q) => q.text.includes('The pier is too expensive'));
      return quote && (!speaker || quote.speaker?.name === speaker) && quote;
    }, `the quote ${speaker ? `attributed to ${speaker}` : 'to be found'}`);
  }

  function savedSidecar(): Sidecar {
    return JSON.parse(fs.readFileSync(sidecar, 'utf8'));
  }

  function savedCorrections(): Correction[] {
    return savedSidecar().corrections;
  }

  /** Runs `use` with the stores another VS Code window on the same folder would have. */
  async function inAnotherWindow(use: (store: AnalysisStore, corrections: CorrectionStore) => Promise<void>): Promise<void> {
    const config = new Configuration();
    const store = new AnalysisStore(config);
    const corrections = new CorrectionStore(store);
    try {
      await use(store, corrections);
    } finally {
      corrections.dispose();
      store.dispose();
      config.dispose();
    }
  }

  it('changes a speaker through the command a hover link runs, and saves it in the sidecar', async () => {
    const document = await open();
    const before = await quoteIn(document);
    assert.notEqual(before.speaker?.name, 'Tomas Berg', 'the engine already says Tomas Berg; the test needs a wrong speaker');
    const hover = await hoverTextAt(document, before.start + 2);
    assert.ok(hover.includes('command:sourceLens.changeSpeaker'), `no "change speaker" link in the hover:\n${hover}`);

    await vscode.commands.executeCommand('sourceLens.changeSpeaker', document.uri.toString(), before.start + 2, { name: 'Tomas Berg' });

    const corrected = await quoteIn(document, 'Tomas Berg');
    assert.equal(corrected.ruleId, 'user');
    assert.equal(corrected.corrected, true);
    assert.match(await hoverTextAt(document, corrected.start + 2), /corrected by you/);
    const saved = savedSidecar();
    assert.equal(saved.version, 1);
    assert.equal(saved.corrections.length, 1);
    assert.equal(saved.corrections[0].kind, 'quote-speaker');
    assert.equal(saved.corrections[0].target.selector[0].exact, document.getText().slice(corrected.start, corrected.end));
  });

  it('keeps the correction on the right quote when the text above it is edited and saved', async () => {
    const document = await open();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().indexOf('The mayor spoke')), INSERTED);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await document.save();
    const quote = await waitFor(async () => {
      const found = await quoteIn(document, 'Tomas Berg');
      return found.start === document.getText().indexOf(QUOTE) && found;
    }, 'the corrected quote at its new offset');
    assert.equal(quote.text, QUOTE);
  });

  it('still has it after a reload: corrections re-read from disk, and a fresh store', async () => {
    const document = await open();
    await vscode.commands.executeCommand('sourceLens.reloadCorrections');
    const quote = await quoteIn(document, 'Tomas Berg');
    assert.equal(quote.start, document.getText().indexOf(QUOTE));

    // A new window builds its stores from scratch: do the same, from the sidecar on disk only.
    await inAnotherWindow(async (store) => {
      const fresh = store.get(document)?.analysis.quotes.find((q) => q.text === QUOTE);
      assert.equal(fresh?.speaker?.name, 'Tomas Berg');
      assert.equal(fresh?.start, document.getText().indexOf(QUOTE));
    });
  });

  it('merges with a second window writing to the same sidecar: nothing is lost', async () => {
    const document = await open();
    const api = await sourceLens();
    await inAnotherWindow(async (_store, otherWindow) => {
      const text = document.getText();
      const berg = text.indexOf('Tomas Berg');
      const retype = createCorrection(text, { start: berg, end: berg + 'Tomas Berg'.length }, { kind: 'entity-type', entityType: 'organization' });
      await otherWindow.add(document, retype);
      // This window learns of it from the file watcher, then writes a correction of its own.
      await waitFor(() => api.analysisFor(document)?.entities.find((e) => e.name === 'Tomas Berg')?.type === 'organization', 'the other window\'s correction', 20_000);
      const quote = await quoteIn(document, 'Tomas Berg');
      await vscode.commands.executeCommand('sourceLens.setQuoteDate', document.uri.toString(), quote.start + 2, '2024-03-03');
      await waitFor(async () => (await quoteIn(document)).date === '2024-03-03', 'the statement date');
      assert.deepEqual(savedCorrections().map((c) => c.kind).sort(), ['entity-type', 'quote-date', 'quote-speaker']);
      const added = savedCorrections().filter((c) => c.kind !== 'quote-speaker');
      for (const { id } of added) await vscode.commands.executeCommand('sourceLens.revertCorrection', document.uri.toString(), id);
      assert.equal(savedCorrections().length, 1);
    });
  });

  it('keeps an orphaned correction while its text is gone, and applies it again when the text comes back', async () => {
    const document = await open();
    const original = document.getText();
    const sentence = original.slice(original.indexOf('Residents were split.'), original.indexOf('Ortiz said.') + 'Ortiz said.'.length);
    const replaceAll = async (text: string) => {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await document.save();
    };
    await replaceAll(original.replace(sentence, 'Residents were split.'));
    const api = await sourceLens();
    await waitFor(() => api.analysisFor(document)?.quotes.length === 1, 'the quote to disappear');
    const saved = savedSidecar();
    assert.equal(saved.corrections.length, 1, 'the orphaned correction was dropped from the sidecar');
    await replaceAll(original);
    const quote = await quoteIn(document, 'Tomas Berg');
    assert.equal(quote.start, original.indexOf(QUOTE));
  });

  it('exports the corrected speaker as CSV, W3C annotations and brat', async () => {
    const document = await open();
    await quoteIn(document, 'Tomas Berg');
    const written = async (format: string) => {
      const files = await vscode.commands.executeCommand<string[]>('sourceLens.exportAnnotations', format, 'document', exportDir);
      assert.ok(files?.length, `nothing exported as ${format}`);
      return files;
    };
    const csv = fs.readFileSync((await written('csv'))[0], 'utf8');
    assert.ok(csv.split('\r\n').some((row) => row.includes('Tomas Berg') && row.includes('The pier is too expensive')), csv);

    const w3c = JSON.parse(fs.readFileSync((await written('w3c'))[0], 'utf8'));
    const annotation = w3c.items.find((item: { target: { selector: { exact?: string }[] } }) => item.target.selector[0].exact === QUOTE);
    assert.ok(annotation.body.some((body: { value: string }) => body.value === 'Tomas Berg'), JSON.stringify(annotation));

    const ann = fs.readFileSync((await written('brat')).find((f) => f.endsWith('.ann'))!, 'utf8');
    const quoteLine = ann.split('\n').find((line) => line.endsWith(`\t${QUOTE}`));
    assert.ok(quoteLine, ann);
    const quoteId = quoteLine.split('\t')[0];
    const speakerId = new RegExp(`Speaker Arg1:${quoteId} Arg2:(T\\d+)`).exec(ann)?.[1];
    assert.ok(ann.split('\n').some((line) => line.startsWith(`${speakerId}\t`) && line.endsWith('\tTomas Berg')), ann);
  });

  it('leaves an unreadable sidecar untouched and keeps new corrections in memory', async () => {
    const document = await open();
    const garbage = '{"version": 1, "document": "corrections-harbor.txt", "corrections": [';
    fs.writeFileSync(sidecar, garbage);
    await vscode.commands.executeCommand('sourceLens.reloadCorrections');
    const quote = await quoteIn(document);
    await vscode.commands.executeCommand('sourceLens.markAsTerm', document.uri.toString(), quote.start + 2);
    await waitFor(async () => (await quoteIn(document)).kind === 'term', 'the quote to become a term');
    assert.equal(fs.readFileSync(sidecar, 'utf8'), garbage);
  });

  it('writes the corrections kept in memory once the bad sidecar is gone, and reverts them all', async () => {
    fs.rmSync(sidecar);
    const document = await open();
    await vscode.commands.executeCommand('sourceLens.reloadCorrections');
    await waitFor(() => fs.existsSync(sidecar), 'the kept correction to be written');
    // The speaker fix may be kept too: it was in memory when the file went bad, if the watcher saw that first.
    const kinds = savedCorrections().map((c) => c.kind);
    assert.ok(kinds.includes('quote-kind'), JSON.stringify(kinds));
    assert.equal((await quoteIn(document)).kind, 'term');
    await vscode.commands.executeCommand('sourceLens.revertAllCorrections', document.uri.toString(), true);
    await waitFor(async () => (await quoteIn(document)).kind === 'speech', 'the quote to be speech again');
    const saved = savedSidecar();
    assert.deepEqual(saved.corrections, []);
    assert.equal(saved.deleted.length, kinds.length);
  });

  it('corrects from the sidebar rows the context menus pass, and trusts its hover links', async () => {
    const document = await open();
    const api = await sourceLens();
    await quoteIn(document);
    const hovers = await hoversAt(document, document.getText().indexOf(QUOTE) + 2);
    assert.ok(hovers.some((hover) => typeof hover.isTrusted === 'object' && hover.isTrusted.enabledCommands.includes('sourceLens.changeSpeaker')));

    const quoteRow = await waitFor(() => api.quoteTreeRoots().flatMap((group) => group.children ?? [])
      .find((row) => row.label.includes('The pier is too expensive')), 'the quote in the Quotes view');
    await vscode.commands.executeCommand('sourceLens.setQuoteDate', quoteRow, undefined, '2024-03-03');
    await waitFor(async () => (await quoteIn(document)).date === '2024-03-03', 'the statement date from the quote row');

    const entityRow = await waitFor(() => api.entityTreeRoots().flatMap((group) => group.children ?? [])
      .find((row) => row.label === 'Lina Ortiz'), 'Lina Ortiz in the Entities view');
    await vscode.commands.executeCommand('sourceLens.changeEntityType', entityRow, undefined, 'organization');
    await waitFor(() => api.analysisFor(document)?.entities.find((e) => e.name === 'Lina Ortiz')?.type === 'organization', 'the new type');
    await vscode.commands.executeCommand('sourceLens.revertAllCorrections', document.uri.toString(), true);
  });
});
