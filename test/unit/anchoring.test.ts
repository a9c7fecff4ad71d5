import * as assert from 'node:assert/strict';
import { anchor, describe as describeSpan, editSimilarity } from '../../src/core/anchoring';

const TEXT = [
  'Harbor council votes on the new pier',
  '',
  'The mayor spoke first. "We will build the pier before winter," Mayor Lina Ortiz said on Monday.',
  'Residents were split. "The pier is too expensive," said Tomas Berg, a fisherman.',
  'Ortiz later repeated: "We will build the pier before winter."',
].join('\n');

function spanOf(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `fixture contains ${needle}`);
  return { start, end: start + needle.length };
}

describe('anchoring', () => {
  const quote = '"The pier is too expensive,"';
  const target = describeSpan(TEXT, spanOf(TEXT, quote));

  it('describes a span with exact text, context and position', () => {
    const [q, p] = target.selector;
    assert.equal(q.exact, quote);
    assert.equal(q.prefix.length, 32);
    assert.ok(TEXT.slice(p.start - 32, p.start) === q.prefix && TEXT.startsWith(q.suffix, p.end));
  });

  it('anchors by position while the text there is unchanged', () => {
    assert.deepEqual(anchor(TEXT, target), spanOf(TEXT, quote));
  });

  it('follows the text when something is inserted before it', () => {
    const edited = 'UPDATED: ' + TEXT.replace('The mayor spoke first.', 'The mayor, who was elected in May, spoke first.');
    assert.deepEqual(anchor(edited, target), spanOf(edited, quote));
  });

  it('is not disturbed by edits after it', () => {
    const edited = TEXT.replace('Ortiz later repeated', 'Later that evening, Ortiz repeated');
    assert.deepEqual(anchor(edited, target), spanOf(edited, quote));
  });

  it('picks the occurrence whose context matches, not merely the nearest', () => {
    const repeated = '"We will build the pier before winter';
    const second = spanOf(TEXT, repeated, TEXT.indexOf('repeated'));
    const secondTarget = describeSpan(TEXT, second);
    const edited = 'Note. ' + TEXT;
    assert.deepEqual(anchor(edited, secondTarget), spanOf(edited, repeated, edited.indexOf('repeated')));
    const firstTarget = describeSpan(TEXT, spanOf(TEXT, repeated));
    assert.deepEqual(anchor(edited, firstTarget), spanOf(edited, repeated));
  });

  it('re-anchors a quote edited inside (words added) to the edited span', () => {
    const edited = ('Intro line.\n' + TEXT).replace('too expensive', 'much too expensive');
    const span = anchor(edited, target);
    assert.deepEqual(span, spanOf(edited, '"The pier is much too expensive,"'));
  });

  it('orphans the anchor when the text is gone', () => {
    const edited = TEXT.replace('"The pier is too expensive," said Tomas Berg, a fisherman.', 'Nobody else spoke.');
    assert.equal(anchor(edited, target), null);
  });

  it('re-anchors when the document is deleted and restored', () => {
    assert.equal(anchor('', target), null);
    assert.deepEqual(anchor(TEXT, target), spanOf(TEXT, quote));
  });

  it('does not trust a repeated short text whose context no longer matches', () => {
    const word = describeSpan(TEXT, spanOf(TEXT, 'pier', TEXT.indexOf('too expensive') - 10));
    const unrelated = 'A pier here. Another pier there. A third pier somewhere else entirely.';
    assert.equal(anchor(unrelated, word), null);
  });

  it('finds the quote in a large document full of near matches', () => {
    const noise = '"The pier is '.repeat(200_000);
    const edited = noise + TEXT + noise;
    assert.deepEqual(anchor(edited, target), spanOf(edited, quote));
    assert.equal(anchor(noise, target), null);
  });

  it('works on CRLF text, offsets staying indices into the original', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const crlfTarget = describeSpan(crlf, spanOf(crlf, quote));
    assert.ok(crlfTarget.selector[0].prefix.includes('\r\n'));
    const edited = 'Line one\r\n\r\n' + crlf;
    assert.deepEqual(anchor(edited, crlfTarget), spanOf(edited, quote));
  });

  it('measures edit similarity', () => {
    assert.equal(editSimilarity('abcd', 'abcd'), 1);
    assert.equal(editSimilarity('abcd', 'abxd'), 0.75);
    assert.equal(editSimilarity('', ''), 1);
  });
});
