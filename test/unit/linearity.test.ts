// The engine must stay linear on pathological input. Speed belongs to the benchmark; these tests
// count work instead (cue lookups, which every per-quote search performs), so they cannot flake.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { cueLookupCount } from '../../src/core/cues';

const HEADER = 'Stress test\nAuthor: Test Writer\nDate: 2024-03-05\n\n';

/** Cue lookups made by one analysis of `text`. */
function lookupsFor(text: string): number {
  const before = cueLookupCount();
  analyze(text);
  return cueLookupCount() - before;
}

/** Asserts that 4× the input costs about 4× the work (a quadratic search costs about 16×). */
function assertLinear(document: (repeats: number) => string, repeats: number): void {
  const growth = lookupsFor(document(4 * repeats)) / lookupsFor(document(repeats));
  assert.ok(growth < 5, `4× the input made ${growth.toFixed(1)}× the cue lookups`);
}

describe('linearity', () => {
  it('one endless sentence of quotes that never find a cue', () => {
    const document = (repeats: number) => HEADER + 'word "another “ text '.repeat(repeats);
    assertLinear(document, 500);
  });

  it('one endless paragraph of unmatched marks, cues and names', () => {
    const document = (repeats: number) => HEADER + '“never said "closed according to «marks Stoltenberg „keep the official ‘the opening '.repeat(repeats);
    assertLinear(document, 300);
  });

  it('one endless sentence of quotes, each with a cue that names no speaker', () => {
    const document = (repeats: number) => HEADER + 'and "we will see," said quietly, and the "plan" said nothing '.repeat(repeats);
    assertLinear(document, 300);
  });

  it('a long article of ordinary paragraphs', () => {
    const paragraph = [
      'Mayor Lena Ortiz said on Tuesday that the harbor would reopen. "We are ready," she said.',
      'The union’s spokesman, Pavel Novak, told reporters: "Nobody goes back without a contract."',
      '“It is a fair offer,” the mayor said, adding that talks would resume. According to Novak, “the offer is late.”',
    ].join('\n\n');
    const document = (repeats: number) => HEADER + `${paragraph}\n\n`.repeat(repeats);
    assertLinear(document, 50);
  });
});
