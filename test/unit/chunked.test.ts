import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { ChunkedAnalyzer, chunkStarts } from '../../src/core/chunked';
import { Analysis } from '../../src/core/model';

// A large document made of our own seed articles: the first with its header, then the bodies
// of all of them, over and over.
const seedsDir = join(__dirname, '..', '..', '..', 'seeds');
const seeds = readdirSync(seedsDir).filter((file) => file.endsWith('.txt')).sort()
  .map((file) => readFileSync(join(seedsDir, file), 'utf8').replace(/\r\n/g, '\n'));
const bodies = seeds.map((seed) => seed.slice(analyze(seed).header.bodyStart)).join('\n\n');
const LARGE = `${seeds[0]}\n\n${bodies.repeat(Math.ceil(200_000 / bodies.length))}`;

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
});
