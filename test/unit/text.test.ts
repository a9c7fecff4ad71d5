import * as assert from 'node:assert/strict';
import { paragraphs, statedAgeAfter, tokenize } from '../../src/core/text';

/** Tokens of the whole text, with no quote spans, as [lower, type] pairs (a quote's lower is its text). */
function tokensOf(text: string, quotes: { start: number; end: number }[] = []): string[] {
  return tokenize(text, 0, text.length, quotes, 0).map((token) => `${token.type === 'quote' ? text.slice(token.start, token.end) : token.lower}/${token.type}`);
}

describe('tokenizer', () => {
  it('lower-cases words, keeps inner marks, abbreviations and plural possessives', () => {
    assert.deepEqual(tokensOf('Mr. Reyes’ aides, the U.S. envoy and O’Neil-Smith don’t NATO.'), [
      'mr./word', 'reyes’/word', 'aides/word', ',/punct', 'the/word', 'u.s./word', 'envoy/word', 'and/word', 'o’neil-smith/word', 'don’t/word', 'nato/word', './punct',
    ]);
  });

  it('keeps capitals joined by "&" in one word, and an ampersand between words apart', () => {
    assert.deepEqual(tokensOf('AT&T’s chief and Procter & Gamble'), ['at&t’s/word', 'chief/word', 'and/word', 'procter/word', '&/punct', 'gamble/word']);
  });

  it('makes each quote one token and marks capitals and acronyms', () => {
    const text = 'Ana said “We WIN,” and NATO agreed.';
    const tokens = tokenize(text, 0, text.length, [{ start: 9, end: 18 }], 0);
    assert.deepEqual(tokensOf(text, [{ start: 9, end: 18 }]), ['ana/word', 'said/word', '“We WIN,”/quote', 'and/word', 'nato/word', 'agreed/word', './punct']);
    assert.deepEqual(tokens.map((token) => [token.capitalized, token.acronym]), [[true, false], [false, false], [false, false], [false, false], [true, true], [false, false], [false, false]]);
  });

  it('reads the characters after a range and at the end of the text as they are', () => {
    // The possessive looks two characters past its word, the abbreviation one: here past the range, and past the text.
    const text = 'the voters’ choice';
    assert.deepEqual(tokenize(text, 0, 10, [], 0).map((token) => text.slice(token.start, token.end)), ['the', 'voters’']);
    assert.deepEqual(tokensOf('said the voters’'), ['said/word', 'the/word', 'voters/word', '’/punct']);
    assert.deepEqual(tokensOf('ended in Calif.'), ['ended/word', 'in/word', 'calif/word', './punct']);
  });

  it('gives each text its own tokens when texts of one length alternate', () => {
    const first = 'Kim said yes.';
    const second = 'Lee, you too.';
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(tokensOf(first), ['kim/word', 'said/word', 'yes/word', './punct']);
      assert.deepEqual(tokensOf(second), ['lee/word', ',/punct', 'you/word', 'too/word', './punct']);
    }
  });

  it('gives every word its own lower case when many words share the slots of the table of words met before', () => {
    // Made-up words of every length, more of them than the table has slots, each written twice in two cases.
    const words = Array.from({ length: 20_000 }, (_, n) => `w${n.toString(36)}${'xq'.repeat(n % 9)}`);
    const text = words.map((word) => `${word} ${word[0].toUpperCase()}${word.slice(1)}`).join(' ');
    const lowers = tokenize(text, 0, text.length, [], 0).map((token) => token.lower);
    assert.deepEqual(lowers, words.flatMap((word) => [word, word]));
  });

  it('rules out at once the words that start no cue, and leaves the others for the lookup', () => {
    const text = 'Said the spokeswoman, according to interdepartmental memos.';
    const open = tokenize(text, 0, text.length, [], 0).filter((token) => token.cue === undefined).map((token) => token.lower);
    assert.deepEqual(open, ['said', 'according']);
  });
});

describe('paragraphs', () => {
  it('trims spaces and a leading bullet, and skips blank lines', () => {
    const text = '  First line \r\n\n• Bullet point\n\t–\u00a0Dash item\n*not a bullet';
    assert.deepEqual(paragraphs(text).map((span) => text.slice(span.start, span.end)), ['First line', 'Bullet point', 'Dash item', '*not a bullet']);
  });

  it('reads no age in a number with a thousands separator ("Statewide, 1,204 people")', () => {
    assert.equal(statedAgeAfter('Ann Lee, 54, said', 'Ann Lee'.length), 54);
    assert.equal(statedAgeAfter('Statewide, 1,204 people', 'Statewide'.length), -1);
  });
});
