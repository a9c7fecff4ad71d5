import * as assert from 'node:assert/strict';
import { isTerm, scanQuotes } from '../../src/core/quotes';
import { paragraphs } from '../../src/core/text';

function scan(text: string) {
  return scanQuotes(text, paragraphs(text)).map((quote) => ({ ...quote, text: text.slice(quote.start, quote.end) }));
}

function quoteTexts(text: string): string[] {
  return scan(text).map((quote) => quote.text);
}

describe('quote scanner', () => {
  it('finds curly, straight and mixed quotes, marks included', () => {
    assert.deepEqual(quoteTexts('She said “we will win” and "they will lose" and “maybe not".'), ['“we will win”', '"they will lose"', '“maybe not"']);
  });

  it('finds guillemets, low-high quotes and doubled apostrophes', () => {
    assert.deepEqual(quoteTexts('He said «non merci» and „danke schön“ and „ja” and \'\'fine, thanks.\'\''), ['«non merci»', '„danke schön“', '„ja”', "''fine, thanks.''"]);
    // „…" typed without a curly closing mark closes at the straight one, not at the next quote's.
    assert.deepEqual(quoteTexts('„Wir brauchen Lösungen", he said, adding they were "drowning in paperwork".'), ['„Wir brauchen Lösungen"', '"drowning in paperwork"']);
  });

  it('keeps double quotes nested inside a curly single quote that closes after them, a thin space before its closer or not', () => {
    assert.deepEqual(quoteTexts('‘She sends me a manuscript and then an email saying “Please burn it”,’ he said. ‘I never do.’'), ['‘She sends me a manuscript and then an email saying “Please burn it”,’', '‘I never do.’']);
    assert.deepEqual(quoteTexts('‘One of them said, “The characters are vividly drawn,” ’ she recalls.'), ['‘One of them said, “The characters are vividly drawn,” ’']);
    // A ‘ before a year is an apostrophe: the double quote after it stands alone.
    assert.deepEqual(quoteTexts('He said in ‘08 that “it does away with the ‘blame game’ for good,” he said.'), ['“it does away with the ‘blame game’ for good,”']);
  });

  it('keeps single quotes nested inside a double quote', () => {
    assert.deepEqual(quoteTexts('“He told me ‘never again’ twice,” she said.'), ['“He told me ‘never again’ twice,”']);
  });

  it('does not take apostrophes for quote marks', () => {
    assert.deepEqual(quoteTexts('Russiaʼs army didn’t move in the ’90s, the mayor’s office said “nothing.”'), ['“nothing.”']);
    assert.deepEqual(quoteTexts('It was the ’90s, don’t forget.'), []);
  });

  it('finds a top-level single-quoted phrase', () => {
    assert.deepEqual(quoteTexts('The plan was called ‘a disgrace’ by critics.'), ['‘a disgrace’']);
  });

  it('finds quotes in straight single marks in a text that quotes mostly in them, as British news does', () => {
    const british = "'We will rebuild,' the mayor said. It's a 'long job' since the '90s.\n\nHe added: 'The workers' pay comes first.'";
    assert.deepEqual(quoteTexts(british), ["'We will rebuild,'", "'long job'", "'The workers' pay comes first.'"]);
    // A plural's possessive mark closes no quote when the quote still closes later in the line, and does when a quote opens first.
    assert.deepEqual(quoteTexts("'It's the Smiths' house,' a neighbour said. She called it 'a mess of lies' and left. 'No,' she said."), [
      "'It's the Smiths' house,'", "'a mess of lies'", "'No,'",
    ]);
    assert.deepEqual(quoteTexts('‘It’s the Smiths’ house,’ a neighbour said. ‘They’ve lived there for years.’'), ['‘It’s the Smiths’ house,’', '‘They’ve lived there for years.’']);
    // Double marks inside them quote within the quote.
    const nested = "'We will rebuild,' the mayor said. 'The sign on the gate read \"closed\", so we left,' she added.";
    assert.deepEqual(quoteTexts(nested), ["'We will rebuild,'", "'The sign on the gate read \"closed\", so we left,'"]);
    // Where double marks quote speech, a single-quoted stretch is a heading or a nested quote, not speech of its own.
    assert.deepEqual(quoteTexts('\'A hard winter\'\n\n"We will rebuild," the mayor said.'), ['"We will rebuild,"']);
  });

  it('does not let an unclosed single mark hide the double quotes after it', () => {
    assert.deepEqual(quoteTexts('The ‘mark stays open, but "this quote" counts.'), ['"this quote"']);
  });

  it('caps an unterminated quote at its paragraph', () => {
    const text = 'He said "this never ends.\n\nThe next paragraph has "its own" quote.';
    const quotes = scan(text);
    assert.deepEqual(quotes.map((quote) => [quote.text, quote.unterminated]), [['"this never ends.', true], ['"its own"', false]]);
  });

  it('splits a multi-paragraph quote into linked pieces', () => {
    const text = '“The first part goes on.\n\n“The second part ends here,” she said.';
    const quotes = scan(text);
    assert.deepEqual(quotes.map((quote) => [quote.text, quote.unterminated, quote.continuesNext, quote.continuesPrevious]), [
      ['“The first part goes on.', false, true, false],
      ['“The second part ends here,”', false, false, true],
    ]);
  });

  it('splits a multi-paragraph quote in single marks, curly or straight in a text quoting in straight singles', () => {
    for (const [open, close] of [['‘', '’'], ["'", "'"]]) {
      const text = `${open}It went flat,${close} he said. ${open}But the game is far from finished.\n\n${open}We are right back in it.${close}`;
      assert.deepEqual(scan(text).map((quote) => [quote.continuesNext, quote.continuesPrevious]), [[false, false], [true, false], [false, true]], open);
    }
    // A lone ‘ left open before a paragraph that opens no quote stays an apostrophe.
    assert.deepEqual(quoteTexts('Back in the ‘90s it went flat.\n\nThen it changed.'), []);
  });

  it('ignores stray closing marks and empty pairs', () => {
    assert.deepEqual(quoteTexts('A stray" mark and "" nothing, then "one real".'), ['"one real"']);
  });

  it('never lets unmatched marks swallow more than their paragraph', () => {
    const paragraph = '“a "b «c „d '.repeat(50_000);
    const quotes = scan(`${paragraph}\n\n${paragraph}`);
    assert.ok(quotes.length <= 4, `${quotes.length} quotes`);
    assert.ok(quotes.every((quote) => !quote.text.includes('\n')));
    assert.ok(quotes.some((quote) => quote.unterminated));
  });
});

