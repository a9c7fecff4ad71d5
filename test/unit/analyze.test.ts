import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { Analysis } from '../../src/core/model';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SEED = fs.readFileSync(path.join(ROOT, 'seeds', '000_939248764b6c96bf.txt'), 'utf8');

/** Maps every offset of the CRLF text back to the LF text, so both analyses compare directly. */
function withLfOffsets(analysis: Analysis, crlfText: string): unknown {
  const lfOffset: number[] = [];
  let removed = 0;
  for (let index = 0; index <= crlfText.length; index++) {
    lfOffset[index] = index - removed;
    if (crlfText[index] === '\r' && crlfText[index + 1] === '\n') removed++;
  }
  return JSON.parse(JSON.stringify(analysis), (key, value) => (key === 'start' || key === 'end' || key === 'bodyStart') && typeof value === 'number' ? lfOffset[value] : value);
}

describe('analyze', () => {
  it('gives CRLF text the same answers as LF, with offsets into the CRLF text', () => {
    const crlf = SEED.replace(/\n/g, '\r\n');
    const analysis = analyze(crlf);
    for (const quote of analysis.quotes) assert.equal(crlf.slice(quote.start, quote.end), quote.text);
    const normalized = JSON.parse(JSON.stringify(withLfOffsets(analysis, crlf)).replace(/\\r/g, ''));
    assert.deepEqual(normalized, JSON.parse(JSON.stringify(analyze(SEED))));
  });

  it('counts a day word inside a quote from the day the quote was said, when the text gives that day', () => {
    const text = 'Final\n\nAuthor: A\nDate: 2024-09-08\n\n"Tonight I told myself to stay calm," Mara Lind said on Saturday.\n\n"Tomorrow we rest," she said last week.\n\nLind plays again today.';
    const days = analyze(text).dates.map((date) => [date.text, date.value]);
    assert.deepEqual(days, [['Tonight', '2024-09-07'], ['Saturday', '2024-09-07'], ['Tomorrow', '2024-09-09'], ['last week', '2024-08-26'], ['today', '2024-09-08']]);
  });

  it('dates a speaker\'s next words, in that paragraph or the next, by the day of their last ones when they give none', () => {
    const text = 'Toll rises\n\nAuthor: A\nDate: 2024-09-10\n\nThe toll rose to eight.\n\nSpeaking on Monday afternoon, Gov. Mara Lind urged calm: "Do not make this a football."\n\n"There will be a time for debate," Lind said. "That time is not today."\n\nCole Brandt disagreed. "We need answers today," he said.';
    const analysis = analyze(text);
    assert.deepEqual(analysis.quotes.map((quote) => quote.date), ['2024-09-09', '2024-09-09', '2024-09-09', null]);
    assert.deepEqual(analysis.dates.map((date) => [date.text, date.value]), [['Monday afternoon', '2024-09-09'], ['today', '2024-09-09'], ['today', '2024-09-10']]);
  });

  it('counts a day word inside an undated quote from the day the opening paragraph sets the story on', () => {
    const text = 'Jury picked\n\nAuthor: A\nDate: 2025-03-04\n\nJury selection began Monday in the trial of Vera Holm.\n\n"Most of the folks we talked to today seem fair," her lawyer, Leo Pask, said.';
    const days = analyze(text).dates.map((date) => [date.text, date.value]);
    assert.deepEqual(days, [['Monday', '2025-03-03'], ['today', '2025-03-03']]);
    // An opening paragraph of two days sets none.
    const two = text.replace('began Monday', 'began Monday and resumed Tuesday');
    assert.deepEqual(analyze(two).dates.map((date) => date.value), ['2025-03-03', '2025-03-04', '2025-03-04']);
    // The quote's own day word sets no day for the story: "yesterday" is not counted back twice.
    const own = 'Boiler\n\nAuthor: A\nDate: 2025-05-21\n\n"It broke yesterday," Stan Kowal said.';
    assert.deepEqual(analyze(own).dates.map((date) => date.value), ['2025-05-20']);
  });

  it('dates a statement by a day\'s possessive only when it was said during that day\'s event', () => {
    const text = "Rally\n\nAuthor: A\nDate: 2015-11-11\n\n\"They search for old quotes,\" Ann Magel said at Monday's rally.\n\n\"It was amateur hour,\" Matt Lat said of Monday's episode.";
    assert.deepEqual(analyze(text).quotes.map((quote) => quote.date), ['2015-11-09', null]);
  });

  it('dates no statement by a day it was made before or after ("an offer made before Christmas")', () => {
    const text = 'Strike\n\nAuthor: A\nDate: 2024-01-03\n\nThe minister, Vera Strand, called the strike "deeply disappointing" and said the offer was made before Christmas.';
    assert.deepEqual(analyze(text).quotes.map((quote) => quote.date), [null]);
  });

  it('analyzes a document without a header', () => {
    const analysis = analyze('School news from the valley, written for parents who could not attend the meeting on Tuesday evening.\n\n"We will open the school in May," Mayor Ada Brook said on Tuesday.');
    assert.equal(analysis.quotes.length, 1);
    assert.equal(analysis.quotes[0].speaker?.name, 'Ada Brook');
    assert.ok(analysis.diagnostics.some((diagnostic) => diagnostic.code === 'missing-date'));
  });

  it('warns of a Date: field it cannot read, and of none about one it reads', () => {
    const unreadable = analyze('Title\nDate: March 2025\n\nThe council met on Monday.');
    assert.equal(unreadable.header.date, null);
    const warning = unreadable.diagnostics.find((diagnostic) => diagnostic.code === 'unreadable-date');
    assert.ok(warning, JSON.stringify(unreadable.diagnostics));
    assert.equal(unreadable.dates[0].value, null);
    assert.match(warning.message, /“March 2025”/);
    assert.deepEqual(analyze('Title\nDate: Tue, 04 Mar 2025 10:00:00 GMT\n\nThe council met on Monday.').diagnostics, []);
  });

  it('analyzes empty and blank text', () => {
    for (const text of ['', '\n\n', '   ']) {
      const analysis = analyze(text);
      assert.deepEqual(analysis.quotes, []);
    }
  });

  it('reports unterminated and unattributed quotes', () => {
    const analysis = analyze('Title\nDate: 2024-01-02\n\nThe sign read "closed for repairs until further notice.\n\nThen: "Nobody will say who wrote this sentence."');
    const codes = analysis.diagnostics.map((diagnostic) => diagnostic.code);
    assert.ok(codes.includes('unterminated-quote'));
    assert.ok(codes.includes('unattributed-quote'));
    const unterminated = analysis.quotes.find((quote) => quote.unterminated);
    assert.equal(unterminated?.text, '"closed for repairs until further notice.');
  });

  it('survives pathological input: unmatched marks, one endless paragraph', () => {
    const text = `Title\n\n${'“He said "no «way „out '.repeat(20_000)}`;
    const analysis = analyze(text);
    assert.ok(analysis.quotes.length <= 4);
    for (const quote of analysis.quotes) assert.equal(text.slice(quote.start, quote.end), quote.text);
  });

  it('is deterministic and JSON-serializable', () => {
    const first = analyze(SEED);
    assert.deepEqual(JSON.parse(JSON.stringify(first)), JSON.parse(JSON.stringify(analyze(SEED))));
  });
});
