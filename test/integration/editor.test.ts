// Editor behaviour: escaping in hovers, diagnostics, commands, settings and header detection.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, hoversAt, offsetOf, openSeed, openSourceDocument, sourceLens, waitFor } from './helpers';

const INJECTED_LINK = '[x](command:workbench.action.terminal.new)';

describe('Source Lens in the editor', () => {
  before(sourceLens);
  afterEach(closeAllEditors);

  it('escapes document text in hovers and trusts only its own commands', async () => {
    const { document } = await openSourceDocument(
      `Local news\n\nAuthor: Test Writer\nDate: 2023-02-20\n\nMaria Petrova arrived on Monday.\n\n"${INJECTED_LINK} is here," she said.\n`);
    const hovers = await hoversAt(document, offsetOf(document, `"${INJECTED_LINK}`, 1));
    assert.ok(hovers.length > 0, 'no hover on the quote');
    for (const hover of hovers) {
      assert.notEqual(hover.isTrusted, true, 'hover is fully trusted');
      if (typeof hover.isTrusted === 'object') {
        assert.ok(!hover.isTrusted.enabledCommands.includes('workbench.action.terminal.new'));
      }
      assert.ok(!hover.value.includes('](command:workbench'), `unescaped link in hover:\n${hover.value}`);
    }
    assert.ok(hovers.some((hover) => hover.value.includes('\\[x\\]')), 'the quote text is not shown escaped');
  });

  it('reports a seed with an empty Date: in the Problems panel', async () => {
    const { document } = await openSourceDocument('Headline\n\nAuthor: Test Writer\nDate:\n\nNothing was said.\n');
    const empty = await waitFor(() => vscode.languages.getDiagnostics(document.uri)
      .find((diagnostic) => diagnostic.code === 'empty-date'), 'the empty-date diagnostic');
    assert.equal(empty.source, 'Source Lens');
    assert.equal(empty.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('next and previous quote move the selection from quote to quote', async () => {
    const editor = await openSeed();
    const selected = () => editor.document.getText(editor.selection);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('sourceLens.nextQuote');
    assert.match(selected(), /considering and possibly planning/);
    await vscode.commands.executeCommand('sourceLens.nextQuote');
    assert.match(selected(), /^.?We have not seen any lethal aid/);
    await vscode.commands.executeCommand('sourceLens.previousQuote');
    assert.match(selected(), /considering and possibly planning/);
  });

  it('copies the quote under the cursor with its attribution (the command returns what it copied)', async () => {
    const editor = await openSeed();
    const inside = editor.document.positionAt(offsetOf(editor.document, '"I warned China', 3));
    editor.selection = new vscode.Selection(inside, inside);
    const copied = await vscode.commands.executeCommand<string>('sourceLens.copyQuote');
    assert.ok(copied.startsWith('“I warned China against providing material support to Russia.” — Anthony Blinken'), copied);
    assert.match(copied, /\(said\b/);
  });

  it('decorates the seed when it is shown, and records the timings', async () => {
    const api = await sourceLens();
    const { document } = await openSeed();
    const timings = await waitFor(() => api.decorationTimings(document.uri), 'decorations of the seed');
    assert.equal(timings.version, document.version);
  });

  it('the master toggle turns annotations off and on again', async () => {
    const api = await sourceLens();
    const { document } = await openSeed();
    assert.ok(api.analysisFor(document));
    await vscode.commands.executeCommand('sourceLens.toggle');
    try {
      await waitFor(() => api.analysisFor(document) === undefined, 'annotations off');
    } finally {
      await vscode.commands.executeCommand('sourceLens.toggle');
    }
    await waitFor(() => api.analysisFor(document), 'annotations on');
  });

  it('does not annotate documents over sourceLens.maxDocumentSize', async () => {
    const api = await sourceLens();
    const settings = vscode.workspace.getConfiguration('sourceLens');
    await settings.update('maxDocumentSize', 100, vscode.ConfigurationTarget.Global);
    try {
      const { document } = await openSourceDocument(`Big\n\nAuthor: A\nDate: 2023-02-20\n\n${'"Words," he said. '.repeat(20)}\n`);
      assert.equal(api.analysisFor(document), undefined);
    } finally {
      await settings.update('maxDocumentSize', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('notifications.clearAll');
    }
  });

  it('the sidebar covers every seed of the workspace in workspace scope', async () => {
    const api = await sourceLens();
    await openSeed();
    const settings = vscode.workspace.getConfiguration('sourceLens');
    await settings.update('scope', 'workspace', vscode.ConfigurationTarget.Global);
    try {
      const people = await waitFor(() => {
        const group = api.entityTreeRoots().find((root) => root.id === 'group:person');
        const files = new Set(group?.children?.flatMap((person) => person.children ?? [])
          .map((mention) => mention.description?.replace(/^.* · (.+):\d+$/, '$1')));
        return files.size > 1 && group;
      }, 'people from several seed files');
      assert.ok(people.children?.some((person) => person.label === 'Jens Stoltenberg'));
    } finally {
      await settings.update('scope', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('the hover link lists a speaker\'s quotes and reveals the one picked', async () => {
    const editor = await openSeed();
    const hovers = await hoversAt(editor.document, offsetOf(editor.document, '"The basic principle', 1));
    const link = hovers.map((hover) => hover.value.match(/\(command:(sourceLens\.showQuotesBySpeaker)\?([^)]+)\)/)).find(Boolean);
    assert.ok(link, 'no link listing the other quotes');
    const args = JSON.parse(decodeURIComponent(link[2])) as unknown[];
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const listed = vscode.commands.executeCommand(link[1], ...args);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await listed;
    assert.match(editor.document.getText(editor.selection), /considering and possibly planning/);
  });

  it('analyses a large document in chunks and ends with every quote', async function () {
    this.timeout(120_000);
    const api = await sourceLens();
    const seed = (await openSeed()).document;
    const seedQuotes = api.analysisFor(seed)?.quotes.length ?? 0;
    const body = seed.getText().slice(api.analysisFor(seed)?.header.bodyStart ?? 0);
    let content = seed.getText();
    let copies = 0;
    while (content.length < 300_000) content += `\n\nUpdate ${++copies}.\n\n${body}`;
    const { document } = await openSourceDocument(content);
    const analysis = await waitFor(() => {
      const latest = api.decorationTimings(document.uri);
      return latest?.version === document.version && latest.complete && api.analysisFor(document);
    }, 'the complete analysis', 60_000);
    assert.equal(analysis.quotes.length, seedQuotes * (copies + 1));
    const stoltenberg = analysis.entities.find((entity) => entity.name === 'Jens Stoltenberg');
    assert.ok((stoltenberg?.mentions.length ?? 0) > copies, 'mentions from every chunk are merged into one entity');
  });

  it('switches plain-text files with a seed header to Source Document', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, 'notes', 'article.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('A headline\n\nAuthor: Someone\nDate: 2023-02-20\n\nText.\n'));
    try {
      await vscode.window.showTextDocument(uri);
      await waitFor(() => vscode.workspace.textDocuments.find((document) =>
        document.uri.toString() === uri.toString() && document.languageId === 'source-document'), 'language switch');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, 'notes'), { recursive: true });
    }
  });
});
