// Editor benchmark (numbers, not pass/fail): opening to decorations, hover latency, and
// re-decoration after edits, on a 1 MB document. Runs only when SOURCE_LENS_BENCH names
// a file, which receives the numbers as JSON:
//   SOURCE_LENS_BENCH=$PWD/test-results/editor-bench.json npm run test:integration
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { DecorationTimings } from '../../src/decorations';
import { closeAllEditors, hoverTextAt, openSeed, sourceLens } from './helpers';

const output = process.env.SOURCE_LENS_BENCH;
const TARGET_CHARACTERS = 1_000_000;
const HOVER_SAMPLES = 100;
/** Where the benchmark types one character, as fractions of the document: the middle first (shared machines are noisy). */
const EDIT_POSITIONS = [0.5, 0.25, 0.75, 0.1, 0.9, 0.4, 0.6];

/** Resolves with the first decoration timings of the document that `accept` takes, and when they came. */
async function decorated(uri: () => vscode.Uri | undefined, accept: (timings: DecorationTimings) => boolean) {
  const api = await sourceLens();
  return new Promise<DecorationTimings & { at: number }>((resolve) => {
    const listener = api.onDidDecorate((timings) => {
      if (timings.uri === uri()?.toString() && accept(timings)) {
        listener.dispose();
        resolve({ ...timings, at: performance.now() });
      }
    });
  });
}

/** Resolves with the time the extension host hears of the document's next change. */
function changeEvent(document: vscode.TextDocument): Promise<number> {
  return new Promise((resolve) => {
    const listener = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document) {
        listener.dispose();
        resolve(performance.now());
      }
    });
  });
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Hover latency seen through `vscode.executeHoverProvider` (round trip) and inside our provider. */
async function hoverLatencies(document: vscode.TextDocument) {
  const api = await sourceLens();
  const quotes = api.analysisFor(document)?.quotes ?? [];
  const roundTrips: number[] = [];
  for (let i = 0; i < HOVER_SAMPLES && quotes.length > 0; i++) {
    const quote = quotes[(i * 7919) % quotes.length];
    const started = performance.now();
    await hoverTextAt(document, quote.start + 1);
    roundTrips.push(performance.now() - started);
  }
  const provider = api.hoverDurations().slice(-roundTrips.length);
  const summary = (samples: number[]) => ({ p50: round(percentile(samples, 0.5)), p95: round(percentile(samples, 0.95)) });
  return { roundTrip: summary(roundTrips), provider: summary([...provider]) };
}

(output ? describe : describe.skip)('Editor benchmark', () => {
  after(closeAllEditors);

  it('measures decorations, hovers and re-decoration after an edit', async function () {
    this.timeout(300_000);
    const seed = (await openSeed()).document;
    const seedHover = await hoverLatencies(seed);
    const body = seed.getText().slice((await sourceLens()).analysisFor(seed)?.header.bodyStart ?? 0);
    // Numbered copies of the seed's body, so no two stretches of the document are identical.
    let content = seed.getText();
    for (let copy = 1; content.length < TARGET_CHARACTERS; copy++) content += `\n\nUpdate ${copy}.\n\n${body}`;

    let document: vscode.TextDocument | undefined;
    const openStarted = performance.now();
    const firstDecorations = decorated(() => document?.uri, () => true);
    const allDecorations = decorated(() => document?.uri, (timings) => timings.complete);
    document = await vscode.workspace.openTextDocument({ language: 'source-document', content });
    const editor = await vscode.window.showTextDocument(document);
    const shown = performance.now();
    const [open, complete] = await Promise.all([firstDecorations, allDecorations]);

    const largeHover = await hoverLatencies(document);

    const edits: { toDecorationsMs: number; changeToDecorationsMs: number; analyzeMs: number; decorateMs: number }[] = [];
    for (const position of EDIT_POSITIONS) {
      const editStarted = performance.now();
      // Decorations of the old version may still come (e.g. after a scroll): only the edited one counts.
      const before = editor.document.version;
      const redecorated = decorated(() => document?.uri, (timings) => timings.version > before && timings.version === editor.document.version && timings.complete);
      const changed = changeEvent(editor.document);
      await editor.edit((edit) => edit.insert(editor.document.positionAt(Math.floor(content.length * position)), 'x'));
      const edit = await redecorated;
      edits.push({
        toDecorationsMs: edit.at - editStarted,
        changeToDecorationsMs: edit.at - (await changed),
        analyzeMs: edit.analyzeMs,
        decorateMs: edit.decorateMs,
      });
    }
    const median = (key: keyof (typeof edits)[number]) => round(percentile(edits.map((edit) => edit[key]), 0.5));

    const results = {
      documentCharacters: content.length,
      openToDecorationsMs: round(open.at - openStarted),
      // Decorations may even come before VS Code reports the editor shown (then 0).
      shownToDecorationsMs: round(Math.max(0, open.at - shown)),
      openFirstSliceAnalyzeMs: round(open.analyzeMs),
      openDecorateMs: round(open.decorateMs),
      openToCompleteAnalysisMs: round(complete.at - openStarted),
      hoverSeedMs: seedHover,
      hoverLargeMs: largeHover,
      // Medians over the edits; the first edit also waits out the debounce set by the opening's last slice.
      editToDecorationsMs: median('toDecorationsMs'),
      // From the extension host's change event: our debounce (150 ms at least), re-analysis and decorations.
      editChangeToDecorationsMs: median('changeToDecorationsMs'),
      editAnalyzeMs: median('analyzeMs'),
      editDecorateMs: median('decorateMs'),
      editAnalyzeSamplesMs: edits.map((edit) => round(edit.analyzeMs)),
      editToDecorationsSamplesMs: edits.map((edit) => round(edit.toDecorationsMs)),
    };
    console.log(`Source Lens editor benchmark: ${JSON.stringify(results)}`);
    if (output) writeFileSync(output, JSON.stringify(results, null, 2) + '\n');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
