// The sample seed in a real VS Code: language, hover cards, sidebar, outline and references.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverTextAt, offsetOf, openSeed, sourceLens } from './helpers';

/** Each speech quote of the seed, located by its opening mark and first words, with its speaker. */
const SPEECH_QUOTES: readonly [string, string][] = [
  ['"considering and possibly planning', 'Jens Stoltenberg'],
  ['“We have not seen any lethal aid', 'Jens Stoltenberg'],
  ['"The basic principle of this charter', 'Jens Stoltenberg'],
  ['"lethal support', 'Anthony Blinken'],
  ['"I warned China against', 'Anthony Blinken'],
  ['"not to lecture it', 'China'],
];

const PEOPLE = ['Jens Stoltenberg', 'Anhelina Sheremet', 'Anthony Blinken', 'Wang Yi', 'Joe Biden'];

describe('Sample seed document', () => {
  let document: vscode.TextDocument;

  before(async () => {
    await sourceLens();
    document = (await openSeed()).document;
  });

  it('opens as a Source Document', () => {
    assert.equal(document.languageId, 'source-document');
  });

  for (const [opening, speaker] of SPEECH_QUOTES) {
    it(`hover inside ${opening}…" names ${speaker}`, async () => {
      const text = await hoverTextAt(document, offsetOf(document, opening, 1));
      assert.ok(text.includes(`**Said by** ${speaker}`), `hover does not name ${speaker}:\n${text}`);
    });
  }

  it('hover on the scare quote "peace plan" names no speaker', async () => {
    const text = await hoverTextAt(document, offsetOf(document, '"peace plan', 1));
    assert.match(text, /no speaker/);
    assert.doesNotMatch(text, /Said by/);
  });

  it('hover card gives the cue, the reason, the statement date and the document', async () => {
    const text = await hoverTextAt(document, offsetOf(document, '"I warned China against', 1));
    assert.match(text, /Cue: said/);
    assert.match(text, /Why: \S/);
    assert.match(text, /Statement date: /);
    assert.match(text, /Document: no date, by Anhelina Sheremet/);
    assert.match(text, /Other quotes by this speaker: 1 — \[list them\]\(command:sourceLens\.showQuotesBySpeaker\?/);
  });

  it('the Entities view lists the five people with their mention counts', async () => {
    const api = await sourceLens();
    const people = api.entityTreeRoots().find((group) => group.id === 'group:person');
    assert.ok(people?.children, 'no People group');
    assert.deepEqual(people.children.map((row) => row.label).sort(), [...PEOPLE].sort());
    for (const person of people.children) {
      const mentions = person.children?.length ?? 0;
      assert.ok(mentions > 0, `${person.label} has no mentions`);
      assert.match(person.description ?? '', new RegExp(`^${mentions} mentions?\\b`));
    }
    const stoltenberg = people.children.find((row) => row.label === 'Jens Stoltenberg');
    assert.ok((stoltenberg?.children?.length ?? 0) >= 3, 'Jens Stoltenberg is named at least three times');
  });

  it('the Quotes view groups quotes by speaker', async () => {
    const speakers = (await sourceLens()).quoteTreeRoots();
    const stoltenberg = speakers.find((group) => group.label === 'Jens Stoltenberg');
    assert.equal(stoltenberg?.children?.length, 3);
    assert.equal(speakers.find((group) => group.label === 'Anthony Blinken')?.children?.length, 2);
  });

  it('the Outline lists quotes by speaker and the entities', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const names = symbols.map((symbol) => symbol.name);
    for (const person of ['Jens Stoltenberg', 'Anthony Blinken']) assert.ok(names.includes(person), `${person} not in the outline`);
    const stoltenbergQuotes = symbols.find((symbol) => symbol.name === 'Jens Stoltenberg' && symbol.kind === vscode.SymbolKind.Interface);
    assert.equal(stoltenbergQuotes?.children.length, 3);
  });

  it('Find All References on "Stoltenberg" includes "Jens Stoltenberg"', async () => {
    const position = document.positionAt(offsetOf(document, 'Stoltenberg said', 3));
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
    const texts = locations.map((location) => document.getText(location.range));
    assert.ok(texts.includes('Jens Stoltenberg'), `references: ${JSON.stringify(texts)}`);
    assert.ok(texts.includes('Stoltenberg'));
  });

  it('document highlights mark every mention of the entity under the cursor', async () => {
    const position = document.positionAt(offsetOf(document, 'Blinken said:', 2));
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, position);
    const texts = highlights.map((highlight) => document.getText(highlight.range));
    assert.ok(texts.includes('Anthony Blinken') && texts.includes('Blinken'), `highlights: ${JSON.stringify(texts)}`);
  });

  it('reports the empty Date: field as a diagnostic', async () => {
    const diagnostics = vscode.languages.getDiagnostics(document.uri);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'empty-date'), JSON.stringify(diagnostics));
  });
});
