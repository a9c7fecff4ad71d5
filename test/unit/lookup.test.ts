import * as assert from 'node:assert/strict';
import { ANALYSIS_VERSION, Analysis, Entity, Quote } from '../../src/core/model';
import { AnalysisIndex } from '../../src/core/lookup';
import { citation, escapeMarkdown, quoteBody, truncate } from '../../src/core/present';

// A hand-made analysis of: `“Rain is coming,” Ada Park said. “Bring coats.” She left. "storm"`
const TEXT = '“Rain is coming,” Ada Park said. “Bring coats.” She left. "storm"';
const span = (text: string, from = 0) => {
  const start = TEXT.indexOf(text, from);
  return { start, end: start + text.length, text };
};

function quote(id: string, text: string, speaker: boolean, kind: Quote['kind'] = 'speech'): Quote {
  return {
    ...span(text), id, kind,
    speaker: speaker ? { name: 'Ada Park', entityId: 'person:ada-park', mention: span('Ada Park') } : null,
    cue: speaker ? span('said') : null,
    ruleId: speaker ? 'adjacent-cue' : 'none', rule: 'test', date: null, dateId: null, unterminated: false,
  };
}

const ada: Entity = {
  id: 'person:ada-park', name: 'Ada Park', type: 'person', aliases: ['She'], role: 'forecaster',
  mentions: [
    { ...span('Ada Park'), entityId: 'person:ada-park', kind: 'name' },
    { ...span('She'), entityId: 'person:ada-park', kind: 'pronoun' },
  ],
};
const park: Entity = {
  id: 'place:park', name: 'Park', type: 'place', aliases: [], role: null,
  mentions: [{ ...span('Park'), entityId: 'place:park', kind: 'name' }],
};

const analysis: Analysis = {
  version: ANALYSIS_VERSION,
  header: { title: null, titleSpan: null, author: null, authorSpan: null, date: '2024-03-01', dateText: '2024-03-01', dateSpan: null, hasDateField: true, bodyStart: 0 },
  quotes: [quote('q1', '“Rain is coming,”', true), quote('q2', '“Bring coats.”', true), quote('q3', '"storm"', false, 'term')],
  entities: [ada, park],
  dates: [],
  diagnostics: [],
};

describe('AnalysisIndex', () => {
  const index = new AnalysisIndex(analysis);

  it('finds the quote containing an offset, and none just after it', () => {
    assert.equal(index.quoteAt(1)?.id, 'q1');
    assert.equal(index.quoteAt(span('“Bring').start)?.id, 'q2');
    assert.equal(index.quoteAt(span('“Rain is coming,”').end), undefined);
  });

  it('prefers the innermost of nested mentions', () => {
    assert.equal(index.mentionAt(span('Park').start)?.entityId, 'place:park');
    assert.equal(index.mentionAt(span('Ada').start)?.entityId, 'person:ada-park');
    assert.equal(index.mentionAt(span('left').start), undefined);
  });

  it('groups quotes by speaker and lists speakers once', () => {
    assert.deepEqual(index.quotesBy('person:ada-park').map((q) => q.id), ['q1', 'q2']);
    assert.deepEqual(index.speakers().map((entity) => entity.id), ['person:ada-park']);
  });

  it('lists the quotes overlapping a range', () => {
    assert.deepEqual(index.quotesIn(0, TEXT.length).map((q) => q.id), ['q1', 'q2', 'q3']);
    assert.deepEqual(index.quotesIn(3, span('“Bring').start + 1).map((q) => q.id), ['q1', 'q2']);
    assert.deepEqual(index.quotesIn(span('She').start, span('She').end).map((q) => q.id), []);
  });

  it('moves to the next and previous quote, wrapping around', () => {
    assert.equal(index.nextQuote(0)?.id, 'q2');
    assert.equal(index.nextQuote(span('"storm"').start)?.id, 'q1');
    assert.equal(index.previousQuote(span('“Bring').start)?.id, 'q1');
    assert.equal(index.previousQuote(0)?.id, 'q3');
  });

  it('returns nothing for an empty analysis', () => {
    const empty = new AnalysisIndex({ ...analysis, quotes: [], entities: [] });
    assert.equal(empty.quoteAt(3), undefined);
    assert.equal(empty.nextQuote(3), undefined);
    assert.equal(empty.mentionAt(3), undefined);
  });
});

describe('present', () => {
  const index = new AnalysisIndex(analysis);

  it('strips quotation marks and folds whitespace', () => {
    assert.equal(quoteBody({ ...analysis.quotes[0], text: '“Rain\n  is coming,”' }), 'Rain is coming,');
  });

  it('cites a quote with speaker, role, cue and date', () => {
    assert.equal(citation(analysis.quotes[0], index), '“Rain is coming,” — Ada Park, forecaster (said, 2024-03-01)');
    assert.equal(citation(analysis.quotes[2], index), '“storm” — unattributed (2024-03-01)');
  });

  it('truncates with an ellipsis only when needed', () => {
    assert.equal(truncate('abcdef', 4), 'abc…');
    assert.equal(truncate('abc', 4), 'abc');
  });

  it('escapes markdown so document text cannot form links, HTML or emphasis', () => {
    assert.equal(escapeMarkdown('[x](command:run) <b>*y*</b>'), '\\[x\\]\\(command\\:run\\) \\<b\\>\\*y\\*\\</b\\>');
    assert.equal(escapeMarkdown('two\n  lines'), 'two lines');
  });
});
