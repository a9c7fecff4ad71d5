import * as assert from 'node:assert/strict';
import { GoldArticle, PredictedQuote, scoreArticle, speakerWords, spansMatch, summarize, worstArticles } from '../../src/core/evaluate';

const TEXT = 'x'.repeat(200);

function predicted(start: number, end: number, name: string | null, mention = name ?? ''): PredictedQuote {
  return { start, end, kind: 'speech', speaker: name === null ? null : { name, mention: { text: mention } } };
}

function gold(quotes: GoldArticle['quotes']): GoldArticle {
  return { id: 'a', text: TEXT, quotes };
}

describe('evaluate', () => {
  it('matches spans overlapping by half of the shorter one', () => {
    assert.ok(spansMatch({ start: 0, end: 10 }, { start: 5, end: 40 }));
    assert.ok(!spansMatch({ start: 0, end: 10 }, { start: 6, end: 40 }));
    assert.ok(!spansMatch({ start: 0, end: 10 }, { start: 10, end: 20 }));
  });

  it('compares speakers on non-title words, ignoring case', () => {
    assert.deepEqual([...speakerWords('Mr. President Donald J. Trump')], ['donald', 'j', 'trump']);
    const score = scoreArticle(gold([{ start: 0, end: 10, text: '', speaker: 'Sen. Ted Cruz' }]), [predicted(0, 10, 'Cruz')]);
    assert.equal(score.counts.speakerCorrect, 1);
    const wrong = scoreArticle(gold([{ start: 0, end: 10, text: '', speaker: 'Sen. Ted Cruz' }]), [predicted(0, 10, 'Senator Marco Rubio')]);
    assert.equal(wrong.counts.speakerCorrect, 0);
    assert.equal(wrong.errors[0].kind, 'wrong-speaker');
  });

  it('prefers resolved_speaker and never credits a pronoun mention itself', () => {
    const resolved = gold([{ start: 0, end: 10, text: '', speaker: 'he', resolved_speaker: 'Bernie Sanders' }]);
    assert.equal(scoreArticle(resolved, [predicted(0, 10, 'Bernie Sanders', 'he')]).counts.speakerCorrect, 1);
    assert.equal(scoreArticle(resolved, [predicted(0, 10, 'Donald Trump', 'he')]).counts.speakerCorrect, 0);
  });

  it('leaves an unresolved pronoun or bare role out of both precision and recall', () => {
    for (const speaker of ['she', 'the president']) {
      const score = scoreArticle(gold([{ start: 0, end: 10, text: '', speaker }]), [predicted(0, 10, 'Hillary Clinton', speaker)]);
      assert.equal(score.counts.goldWithSpeaker, 0);
      assert.equal(score.counts.predictedWithSpeaker, 0);
      assert.equal(score.counts.goldSpeech, 1);
    }
  });

  it('counts precision over attributed predictions and recall over gold quotes with a speaker', () => {
    const article = gold([
      { start: 0, end: 10, text: '', speaker: 'Ana Ruiz' },
      { start: 20, end: 30, text: '', speaker: 'Ben Ode' },
      { start: 40, end: 50, text: '', speaker: null },
    ]);
    const summary = summarize([
      scoreArticle(article, [predicted(0, 10, 'Ana Ruiz'), predicted(20, 30, null), predicted(60, 70, 'Cy Dole'), predicted(40, 50, 'Ana Ruiz')]),
    ]);
    assert.equal(summary.counts.goldSpeech, 3);
    assert.equal(summary.detectionRecall, 1);
    // The unknown-speaker gold quote counts neither way; the spurious one counts against precision.
    assert.equal(summary.precision, 1 / 2);
    assert.equal(summary.recall, 1 / 2);
    assert.equal(summary.speakerAccuracy, 1 / 2);
    assert.equal(summary.f1, 0.5);
  });

  it('ignores gold terms, but counts a speaker given to one as an error', () => {
    const article = gold([{ start: 0, end: 10, text: '', speaker: null, kind: 'term' }]);
    const quiet = summarize([scoreArticle(article, [{ ...predicted(0, 10, null), kind: 'term' }])]);
    assert.deepEqual([quiet.counts.goldSpeech, quiet.counts.predictedWithSpeaker], [0, 0]);
    const attributed = scoreArticle(article, [predicted(0, 10, 'Ana Ruiz')]);
    assert.deepEqual([attributed.counts.predictedWithSpeaker, attributed.counts.predictedCorrect], [1, 0]);
    assert.equal(attributed.errors[0].kind, 'term-attributed');
  });

  it('lists the articles with the most errors first', () => {
    const clean = scoreArticle({ ...gold([{ start: 0, end: 10, text: '', speaker: 'Ana Ruiz' }]), id: 'clean' }, [predicted(0, 10, 'Ana Ruiz')]);
    const messy = scoreArticle({ ...gold([{ start: 0, end: 10, text: '', speaker: 'Ana Ruiz' }]), id: 'messy' }, [predicted(50, 60, 'Ben Ode')]);
    assert.deepEqual(worstArticles([clean, messy], 5).map((score) => score.id), ['messy']);
    assert.deepEqual(messy.errors.map((error) => error.kind).sort(), ['missed', 'spurious']);
  });
});
