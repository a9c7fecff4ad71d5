// Golden tests: the sample seed pinned by offsets, and every authored seed against its hand-made fixture.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { Analysis } from '../../src/core/model';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('golden: the sample seed', () => {
  let analysis: Analysis;
  before(() => {
    analysis = analyze(read('seeds/000_939248764b6c96bf.txt'));
  });

  it('finds the 6 speech quotes with their speakers and cues', () => {
    const speech = analysis.quotes.filter((quote) => quote.kind === 'speech');
    assert.deepEqual(speech.map((quote) => [quote.start, quote.end, quote.speaker?.name, quote.cue?.text]), [
      [186, 221, 'Jens Stoltenberg', 'stated'],
      [388, 729, 'Jens Stoltenberg', 'said'],
      [894, 1040, 'Jens Stoltenberg', 'said'],
      [1159, 1175, 'Anthony Blinken', 'said'],
      [1334, 1396, 'Anthony Blinken', 'said'],
      [1795, 1814, 'China', 'asks'],
    ]);
  });

  it('explains each attribution', () => {
    const speech = analysis.quotes.filter((quote) => quote.kind === 'speech');
    assert.deepEqual(speech.map((quote) => quote.ruleId), ['passive', 'adjacent-cue', 'pronoun', 'reported-speech', 'adjacent-cue', 'reported-speech']);
    assert.equal(speech[2].speaker?.mention.text, 'he');
    assert.match(speech[2].rule, /he.*Jens Stoltenberg/);
  });

  it('gives the two terms no speaker', () => {
    const terms = analysis.quotes.filter((quote) => quote.kind === 'term');
    assert.deepEqual(terms.map((quote) => [quote.text, quote.speaker, quote.cue]), [['"peace plan"', null, null], ['"peace"', null, null]]);
  });

  it('keeps quote ids stable and in order', () => {
    assert.deepEqual(analysis.quotes.map((quote) => quote.id), ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']);
    assert.deepEqual(analyze(read('seeds/000_939248764b6c96bf.txt')), analysis);
  });

  it('finds the 14 entities with their types and merged aliases', () => {
    const byName = new Map(analysis.entities.map((entity) => [entity.name, entity]));
    const expected: [string, string, string[]][] = [
      ['Jens Stoltenberg', 'person', ['Stoltenberg', 'NATO Secretary General Jens Stoltenberg', 'the head of the Alliance']],
      ['Anhelina Sheremet', 'person', []],
      ['Anthony Blinken', 'person', ['Blinken', 'US Secretary of State Anthony Blinken']],
      ['Wang Yi', 'person', []],
      ['Joe Biden', 'person', ['US President Joe Biden']],
      ['NATO', 'organization', ['the Alliance']],
      ['Reuters', 'organization', []],
      ['UN Security Council', 'organization', []],
      ['United Nations', 'organization', ['UN']],
      ['China', 'place', ['Beijing']],
      ['Russia', 'place', []],
      ['Ukraine', 'place', []],
      ['United States', 'place', ['US', 'Washington']],
      ['Munich Security Conference', 'event', []],
    ];
    assert.equal(analysis.entities.length, expected.length);
    for (const [name, type, aliases] of expected) {
      const entity = byName.get(name);
      assert.ok(entity, name);
      assert.equal(entity.type, type, name);
      assert.deepEqual([...entity.aliases].sort(), [...aliases].sort(), name);
    }
  });

  it('finds the 3 date expressions', () => {
    assert.deepEqual(analysis.dates.map((date) => date.text).sort(), ['February 18', 'February 18', 'by the end of February', 'last week']);
  });

  it('warns about the empty Date: field only', () => {
    assert.deepEqual(analysis.diagnostics.map((diagnostic) => diagnostic.code), ['empty-date']);
  });
});

interface Fixture {
  file: string;
  quotes: { text: string; kind: 'speech' | 'term'; speaker: string | null; unterminated?: boolean }[];
}

/** Canonical names may differ by a leading qualifier ("Spanish Ministry for …" vs "Ministry for …"). */
function sameSpeaker(expected: string | null, actual: string | null): boolean {
  if (expected === null || actual === null) return expected === actual;
  return expected === actual || expected.endsWith(` ${actual}`) || actual.endsWith(` ${expected}`);
}

describe('golden: the authored seeds', () => {
  const fixtures = fs.readdirSync(path.join(ROOT, 'test', 'fixtures')).filter((name) => name.endsWith('.gold.json')).sort();

  it('has fixtures to check', () => assert.ok(fixtures.length >= 6));

  for (const name of fixtures) {
    it(`${name}: every quote found, classified and attributed`, () => {
      const fixture = JSON.parse(read(path.join('test', 'fixtures', name))) as Fixture;
      const analysis = analyze(read(fixture.file));
      assert.equal(analysis.quotes.length, fixture.quotes.length, 'quote count');
      for (const expected of fixture.quotes) {
        const quote = analysis.quotes.find((candidate) => candidate.text === expected.text);
        assert.ok(quote, `missing ${expected.text}`);
        assert.equal(quote.kind, expected.kind, expected.text);
        assert.equal(quote.unterminated, expected.unterminated === true, expected.text);
        assert.ok(sameSpeaker(expected.speaker, quote.speaker?.name ?? null), `${expected.text}: ${quote.speaker?.name} is not ${expected.speaker}`);
      }
    });
  }
});
