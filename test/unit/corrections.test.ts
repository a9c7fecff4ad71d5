import * as assert from 'node:assert/strict';
import {
  CORRECTION_KINDS, Correction, CorrectionChange, USER_RULE, applyCorrections, createCorrection, supersededBy,
} from '../../src/core/corrections';
import { ARTICLE, articleAnalysis, spanOf } from './correctionFixture';

let counter = 0;
function correct(text: string, needle: string, change: CorrectionChange, from = 0): Correction {
  counter++;
  return createCorrection(text, spanOf(text, needle, from), change, {
    id: `c${counter}`,
    created: `2024-03-05T10:00:${String(counter).padStart(2, '0')}.000Z`,
  });
}

const Q2 = '"The pier is too expensive,"';
const MISSING = '"Nobody will lose their mooring."';

describe('corrections', () => {
  it('changes a speaker to an existing entity and marks the quote as corrected by the user', () => {
    const fix = correct(ARTICLE, Q2, { kind: 'quote-speaker', speaker: { name: 'Tomas Berg', entityId: 'person:tomas-berg' } });
    const { analysis, applied, orphaned } = applyCorrections(ARTICLE, articleAnalysis(), [fix]);
    const quote = analysis.quotes.find((q) => q.text === Q2)!;
    assert.equal(quote.speaker?.entityId, 'person:tomas-berg');
    assert.equal(quote.speaker?.mention.text, 'Tomas Berg');
    assert.equal(quote.ruleId, 'user');
    assert.equal(quote.rule, USER_RULE);
    assert.equal(quote.corrected, true);
    assert.deepEqual(quote.correctionIds, [fix.id]);
    assert.equal(applied.length, 1);
    assert.equal(orphaned.length, 0);
  });

  describe('does not modify the analysis it was given', () => {
    const berg = () => correct(ARTICLE, 'Tomas Berg', { kind: 'entity-ignore' }).target;
    const widenFirstQuote = () => correct(ARTICLE, '"We will build the pier before winter," Mayor', { kind: 'quote-add', quoteKind: 'speech' });
    // Each case changes what the input holds: existing quotes, entities, their arrays, the speakers quotes share.
    const cases: [string, () => Correction[]][] = [
      ['quote-speaker (a new person)', () => [correct(ARTICLE, Q2, { kind: 'quote-speaker', speaker: { name: 'Mira Holm' } })]],
      ['quote-kind', () => [correct(ARTICLE, '"harbor plan"', { kind: 'quote-kind', quoteKind: 'speech' })]],
      ['quote-add (new)', () => [correct(ARTICLE, MISSING, { kind: 'quote-add', quoteKind: 'speech' })]],
      ['quote-add (widening a found quote)', () => [widenFirstQuote()]],
      ['quote-remove', () => [correct(ARTICLE, Q2, { kind: 'quote-remove' })]],
      ['quote-date', () => [correct(ARTICLE, Q2, { kind: 'quote-date', date: '2024-03-01' })]],
      ['entity-rename', () => [correct(ARTICLE, 'Lina Ortiz', { kind: 'entity-rename', name: 'Lina M. Ortiz' })]],
      ['entity-rename of the speaker of a widened quote', () => [
        widenFirstQuote(), correct(ARTICLE, 'Lina Ortiz', { kind: 'entity-rename', name: 'Lina M. Ortiz' }),
      ]],
      ['entity-type', () => [correct(ARTICLE, 'Tomas Berg', { kind: 'entity-type', entityType: 'organization' })]],
      ['entity-merge (speakers follow)', () => [correct(ARTICLE, 'Lina Ortiz', { kind: 'entity-merge', into: berg() })]],
      ['entity-split', () => [correct(ARTICLE, 'Ortiz', { kind: 'entity-split', name: 'Ortiz' }, ARTICLE.indexOf('discussed'))]],
      ['entity-add (a new entity)', () => [correct(ARTICLE, 'Mira Holm', { kind: 'entity-add', entityType: 'person', name: 'Mira Holm' })]],
      ['entity-add (a mention of a known one)', () => [correct(ARTICLE, 'Harbor', { kind: 'entity-add', entityType: 'place', name: 'Harbor' })]],
      ['entity-ignore', () => [correct(ARTICLE, 'Ortiz', { kind: 'entity-ignore' }, ARTICLE.indexOf('discussed'))]],
      ['document-date', () => [correct(ARTICLE, '2024-03-04', { kind: 'document-date', date: '2024-03-03' })]],
    ];

    it('covers every kind of correction', () => {
      const covered = new Set(cases.flatMap(([, corrections]) => corrections().map((c) => c.kind)));
      assert.deepEqual([...covered].sort(), [...CORRECTION_KINDS].sort());
    });

    for (const [name, corrections] of cases) {
      it(name, () => {
        const original = articleAnalysis();
        original.diagnostics.push(
          { code: 'missing-date', severity: 'warning', message: 'no date', start: 0, end: 0 },
          { code: 'unattributed-quote', severity: 'info', message: 'no speaker', ...spanOf(ARTICLE, '"harbor plan"') },
        );
        const copy = structuredClone(original);
        const fixes = corrections();
        const { applied } = applyCorrections(ARTICLE, original, fixes);
        assert.equal(applied.length, fixes.length);
        assert.deepEqual(original, copy);
      });
    }
  });

  it('shares with its input what the corrections leave unchanged', () => {
    const original = articleAnalysis();
    const { analysis } = applyCorrections(ARTICLE, original, [correct(ARTICLE, 'Tomas Berg', { kind: 'entity-type', entityType: 'organization' })]);
    assert.equal(analysis.quotes, original.quotes);
    assert.equal(analysis.header, original.header);
    assert.equal(analysis.entities.find((e) => e.id === 'place:harbor'), original.entities.find((e) => e.id === 'place:harbor'));
    assert.notEqual(analysis.entities.find((e) => e.id === 'person:tomas-berg'), original.entities.find((e) => e.id === 'person:tomas-berg'));
  });

  it('creates a new person for a typed speaker name, with its mentions', () => {
    const fix = correct(ARTICLE, Q2, { kind: 'quote-speaker', speaker: { name: 'Mira Holm' } });
    const { analysis } = applyCorrections(ARTICLE, articleAnalysis(), [fix]);
    const holm = analysis.entities.find((e) => e.name === 'Mira Holm')!;
    assert.equal(holm.type, 'person');
    assert.equal(holm.mentions.length, 1);
    assert.equal(analysis.quotes.find((q) => q.text === Q2)!.speaker?.entityId, holm.id);
  });

  it('keeps a speaker correction on the right quote after the text above it changed', () => {
    const fix = correct(ARTICLE, Q2, { kind: 'quote-speaker', speaker: { name: 'Tomas Berg', entityId: 'person:tomas-berg' } });
    const edited = ARTICLE.replace('The mayor spoke first.', 'After a long debate about the budget, the mayor spoke first.');
    const result = applyCorrections(edited, articleAnalysis(edited), [fix]);
    assert.equal(result.applied[0].span.start, edited.indexOf(Q2));
    assert.equal(result.analysis.quotes.find((q) => q.text === Q2)!.speaker?.name, 'Tomas Berg');
  });

  it('adds a missing quote, then attributes it; removes a false one; marks a term as speech', () => {
    const add = correct(ARTICLE, MISSING, { kind: 'quote-add', quoteKind: 'speech' });
    const speaker = correct(ARTICLE, MISSING, { kind: 'quote-speaker', speaker: { name: 'Ortiz' } });
    const remove = correct(ARTICLE, '"We will build the pier before winter,"', { kind: 'quote-remove' });
    const speech = correct(ARTICLE, '"harbor plan"', { kind: 'quote-kind', quoteKind: 'speech' });
    const { analysis, applied } = applyCorrections(ARTICLE, articleAnalysis(), [speaker, remove, add, speech]);
    assert.equal(applied.length, 4);
    assert.deepEqual(analysis.quotes.map((q) => q.text), [Q2, '"harbor plan"', MISSING]);
    const added = analysis.quotes[2];
    assert.equal(added.speaker?.name, 'Lina Ortiz');
    assert.deepEqual(added.correctionIds, [add.id, speaker.id]);
    assert.equal(analysis.quotes[1].kind, 'speech');
  });

  it('an added quote overlapping a found one gives it new bounds and keeps its speaker', () => {
    const wider = correct(ARTICLE, '"We will build the pier before winter," Mayor', { kind: 'quote-add', quoteKind: 'speech' });
    const { analysis } = applyCorrections(ARTICLE, articleAnalysis(), [wider]);
    assert.equal(analysis.quotes.length, 3);
    const quote = analysis.quotes[0];
    assert.equal(quote.text, '"We will build the pier before winter," Mayor');
    assert.equal(quote.id, 'q1');
    assert.equal(quote.speaker?.name, 'Lina Ortiz');
    assert.deepEqual(quote.correctionIds, [wider.id]);
  });

  it('sets a quote statement date and the document date', () => {
    const quoteDate = correct(ARTICLE, Q2, { kind: 'quote-date', date: '2024-03-04' });
    const documentDate = correct(ARTICLE, '2024-03-04', { kind: 'document-date', date: '2024-03-03' });
    const base = articleAnalysis();
    base.diagnostics.push({ code: 'missing-date', severity: 'warning', message: 'no date', start: 0, end: 0 });
    const { analysis } = applyCorrections(ARTICLE, base, [quoteDate, documentDate]);
    assert.equal(analysis.quotes.find((q) => q.text === Q2)!.date, '2024-03-04');
    assert.equal(analysis.header.date, '2024-03-03');
    assert.equal(analysis.header.dateCorrected, true);
    assert.equal(analysis.header.dateCorrectionId, documentDate.id);
    assert.deepEqual(analysis.diagnostics, []);
  });

  it('renames an entity and changes its type; speakers follow', () => {
    const rename = correct(ARTICLE, 'Lina Ortiz', { kind: 'entity-rename', name: 'Lina M. Ortiz' });
    const retype = correct(ARTICLE, 'Tomas Berg', { kind: 'entity-type', entityType: 'organization' });
    const { analysis } = applyCorrections(ARTICLE, articleAnalysis(), [rename, retype]);
    const ortiz = analysis.entities.find((e) => e.id === 'person:lina-ortiz')!;
    assert.equal(ortiz.name, 'Lina M. Ortiz');
    assert.ok(ortiz.aliases.includes('Lina Ortiz'));
    assert.equal(analysis.quotes[0].speaker?.name, 'Lina M. Ortiz');
    assert.equal(analysis.entities.find((e) => e.id === 'person:tomas-berg')!.type, 'organization');
  });

  it('merges two entities and splits an alias off again', () => {
    const merge = createCorrection(ARTICLE, spanOf(ARTICLE, 'Tomas Berg'), {
      kind: 'entity-merge',
      into: createCorrection(ARTICLE, spanOf(ARTICLE, 'Lina Ortiz'), { kind: 'entity-ignore' }).target,
    }, { id: 'merge', created: '2024-03-05T11:00:00.000Z' });
    const merged = applyCorrections(ARTICLE, articleAnalysis(), [merge]).analysis;
    const ortiz = merged.entities.find((e) => e.id === 'person:lina-ortiz')!;
    assert.equal(merged.entities.some((e) => e.id === 'person:tomas-berg'), false);
    assert.ok(ortiz.aliases.includes('Tomas Berg'));
    assert.equal(ortiz.mentions.length, 3);

    const split = createCorrection(ARTICLE, spanOf(ARTICLE, 'Tomas Berg'), { kind: 'entity-split', name: 'Tomas Berg' }, {
      id: 'split', created: '2024-03-05T12:00:00.000Z',
    });
    const { analysis } = applyCorrections(ARTICLE, articleAnalysis(), [merge, split]);
    const berg = analysis.entities.find((e) => e.name === 'Tomas Berg')!;
    assert.equal(berg.mentions.length, 1);
    assert.equal(analysis.entities.find((e) => e.id === 'person:lina-ortiz')!.mentions.length, 2);
  });

  it('replays corrections in the order they were made: a speaker typed as a new name, then retyped', () => {
    const speaker = correct(ARTICLE, Q2, { kind: 'quote-speaker', speaker: { name: 'Harbor Fishers Union' } });
    const union = ARTICLE.length;
    const text = `${ARTICLE}\nThe Harbor Fishers Union disagreed.`;
    const retype = correct(text, 'Harbor Fishers Union', { kind: 'entity-type', entityType: 'organization' }, union);
    const { analysis, orphaned } = applyCorrections(text, articleAnalysis(text), [retype, speaker]);
    assert.deepEqual(orphaned, []);
    const entity = analysis.entities.find((e) => e.name === 'Harbor Fishers Union')!;
    assert.equal(entity.type, 'organization');
    assert.deepEqual(entity.correctionIds, [speaker.id, retype.id]);
  });

  it('adds an entity from a span and ignores a false one (its quotes lose the speaker)', () => {
    const add = correct(ARTICLE, 'Mira Holm', { kind: 'entity-add', entityType: 'person', name: 'Mira Holm' });
    const ignore = correct(ARTICLE, 'Ortiz', { kind: 'entity-ignore' }, ARTICLE.indexOf('discussed'));
    const { analysis } = applyCorrections(ARTICLE, articleAnalysis(), [add, ignore]);
    assert.deepEqual(analysis.entities.map((e) => e.name), ['Mira Holm', 'Tomas Berg', 'Harbor']);
    assert.equal(analysis.quotes[0].speaker, null);
  });

  it('reports corrections whose text is gone as orphaned, with a reason, and applies the rest', () => {
    const fix = correct(ARTICLE, Q2, { kind: 'quote-speaker', speaker: { name: 'Tomas Berg' } });
    const other = correct(ARTICLE, '"harbor plan"', { kind: 'quote-kind', quoteKind: 'speech' });
    const edited = ARTICLE.replace(/Residents were split\..*\n/, '');
    const { orphaned, applied } = applyCorrections(edited, articleAnalysis(edited), [fix, other]);
    assert.equal(orphaned.length, 1);
    assert.equal(orphaned[0].correction.id, fix.id);
    assert.match(orphaned[0].reason, /no longer in the text/);
    assert.equal(applied.length, 1);
  });

  it('orphans a quote correction when no quote is found there any more', () => {
    const fix = correct(ARTICLE, 'The mayor spoke first.', { kind: 'quote-remove' });
    const { orphaned } = applyCorrections(ARTICLE, articleAnalysis(), [fix]);
    assert.equal(orphaned[0].reason, 'no quote there any more');
  });

  it('knows which older corrections a new one replaces', () => {
    const first = correct(ARTICLE, Q2, { kind: 'quote-speaker', speaker: { name: 'Mira Holm' } });
    const unrelated = correct(ARTICLE, Q2, { kind: 'quote-date', date: null });
    const second = correct(ARTICLE, Q2, { kind: 'quote-speaker', speaker: { name: 'Tomas Berg' } });
    assert.deepEqual(supersededBy(ARTICLE, [first, unrelated], second), [first.id]);
    assert.deepEqual(supersededBy(ARTICLE, [first], correct(ARTICLE, Q2, { kind: 'quote-remove' })), []);
  });
});