describe('term classification', () => {
  function kindOf(text: string): string {
    const [quote] = scanQuotes(text, paragraphs(text));
    return isTerm(text, quote) ? 'term' : 'speech';
  }

  it('takes single words and titles as terms', () => {
    assert.equal(kindOf('The "peace" document is due.'), 'term');
    assert.equal(kindOf('She appeared on “Morning Review Tonight” last week.'), 'term');
    // A title after a work's noun keeps the comma or period of the sentence inside its marks, as American style writes it.
    assert.equal(kindOf('His previous film, "Salt Road," won a prize.'), 'term');
    assert.equal(kindOf('She wrote the memoir "Tough Choices."'), 'term');
    assert.equal(kindOf('"Salt Road," she said, "was hard."'), 'speech');
    assert.equal(kindOf('She starred in the 2019 thriller "Night Crossing."'), 'term');
    // So is one after its maker and "of".
    assert.equal(kindOf('The plan is doomed, said Jane Roe, author of "The Quiet Bench."'), 'term');
    assert.equal(kindOf('The plan is doomed, said Leo Marsh, host of "Harbor Nights."'), 'term');
    assert.equal(kindOf('The hackers, known as "the Night Crew," struck.'), 'term');
    assert.equal(kindOf('He called the film "a quiet masterpiece."'), 'speech');
    // Words in title case with a comma inside, within a sentence and after no cue, are a title or a name.
    assert.equal(kindOf('He found nothing that was not already in “The Grapes of Wrath,” which the district teaches.'), 'term');
    assert.equal(kindOf('Its best-known brand, “Sunday Table,” was relaunched.'), 'term');
    assert.equal(kindOf('She said, “Stay Strong, Keep Going,” and left.'), 'speech');
    assert.equal(kindOf('She told them: “Stay Strong, Keep Going,” and left.'), 'speech');
    // A cue verb after a determiner, a possessive or a year is a noun: "the group’s 2023 report, “…,”".
    assert.equal(kindOf('She co-wrote the group’s 2023 report, “A River Without Oxygen,” last year.'), 'term');
    assert.equal(kindOf('They report, “We Are Fine,” every week.'), 'speech');
    assert.equal(kindOf('The crowd chanted “Four More Years,” and the mayor waved.'), 'speech');
    // Names with the sentence's punctuation inside: after "known as the", or ending in a law's word. (Not after "the
    // phrase": "the phrase “radical Islam,”" is credited to whoever used it by the corpora we measure on.)
    assert.equal(kindOf('The rule is widely known as the "five-day rule," officials said.'), 'term');
    assert.equal(kindOf('It is known in UN jargon as "nationally determined contributions," a mouthful.'), 'term');
    assert.equal(kindOf('He became known, sometimes admiringly and sometimes not, as "the quiet fixer" of the committee.'), 'term');
    assert.equal(kindOf('She was known to generations of children as "Miss Dottie Ambrose."'), 'term');
    assert.equal(kindOf('Lawmakers passed the "Fair Share for Schools Act."'), 'term');
    assert.equal(kindOf('She said the act was "a fair deal for schools."'), 'speech');
    // After "so-called" and words written on a sign, with the sentence's comma inside; a message's words stay speech.
    assert.equal(kindOf('Austria floated a so-called "solidarity menu," diplomats said.'), 'term');
    assert.equal(kindOf('Strikers held placards reading “Education is not a business” outside.'), 'term');
    assert.equal(kindOf('They wore shirts that read “Settle for Less.”'), 'term');
    assert.equal(kindOf('A sign in the diner window reads "OPEN, sort of."'), 'term');
    assert.equal(kindOf('A firm marketed them as "self-reporting waste solutions" to councils.'), 'term');
    // A title that an appositive after it calls a work.
    assert.equal(kindOf('"The Quiet Harbor," a small drama about a fishing family, won best picture.'), 'term');
    assert.equal(kindOf('"We Will Win," a defiant Ann Lee said.'), 'speech');
    assert.equal(kindOf('"Low Tide Hymns," the director\'s fourth feature, follows a fisherman.'), 'term');
    assert.equal(kindOf('"Low Tide Hymns," her fourth film, follows a fisherman.'), 'term');
    assert.equal(kindOf('"We Will Win," her campaign manager said.'), 'speech');
    assert.equal(kindOf('She posted a message reading “Thank you, Ohio” at midnight.'), 'speech');
  });

  it('takes named things and quoted modifiers as terms', () => {
    assert.equal(kindOf('China announced a "peace plan" that would end it.'), 'term');
    assert.equal(kindOf('The council scrapped its "smart parking" scheme.'), 'term');
    assert.equal(kindOf('These so-called "expert panels" met twice.'), 'term');
    assert.equal(kindOf('The student section, which calls itself "the Den," chanted his name.'), 'term');
    // A participle of naming after the name's comma; after an aside's comma, the subject still speaks.
    assert.equal(kindOf('Norovirus, sometimes called the "winter vomiting bug," spreads fast.'), 'term');
    assert.equal(kindOf('Russia, a country that the nominee, Ann Lee, called "our No. 1 foe," answered.'), 'speech');
  });

  it('takes a show after a network\'s possessive as a term ("on NBC\'s "Meet the Press," Vance said"), not words after a person\'s', () => {
    assert.equal(kindOf('Speaking on NBC\'s "Meet the Press," Vance said the plan was dead.'), 'term');
    assert.equal(kindOf('Appearing on Fox News\'s "The Nightly Ledger," the senator said the plan was dead.'), 'term');
    assert.equal(kindOf('Sunday on Fox News channel\'s "Sunday Morning Futures," Rep. Dan Ives said the plan was dead.'), 'term');
    assert.equal(kindOf('He mocked Trump\'s "Make America Great," then left.'), 'speech');
  });

  it('takes a song\'s words as a term, however long ("features the lyric “…”", "opens with the line “…”")', () => {
    assert.equal(kindOf('Its lead single features the lyric "I kept the key but changed the lock," which fans love.'), 'term');
    assert.equal(kindOf('The track opens with the line "Hold me steady when the wheels come off," she said.'), 'term');
  });

  it('takes the words on a sign, a banner or a button as a term, whether the sign comes before or after them', () => {
    assert.equal(kindOf('Workers wore buttons reading "Union Strong."'), 'term');
    const banners = 'Farmers carried banners reading "No farmers, no food" and "Mercosur = death of our farms."';
    assert.deepEqual(scanQuotes(banners, paragraphs(banners)).map((quote) => isTerm(banners, quote)), [true, true]);
    assert.equal(kindOf('Farmers carried banners reading "Trade deals are death for our farms."'), 'term');
    assert.equal(kindOf('"We are students, not criminals," read one banner hanging from a window.'), 'term');
    assert.equal(kindOf('"We are students, not criminals," read the statement.'), 'speech');
  });

  it('keeps partial and full speech as speech', () => {
    assert.equal(kindOf('China is considering "lethal support" for the war.'), 'speech');
    assert.equal(kindOf('China asks the US "not to lecture it" about weapons.'), 'speech');
    assert.equal(kindOf('"We will win," she said.'), 'speech');
  });

  it('takes one capitalized word with its punctuation, opening a sentence, as speech ("“No,” she said.")', () => {
    assert.equal(kindOf('“No,” she said.'), 'speech');
    assert.equal(kindOf('The crowd fell silent. “Out!” they yelled.'), 'speech');
    assert.equal(kindOf('She called the plan "reckless," and left.'), 'term');
    assert.equal(kindOf('They watched “Hamilton,” twice.'), 'term');
  });

  it('takes title-case words after a comma and "the" as a name, whatever ends them ("the rescuing vessel, the “Hanseatic Pearl.”")', () => {
    assert.equal(kindOf('The crew boarded the rescuing vessel, the "Hanseatic Pearl."'), 'term');
    assert.equal(kindOf('The crew described the rescue from the vessel, the “Hanseatic Pearl,” last night.'), 'term');
    assert.equal(kindOf('Lee referred to the "New Class." Nobody laughed.'), 'speech');
  });

  it('takes words introduced as a name, a gloss, an agenda item or an inscription as a term', () => {
    assert.equal(kindOf('He recited a saying that roughly means "it is up to you."'), 'term');
    assert.equal(kindOf('The item will appear on the agenda as "Amend the Zoning Map for the Hawthorne block."'), 'term');
    assert.equal(kindOf('Dozens wore orange stickers that said "Save Small Housing."'), 'term');
    assert.equal(kindOf('They found marks that the team has nicknamed "the ladder," carved in rows.'), 'term');
    assert.equal(kindOf('It is a tune known locally as "the Harrowgate hymn," sung at funerals.'), 'term');
    assert.equal(kindOf('The base of a companion statue reads "May this image of the Lord endure for ever."'), 'term');
    assert.equal(kindOf('A bronze bell was engraved with the words "Soli Deo Gloria Anno 1631."'), 'term');
    // "means" alone may open someone's words that a cue after them credits.
    assert.equal(kindOf('His lead means "he must be doing something right," she says.'), 'speech');
  });

  it('takes a short quote between a determiner and an adjective before it and a noun after it as a modifier ("the broader “land back” movement")', () => {
    assert.equal(kindOf('They framed the case as part of the broader "land back" movement across the West.'), 'term');
    assert.equal(kindOf('She called it a total "disaster for the country" on Monday.'), 'speech');
  });

  it('takes a rating, a handle and what a price is paid for as terms, not a price that ends a sentence', () => {
    assert.equal(kindOf('Early user reviews were rated "Mostly Positive."'), 'term');
    assert.equal(kindOf('A person who used the handle "quill_master," told reporters the group was new.'), 'term');
    assert.equal(kindOf('Tenants pay a $35 "technology package," each month.'), 'term');
    assert.equal(kindOf('She wants $12. "After that," she said, "I support indexing the wage."'), 'speech');
  });

  it('takes what "a … called" or "an … named" names as a term ("a facial oil called “Nuit Douce,”")', () => {
    assert.equal(kindOf('Its hero product, a facial oil called "Nuit Douce," blends squalane and rosehip.'), 'term');
    assert.equal(kindOf('He called the plan "a disaster for the country," aides said.'), 'speech');
    // After a passive, words opening with a preposition say when, and name nothing; a title may still open with one.
    assert.equal(kindOf('Khan said a successor would be named "in the coming weeks."'), 'speech');
    assert.equal(kindOf('They released an album called "in rainbows" last year.'), 'term');
  });

  it('reads words after a pronoun and "called" as the speaker\'s ("a move she called “coming home.”"), not a name as after a noun ("a facial oil called “Glow Up”")', () => {
    const text = 'Title\n\nSolberg left in a move she called "coming home." She sold a facial oil called "Glow Up" there. The ferry line made 58,000 crossings, a figure it called "a record that will never be broken."';
    assert.deepEqual(scanQuotes(text, paragraphs(text)).map((quote) => quote.kind), ['speech', 'term', 'speech']);
  });

  it('reads short quotes in title case listed one after another as titles ("includes “Windbreak,” “Harrow Line” and “Lantern Weather.”"), not listed partial quotes', () => {
    const text = 'Title\n\nThe tracklist includes “Windbreak,” “Harrow Line,” “Mothwing” and “Lantern Weather.”\n\nHe called him a "shock jock," "an entertainer," and worse.';
    assert.deepEqual(scanQuotes(text, paragraphs(text)).map((quote) => quote.kind), ['term', 'term', 'term', 'term', 'speech', 'speech']);
  });
});
