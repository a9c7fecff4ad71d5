import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { ChunkedAnalyzer, ChunkedResult, chunkStarts } from '../../src/core/chunked';
import { byStart } from '../../src/core/lookup';
import { Analysis } from '../../src/core/model';

// A large document made of our own seed articles: the first with its header, then the bodies
// of all of them, over and over.
const seedsDir = join(__dirname, '..', '..', '..', 'seeds');
const seeds = readdirSync(seedsDir).filter((file) => file.endsWith('.txt')).sort()
  .map((file) => readFileSync(join(seedsDir, file), 'utf8').replace(/\r\n/g, '\n'));
const bodies = seeds.map((seed) => seed.slice(analyze(seed).header.bodyStart)).join('\n\n');
const LARGE = `${seeds[0]}\n\n${bodies.repeat(Math.ceil(200_000 / bodies.length))}`;

/** The text with `removed` characters at `at` replaced by `inserted`. */
function edit(text: string, at: number, removed: number, inserted: string): string {
  return text.slice(0, at) + inserted + text.slice(at + removed);
}

/** A run of an analyzer that saw earlier texts must equal a first run on the same text. */
function assertSameAsFresh(result: ChunkedResult, text: string, step: string): void {
  const fresh = new ChunkedAnalyzer().run(text);
  assert.deepEqual(result.analysis, fresh.analysis, step);
  assert.deepEqual(result.mentions, fresh.analysis.entities.flatMap((entity) => entity.mentions).sort(byStart), step);
  assert.equal(result.complete, true, step);
}

function countingAnalyzer() {
  const calls: string[] = [];
  const analyzer = new ChunkedAnalyzer((text) => {
    calls.push(text);
    return analyze(text);
  });
  return { analyzer, calls };
}

describe('chunked analysis', () => {
  const whole = analyze(LARGE);
  const chunked = new ChunkedAnalyzer().run(LARGE).analysis;

  it('cuts a large text at paragraph breaks into chunks of 16–64 KiB', () => {
    const starts = chunkStarts(LARGE);
    assert.ok(starts.length > 4, `only ${starts.length} chunks`);
    for (let i = 1; i < starts.length; i++) {
      assert.match(LARGE.slice(starts[i] - 2, starts[i]), /\n\s*\n|\n\n/);
      assert.ok(starts[i] - starts[i - 1] >= 16_384 && starts[i] - starts[i - 1] <= 65_536 + 5_000);
    }
    assert.deepEqual(chunkStarts('short text'), [0]);
  });

  it('finds the same quotes, at the same offsets, as the whole-text analysis', () => {
    assert.deepEqual(chunked.quotes.map((q) => [q.start, q.end, q.kind]), whole.quotes.map((q) => [q.start, q.end, q.kind]));
    assert.deepEqual(chunked.quotes.map((q) => q.id), whole.quotes.map((_, i) => `q${i + 1}`));
  });

  it('attributes nearly every quote to the same speaker, with spans pointing into the text', () => {
    const same = chunked.quotes.filter((quote, i) => quote.speaker?.entityId === whole.quotes[i].speaker?.entityId).length;
    assert.ok(same / whole.quotes.length >= 0.95, `${same} of ${whole.quotes.length} agree`);
    for (const quote of chunked.quotes) {
      assert.equal(LARGE.slice(quote.start, quote.end), quote.text);
      if (quote.speaker) assert.equal(LARGE.slice(quote.speaker.mention.start, quote.speaker.mention.end), quote.speaker.mention.text);
    }
  });

  it('merges entities across chunks and keeps header diagnostics from the real header only', () => {
    const ids = (analysis: Analysis) => new Set(analysis.entities.map((entity) => entity.id));
    assert.deepEqual(ids(chunked), ids(whole));
    for (const entity of chunked.entities) {
      for (const mention of entity.mentions) assert.equal(LARGE.slice(mention.start, mention.end), mention.text);
    }
    const codes = (analysis: Analysis, code: string) => analysis.diagnostics.filter((d) => d.code === code).length;
    for (const code of ['missing-date', 'empty-date', 'unterminated-quote']) assert.equal(codes(chunked, code), codes(whole, code), code);
    assert.deepEqual(chunked.header, whole.header);
  });

  it('re-analyses only the edited chunk after an edit', () => {
    const { analyzer, calls } = countingAnalyzer();
    analyzer.run(LARGE);
    const chunks = calls.length;
    const middle = LARGE.indexOf('\n\n', LARGE.length / 2);
    const edited = `${LARGE.slice(0, middle)} Another sentence.${LARGE.slice(middle)}`;
    calls.length = 0;
    const result = analyzer.run(edited);
    assert.equal(calls.length, 1, `${calls.length} of ${chunks} chunks re-analysed`);
    assert.equal(result.complete, true);
  });

  it('stops at the time budget with the first chunks, and finishes on the next runs', () => {
    const { analyzer } = countingAnalyzer();
    const first = analyzer.run(LARGE, 0);
    assert.equal(first.complete, false);
    assert.ok(first.analysis.quotes.length > 0 && first.analysis.quotes.length < whole.quotes.length);
    let result = first;
    for (let runs = 0; !result.complete && runs < 100; runs++) result = analyzer.run(LARGE, 0);
    assert.equal(result.complete, true);
    assert.equal(result.analysis.quotes.length, whole.quotes.length);
  });

  it('after each edit, equals a fresh analysis of the edited text (offsets, ids, entities, sorted mentions)', () => {
    const analyzer = new ChunkedAnalyzer();
    let text = LARGE;
    analyzer.run(text);
    const middle = text.indexOf('\n\n', text.length / 2);
    const steps: [string, (text: string) => string][] = [
      ['a new quote in the middle renumbers the quotes after it', (t) => edit(t, middle, 0, ' “We will see,” Ada Park said.')],
      ['a deleted paragraph break moves chunk boundaries', (t) => edit(t, chunkStarts(t)[3] - 1, 1, ' ')],
      ['a removed sentence near the top shifts every chunk after it', (t) => edit(t, t.indexOf('. ', 3_000) + 2, 40, '')],
      ['a new document date re-analyses every chunk', (t) => t.replace(/^Date:.*$/m, 'Date: 2021-06-15')],
      ['text added at the very end', (t) => `${t}\n\n“Last words,” the minister said.\n`],
      ['back to the original text', () => LARGE],
    ];
    for (const [step, change] of steps) {
      const changed = change(text);
      assert.notEqual(changed, text, step);
      text = changed;
      assertSameAsFresh(analyzer.run(text), text, step);
    }
  });

  it('finishing in time slices gives the same analysis as one run, also after an edit that re-analyses every chunk', () => {
    const analyzer = new ChunkedAnalyzer();
    const inSlices = (text: string) => {
      let result = analyzer.run(text, 0);
      for (let runs = 0; !result.complete && runs < 100; runs++) result = analyzer.run(text, 0);
      return result;
    };
    assertSameAsFresh(inSlices(LARGE), LARGE, 'time slices');
    const redated = LARGE.replace(/^Date:.*$/m, 'Date: 2021-06-15');
    assertSameAsFresh(inSlices(redated), redated, 'time slices after a new document date');
  });
});
