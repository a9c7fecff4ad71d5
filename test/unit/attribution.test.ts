// Every attribution pattern, on sentences written for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { Quote } from '../../src/core/model';

const HEADER = 'A test article\n\nAuthor: Test Writer\nDate: 2024-03-05\n\n';

function quoteIn(body: string, quoteText: string): Quote {
  const analysis = analyze(HEADER + body);
  const quote = analysis.quotes.find((candidate) => candidate.text === quoteText);
  assert.ok(quote, `no quote ${quoteText} among ${analysis.quotes.map((candidate) => candidate.text).join(' | ')}`);
  return quote;
}

function speakerOf(body: string, quoteText: string): string | null {
  return quoteIn(body, quoteText).speaker?.name ?? null;
}

describe('attribution', () => {
  it('"…," X said.', () => {
    const quote = quoteIn('"We will rebuild the bridge," Maria Lopez said.', '"We will rebuild the bridge,"');
    assert.equal(quote.speaker?.name, 'Maria Lopez');
    assert.equal(quote.cue?.text, 'said');
    assert.equal(quote.ruleId, 'adjacent-cue');
    assert.match(quote.rule, /Maria Lopez/);
  });

  it('"…," said X.', () => {
    const quote = quoteIn('"The budget is balanced," said Henrik Dahl.', '"The budget is balanced,"');
    assert.equal(quote.speaker?.name, 'Henrik Dahl');
    assert.equal(quote.speaker?.mention.text, 'Henrik Dahl');
  });

  it('X said: "…"', () => {
    const quote = quoteIn('Mayor Chen Wei said: "The water is safe to drink."', '"The water is safe to drink."');
    assert.equal(quote.speaker?.name, 'Chen Wei');
    assert.equal(quote.cue?.text, 'said');
  });

  it('X had a message: "…" (the subject of "be" or "have" before a colon speaks)', () => {
    assert.equal(speakerOf('Sheriff Luis Arambula had a blunt message for anyone going back in: "We will protect your property."', '"We will protect your property."'), 'Luis Arambula');
    // So does the subject of "has been", and a participle clause may follow it.
    const been = 'Ms. Warrick has been a powerful surrogate, visiting the campaign offices to encourage young staffers with a simple message: "Do not screw this up now, folks!"';
    assert.equal(speakerOf(been, '"Do not screw this up now, folks!"'), 'Warrick');
  });

  it('gives no speaker to a name that qualifies an outlet ("State media reported … "…"")', () => {
    assert.equal(speakerOf('Rakhine has been cut off. State media reported that the army had hit "terrorist training camps" in the hills.', '"terrorist training camps"'), null);
  });

  it('gives "she" to the unnamed worker just described, not to the person named before ("One barista, who asked not to be named, …")', () => {
    const body = 'Naomi Feldstein, a spokeswoman, said the company respected the vote.\n\nOne barista, who asked not to be named, said she worried about dues. "I make $17 an hour," she said.';
    assert.equal(speakerOf(body, '"I make $17 an hour,"'), 'One barista');
  });

  it('gives the quote to the one who has what "with" adds ("A blogger with more than a million followers wrote …")', () => {
    const quote = quoteIn('A Russian military blogger with more than a million followers wrote on Telegram that the town would fall "before the new year, whatever they say."', '"before the new year, whatever they say."');
    assert.equal(quote.speaker?.mention.text, 'A Russian military blogger');
  });

  it('resolves a speaker written with a title and an affiliation to the person named before ("Cr Dunleavy", "Secretary of State Ann Lee of the PPP")', () => {
    const body = 'Council mayor Hamish Dunleavy toured the town with Ann Lee.\n\n"It was a long night," Cr Dunleavy said.\n\nLeader of the Opposition Ann Lee of the PPP called the budget "a fraud on the people of this province."';
    assert.equal(speakerOf(body, '"It was a long night,"'), 'Hamish Dunleavy');
    assert.equal(speakerOf(body, '"a fraud on the people of this province."'), 'Ann Lee');
  });

  it('X termed Y "…" (South Asian press)', () => {
    assert.equal(speakerOf('Dr Shazia Tareen of the PPP termed the budget "a collection of figures and nothing more."', '"a collection of figures and nothing more."'), 'Shazia Tareen');
  });

  it('gives the quote to a role whose link a trade word follows ("The chief executive of supermarket giant FreshWay …, telling …"), not to the company', () => {
    const quote = quoteIn('The chief executive of supermarket giant FreshWay has denied price gouging, telling a Senate inquiry that margins were "modest by international standards."', '"modest by international standards."');
    assert.equal(quote.speaker?.mention.text, 'The chief executive of supermarket giant FreshWay');
  });

  it('takes one unknown name before a verb of speech for the person a speaking "he" stands for ("Sutrisno said …. “…,” he said."), not "Nobody" or "Police"', () => {
    const body = 'Rachmat Wijaya, the company spokesman, declined to comment.\n\nSutrisno said villagers would return to the road. "We have been patient," he said.';
    assert.equal(speakerOf(body, '"We have been patient,"'), 'Sutrisno');
    assert.equal(speakerOf('Rachmat Wijaya spoke first.\n\nNobody said a word. "We have been patient," he said.', '"We have been patient,"'), 'Rachmat Wijaya');
  });

  it('gives a quote to the person a city\'s noun stands for ("the Sydneysider told …")', () => {
    const body = 'Josh Pemberton beat the seventh seed in five sets.\n\n"I was screaming at the telly," the Sydneysider told Fox Sports.';
    assert.equal(speakerOf(body, '"I was screaming at the telly,"'), 'Josh Pemberton');
  });

  it('gives a quote to the person a noun of nationality stands for ("the Dutchman said", "said the Portuguese")', () => {
    const body = 'Kingsmere manager Duarte Pimentel was furious.\n\n"We gave them the game," said the Portuguese.\n\nAjax midfielder Joost Verbeek scored twice. "I just gave the ball to the right people," the Dutchman said.';
    assert.equal(speakerOf(body, '"We gave them the game,"'), 'Duarte Pimentel');
    assert.equal(speakerOf(body, '"I just gave the ball to the right people,"'), 'Joost Verbeek');
  });

  it('reads "skipper" as the captain the text named ("New Zealand captain Hamish Tolland … the New Zealand skipper said")', () => {
    const body = 'New Zealand captain Hamish Tolland chose to bat. Spinner Kasun Rathnayake took five wickets.\n\n"We batted poorly," the New Zealand skipper said.';
    assert.equal(speakerOf(body, '"We batted poorly,"'), 'Hamish Tolland');
  });

  it('finds callers known by a first name ("A caller named Dave from Toledo", "Marcia from Bowling Green")', () => {
    const body = 'Rick Stanwood opened the show.\n\nA caller named Dave from Toledo went first. "I drive 60 miles a day," he said.\n\nNext up was Marcia from Bowling Green. "They put up a sign," she told Stanwood.';
    assert.equal(speakerOf(body, '"I drive 60 miles a day,"'), 'Dave');
    assert.equal(speakerOf(body, '"They put up a sign,"'), 'Marcia');
  });

  it('gives ", describing it as “…”" to the people opening the sentence ("Cocoa farmers …"), not to a noun a passive participle qualifies', () => {
    const quote = quoteIn('Cocoa farmers in the Ashanti region have rejected the new producer price announced by the Ghana Cocoa Board, describing it as "an insult to the men and women who feed this nation."', '"an insult to the men and women who feed this nation."');
    assert.ok(quote.speaker?.mention.text.startsWith('Cocoa farmers'), quote.speaker?.mention.text);
  });

  it('gives a quote that calls a person by name to no one rather than to that person ("Trust us, Felix. Box this lap.")', () => {
    const body = 'Felix Brandt hesitated. "Are you sure? The tyres feel fine," he replied.\n\n"Trust us, Felix. Box this lap."';
    assert.equal(speakerOf(body, '"Trust us, Felix. Box this lap."'), null);
  });

  it('gives an interview\'s answers ("Q: …" then "A: “…”") to the person the interview is with', () => {
    const body = 'Councillor Dana Whitcombe has led the council for 18 months.\n\nQ: Why close three leisure centres?\n\nA: "Nobody should be asked to accept it happily."';
    assert.equal(speakerOf(body, '"Nobody should be asked to accept it happily."'), 'Dana Whitcombe');
  });

  it('gives "what he called “…” by the office" to the one who called it, not to the agent of the thing named', () => {
    const body = 'MK Yaakov Mendelbaum said he was tired of what he called "endless stalling" by the prime minister\'s office.';
    assert.equal(speakerOf(body, '"endless stalling"'), 'Yaakov Mendelbaum');
  });

  it('reads "the general", "the admiral" as the person the text gave that rank ("Maj. Gen. Dana Reyes", "Adm. Victor Halvorsen")', () => {
    const body = 'Pentagon press secretary Maj. Gen. Dana Reyes briefed reporters. Adm. Victor Halvorsen testified.\n\n"We are short of ships," the admiral said. "That is not what we want," the general said.';
    assert.equal(speakerOf(body, '"We are short of ships,"'), 'Victor Halvorsen');
    assert.equal(speakerOf(body, '"That is not what we want,"'), 'Dana Reyes');
  });

  it('reads past a town and its state inside an aside ("Leah Brandvold, who ran the plant in Muncie, Indiana, wrote", "a woman in Worcester, Massachusetts, told")', () => {
    assert.equal(speakerOf('In March 2022, Leah Brandvold, who ran the company\'s plant in Muncie, Indiana, wrote to her boss that the budget was "not survivable at all."', '"not survivable at all."'), 'Leah Brandvold');
    const quote = quoteIn('John Kasich is assuring voters after a woman in Worcester, Massachusetts, told him she worries he is "too nice to win this."', '"too nice to win this."');
    assert.equal(quote.speaker?.mention.text, 'a woman');
  });

  it('reads past a town and its state before a relative clause ("A worker in Dayton, Ohio, who declined to give her name, said"): the state is no speaker', () => {
    const quote = quoteIn('A worker in Dayton, Ohio, who declined to give her name, said it was "a bad day."', '"a bad day."');
    assert.equal(quote.speaker?.mention.text, 'A worker');
  });

  it('reads past a relative clause after an aside whose role has an object ("Ann Lee, mayor of Springfield and Dayton, who was in Rome, told")', () => {
    assert.equal(speakerOf('Ann Lee, mayor of Springfield and Dayton, who was in Rome, told reporters that it was "a pastoral tenderness."', '"a pastoral tenderness."'), 'Ann Lee');
  });

  it('gives a cue in -ing that a verb takes as its object to that verb\'s subject ("Pruitt asked whether she regretted saying …")', () => {
    assert.equal(speakerOf('Dana Okafor sat down. Nathan Pruitt asked whether she regretted saying last week that Rutherford was "a con artist."', '"a con artist."'), 'Dana Okafor');
  });

  it('does not give a speaking "he" to the host who asked the question ("Host Chad Tolliver asked Whitacre …. The Ohio senator paused. “…,” he said.")', () => {
    const body = 'Paul Whitacre, the Ohio senator, appeared on the show.\n\nHost Chad Tolliver asked Whitacre whether he would back the nominee. The Ohio senator paused. "I am going to support the nominee," he said.';
    assert.equal(speakerOf(body, '"I am going to support the nominee,"'), 'Paul Whitacre');
  });

  it('reads a sentence subject past an opening phrase that quotes a title ("Speaking on the “Unfiltered” podcast, Ivy said …")', () => {
    const body = 'Sandra Calloway, her mother, was not there.\n\nSpeaking on the "Unfiltered with Maisie" podcast last year, Ivy said the pair had learned from it.\n\n"We went through hell," she said.';
    assert.equal(speakerOf(body, '"We went through hell,"'), 'Ivy');
  });

  it('gives the quote to the name set off after a role even when a nationality describes it ("The head of the AU mission, former Ghanaian foreign minister Kwabena Asante-Darko, said")', () => {
    assert.equal(speakerOf('The head of the AU mission, former Ghanaian foreign minister Kwabena Asante-Darko, said the vote was "largely peaceful and orderly."', '"largely peaceful and orderly."'), 'Kwabena Asante-Darko');
  });

  it('gives "His response: “…”" to the one "his" stands for, not to a person named "His response"', () => {
    assert.equal(speakerOf('Garrett Whitlock was asked about the polls on Monday. His response: "Utah is a great state, and I will win Utah big!"', '"Utah is a great state, and I will win Utah big!"'), 'Garrett Whitlock');
  });

  it('gives the quote to a name set off after a role placed in a town ("Mehta\'s childhood coach in Ahmedabad, Jignesh Parmar, told")', () => {
    assert.equal(speakerOf('Mehta\'s childhood coach in Ahmedabad, Jignesh Parmar, told reporters that his pupil was "hurt but determined."', '"hurt but determined."'), 'Jignesh Parmar');
  });

  it('does not take "the evidence" or "the data" that "suggested" a thing for its speaker', () => {
    assert.equal(speakerOf('The coroner, Miriam Castell, recorded a conclusion, saying the evidence suggested the barriers gave drivers "a false sense of security."', '"a false sense of security."'), 'Miriam Castell');
  });

  it('"…," X translated: the interpreter is credited, and "Redgum Minerals" after a trade is a company', () => {
    assert.equal(speakerOf('Elder Gilbert Meekis spoke in Oji-Cree. "He said the old people cried when they saw it," his granddaughter, Shania Meekis, translated.', '"He said the old people cried when they saw it,"'), 'Shania Meekis');
    const analysis = analyze(`${HEADER}Iron ore miner Redgum Minerals said it would appeal.`);
    assert.equal(analysis.entities.find((found) => found.name === 'Redgum Minerals')?.type, 'organization');
  });

  it('gives the quote to a name placed "in" somewhere, not to the place ("Ann Lee in Ohio said", "The Peoples Democratic Party (PDP) in Lagos accused")', () => {
    assert.equal(speakerOf('Ann Lee in Ohio said the plan was "dead on arrival, as everyone knows."', '"dead on arrival, as everyone knows."'), 'Ann Lee');
    assert.equal(speakerOf('The opposition Peoples Democratic Party (PDP) in Lagos accused the government of spending funds on "white elephant projects that help no one."', '"white elephant projects that help no one."'), 'Peoples Democratic Party');
  });

  it('gives "she" to a commuter, a pensioner or a mourner just described, not to the person named before', () => {
    const body = 'Naomi Feldstein, a spokeswoman, said the trains ran late.\n\nOne commuter, who asked not to be named, said she missed work. "I lost a day\'s pay," she said.';
    assert.equal(speakerOf(body, '"I lost a day\'s pay,"'), 'One commuter');
  });

  it('X said that … "…"', () => {
    const quote = quoteIn('Henrik Dahl said on Monday that the deal was "a fair compromise for both towns."', '"a fair compromise for both towns."');
    assert.equal(quote.speaker?.name, 'Henrik Dahl');
    assert.equal(quote.ruleId, 'reported-speech');
  });

  it('according to X', () => {
    const quote = quoteIn('The river will peak on Friday, "well above the flood line," according to Anna Berg.', '"well above the flood line,"');
    assert.equal(quote.speaker?.name, 'Anna Berg');
    assert.equal(quote.ruleId, 'according-to');
  });

  it('a passive sentence with a quote of its own in the next paragraph credits only that quote', () => {
    const body = '"You can\'t give him a second chance," Clarke said. "We will look at it tonight."\n\nThe drop was described by one former captain as "the most expensive miss of the summer".';
    assert.equal(speakerOf(body, '"We will look at it tonight."'), 'Clarke');
  });

  it('a pronoun opening a paragraph stands for the one named in the paragraph before, not an owner there ("Pryce’s absence")', () => {
    const body = 'Tom Pryce’s absence leaves England short, and Harry Bexley admitted the side may need to bat long.\n\n"We would love to get to 500," he said.';
    assert.equal(speakerOf(body, '"We would love to get to 500,"'), 'Harry Bexley');
    assert.equal(speakerOf(body.replace('’', 'ʼ'), '"We would love to get to 500,"'), 'Harry Bexley');
  });

  it('"Under the rules, the firm must hold “…” all year, said Ann Lee": the clause with the quote is no aside of the phrase before it', () => {
    const body = 'Under the certificate, the company must maintain "meaningful consultation" throughout operations, said Grace Ferreira, a lawyer.';
    assert.equal(speakerOf(body, '"meaningful consultation"'), 'Grace Ferreira');
  });

  it('"a woman in Ohio said": the one placed somewhere speaks, not the place', () => {
    assert.equal(speakerOf('The Russian embassy in London dismissed the account as "another episode of hysteria".', '"another episode of hysteria"'), 'Russian embassy');
    assert.equal(speakerOf('A woman in Ohio said the plan was "a joke".', '"a joke"'), 'A woman');
    assert.equal(speakerOf('A spokesman at the embassy in Washington said the talks were "going well".', '"going well"'), 'A spokesman at the embassy');
    assert.equal(speakerOf('Officials in Ohio said the count was "on track".', '"on track"'), 'Officials');
    assert.equal(speakerOf('Voters in Iowa and New Hampshire say the race is "wide open".', '"wide open"'), 'Voters');
    assert.equal(speakerOf('Delegates from Flint and Kenosha responded by chanting “Let us vote” and holding up signs.', '“Let us vote”'), 'Delegates');
  });

  it('a relative clause after the quote ("a standard that critics say is …") does not credit the quote to its subject', () => {
    const body = 'The rule requires borrowers to show that a college "knowingly and intentionally" misled them, a standard that critics say is nearly impossible to meet.';
    assert.equal(speakerOf(body, '"knowingly and intentionally"'), null);
    assert.equal(speakerOf('Critics say the rule is "nearly impossible to meet," a standard that few lawyers defend.', '"nearly impossible to meet,"'), 'Critics');
    assert.equal(speakerOf('The deck lists the contents as "device ID, timestamp, lat/long," a level of precision that privacy experts said was alarming.', '"device ID, timestamp, lat/long,"'), 'deck');
  });

  it('a quote closing its sentence is not credited to a cue that asks a question of its own after it ("One wonders whether")', () => {
    const body = 'Then there is the tone section, with its plea to avoid "divisive rhetoric." One wonders whether anybody there has seen the news.';
    assert.equal(speakerOf(body, '"divisive rhetoric."'), null);
  });

  it('a name opened by "Abu" is a person\'s, whom a pronoun after it stands for ("Abu Khalid al-Zahrani, was more cautious. … he said")', () => {
    const body = 'Sheikh Tamim\'s counterpart from Riyadh, Abu Khalid al-Zahrani, was more cautious. "We have signed a piece of paper," he said.';
    assert.equal(speakerOf(body, '"We have signed a piece of paper,"'), 'Abu Khalid al-Zahrani');
  });

  it('a news roundup\'s headline in capitals run into the speaker\'s name is no part of the speaker\'s mention', () => {
    const body = 'RACE TAKES ANOTHER TURN Rep. Colin Ashby said he would "think hard" about a run. [AP]';
    assert.equal(quoteIn(body, '"think hard"').speaker?.mention.text, 'Rep. Colin Ashby');
  });

  it('"began" and "started" report a quote only with nothing after them ("“…,” Hannity began.", not "the crowd began to chant")', () => {
    assert.equal(speakerOf('"The Times is claiming today that you spoke to them," Hannity began.', '"The Times is claiming today that you spoke to them,"'), 'Hannity');
    const body = 'As the crowd began to chant, Silverman took the stage and joked, "You are being ridiculous," drawing jeers.';
    assert.equal(speakerOf(body, '"You are being ridiculous,"'), 'Silverman');
    // A preposition after "began" does not make it speak: "… presentations began on Monday, “Training Day,” …".
    const adjunct = "At the network presentations, which began on Monday, executives will unveil remakes of films like ''The Exorcist,'' ''Training Day,'' ''Taken'' and more.";
    assert.equal(speakerOf(adjunct, "''Training Day,''"), null);
  });

  it('a quote after the verb of a noun a passive modifies is not the agent\'s ("the records described by The Ledger were “…”")', () => {
    const body = 'Okafor said the company "takes its privacy commitments seriously" and that the records described by The Ledger were "a limited set of anonymized logs".';
    assert.equal(speakerOf(body, '"a limited set of anonymized logs"'), 'Okafor');
  });

  it('a quote standing alone after a sentence with a cue set off inside it ("Women …, she says, were rare") is that cue\'s speaker\'s', () => {
    const body = 'Elena Marchetti, 78, still shoots every day. Women behind the camera, she says, were rare then.\n\n"The cameramen were mostly kind."';
    assert.equal(speakerOf(body, '"The cameramen were mostly kind."'), 'Elena Marchetti');
    const named = 'Women behind the camera, Elena Marchetti recalls, were rare then.\n\n"The cameramen were mostly kind."';
    assert.equal(speakerOf(named, '"The cameramen were mostly kind."'), 'Elena Marchetti');
  });

  it('the noun right before an infinitive of purpose is not its subject ("used his homily in St. Peter\'s Square to urge")', () => {
    const body = 'Pope Clement XV used his homily in St. Peter\'s Square to urge European governments to "open their doors, not their ledgers."';
    assert.equal(speakerOf(body, '"open their doors, not their ledgers."'), 'Clement XV');
  });

  it('a document named with a link ("a statement from Hollis County Schools") credits its issuer, never a person a pronoun stands for', () => {
    const body = 'According to a statement from Hollis County Schools, the coach will stay "through the end of the season".\n\nA neighbor, Ruth Ames, spoke next.\n\n"He loves that team," she said.';
    const analysis = analyze(HEADER + body);
    assert.equal(speakerOf(body, '"through the end of the season"'), 'Hollis County Schools');
    assert.equal(analysis.entities.find((entity) => entity.name === 'Hollis County Schools')?.type, 'organization');
    assert.equal(speakerOf(body, '"He loves that team,"'), 'Ruth Ames');
  });

  it('a subject with a name and a relative clause set off ("The candidate, Carson Vale, who …, issued a statement calling …"), and no cue of a promise in the next sentence', () => {
    const body = 'The independent candidate, Carson Vale, who has been polling in the single digits, issued a statement calling the foundation "a toll booth on the road to the State Department." The billionaire has pledged to put his fortune in a blind trust.';
    assert.equal(speakerOf(body, '"a toll booth on the road to the State Department."'), 'Carson Vale');
  });

  it('a role owned by a name ("Mr. Harrington\'s office") is not another body with that role word', () => {
    const body = 'The Office of Government Ethics declined to comment. Walter Harrington was traveling.\n\nMr. Harrington\'s office said in a brief statement that he would be "busy campaigning, as he has been every day."';
    assert.equal(speakerOf(body, '"busy campaigning, as he has been every day."'), "Harrington's office");
  });

  it('"she" opening a quote paragraph stands for someone new introduced by the paragraph before ("A neighbor who … said she had seen him")', () => {
    const body = 'The boy was found at noon.\n\nA neighbor who did not want to be identified said she had seen the boy earlier.\n\n"He loves that cat," she said.';
    assert.equal(speakerOf(body, '"He loves that cat,"'), 'A neighbor');
  });

  it('"protesters, many of whom chanted “…”" credits the protesters, and "a report released Wednesday concluded" ends the subject at its noun', () => {
    assert.equal(speakerOf('The announcement drew cheers from protesters, many of whom chanted "We stopped Brandt!" as they left.', '"We stopped Brandt!"'), 'protesters');
    assert.equal(quoteIn('A campaign ad released Thursday accuses him of "a pattern of sleaze stretching back decades."', '"a pattern of sleaze stretching back decades."').speaker?.mention.text, 'A campaign ad');
  });

  it('a name after an article names a thing of the person\'s ("The Harrington campaign"), not the one a pronoun stands for', () => {
    const body = 'Diane Harrington spoke first. Senator Celia Montrose of Arizona went further.\n\nThe Harrington campaign pointed out that Ms. Montrose had praised the foundation in the past. In 2013, she told the Arizona Republic that its work was "a model for what private philanthropy can do."';
    assert.equal(speakerOf(body, '"a model for what private philanthropy can do."'), 'Celia Montrose');
  });

  it('"Earl" is a first name too ("Local rancher Earl Dempsey, whose land borders the wall, told me …")', () => {
    const body = 'Local rancher Earl Dempsey, whose land borders the wall, told me last month that he had found "at least forty" discarded backpacks.';
    assert.equal(speakerOf(body, '"at least forty"'), 'Earl Dempsey');
  });

  it('"“…,” she says" after a man\'s turns goes to the woman the paragraphs before were about, never to him', () => {
    const body = 'Ines Carvalho opened the restaurant six years ago.\n\n"Nobody else cleans it right," she says.\n\nA line cook, Marcus Tillery, leans into the doorway. "Chef, the fish guy shorted us on the hake."\n\n"How much?"\n\n"Six pounds."\n\n"Then we sell out of hake at eight instead of ten," she says.';
    assert.equal(speakerOf(body, '"Then we sell out of hake at eight instead of ten,"'), 'Ines Carvalho');
  });

  it('a word ending in "ms" before a name is no "Ms." ("… museums.”⏎⏎Zimmerman wrote …")', () => {
    const body = 'George Zimmerman listed the gun. "It belongs in museums."\n\nZimmerman wrote in the listing that he was "honored and humbled" to sell it.\n\n"The firearm for sale is the one I used," he wrote.';
    const quote = quoteIn(body, '"The firearm for sale is the one I used,"');
    assert.deepEqual([quote.speaker?.name, quote.speaker?.mention.text], ['George Zimmerman', 'he']);
  });

  it('"she told" reaches back past a man quoted last to the woman named paragraphs before, as "she said" does', () => {
    const body = 'Ines Carvalho runs a restaurant in Providence.\n\n"Nobody else cleans it right," she says.\n\nShe worked for the chef Henri Dufresne in Boston.\n\n"She was never afraid of anything," Dufresne said by phone.\n\nIn 2014, she told a magazine she would "never, ever" open her own place.';
    assert.equal(speakerOf(body, '"never, ever"'), 'Ines Carvalho');
  });

  it('a name no list knows after a person\'s noun is a person ("Hampton University student Deja Stewart"), whose "she" a clause after it tells', () => {
    const body = 'Bernie Sanders won 22 states.\n\nMy favorite description of him came from Hampton University student Deja Stewart, who forced me to confront my four unhip decades when she called him "somebody\'s savage grandpa."\n\nI met with Sanders in his office.\n\n"What is absolutely imperative is that we keep the movement alive," he told me.';
    assert.equal(speakerOf(body, '"somebody\'s savage grandpa."'), 'Deja Stewart');
    assert.equal(speakerOf(body, '"What is absolutely imperative is that we keep the movement alive,"'), 'Bernie Sanders');
  });

  it('a quote standing alone after "The senator addressed the critics" is the senator\'s, a person the text gave that role', () => {
    const body = 'Senator Celia Montrose of Arizona was named on Monday.\n\nThe senator addressed the critics in her own speech.\n\n"Some people have said I\'m not conservative enough for this job."';
    assert.equal(speakerOf(body, '"Some people have said I\'m not conservative enough for this job."'), 'Celia Montrose');
  });

  it('a quote next to "I said" is the writer\'s, not given to someone quoted before in the paragraph', () => {
    const body = 'Judge Richard Berman presided.\n\nThe judge then turned to me. “Mr. Smith?” I had prepared a statement. “Your Honor,” I said, “I would like to answer.”';
    assert.equal(speakerOf(body, '“Mr. Smith?”'), 'Richard Berman');
    assert.equal(speakerOf(body, '“Your Honor,”'), null);
    assert.equal(speakerOf(body, '“I would like to answer.”'), null);
  });

  it('a voter known by first name only speaks for the "she" after her ("Marjorie, a 68-year-old retired schoolteacher, …")', () => {
    const body = 'Among those leaving was Marjorie, a 68-year-old retired schoolteacher from Ankeny who declined to give her last name. She said she had caucused for Walter Harrington in 1992.\n\n"I have known them a long time," she said.';
    assert.equal(speakerOf(body, '"I have known them a long time,"'), 'Marjorie');
  });

  it('a diocese is an organization that "the diocese" refers back to', () => {
    const body = 'The Roman Catholic Diocese of Carrick Falls settled the case. The diocese said it was "deeply sorry for the harm".';
    assert.equal(speakerOf(body, '"deeply sorry for the harm"'), 'Roman Catholic Diocese of Carrick Falls');
  });

  it('"what X referred to as “…”" credits X, not another cue earlier in the sentence', () => {
    const body = 'The report describes what investigators called a "playbook" of secrecy and files kept in what the diocese referred to as "confidential files."';
    assert.equal(speakerOf(body, '"confidential files."'), 'diocese');
  });

  it('a participle after a document noun is no one\'s earlier verb ("conceded in a statement posted to Facebook, writing")', () => {
    const body = 'Maguire conceded in a statement posted to Facebook, writing that she was "proud of what we built".';
    assert.equal(speakerOf(body, '"proud of what we built"'), 'Maguire');
  });

  it('a name set off after "the" and descriptors speaks ("One of them, the filmmaker Amara Nwosu, said")', () => {
    const body = 'One of them, the filmmaker Amara Nwosu, said Marchetti "taught us that a frame is a moral decision."';
    assert.equal(speakerOf(body, '"taught us that a frame is a moral decision."'), 'Amara Nwosu');
  });

  it('the commas of a list inside a "who" clause open no aside ("X, who sits on the Culture, Media and Sport Committee, said")', () => {
    const body = 'Conservative MP Giles Fenwick-Thorne, who sits on the Culture, Media and Sport Committee, said museums risked "emptying their galleries".';
    assert.equal(speakerOf(body, '"emptying their galleries"'), 'Giles Fenwick-Thorne');
  });

  it('"which" after a comma stands for the body before it ("Caritas Europa, the charity network, which said")', () => {
    const body = 'The appointment was welcomed by Caritas Europa, the charity network, which said in a statement that it hoped the office would "bring the voice of the Church to the table".';
    assert.equal(speakerOf(body, '"bring the voice of the Church to the table"'), 'Caritas Europa');
  });

  it('a surname that is also a word between subject and cue ("Mr. Long said") is the name', () => {
    assert.equal(speakerOf('"I have lived here 40 years," Mr. Long said.', '"I have lived here 40 years,"'), 'Long');
  });

  it('military ranks are titles before a name ("said Cpl. Oleh Sydorenko", "Staff Sgt.", "Lance Cpl.", "Maj. Gen.")', () => {
    assert.equal(speakerOf('"We are tired," said Cpl. Oleh Sydorenko, 45, a mechanic.', '"We are tired,"'), 'Oleh Sydorenko');
    assert.equal(speakerOf('"It was quiet," Staff Sgt. Dana Kowalski said.', '"It was quiet,"'), 'Dana Kowalski');
    assert.equal(speakerOf('"Nobody moves," said Lance Cpl. Tom Reyes.', '"Nobody moves,"'), 'Tom Reyes');
    assert.equal(speakerOf('Maj. Gen. Paul Ricketts told reporters, "We are ready."', '"We are ready."'), 'Paul Ricketts');
    assert.equal(speakerOf('"We go at night," Pvt. Andrii Melnyk said.', '"We go at night,"'), 'Andrii Melnyk');
  });

  it('"Fr." and "Comrade" are titles before a name ("said Fr. Edwin Salvador")', () => {
    assert.equal(speakerOf('"The warnings were in English," said Fr. Edwin Salvador, the parish priest.', '"The warnings were in English,"'), 'Edwin Salvador');
    assert.equal(speakerOf('"We will strike," said Comrade Ngozi Eze.', '"We will strike,"'), 'Ngozi Eze');
  });

  it('"who" after where someone is stands for that someone ("a consultant at Northgate Hospital in Leeds, who had written")', () => {
    const body = 'She met a consultant at Northgate Hospital in Leeds, who had written that staff were "running on fumes" all winter.';
    assert.equal(speakerOf(body, '"running on fumes"'), 'a consultant at Northgate Hospital');
  });

  it('a progressive cue\'s subject stands before its auxiliary ("in what conservationists are calling “a small miracle”")', () => {
    const body = 'A pair of bitterns has nested at the reserve, in what conservationists are calling "a small miracle" for the species.';
    assert.equal(speakerOf(body, '"a small miracle"'), 'conservationists');
  });

  it('a role phrase runs back over each "of" to the role that heads it ("The foreign minister of the island nation of Tuvalu told")', () => {
    const body = 'The foreign minister of the Pacific island nation of Tuvalu told reporters that rich countries were "negotiating over our graves".';
    assert.equal(quoteIn(body, '"negotiating over our graves"').speaker?.mention.text, 'The foreign minister of the Pacific island nation of Tuvalu');
  });

  it('"according to" a plural noun after its modifiers names that source ("according to court documents")', () => {
    assert.equal(speakerOf('She "lied repeatedly," according to court documents.', '"lied repeatedly,"'), 'court documents');
    assert.equal(speakerOf('Staff were told to "fix their mix," according to internal emails reviewed by this newspaper.', '"fix their mix,"'), 'internal emails');
  });

  it('"recount" after an article is a noun ("open to a limited recount"), no cue', () => {
    assert.equal(speakerOf('Ann Renner said she was open to a limited recount if it would "put this to rest."', '"put this to rest."'), 'Ann Renner');
  });

  it('a description ("the company") goes to no body the text names only after it', () => {
    const body = 'Halvorsen denies any wrongdoing. In a statement, the company said its practices "reflect the needs of our patients."\n\nAn analysis by Renner Analytics, a data firm, disagreed. Its author said the company had "a lot to explain."';
    assert.notEqual(speakerOf(body, '"reflect the needs of our patients."'), 'Renner Analytics');
  });

  it('a description\'s title is its owner\'s: "Ms. Vollmer\'s husband, Dale," is no woman for "he"', () => {
    const body = 'Tom Oyel agreed.\n\nMs. Vollmer\'s husband, Dale, has appeared with her at several events. He smiled and said, "We discuss everything."';
    assert.equal(speakerOf(body, '"We discuss everything."'), 'Dale');
  });

  it('"found" reports what a report or a study says ("a report by the state auditor found that …" is the auditor\'s)', () => {
    const body = 'Her handling of the crisis drew praise, though a report by the state auditor found that funds were distributed "unevenly and with limited documentation."';
    assert.equal(quoteIn(body, '"unevenly and with limited documentation."').speaker?.mention.text, 'the state auditor');
  });

  it('a description opening the paragraph before a pronoun\'s quote stands for the person it describes ("The former surgeon says …")', () => {
    const body = [
      'For nineteen years, Dr. Helen Marsby operated on the human heart. Now she makes bowls.',
      'Marsby laughs at the comparison. The skills, Marsby says, transfer.',
      'Clarissa Vane, who runs a gallery in London, sells her work. Vane called the pieces "quietly radical and strange."',
      'Dr. Vikram Osterfeld, her old colleague, still hopes she might return to medicine.',
      '"She told me to pass the salt," he said.',
      'The former surgeon says she has no regrets.',
      '"But I do not miss the pager," she said.',
    ].join('\n\n');
    assert.equal(speakerOf(body, '"But I do not miss the pager,"'), 'Helen Marsby');
  });

  it('"Devon", a name given to boys more than to girls, takes "he"', () => {
    const body = 'Devon Okafor, 16, designed the robot.\n\n"Gertrude is retired," he said.';
    assert.equal(speakerOf(body, '"Gertrude is retired,"'), 'Devon Okafor');
  });

  it('a sportsman\'s noun ("the rookie", "the champion") describes the one person named just before', () => {
    const body = 'Tobi Adeyemi, 20, was asked about Hollins. "He has been like a big brother to me," the rookie said.';
    assert.equal(speakerOf(body, '"He has been like a big brother to me,"'), 'Tobi Adeyemi');
  });

  it('a dateline in capitals before a colon ("JAIPUR: Chief Minister …") comes before the subject', () => {
    const body = 'JAIPUR: Chief Minister Harsh Solanki on Monday attacked the opposition, saying it had "nothing to offer the youth."';
    assert.equal(speakerOf(body, '"nothing to offer the youth."'), 'Harsh Solanki');
  });

  it('passive: "This was stated by X" attributes the previous paragraph', () => {
    const body = 'The council is "ready to vote on the plan" next month.\n\nThis was stated by the head of the council, Ruth Adler, at a briefing.';
    const quote = quoteIn(body, '"ready to vote on the plan"');
    assert.equal(quote.speaker?.name, 'Ruth Adler');
    assert.equal(quote.ruleId, 'passive');
    assert.equal(quote.cue?.text, 'stated');
  });

  it('appositive role before the name: said the head of X, Name', () => {
    const quote = quoteIn('"Nobody will be left behind," said the head of the agency, Ruth Adler.', '"Nobody will be left behind,"');
    assert.equal(quote.speaker?.name, 'Ruth Adler');
  });

  it('appositive name inside commas: the chairwoman, Name, told', () => {
    const quote = quoteIn('"Our drivers need training," the union’s chairwoman, Grace Olsen, told reporters.', '"Our drivers need training,"');
    assert.equal(quote.speaker?.name, 'Grace Olsen');
  });

  it('pronoun → the person named before it', () => {
    const body = 'Henrik Dahl spoke to farmers on Monday.\n\n"The harvest was the best in ten years," he said.';
    const quote = quoteIn(body, '"The harvest was the best in ten years,"');
    assert.equal(quote.speaker?.name, 'Henrik Dahl');
    assert.equal(quote.speaker?.mention.text, 'he');
    assert.equal(quote.ruleId, 'pronoun');
    assert.match(quote.rule, /he/);
  });

  it('role noun → the person introduced with that role', () => {
    const body = 'Transport Minister Elena Soto visited the port.\n\nThe minister warned: "A long strike will hurt everyone."';
    const quote = quoteIn(body, '"A long strike will hurt everyone."');
    assert.equal(quote.speaker?.name, 'Elena Soto');
    assert.equal(quote.speaker?.mention.text, 'The minister');
  });

  it('a role noun with a modifier goes to the person whose role has both words ("the press secretary", not the Treasury Secretary)', () => {
    const body = 'Press secretary Jo Kent defended Treasury Secretary Frank Oduya on Monday.\n\n"We are in lockstep," the press secretary said.';
    assert.equal(speakerOf(body, '"We are in lockstep,"'), 'Jo Kent');
  });

  it('a place before a role noun must be in the role ("the Florida senator" is not the senator from Vermont)', () => {
    const body = 'Ben Sand, the senator from Vermont, spoke first.\n\n"We will see," the Florida senator said.';
    assert.notEqual(speakerOf(body, '"We will see,"'), 'Ben Sand');
    assert.equal(speakerOf(body.replace('the Florida senator', 'the Vermont senator'), '"We will see,"'), 'Ben Sand');
    const captain = 'Harry Bexley, the captain, spoke first.\n\n"We will see," the England captain said.';
    assert.equal(speakerOf(captain, '"We will see,"'), 'Harry Bexley');
  });

  it('a participle before its agent closes the source ("according to a copy obtained by reporters" is the copy\'s)', () => {
    const body = 'The memo urges him to "stop talking about the border," according to a copy obtained by reporters.';
    const quote = quoteIn(body, '"stop talking about the border,"');
    assert.equal(quote.speaker?.mention.text, 'a copy');
    assert.notEqual(analyze(HEADER + body).entities.find((found) => found.id === quote.speaker?.entityId)?.type, 'person');
  });

  it('a title read as a name goes to the person named right after it ("said Special Agent in Charge Dominic Reale")', () => {
    assert.equal(speakerOf('"It was a scheme," said Special Agent in Charge Dominic Reale of the FBI.', '"It was a scheme,"'), 'Dominic Reale');
    // So does a subject whose title the index read as a person of its own, with a longer name after it.
    assert.equal(speakerOf('Special Agent in Charge Howard Benning of the FBI\'s field office called the fraud "a cold kind of theft."', '"a cold kind of theft."'), 'Howard Benning');
  });

  it('a speaker described by a body ("the agency", "the campaign", "the government") is an organization; one qualified by it a person', () => {
    const body = '"We will appeal," the agency said. "We disagree," the campaign said. "It is over," a source close to the campaign said.';
    const analysis = analyze(HEADER + body);
    const typeOf = (quoteText: string) => analysis.entities.find((found) => found.id === analysis.quotes.find((quote) => quote.text === quoteText)?.speaker?.entityId)?.type;
    assert.equal(typeOf('"We will appeal,"'), 'organization');
    assert.equal(typeOf('"We disagree,"'), 'organization');
    assert.equal(typeOf('"It is over,"'), 'person');
  });

  it('"according to" a name with "and" in it takes the whole name ("the Securities and Exchange Commission")', () => {
    const body = 'The firm ran a "massive eight-year fraudulent scheme," according to the federal Securities and Exchange Commission.';
    assert.equal(speakerOf(body, '"massive eight-year fraudulent scheme,"'), 'Securities and Exchange Commission');
  });

  it('a role noun finds no person by the words after the link of a description ("the president and chairwoman of the bank" is no bank)', () => {
    const body = 'On Monday, Ana Ruiz, the president and chairwoman of the bank, spoke.\n\n"We are broke," the bank said.';
    assert.notEqual(speakerOf(body, '"We are broke,"'), 'Ana Ruiz');
  });

  it('role noun in a long document with hundreds of people → the person last introduced with that role', () => {
    const firstNames = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Olga'];
    const surnames = ['Holm', 'Varga', 'Strand', 'Lund', 'Berg', 'Dahl', 'Falk', 'Krantz', 'Moberg', 'Nyqvist', 'Ostrom', 'Pihl', 'Rask', 'Sand', 'Tell'];
    const crowd = firstNames.flatMap((first) => surnames.flatMap((surname) => ['son', 'berg', 'strom'].map((ending) => `${first} ${surname}${ending} attended the hearing.`)));
    const body = [
      ...crowd,
      'Transport Minister Elena Soto visited the port.',
      'The minister warned: "A long strike will hurt everyone."',
      'Finance Minister Paul Wren arrived later.',
      'The minister added: "The budget cannot cover it."',
    ].join('\n\n');
    const analysis = analyze(HEADER + body);
    assert.ok(analysis.entities.length > 200, `only ${analysis.entities.length} entities`);
    const speakers = analysis.quotes.map((quote) => [quote.speaker?.name, quote.speaker?.mention.text]);
    assert.deepEqual(speakers, [['Elena Soto', 'The minister'], ['Paul Wren', 'The minister']]);
  });

  it('a quote-only paragraph continues the previous speaker', () => {
    const body = '"We have made three offers," Maria Lopez said.\n\n"The union has answered none of them."';
    assert.equal(speakerOf(body, '"The union has answered none of them."'), 'Maria Lopez');
  });

  it('a pronoun after its own sentence\'s named subject stands for that subject, before a person quoted earlier', () => {
    const body = '"We are fine," said Ali Shah. Last November, the chief selector, Imtiaz Haider, resigned over what he called "constant meddling in team selection."';
    assert.equal(speakerOf(body, '"constant meddling in team selection."'), 'Imtiaz Haider');
    // "Cost", opening a sentence, is no one.
    assert.equal(speakerOf('"We are fine," said Ali Shah. Cost was a concern, he said, calling it "a burden we carry."', '"a burden we carry."'), 'Ali Shah');
  });

  it('"Romney\'s “47 percent” remark": a name\'s possessive before the quote and a noun of saying after it make the words the name\'s', () => {
    const remark = quoteIn('Democrats still quote Mitt Romney\'s "forty-seven percent of the people" remark at every rally.', '"forty-seven percent of the people"');
    assert.equal(remark.speaker?.name, 'Mitt Romney');
    assert.equal(remark.rule, '“Mitt Romney” right before the quote: the words are Mitt Romney’s');
    // A description of the owner's thing is someone else's: no noun of saying follows.
    assert.equal(speakerOf('The columnist mocked Donald Trump\'s "coarse, vulgar and nasty effusion" on Monday.', '"coarse, vulgar and nasty effusion"'), 'columnist');
  });

  it('"… would “carefully consider” the coroner’s remarks": a cue-like noun after an owner names the remarks, it says nothing', () => {
    assert.equal(speakerOf('A council spokesman said the authority would "carefully consider" the coroner\'s remarks.', '"carefully consider"'), 'A council spokesman');
  });

  it('a quote-only paragraph after "She did, however, say more." is hers: "did" is the verb before the aside', () => {
    const body = '"I am not going to say more," Ivana Kostic said.\n\nShe did, however, say more.\n\n"We have had three decisions like this in four games."';
    assert.equal(speakerOf(body, '"We have had three decisions like this in four games."'), 'Ivana Kostic');
  });

  it('a quote-only paragraph in an exchange of questions and answers is the other speaker’s turn', () => {
    const body = 'Senator Dale Kirk pressed the witness.\n\n"Can you take it back?" Kirk asked.\n\n"No, senator, we cannot," Mara Oyel replied.\n\n"So anyone can use it?"\n\n"They can, within the license."';
    const anyone = quoteIn(body, '"So anyone can use it?"');
    assert.equal(anyone.speaker?.name, 'Dale Kirk');
    assert.equal(anyone.rule, 'Dale Kirk’s turn in a question-and-answer exchange');
    assert.equal(speakerOf(body, '"They can, within the license."'), 'Mara Oyel');
    // A short turn may ask before its last sentence.
    const drive = 'Dale Kirk rose.\n\n"Your glasses were on the nightstand?" Kirk asked.\n\n"I don\'t need glasses," Mara Oyel replied.\n\n"But you need them to drive, don\'t you? It says so on your license."';
    assert.equal(speakerOf(drive, '"But you need them to drive, don\'t you? It says so on your license."'), 'Dale Kirk');
    // No question, no exchange: the last speaker goes on.
    assert.equal(speakerOf('"We offered three times," Ann Lee said.\n\n"We will wait," Tom Hale said.\n\n"And we will strike."', '"And we will strike."'), 'Tom Hale');
  });

  it('a quote after the speaker’s sentence in the same paragraph keeps that speaker', () => {
    const body = '"We will rebuild," Maria Lopez said. "It will take two years."';
    const quote = quoteIn(body, '"It will take two years."');
    assert.equal(quote.speaker?.name, 'Maria Lopez');
    assert.equal(quote.ruleId, 'nearby-speaker');
  });

  it('a multi-paragraph quote is attributed as a whole', () => {
    const body = 'Maria Lopez said:\n\n“The first year was hard.\n\n“The second was harder,” she added.';
    assert.equal(speakerOf(body, '“The first year was hard.'), 'Maria Lopez');
    assert.equal(speakerOf(body, '“The second was harder,”'), 'Maria Lopez');
  });

  it('a country or organization speaks: China asks the US "…"', () => {
    const quote = quoteIn('Meanwhile, China asks the US "not to lecture it" about trade.', '"not to lecture it"');
    assert.equal(quote.speaker?.name, 'China');
    assert.equal(quote.cue?.text, 'asks');
  });

  it('bullet paragraphs are attributed like any other', () => {
    const body = 'Reactions:\n\n  • "This is a good day for the city," Maria Lopez said.\n  • "We expected more," said Henrik Dahl.';
    assert.equal(speakerOf(body, '"This is a good day for the city,"'), 'Maria Lopez');
    assert.equal(speakerOf(body, '"We expected more,"'), 'Henrik Dahl');
  });

  it('a participle takes the subject of its sentence', () => {
    const body = 'Before the vote, Senator Ana Ruiz urged caution, saying "the numbers do not add up."';
    assert.equal(speakerOf(body, '"the numbers do not add up."'), 'Ana Ruiz');
  });

  it('the name set off after a subject\'s role is the subject ("Varnia\'s spokesman, Radu Ilescu, dismissed it as “…”")', () => {
    const quoted = '„interference in our affairs“';
    for (const subject of ["Varnia's government spokesman, Radu Ilescu,", 'The government spokesman, Radu Ilescu,', "On television, Varnia's spokesman, Radu Ilescu,"]) {
      assert.equal(speakerOf(`Varnia rejected the warning.\n\n${subject} dismissed it as ${quoted} and left.`, quoted), 'Radu Ilescu', subject);
    }
  });

  it('"his wife, Jane, … “…,” she said": a person named by a first name alone agrees with the pronoun her description gives', () => {
    const body = 'Tom Reyes spoke on Monday. On Tuesday, his wife, Jane, called for an open vote. "Shutting people out is not smart," she said.';
    assert.equal(speakerOf(body, '"Shutting people out is not smart,"'), 'Jane');
    const his = 'Tom Reyes sold the farm.\n\nHis wife, Kathryn, is a trustee of the fund.\n\nIn an essay, he wrote, "Science is united."';
    assert.equal(speakerOf(his, '"Science is united."'), 'Tom Reyes');
  });

  it('"Vance disagreed. “…,” he said.": the named subject of the sentence before the quote, not the first person in the paragraph', () => {
    const body = 'Mayor Greg Hollis says his town has rights. Mayor Peter Vance says they expired. Hollis was blunt. "Peter is wrong," he said. Vance disagreed. "Greg is living in 1925," he said.';
    assert.equal(speakerOf(body, '"Peter is wrong,"'), 'Greg Hollis');
    assert.equal(speakerOf(body, '"Greg is living in 1925,"'), 'Peter Vance');
    // A capitalized word opening the sentence before names no one.
    const sometimes = 'Donald Trump spoke in Ohio. Sometimes the crowd cheered. "We will win," he said.';
    assert.equal(speakerOf(sometimes, '"We will win,"'), 'Donald Trump');
  });

  it('a name with an Arabic article speaks whole ("“No,” Bashar al-Assad said.")', () => {
    const body = '"We will win," said Karim al-Masri. "No," Bashar al-Assad said.';
    assert.equal(quoteIn(body, '"No,"').speaker?.mention.text, 'Bashar al-Assad');
    assert.equal(quoteIn(body, '"We will win,"').speaker?.mention.text, 'Karim al-Masri');
  });

  it('reads the less common reporting verbs as cues ("texted", "grumbled"), and "text" after a determiner as a noun', () => {
    assert.equal(speakerOf('Tom Hale arrived. "We will see," Ann Lee texted.', '"We will see,"'), 'Ann Lee');
    assert.equal(speakerOf('Tom Hale arrived. "Not again," Ann Lee grumbled.', '"Not again,"'), 'Ann Lee');
    assert.equal(quoteIn('Ann Lee said the text "We will see" was short.', '"We will see"').cue?.text, 'said');
  });

  it('a transcript line names its speaker in capitals', () => {
    const quote = quoteIn('The exchange went like this:\n\n"DAHL: We will not raise taxes this year."', '"DAHL: We will not raise taxes this year."');
    assert.equal(quote.speaker?.mention.text, 'DAHL');
    assert.match(quote.rule, /transcript/);
  });

  it('a credit line after the quote names its speaker', () => {
    assert.equal(speakerOf('“The river is our livelihood.” ― Maria Lopez', '“The river is our livelihood.”'), 'Maria Lopez');
  });

  it('terms get no speaker, and no cue', () => {
    const quote = quoteIn('Maria Lopez said the city announced a "green deal" yesterday.', '"green deal"');
    assert.equal(quote.kind, 'term');
    assert.equal(quote.speaker, null);
    assert.equal(quote.cue, null);
  });

  it('a speech quote without any speaker gets an explicit null', () => {
    const quote = quoteIn('"Nobody knows who wrote this line."', '"Nobody knows who wrote this line."');
    assert.equal(quote.kind, 'speech');
    assert.equal(quote.speaker, null);
    assert.equal(quote.ruleId, 'none');
  });

  it('dates the statement from its sentence', () => {
    const quote = quoteIn('On March 1, Maria Lopez said: "The bridge opens in May."', '"The bridge opens in May."');
    assert.equal(quote.date, '2024-03-01');
    assert.ok(quote.dateId);
    assert.equal(quoteIn('"The bridge opens in May," Maria Lopez said.', '"The bridge opens in May,"').date, null);
  });

  it('does not date the statement by a date after "since", "through" or "by", or in a relative clause that closes before the quote', () => {
    // Nor by the end of a period or a deadline: "through Tuesday", "by Friday".
    assert.equal(quoteIn('Crews expected "extreme fire behavior" through Tuesday, Ann Lee said.', '"extreme fire behavior"').date, null);
    assert.equal(quoteIn('Ann Lee said the plant would be "shut down" by Friday.', '"shut down"').date, null);
    const aside = 'Dario Pratt, who has opposed every budget since she took office in 2021, said on Tuesday the plan was "built on sand."';
    assert.equal(quoteIn(aside, '"built on sand."').date, '2024-03-05');
    assert.equal(quoteIn('Pratt, who took office in 2021, said the plan was "built on sand."', '"built on sand."').date, null);
    // The quote inside the clause keeps the clause's date.
    assert.equal(quoteIn('It began with Pratt, who proclaimed in July that the plan was "built on sand."', '"built on sand."').date, '2023-07-01');
    // A relative clause after the cue dates its own event, unless it tells of the speaking.
    assert.equal(quoteIn('"I do well," said Iris Pampa, who graduated in 2009 with a degree.', '"I do well,"').date, null);
    assert.equal(quoteIn('"It matters," said Margaret Ellison-Park, whose son died in 2019.', '"It matters,"').date, null);
    // A relative clause further inside the aside ("a strategist who served … in 2008,"); not a date after the cue.
    assert.equal(quoteIn('Gregory Pell, a strategist who served as an adviser to a rival campaign in 2008, said the speech was "heavy on adjectives."', '"heavy on adjectives."').date, null);
    assert.equal(quoteIn('A White House official who spoke anonymously said Monday, "Certainly there are discussions."', '"Certainly there are discussions."').date, '2024-03-04');
    // A date in the reported clause, its subject a noun ("said the couple had …"), dates what is reported.
    assert.equal(quoteIn('A spokesperson said the couple had "reflected carefully" after the birth in the summer.', '"reflected carefully"').date, null);
    assert.equal(quoteIn('"I do well," said Iris Pampa, who spoke on Monday at the fair.', '"I do well,"').date, '2024-03-04');
    // An aside set off by dashes between the quote and its cue; a period that owns a thing ("this year's slate").
    assert.equal(quoteIn('"We inherited a broken system," Delacroix — who took over in 2021 — told the committee on Monday.', '"We inherited a broken system,"').date, '2024-03-04');
    assert.equal(quoteIn('Critic Jess Calloway panned the nominations, calling this year\'s slate "the least original lineup in history."', '"the least original lineup in history."').date, null);
    assert.equal(quoteIn('"I apologize to nobody," the senator said during Saturday night\'s debate.', '"I apologize to nobody,"').date, '2024-03-02');
  });

  it('does not date the statement by a date in the clause "that" opens after the cue, but by one before it', () => {
    const reported = 'Maria Lopez said the deal was "fair to every state" and that Tod Vance had signed one on Friday.';
    assert.equal(quoteIn(reported, '"fair to every state"').date, null);
    assert.equal(quoteIn('Maria Lopez said on Monday that the deal was "fair to every state."', '"fair to every state."').date, '2024-03-04');
    // Nor in one its subject opens without "that".
    assert.equal(quoteIn('Maria Lopez said she had met Vance twice last autumn and had "taken his concerns seriously."', '"taken his concerns seriously."').date, null);
  });

  it('does not date the statement by a date after publication ("said they would meet next week")', () => {
    const later = 'Diplomats said on Monday the sides would meet again next week and that "there is a deal to be had."';
    assert.equal(quoteIn(later, '"there is a deal to be had."').date, '2024-03-04');
    const onlyLater = 'Diplomats said the sides would meet again next week and that "there is a deal to be had."';
    assert.equal(quoteIn(onlyLater, '"there is a deal to be had."').date, null);
  });

  it('"…," said a descriptor with "of" before the name', () => {
    assert.equal(speakerOf('"The river has never been this low," said master of ceremonies Tomas Brandt, a retired pilot.', '"The river has never been this low,"'), 'Tomas Brandt');
    assert.equal(speakerOf('"We must rebuild trust," said former secretary of state Alma Reyes.', '"We must rebuild trust,"'), 'Alma Reyes');
  });

  it('gives a quote after "the case of X, who …" to X, not to the case', () => {
    const body = 'Consider the case of Rep. Bradley Fensom of Kansas, who last Thursday accused "Ivy League elites" of "rigging the economy for their friends."';
    assert.equal(speakerOf(body, '"rigging the economy for their friends."'), 'Bradley Fensom');
  });

  it('reads two roles joined by "and" between a capitalized word and the name ("Radio host and former sheriff Buck Lindqvist went further, writing …")', () => {
    const body = 'Radio host and former sheriff Buck Lindqvist went further, writing on Twitter: "How many more of these do we need?"';
    assert.equal(speakerOf(body, '"How many more of these do we need?"'), 'Buck Lindqvist');
  });

  it('reads "Will" or "June" opening a name set off after a role ("Her campaign manager, Will Ortega, was more pointed, writing that …")', () => {
    const body = 'Her campaign manager, Will Ortega, was more pointed on Twitter, writing that Ridley had "said out loud what the campaign really thinks."';
    assert.equal(speakerOf(body, '"said out loud what the campaign really thinks."'), 'Will Ortega');
    const june = 'Brandt\'s campaign manager, June Kasprzak, said the campaign was "not worried in the slightest" about the gap.';
    assert.equal(speakerOf(june, '"not worried in the slightest"'), 'June Kasprzak');
    // The subject of "was" takes a participle's quote after it, not one before it.
    const before = 'Mark Vance was among the party\'s "basement dwellers" but relished his brushes with fame, posting photos of himself.';
    assert.equal(speakerOf(before, '"basement dwellers"'), null);
  });

  it('gives a cue joined by "and" to the name before the verb it joins, over an aside\'s cue ("On his first day, he writes, Verlaque handed him a knife and said, “…”")', () => {
    const body = 'The memoir follows Dunmore through Lyon. On his first day, he writes, Verlaque handed him a knife and said, "You have three weeks to prove you are not a tourist."';
    assert.equal(speakerOf(body, '"You have three weeks to prove you are not a tourist."'), 'Verlaque');
  });

  it('gives the quote to an owner\'s office or body, not to the owner ("said China\'s commerce ministry", "Acme\'s chief executive welcomed …")', () => {
    assert.equal(speakerOf('"We oppose the ruling and will appeal it," said Valdoria\'s commerce ministry.', '"We oppose the ruling and will appeal it,"'), 'Valdoria\'s commerce ministry');
    const body = 'Acme\'s chief executive welcomed the ruling and urged rivals to "stop the lawsuits now."';
    assert.equal(speakerOf(body, '"stop the lawsuits now."'), 'Acme\'s chief executive');
  });

  it('lets the cue speak when "according to" names only a translation ("…," he said, according to a Reuters translation)', () => {
    const body = 'Capt. Rodrigue Mba-Essone read the statement on television. "We have decided to end the current regime," he said, according to a Reuters translation.';
    assert.equal(speakerOf(body, '"We have decided to end the current regime,"'), 'Rodrigue Mba-Essone');
  });

  it('reads a gender from the description a person was first given, though the text names them in full later ("his wife, Marion" … "Marion Lattimore")', () => {
    // (Here "Pardoe" alone goes to her, the Pardoe named last, and "he" after it would make her a man.)
    const body = 'When the pager went off, Eugene Pardoe kissed his wife, Marion, and drove to the station.\n\nPardoe has spent a decade trying to recruit.\n\n'
      + 'Marion Pardoe, who has been married to Eugene for 48 years, said the pager has interrupted "every holiday and one very nice dinner."\n\n'
      + '"I would not change it," she said.\n\nPardoe said he has no plans to stop.';
    assert.equal(speakerOf(body, '"I would not change it,"'), 'Marion Pardoe');
  });

  it('reads a plural\'s apostrophe inside a name set off in an aside ("…, chief investment officer at the Oregon Teachers\' Retirement Trust, which …, said")', () => {
    const body = 'Lillian Cho, chief investment officer at the Oregon Teachers\' Retirement Trust, which has money with Brennick, said the case was "a useful wake-up call."';
    assert.equal(speakerOf(body, '"a useful wake-up call."'), 'Lillian Cho');
  });

  it('lets "she" stand for a capitalized role opening the sentence before ("The Chancellor welcomed the decision. “…,” she said")', () => {
    const body = '"I expect another cut," said Beatrice Onwuachi, an economist.\n\nThe Chancellor welcomed the decision. "This will be a relief for families," she said.';
    assert.equal(speakerOf(body, '"This will be a relief for families,"'), 'Chancellor');
  });

  it('lets no text ("One entry", "the diary") stand for "she" or "he"', () => {
    const body = 'Ms Quilliam, 71, said she had kept a log of earlier incidents. One entry, dated 12 June, reads: "Mr A at the fence again, shouting about the ivy."\n\nAnother entry, from 2 September, is shorter. "Spade. Wall. Frightened," she wrote.';
    assert.equal(quoteIn(body, '"Spade. Wall. Frightened,"').speaker?.name, 'Quilliam');
  });

  it('reads no gender from "her" as the object of a verb after a name ("Sandoval called her platform", "Obama backed her up")', () => {
    const body = 'Lena Trask lost to Tiberio Sandoval. Sandoval called her platform "a wish list, not a plan" at the time.\n\n'
      + 'Sandoval spoke to supporters. "Lena Trask ran a campaign that inspired a lot of people," he said.\n\n'
      + 'Mr. Comerford spoke first. President Obeke backed her up in an interview. "I do not think it posed a problem," he said.';
    assert.equal(speakerOf(body, '"Lena Trask ran a campaign that inspired a lot of people,"'), 'Tiberio Sandoval');
    assert.equal(speakerOf(body, '"I do not think it posed a problem,"'), 'Obeke');
  });

  it('gives a quote to "Will Estrada, the chairman, said" after it, "Will" opening the name', () => {
    const body = '"He just stopped and said, \'We have got to win this county. How do we win it?\'" Will Estrada, the chairman for the county party, said of the encounter.';
    assert.equal(speakerOf(body, '"He just stopped and said, \'We have got to win this county. How do we win it?\'"'), 'Will Estrada');
  });

  it('stops a cue at its own quote: a name opening the clause after that quote speaks the next one ("a clip that Judge X called “distasteful,” Y expressed …")', () => {
    const body = 'And, in a clip that U.S. District Judge Ann Morrow called "distasteful," Pete Santos expressed a desire to "try, convict and shoot the governor at dawn."';
    assert.equal(speakerOf(body, '"try, convict and shoot the governor at dawn."'), 'Pete Santos');
  });

  it('gives a quote without a cue to the subject of its own clause after ", while" ("Brandt signed it, while Hollis proposed we “…”")', () => {
    const body = 'Gov. Paul Brandt on Monday signed an order to block the plan, while Mark Hollis, the former Ohio governor, proposed we "wake up and smell the coffee" and said the speaker should resign.';
    assert.equal(speakerOf(body, '"wake up and smell the coffee"'), 'Mark Hollis');
    // A cue before the clause does not reach into it.
    const accused = 'Kallstrom accused Anselm of lying about his record, while Anselm repeatedly referred to Kallstrom as "Wall Street\'s favorite senator."';
    assert.equal(speakerOf(accused, '"Wall Street\'s favorite senator."'), 'Anselm');
    // A clause whose subject names no one leaves the quote to the sentence's subject.
    assert.equal(speakerOf('Gov. Ann Lee has been busy campaigning, but her guilty pleasure is "a long nap on the couch."', '"a long nap on the couch."'), 'Ann Lee');
  });

  it('gives the quote of "X and his wife said" to X, not to "his wife"', () => {
    assert.equal(speakerOf('Mark Hole and his wife said they were "tired of the constant attacks on the family."', '"tired of the constant attacks on the family."'), 'Mark Hole');
    assert.equal(speakerOf('Lena Ruiz and her lawyers argued that "the evidence was never properly examined."', '"the evidence was never properly examined."'), 'Lena Ruiz');
  });

  it('gives a participle\'s quote to the name leading "X and his aides" that opens the sentence', () => {
    const body = 'Mark Hole and his aides have had choice words for the moderators, telling reporters that "I am not okay with the way they treat me."';
    assert.equal(speakerOf(body, '"I am not okay with the way they treat me."'), 'Mark Hole');
  });

  it('reads the subject before an aside that a quoted title closes ("As Jane Roe, author of “The Quiet Bench,” put it, “…”")', () => {
    const body = 'As Jane Roe, professor of law at Yale and author of "The Quiet Bench," put it, "Senators should remember that a compromise may be far better."';
    assert.equal(speakerOf(body, '"Senators should remember that a compromise may be far better."'), 'Jane Roe');
    const said = analyze(HEADER + 'Jane Roe, author of "The Quiet Bench," said, "Senators should remember that the vote may not go their way."').quotes[1];
    assert.equal(said.cue?.text, 'said');
  });

  it('"…," said a descriptor that opens with digits around a slash ("9/11 widow", "24/7 dispatcher")', () => {
    assert.equal(speakerOf('"The rationales do not hold," said 9/11 widow Marta Keel.', '"The rationales do not hold,"'), 'Marta Keel');
    assert.equal(speakerOf('"Nobody sleeps here," said 24/7 dispatcher Omar Vance.', '"Nobody sleeps here,"'), 'Omar Vance');
  });

  it('"…," said a role whose name words only modify it (one Harbor Party aide), or precede the person', () => {
    const body = 'The Harbor Party met in Lindholm on Monday.\n\n"Nobody expected the vote to pass," said one district Harbor Party aide.';
    assert.equal(speakerOf(body, '"Nobody expected the vote to pass,"'), 'one district Harbor Party aide');
    assert.equal(speakerOf('"The port will reopen," said former Lindholm mayor Petra Olsen.', '"The port will reopen,"'), 'Petra Olsen');
  });

  it('a bare form after a determiner and a plural is a verb that agrees with it ("what some scholars call “…”")', () => {
    assert.equal(speakerOf('The podcasts have become a staple of what some scholars call "grief tourism."', '"grief tourism."'), 'some scholars');
    // Not after a singular determiner: "a no-new-taxes pledge" is a noun.
    assert.equal(speakerOf('The two clashed over trade, a no-new-taxes pledge and who is the "real conservative" in the race.', '"real conservative"'), null);
  });

  it('a noun that doubles as a cue after a determiner and modifiers is no cue ("a tense press conference", "her economically depressed state")', () => {
    assert.equal(speakerOf('In a tense press conference, Omar Haddad defended the budget, calling it "the one plan that finally adds up for the working families of this city."', '"the one plan that finally adds up for the working families of this city."'), 'Omar Haddad');
    assert.equal(speakerOf('Lena Brook said in an interview that in her economically depressed state, "there is little hope left."', '"there is little hope left."'), 'Lena Brook');
  });

  it('"…," said X whose first name is also a modal or month (Will, May)', () => {
    assert.equal(speakerOf('"The ferry runs late every winter," said Will Tarrant, a harbor pilot.', '"The ferry runs late every winter,"'), 'Will Tarrant');
  });

  it('"…," the 43-year-old said: an age names a person, the one named just before if there is one', () => {
    assert.equal(speakerOf('Mara Quist moved to Lindholm in 2010.\n\n"It was a long night for all of us," the 43-year-old said.', '"It was a long night for all of us,"'), 'Mara Quist');
    assert.equal(speakerOf('The storm hit Lindholm in 2010.\n\n"It was a long night for all of us," the 43-year-old said.', '"It was a long night for all of us,"'), '43-year-old');
  });

  it('"…," a role linked by "in"/"on" to what qualifies it says (a voice-over in the ad, a message on the site)', () => {
    assert.equal(speakerOf('"Lindholm deserves a harbor that works for everyone," a voice-over in the ad states.', '"Lindholm deserves a harbor that works for everyone,"'), 'a voice-over in the ad');
    assert.equal(speakerOf('"Welcome to the new harbor of Lindholm," a banner message on the website reads.', '"Welcome to the new harbor of Lindholm,"'), 'a banner message on the website');
  });

  it('a past-tense verb is no role noun ("as the crowd began to chant")', () => {
    assert.equal(speakerOf('As the crowd began to chant, Mara Quist stepped up to the microphone and joked, "You are all far too kind to an old harbor pilot like me."', '"You are all far too kind to an old harbor pilot like me."'), 'Mara Quist');
  });

  it('a sentence opening with "Back in 2009," keeps its subject for a participle cue', () => {
    assert.equal(speakerOf('Back in 2009, Lena Brook praised the harbor plan, telling reporters: "It will change this town."', '"It will change this town."'), 'Lena Brook');
  });

  it('a sentence opening with a time phrase ("Hours later,") keeps its subject for a participle cue', () => {
    assert.equal(speakerOf('Hours later, Helen Varga thanked the council, telling reporters, "The council is a partner I trust."', '"The council is a partner I trust."'), 'Helen Varga');
  });

  it('a "Name:" label after a dash introduces the quote', () => {
    assert.equal(speakerOf('TURNOUT SURPRISED EVERYONE - Paul Orlov: "The numbers were far higher than anyone expected."', '"The numbers were far higher than anyone expected."'), 'Paul Orlov');
  });

  it('a label of a name, an age and a "who" clause introduces the quote paragraph after it', () => {
    const body = 'Three residents recall the flood.\n\nBernadette Quaile, 76, who ran the emergency shelter in the church hall:\n\n"We had two hundred people on camp beds."';
    assert.equal(speakerOf(body, '"We had two hundred people on camp beds."'), 'Bernadette Quaile');
  });

  it('"From the report: “…”" names the source of the quote as a label does', () => {
    const quote = '"Most of the bridge is safe to cross."';
    assert.equal(speakerOf(`The board met on Monday. From the report: ${quote}`, quote), 'report');
    const post = 'The mayor wrote about the levy on Sunday. From Cole\'s blog post: "We cannot fix the roads without it."';
    assert.match(speakerOf(post, '"We cannot fix the roads without it."') ?? '', /Cole/);
    assert.equal(speakerOf(`The board met on Monday. From the start: ${quote}`, quote), null);
  });

  it('a "Name:" label after a dash outranks a cue earlier in the sentence, and of two names the first speaks', () => {
    const quote = '"The numbers were far higher than anyone expected."';
    assert.equal(speakerOf(`Voters agree - Paul Orlov: ${quote}`, quote), 'Paul Orlov');
    assert.equal(speakerOf(`TURNOUT SURPRISED EVERYONE - Ann Lee and Paul Orlov: ${quote}`, quote), 'Ann Lee');
  });

  it('manner-of-speaking cues: barked, interjected', () => {
    assert.equal(speakerOf('"Go back to your seat," Mark Bellamy barked at the reporter.', '"Go back to your seat,"'), 'Mark Bellamy');
    assert.equal(speakerOf('Ruth Calder praised the plan, to which Omar Haddad interjected: "It is just not true."', '"It is just not true."'), 'Omar Haddad');
  });

  it('a share of people speaks for the poll of its sentence ("In a poll, 62 percent of renters said …")', () => {
    const quote = '"far too high for a family."';
    assert.equal(speakerOf(`In a Valley Ledger poll released Monday, 62 percent of renters said the rent was ${quote}`, quote), 'a Valley Ledger poll');
    assert.equal(speakerOf(`The survey also finds that 40 percent of farmers say the levy is ${quote}`, quote), 'survey');
    assert.equal(speakerOf(`At the meeting, 40 percent of farmers said the levy is ${quote}`, quote), '40 percent of farmers');
  });

  it('a quote inside an opening "When X …" clause belongs to its named subject, not to a common noun', () => {
    const named = 'When Dana Cole later turned to the storm and vowed to defend "every pier in the bay," the crowd cheered.';
    assert.equal(speakerOf(named, '"every pier in the bay,"'), 'Dana Cole');
    const common = 'As the storm passed and the river rose to "the highest level in a century," the town waited.';
    assert.equal(speakerOf(common, '"the highest level in a century,"'), null);
  });

  it('"called “…” by X": the agent after the quote of a naming participle named it (not after any participle)', () => {
    assert.equal(speakerOf('The delay at the harbor board was called "a quiet stall" by Ada Lund, who teaches at Riverton College.', '"a quiet stall"'), 'Ada Lund');
    const labeled = 'The audit, often labeled as a "fishing trip" by Councilors, ran for a year.';
    assert.equal(speakerOf(labeled, '"fishing trip"'), 'Councilors');
    assert.equal(speakerOf('Omar Haddad said he had been "held without reason" by police for a week.', '"held without reason"'), 'Omar Haddad');
  });

  it('a program title after "on" set off by a comma before any cue gets no speaker ("On Valley Channel\'s “Harbor Hour,” X said")', () => {
    const body = 'Speaking Sunday on Valley Channel\'s "Harbor Hour," Dana Cole said the pier "will open in June, weather permitting."';
    assert.equal(speakerOf(body, '"Harbor Hour,"'), null);
    assert.equal(speakerOf(body, '"will open in June, weather permitting."'), 'Dana Cole');
    assert.equal(speakerOf('Later on "Harbor Hour," Dana Cole spoke about the plan.', '"Harbor Hour,"'), null);
    // After the cue, the title keeps the speaker of the sentence.
    const afterCue = 'Dana Cole said on Valley Channel\'s "Harbor Hour," adding that the pier would open in June.';
    assert.equal(speakerOf(afterCue, '"Harbor Hour,"'), 'Dana Cole');
  });

  it('cues of recollection, delight and banter: "…," remembered X; "…!" beamed X; "…," X riffed', () => {
    assert.equal(speakerOf('"Everyone told her not to buy the mill," remembered Ada Lund, a former clerk.', '"Everyone told her not to buy the mill,"'), 'Ada Lund');
    assert.equal(speakerOf('"What a day for the town!" beamed Omar Haddad, a ferry captain.', '"What a day for the town!"'), 'Omar Haddad');
    assert.equal(speakerOf('"Let me help you with that one," Dana Cole riffed on the question.', '"Let me help you with that one,"'), 'Dana Cole');
  });

  it('a name opening a chain of asides is the subject, not the last name in the chain', () => {
    const body = 'Lena Kovac, the editor in chief of the city paper, The Harbor Times, said every mayor was "both a builder and a politician."';
    assert.equal(speakerOf(body, '"both a builder and a politician."'), 'Lena Kovac');
    assert.equal(speakerOf('The alliance chairwoman, Grace Mwangi, told reporters: "We are ready for the vote."', '"We are ready for the vote."'), 'Grace Mwangi');
    const after = '"The fares worry me," Nadia Osei, 41, of Dayton, Ohio, who rides the ferry daily, said by phone.';
    assert.equal(speakerOf(after, '"The fares worry me,"'), 'Nadia Osei');
  });

  it('"the past", "a chance" are no speakers', () => {
    const pastBody = 'Ruth Calder, who has in the past described the levy as "a reckless gamble with our savings," voted against it.';
    assert.notEqual(speakerOf(pastBody, '"a reckless gamble with our savings,"'), 'past');
    const chanceBody = 'Omar Haddad said he had no chance yet to study the draft, but called it "a fair basis for the talks."';
    assert.equal(speakerOf(chanceBody, '"a fair basis for the talks."'), 'Omar Haddad');
  });

  it('a subject with a descriptor before the person (Former Republican presidential candidate X)', () => {
    const body = 'Former Republican presidential candidate Lena Kovac broke down the problem for a newspaper: "What they did was careless and cruel."';
    assert.equal(speakerOf(body, '"What they did was careless and cruel."'), 'Lena Kovac');
    assert.equal(speakerOf('Kovac told Haddad: "You are wrong about the levy."', '"You are wrong about the levy."'), 'Kovac');
  });

  it('a paragraph of only a dash and a name credits the quote paragraph above it', () => {
    const body = 'We checked the claims.\n\n"I helped write the housing bill that became law."\n\n- Mark Bellamy.\n\nThe senator relies on an old vote.';
    const quote = quoteIn(body, '"I helped write the housing bill that became law."');
    assert.equal(quote.speaker?.name, 'Mark Bellamy');
    assert.match(quote.rule, /credited after the quote/);
    assert.equal(speakerOf('"We will fix the roads."\n\n-Ruth Calder, Riverton.', '"We will fix the roads."'), 'Ruth Calder');
    // A fact-check's credit line: a label, the name that closes it, then where it was said.
    assert.equal(speakerOf('"Crime has doubled since the mayor took office."\n\n— Wisconsin state Sen. Brent Lindahl, in a campaign ad\n\nThe claim is false.', '"Crime has doubled since the mayor took office."'), 'Brent Lindahl');
  });

  it('says whether the cue of a quote\'s sentence comes before or after the quote', () => {
    const body = '“It is over,” the spokeswoman for the union, Lina Park, said in an email on Friday.\n\nLina Park said on Friday that the strike was “over for now.”';
    assert.equal(quoteIn(body, '“It is over,”').rule, '“Lina Park” “said” later in the same sentence');
    assert.equal(quoteIn(body, '“over for now.”').rule, '“Lina Park” “said” earlier in the same sentence');
  });

  it('a paragraph that is only a quote takes the named subject of the sentence before it', () => {
    const quote = '"The votes are there, and the money is there too."';
    const body = `Mara Quist expects the harbor plan to pass this spring.\n\n${quote}`;
    assert.equal(speakerOf(body, quote), 'Mara Quist');
    assert.match(quoteIn(body, quote).rule, /sentence before this quote paragraph/);
    assert.equal(speakerOf(`The legislation also bans night flights over the bay.\n\n${quote}`, quote), null);
    // "he" or "she" stands for the person they name; a quote on its own after such a sentence in its paragraph is theirs too.
    assert.equal(speakerOf(`Mara Quist spoke last. She expects the harbor plan to pass.\n\n${quote}`, quote), 'Mara Quist');
    assert.equal(speakerOf(`Mara Quist spoke last. She would not blame the pilot, Tod Vance, who was late. ${quote}`, quote), 'Mara Quist');
    // A dash credit after the quote outranks it.
    assert.equal(speakerOf(`Mara Quist expects the harbor plan to pass.\n\n${quote}\n\n- Tod Vance.`, quote), 'Tod Vance');
  });

  it('the object before an infinitive cue is not its speaker (would like X to explain)', () => {
    const body = 'Ruth Calder said she would like Haddad to further explain his plan but there is "no question at all" that he is right.';
    assert.equal(speakerOf(body, '"no question at all"'), 'Ruth Calder');
  });

  it('a place closing a longer name is part of the name (Voters Forward USA is no country)', () => {
    const quote = quoteIn('Voters Forward USA, a reform group, said the ads were "a disgrace to the whole state."', '"a disgrace to the whole state."');
    assert.equal(quote.speaker?.name, 'Voters Forward USA');
  });

  it('"went" is the verb after a subject (X went after Y, calling him "…")', () => {
    const body = 'Speaking at a town hall in Riverton, Ohio, Helen Varga went after Haddad, calling him "a total fraud."';
    assert.equal(speakerOf(body, '"a total fraud."'), 'Helen Varga');
  });

  it('a noun-like cue after "a" and a name is a noun (a Twitter comment)', () => {
    const body = 'Ruth Calder soon added a Twitter comment from her own account, saying, "The new team starts on Monday!"';
    assert.equal(speakerOf(body, '"The new team starts on Monday!"'), 'Ruth Calder');
  });

  it('a capitalized modal or month right before the cue is a surname (May said, Will wrote)', () => {
    const body = 'Prime Minister Theresa May said: "We will deliver." Later, "We will not fail," May added.';
    assert.equal(speakerOf(body, '"We will not fail,"'), 'Theresa May');
    assert.equal(quoteIn(body, '"We will deliver."').speaker?.mention.text, 'Prime Minister Theresa May');
    assert.equal(speakerOf('"The party is lost," Will wrote.', '"The party is lost,"'), 'Will');
  });

  it('a quoted phrase followed by a relative word or participle is speech, not a modifier', () => {
    assert.equal(speakerOf('Dana Whitlock says she will end a "rigged lottery" where insiders always win.', '"rigged lottery"'), 'Dana Whitlock');
    assert.equal(speakerOf('Omar Haddad warned of a "silent crisis" spreading through rural clinics.', '"silent crisis"'), 'Omar Haddad');
    assert.equal(quoteIn('The council scrapped its "smart parking" scheme.', '"smart parking"').kind, 'term');
  });
  it('a document speaks for its authors: "…," the letter reads.', () => {
    const body = 'The tenants sent the landlord a letter on Friday. "We will not pay for repairs we never asked for," the letter reads.';
    assert.equal(speakerOf(body, '"We will not pay for repairs we never asked for,"'), 'letter');
    assert.equal(quoteIn(body, '"We will not pay for repairs we never asked for,"').cue?.text, 'reads');
  });

  it('a document noun is not a role that names a person next to it', () => {
    const body = 'Nadia Fischer asked to meet the owners. According to the statement, Fischer met them on Monday.\n\n"The board thanks her for ten years of service," the statement said.';
    assert.equal(speakerOf(body, '"The board thanks her for ten years of service,"'), 'statement');
  });
  it('an indefinite role ("a senior aide", "one adviser") is someone new, not the person last given that role', () => {
    const body = 'Senior aide Lena Holm met the governor on Monday. "We will win this," Holm said.\n\n"The polls are tighter than anyone admits," one adviser said.';
    assert.equal(speakerOf(body, '"The polls are tighter than anyone admits,"'), 'one adviser');
    assert.equal(speakerOf('Senior aide Lena Holm met the governor.\n\n"We need more money," a senior aide said.', '"We need more money,"'), 'a senior aide');
  });

  it('a wire dateline ("CITY, Month Day (AGENCY) —") comes before the subject', () => {
    const body = 'TOLEDO, Ohio, March 4 (UPI) — Mayor Rosa Klein praised the new port, saying it would bring "thousands of good jobs."';
    assert.equal(speakerOf(body, '"thousands of good jobs."'), 'Rosa Klein');
  });

  it('a noun in -ly ("rally", "assembly") heads its phrase; it is no adverb', () => {
    const rally = 'Led by union chief Dana Cole, the rally cheered the plan for "a new pier and fair wages for every crew."';
    assert.equal(speakerOf(rally, '"a new pier and fair wages for every crew."'), 'rally');
    const assembly = 'The harbor assembly voted on Monday, calling the plan "a reckless gamble with our savings."';
    assert.equal(speakerOf(assembly, '"a reckless gamble with our savings."'), 'harbor assembly');
  });

  it('an opening place phrase ("Outside the hall,", "Across town,") comes before the subject; it is no name', () => {
    for (const opener of ['Outside the hall,', 'Across town,', 'Behind the scenes,']) {
      assert.equal(speakerOf(`${opener} Dana Cole attacked the mayor for being a "failed leader."`, '"failed leader."'), 'Dana Cole', opener);
    }
  });

  it('a quote ending its sentence is not taken by the next sentence\'s cue with an object of its own ("said 22 people …")', () => {
    const text = 'Commander Joseph Kibet spoke. "The bus was overloaded," Kibet said. "We are still recovering bodies." The Kenya Red Cross said 22 people had been taken to hospital.';
    assert.equal(speakerOf(text, '"We are still recovering bodies."'), 'Joseph Kibet');
    const addressed = 'NBC host Carl Tod spoke to Ann Lee. "Did you know it?" Tod asked the real estate mogul.';
    assert.equal(speakerOf(addressed, '"Did you know it?"'), 'Carl Tod');
  });

  it('"Minister for Foreign Affairs Penny Wrightson said": the portfolio after a title is no part of the name', () => {
    assert.equal(speakerOf('"We will not back down," Minister for Foreign Affairs Penny Wrightson said.', '"We will not back down,"'), 'Penny Wrightson');
    assert.equal(speakerOf('"The wards are full," Secretary of State for Health Wes Streetley said.', '"The wards are full,"'), 'Wes Streetley');
  });

  it('"The Bishop of Chester said": a title with its "of" names the holder ("of Chester" is no name)', () => {
    assert.equal(speakerOf('The Bishop of Chester said it was "a grave mistake and a danger."', '"a grave mistake and a danger."'), 'Bishop of Chester');
  });

  it('an epithet subject before a quote standing alone speaks it ("the 52-year-old was blunter. ‘…’")', () => {
    const body = "'We stick to the plan,' Graham Tolley said.\n\nAsked whether he feared for his job, the 52-year-old was blunter. 'Every manager in this league fears for his job. That is the business.'";
    assert.equal(speakerOf(body, "'Every manager in this league fears for his job. That is the business.'"), 'Graham Tolley');
  });

  it('a name before a person\'s noun names whom they serve, not the antecedent ("Caldwell surrogate Sen. Wade Holcomb dismissed it. “…,” he said.")', () => {
    const body = 'Vince Caldwell spoke first.\n\nCaldwell surrogate Sen. Wade Holcomb of Arizona dismissed it. "CNN oversamples Democrats," he said.';
    assert.equal(speakerOf(body, '"CNN oversamples Democrats,"'), 'Wade Holcomb');
  });

  it('"He said" opening a sentence continues the named subject of the sentence before, not the first man of the paragraph', () => {
    const body = 'On Russia, Mark Pendry took a harder line. Dan Reyes responded that Ann Lee had praised the man. He said the governor was debating "a version of the ticket that does not exist."';
    assert.equal(speakerOf(body, '"a version of the ticket that does not exist."'), 'Dan Reyes');
  });

  it('"Her husband" stands for the man who shares a surname with the woman named before ("Walter and Joan Pekarek … Her husband laughed.")', () => {
    const body = 'Walter and Joan Pekarek have lived on the same street for 40 years.\n\n"I vote for the person," Mrs. Pekarek said.\n\nHer husband laughed. "We have been cancelling each other out since Nixon," he said.';
    assert.equal(speakerOf(body, '"We have been cancelling each other out since Nixon,"'), 'Walter Pekarek');
  });

  it('a kin noun set off before a name gives its gender ("her son, Omar Haddad"), an office\'s noun does not ("spokesman Hope Lind")', () => {
    const son = 'The crowd cheered. Rania Haddad spoke next.\n\nBeside her stood her son, Ardit Haddad, a soldier.\n\n"He was brave," she said.';
    assert.equal(speakerOf(son, '"He was brave,"'), 'Rania Haddad');
    const office = 'The group raised no money for Trump, Trump spokesman Hope Lind confirmed.\n\n"They are not affiliated with the campaign," she said.';
    assert.equal(speakerOf(office, '"They are not affiliated with the campaign,"'), 'Hope Lind');
  });

  it('a name closed by a plus ("Lumina+") and a role of three words before a person ("chief content officer Graham Teller") keep the person the subject', () => {
    const body = 'Lumina+ chief content officer Graham Teller defended the decision in an interview, saying the streamer had spent "well over $100 million" on the show.';
    assert.equal(speakerOf(body, '"well over $100 million"'), 'Graham Teller');
  });

  it('figures that "add" jobs or points speak no words ("the economy had added “…”")', () => {
    const body = 'Dominic Farrow wrote on social media that the economy had added "more than 15 million jobs" since he took office.';
    assert.equal(speakerOf(body, '"more than 15 million jobs"'), 'Dominic Farrow');
  });

  it('"cut in" reports speech, but not with an object ("cut in half")', () => {
    const body = '"The fees are fair," Dora Vance said.\n\n"That is not what I asked," Rita Oyelaran cut in.';
    assert.equal(quoteIn(body, '"That is not what I asked,"').cue?.text, 'cut in');
    assert.equal(speakerOf(body, '"That is not what I asked,"'), 'Rita Oyelaran');
    const adjunct = '"The fees are fair," Dora Vance said.\n\n"That is not what I asked," Judge Rita Oyelaran cut in at one point.';
    assert.equal(speakerOf(adjunct, '"That is not what I asked,"'), 'Rita Oyelaran');
  });

  it('"go on" reports speech only without an object ("went on: “…”", not "X goes on vacation")', () => {
    const vacation = 'Dana Cole told reporters that after Tod Pike goes on vacation, "the work on the pier will start at last."';
    assert.equal(speakerOf(vacation, '"the work on the pier will start at last."'), 'Dana Cole');
    const body = '"We lost," Dana Cole said. She went on: "But we will be back next year."';
    assert.equal(quoteIn(body, '"But we will be back next year."').cue?.text, 'went on');
  });

  it('"Pentagon press secretary Col. Jim Wade told reporters": "press" before a role noun names the role, it is no cue', () => {
    const body = '"The ship crossed the bow twice," Pentagon press secretary Col. Jim Wade told reporters. "We are ready," White House press secretary Karen Bell said.';
    assert.equal(speakerOf(body, '"The ship crossed the bow twice,"'), 'Jim Wade');
    assert.equal(speakerOf(body, '"We are ready,"'), 'Karen Bell');
  });

  it('"According to" after a quote that ends its sentence with a period opens the next sentence\'s source', () => {
    const body = 'The district said in a statement that it had "taken every report seriously." According to Ann Lee, the school passed every inspection.';
    assert.equal(speakerOf(body, '"taken every report seriously."'), 'district');
  });

  it('"Juror No. 45 replied", "Witness 3 said": a person named by a number speaks under that name', () => {
    const body = 'Jury selection began.\n\nJuror No. 7, a librarian, spoke first. "The nurses were wonderful," she said.\n\n"That is my whole job," Juror No. 45 replied. "I read contracts," said Witness 3.';
    assert.equal(speakerOf(body, '"The nurses were wonderful,"'), 'Juror No. 7');
    assert.equal(speakerOf(body, '"That is my whole job,"'), 'Juror No. 45');
    assert.equal(speakerOf(body, '"I read contracts,"'), 'Witness 3');
  });

  it('"according to her prepared testimony" credits her, not the testimony', () => {
    const testimony = 'Dora Vance, the bank\'s chief executive, defended the fees. The changes "cut overdraft revenue by a third," according to her prepared testimony.';
    assert.equal(speakerOf(testimony, '"cut overdraft revenue by a third,"'), 'Dora Vance');
  });

  it('"Texas state Rep. Ann Hale said", "Gulf states had": "state" before a title and "states" before an auxiliary are no cues', () => {
    const title = '"The border is open," Texas state Rep. Ann Hale said during a radio interview.';
    assert.equal(speakerOf(title, '"The border is open,"'), 'Ann Hale');
    const plural = 'Ruth Lund said on Sunday that Gulf states had been given "a free pass" by the administration.';
    assert.equal(speakerOf(plural, '"a free pass"'), 'Ruth Lund');
  });

  it('"Beijing warned against what it called “…”": "it" is the country that is the subject of its sentence, not a body named before', () => {
    const body = 'The Harbor Pilots Union met on Monday. Beijing, meanwhile, warned against what it called "bloc confrontation and a new cold war."';
    assert.equal(speakerOf(body, '"bloc confrontation and a new cold war."'), 'China');
    // A quote ending in a period ends its sentence when the cue after it has a quote of its own.
    const after = 'The Harbor Pilots Union met. Ukraine\'s army said it had "pushed them back." Beijing warned against what it called "a new cold war."';
    assert.equal(speakerOf(after, '"a new cold war."'), 'China');
    // A name in -ing that a verb in the past follows is a subject, not a participle opening the sentence.
    assert.equal(speakerOf('Beijing warned of grave consequences.\n\n"The drills are a provocation."', '"The drills are a provocation."'), 'China');
  });

  it('"Kessling said she …" opening a sentence: a surname in -ing before a cue is the subject that "she" after it stands for', () => {
    const body = 'Ruth Abernathy and Deborah Kessling met.\n\nAbernathy said she would table a motion. Kessling said she had not seen it. "I will read it," she said.';
    assert.equal(speakerOf(body, '"I will read it,"'), 'Deborah Kessling');
  });

  it('"Her message was clear: “…”": a subject that is someone\'s statement stands for its owner, and nobody\'s for no one', () => {
    const body = 'Deborah Kessling spoke in Leeds. Her message to supporters was clear: "Our votes will decide this."\n\nThe mayor\'s response was swift: "We will sue the board."\n\nThe advice was simple: "Stay indoors until noon."';
    assert.equal(speakerOf(body, '"Our votes will decide this."'), 'Deborah Kessling');
    assert.equal(quoteIn(body, '"We will sue the board."').speaker?.mention.text, 'The mayor\'s');
    assert.equal(speakerOf(body, '"Stay indoors until noon."'), null);
    assert.ok(!analyze(HEADER + body).entities.some((entity) => /message|response|advice/.test(entity.name)));
  });

  it('"…," X posted on X.: "posted" reports what someone wrote', () => {
    assert.equal(speakerOf('Mayor Ana Ruiz was busy. "The bridge is closed until Friday," Garrett Sorensen posted on X.', '"The bridge is closed until Friday,"'), 'Garrett Sorensen');
  });

  it('a participle\'s subject: one seen doing it ("shows X telling", "a video of X saying"), not a passive cue\'s subject before it', () => {
    assert.equal(speakerOf('Ann Lee spoke first. The recording, made by a guest, shows Marla Kessing telling supporters that "the old way of farming is finished."', '"the old way of farming is finished."'), 'Marla Kessing');
    assert.equal(speakerOf('Ann Lee spoke first. A video of Tom Hale saying "the bridge will never open" spread online.', '"the bridge will never open"'), 'Tom Hale');
    assert.equal(speakerOf('Elaine Marsh lost. Marsh\'s campaign released a statement soon after the race was called, saying Wade "represents the extreme wing of the party."', '"represents the extreme wing of the party."'), 'Elaine Marsh');
  });

  it('"A former staffer on a 2020 campaign, who …, described": a year after an article is no determiner that opens the phrase', () => {
    const body = 'Tom Hale spoke.\n\nA former staffer on a 2020 congressional campaign, who spoke on condition of anonymity, described him as "a brilliant strategist and a terrible delegator."';
    assert.equal(quoteIn(body, '"a brilliant strategist and a terrible delegator."').speaker?.mention.text, 'A former staffer on a 2020 congressional campaign');
  });

  it('"Lila Brandt, a lawyer at the Foundation for Open Speech (FOS), called …": a parenthesis inside a longer aside', () => {
    const body = 'Lila Brandt, a senior attorney at the Foundation for Open Speech and Expression (FOSE), called the cancellation "a textbook violation of the charter."';
    assert.equal(speakerOf(body, '"a textbook violation of the charter."'), 'Lila Brandt');
    // A party in brackets after the name is still a tag.
    assert.equal(speakerOf('Ann Lee (Greens) called the plan "a disaster for the coast."', '"a disaster for the coast."'), 'Ann Lee');
  });

  it('"“…” Those were the words of X.": a sentence pointing back to the quote names its owner', () => {
    const body = 'Fiona Raeburn defended the plan. "It is working," she said.\n\n"Waiting is not enough. Patients deserve answers."\n\nThat was the response from Alasdair Grieve, who chairs the health committee.\n\n"Safety has to come first." Those were the words of Claire Henshall, the rail regulator.';
    const response = quoteIn(body, '"Waiting is not enough. Patients deserve answers."');
    assert.equal(response.speaker?.name, 'Alasdair Grieve');
    assert.equal(response.rule, '“response from Alasdair Grieve”');
    assert.equal(speakerOf(body, '"Safety has to come first."'), 'Claire Henshall');
    // A name set off after the role is the owner.
    const role = 'Tom Hale spoke.\n\nShe called the plan "reckless and unfunded."\n\nThese are the words of the harbor master in the north, Ann Lee, who rarely speaks.';
    assert.equal(speakerOf(role, '"reckless and unfunded."'), 'Ann Lee');
  });

  it('"“…,” fishermen warn": a bare plural speaks, in -s or not (fishermen, women, people, children)', () => {
    for (const group of ['fishermen', 'women', 'people', 'children', 'residents']) {
      assert.equal(speakerOf(`"The river is dying," ${group} warn.`, '"The river is dying,"'), group, group);
    }
  });

  it('"X\'s manager, Leah Cole, was more measured. “…,” she said.": the named subject of a sentence with "was" before the quote speaks', () => {
    const body = 'Rivals pounced. "The ship is taking water," Teddy Vashon told reporters. Renata Pruett\'s deputy campaign manager, Leah Castellano, was more measured. "We like Owen," she said.';
    assert.equal(speakerOf(body, '"We like Owen,"'), 'Leah Castellano');
    // A described person whose noun a name qualifies: "A Vashon adviser who …".
    const adviser = 'Felicity Haverford left early. A Vashon adviser who requested anonymity because she was not authorized to speak acknowledged the stakes. "Half of this room disappears," she said.';
    assert.equal(speakerOf(adviser, '"Half of this room disappears,"'), 'A Vashon adviser');
  });

  it('"Beside him, his wife, Ann Lee, took a softer line: “…”": a preposition opening the sentence is no subject', () => {
    const body = '"That is a shakedown," said Cornelius Lee, an oil executive. Beside him, his wife, Adaeze Lee, took a softer line: "It is politics, Neil."';
    assert.equal(speakerOf(body, '"It is politics, Neil."'), 'Adaeze Lee');
  });

  it('"Pruett\'s campaign said": a body\'s noun names no person whose role holds it ("deputy campaign manager")', () => {
    const body = 'Renata Pruett\'s deputy campaign manager, Leah Castellano, spoke first.\n\nPruett\'s campaign said in a statement that it was "confident, but not complacent."';
    assert.equal(speakerOf(body, '"confident, but not complacent."'), 'Pruett\'s campaign');
  });

  it('"X, a cardiologist in Bethesda, Md., who …, said": a state after a town is part of the aside, not the speaker', () => {
    const body = 'The letter, signed by Dr. Anselm Fairweather, a cardiologist in Bethesda, Md., who has treated the senator since 2009, said he had "no ongoing limitations."';
    assert.equal(speakerOf(body, '"no ongoing limitations."'), 'Anselm Fairweather');
  });

  it('"… as “less poetry, more plumbing.” On Thursday she told …, according to X": an introductory word after the quote opens a new sentence', () => {
    const body = 'Bettina Carrow is blunt. In an interview, she described her approach as "less poetry, more plumbing." On Thursday she told staff in a conference call that she intended to cut costs immediately, according to a recording obtained by this newspaper.';
    assert.equal(speakerOf(body, '"less poetry, more plumbing."'), 'Bettina Carrow');
  });

  it('"X, its manager, who argued …": the relative pronoun stands for the name the role describes', () => {
    const body = 'The campaign sent Owen Lindqvist, its manager, who argued that the race was "wide open and winnable."';
    assert.equal(speakerOf(body, '"wide open and winnable."'), 'Owen Lindqvist');
  });

  it('"said the line “landed like a brick.”": a noun before a quote that goes on in lowercase is no inverted speaker', () => {
    const body = 'Tom Hale spoke to donors. One of them, who spoke on condition of anonymity to describe a private event, said the line "landed like a brick."';
    assert.notEqual(speakerOf(body, '"landed like a brick."'), 'line');
    assert.equal(speakerOf('"We will win," said the chairman, smiling.', '"We will win,"'), 'chairman');
  });

  it('"The Centers for Disease Control and Prevention said": the phrase cut inside a body\'s longer name is that body', () => {
    const body = 'The Centers for Disease Control and Prevention said on Monday that the country had entered a "new phase of the pandemic."';
    assert.equal(speakerOf(body, '"new phase of the pandemic."'), 'Centers for Disease Control and Prevention');
    assert.equal(speakerOf('The group Access Now Coalition said the change was "an acceptable loss for them."', '"an acceptable loss for them."'), 'Access Now Coalition');
  });

  it('"Wednesday\'s opinion …, calling it “…”": a day\'s possessive opens the phrase as a determiner, and names no speaker', () => {
    const body = 'Wednesday\'s opinion rejected the city\'s argument, calling it "an invitation to abuse."';
    assert.equal(quoteIn(body, '"an invitation to abuse."').speaker?.mention.text, 'Wednesday\'s opinion');
  });

  it('knows the gender of common first names the word lists missed (Teddy, Felicity, Marek, Katrin)', () => {
    assert.equal(speakerOf('Felicity Haverford left. Teddy Vashon stayed. "We like Owen," she said.', '"We like Owen,"'), 'Felicity Haverford');
    assert.equal(speakerOf('Katrin Vogler left. Marek Zielinski stayed. "We like Owen," she said.', '"We like Owen,"'), 'Katrin Vogler');
  });

  it('"…, while Democrats have warned against what they describe as “…”": "they" is the plural of people opening its clause', () => {
    const body = 'Republicans in the House call it the "Open Borders Bill," while Democrats have warned against what they describe as "cruelty as policy."';
    assert.equal(speakerOf(body, '"cruelty as policy."'), 'Democrats');
  });

  it('"Henrik Dahl of Morrow & Pike wrote", "“…,” one of them said": a firm\'s name with an ampersand, and one of a group', () => {
    assert.equal(speakerOf('Henrik Dahl of Morrow & Pike wrote in a note that the outlook "resets the bar lower than feared."', '"resets the bar lower than feared."'), 'Henrik Dahl');
    const group = 'Two employees spoke to the paper. "We were told we were safe," one of them said.';
    assert.equal(quoteIn(group, '"We were told we were safe,"').speaker?.mention.text, 'one of them');
  });

  it('"His aunt, Celeste Hollis, told reporters …⏎“…,” she said.": a quote opening its paragraph follows the last sentence before it', () => {
    const body = 'A jury convicted Travion Hollis on Friday.\n\nHollis, wearing a gray suit, showed no reaction when the verdict was read. His aunt, Celeste Hollis, told reporters the family would appeal.\n\n"My nephew is not a killer," she said.';
    assert.equal(speakerOf(body, '"My nephew is not a killer,"'), 'Celeste Hollis');
  });

  it('"the regent said" after two regents: the one named last, now that "Regent" is a role', () => {
    const body = 'Regent Walter Engstrom backed the plan. Regent Darnell Fisk voted no. "We should look in the mirror," Fisk said.\n\nEngstrom said the board would revisit tuition. He said he hoped for more support.\n\n"We will be back at the Capitol in January," the regent said.';
    assert.equal(speakerOf(body, '"We will be back at the Capitol in January,"'), 'Walter Engstrom');
  });

  it('"The plan drew objections from residents, who say …": a role phrase reads back to no past verb', () => {
    assert.equal(speakerOf('The plan drew objections from residents, who say it will "tower over" their homes.', '"tower over"'), 'residents');
    // Nor to a count of them.
    assert.equal(speakerOf('Dozens of residents say the tower will "block the sun."', '"block the sun."'), 'residents');
  });

  it('"Mara Lund … expects losses.⏎Insurers are bracing.⏎“…,” she said.": a plural opening a sentence is no one "she" may follow', () => {
    const body = 'Mara Lund, an analyst at Tarnwell Risk, expects heavy losses.\n\nInsurers are bracing for claims.\n\n"It is early days," she said.';
    assert.equal(speakerOf(body, '"It is early days,"'), 'Mara Lund');
  });

  it('"Another parent, Jerome Whitaker, held up a sign and shouted “…”": a capitalized "Another" is no name', () => {
    const body = 'Parents filled the room. Another parent, Jerome Whitaker, held up a sign and shouted "Students Not Spreadsheets." He said he had attended every meeting.';
    assert.equal(speakerOf(body, '"Students Not Spreadsheets."'), 'Jerome Whitaker');
  });

  it('"One supporter, Rep. Lee Zeldin, Republican of New York, gave …: “…”": the party and state set off after the name', () => {
    const body = 'Mr. Trump urged supporters to respond. One early supporter, Representative Lee Zeldin, Republican of New York, gave the technique a whirl on Tuesday: "You can easily argue the opposite."';
    assert.equal(speakerOf(body, '"You can easily argue the opposite."'), 'Lee Zeldin');
  });

  it('"…, though Whitfield declined to do so, saying “…”": a participle closing a later clause has that clause\'s subject', () => {
    const body = 'The finding of willfulness allowed the judge to triple the damages, though Katherine Whitfield declined to do so, saying the award was "adequate to the harm shown."';
    assert.equal(speakerOf(body, '"adequate to the harm shown."'), 'Katherine Whitfield');
  });

  it('"dismissed reports of a rift as “…”": a form in -s right after a past verb is its object, and "dismiss" reports speech', () => {
    const quote = quoteIn('A representative for the couple dismissed reports of a rift as "complete nonsense and lies."', '"complete nonsense and lies."');
    assert.equal(quote.speaker?.mention.text, 'A representative for the couple');
    assert.equal(quote.cue?.text, 'dismissed');
  });

  it('"A source at the commission\'s office said": the role before the link heads the phrase, across the owner\'s article', () => {
    const quote = quoteIn('A source at the commission\'s office said they were "not aware of any plan."', '"not aware of any plan."');
    assert.equal(quote.speaker?.mention.text, "A source at the commission's office");
  });

  it('"A senior official at the prime minister\'s office said": the article before the owner\'s modifiers opens the owner\'s phrase', () => {
    const quote = quoteIn('A senior official at the prime minister\'s office said the vote "may slip."', '"may slip."');
    assert.equal(quote.speaker?.mention.text, "A senior official at the prime minister's office");
    assert.equal(speakerOf('The prime minister\'s office said the vote "may slip."', '"may slip."'), "prime minister's office");
  });

  it('"The governor\'s office said" after "A senior official at the governor\'s office": the office speaks, not the official', () => {
    const body = 'A senior official at the governor\'s office said the vote "may slip."\n\nThe governor\'s office said the vote "will not slip."';
    assert.equal(speakerOf(body, '"may slip."'), "A senior official at the governor's office");
    assert.equal(speakerOf(body, '"will not slip."'), "governor's office");
  });

  it('a speaker named with "and" inside ("The Food and Drug Administration said") is marked whole', () => {
    const quote = quoteIn('The Food and Drug Administration said it was "reviewing the evidence."', '"reviewing the evidence."');
    assert.equal(quote.speaker?.name, 'Food and Drug Administration');
    assert.equal(quote.speaker?.mention.text, 'Food and Drug Administration');
  });

  it('"“…,” came the reply from X" credits X', () => {
    const body = '"We are thrilled," said Ana Ruiz of the Harbor Trust.\n\n"Absolutely not," came the reply from Deputy Mayor Tom Feld.';
    assert.equal(speakerOf(body, '"Absolutely not,"'), 'Tom Feld');
  });

  it('a quote standing alone, then "With that, X walked out", is X\'s, not the last speaker\'s', () => {
    const body = 'Councillor Raj Bhatt was pleased. "Common sense won tonight."\n\n"Not one more dollar for billionaires." With those words, Carla Diaz walked out of the chamber.';
    assert.equal(speakerOf(body, '"Not one more dollar for billionaires."'), 'Carla Diaz');
    assert.equal(speakerOf(body, '"Common sense won tonight."'), 'Raj Bhatt');
    // After the opening phrase, the subject's role noun may stand bare before the name.
    assert.equal(speakerOf('On Tuesday, activist Carla Diaz stood up. "Not one more dollar."', '"Not one more dollar."'), 'Carla Diaz');
  });

  it('"according to a statement from X" credits X, and "“…” — that was the advice from X" credits X', () => {
    const according = quoteIn('"We regret the disruption," according to a statement from Nordair Airlines.', '"We regret the disruption,"');
    assert.equal(according.speaker?.name, 'Nordair Airlines');
    const body = 'Union chairman Erik Holm wrote: "We did not want this strike."\n\n"Check your flight before travelling" — that was the advice from Oslo Airport on Wednesday.';
    assert.equal(speakerOf(body, '"Check your flight before travelling"'), 'Oslo Airport');
  });

  it('"it said" after a sentence that opens with a body\'s noun ("The ministry disagrees.") is that body', () => {
    const quote = quoteIn('The ministry disagrees. In a statement, it said the rules were "necessary to protect aquifers."', '"necessary to protect aquifers."');
    assert.equal(quote.speaker?.mention.text, 'it');
    assert.equal(quote.speaker?.name, 'ministry');
  });

  it('"the company said" names the one organization named just before it, and no one when two were', () => {
    const one = 'SpaceX scrubbed the launch minutes before liftoff.\n\n"We will try again on Thursday," the company said.';
    assert.equal(speakerOf(one, '"We will try again on Thursday,"'), 'SpaceX');
    const two = 'SpaceX and Boeing both scrubbed launches.\n\n"We will try again on Thursday," the company said.';
    assert.notEqual(speakerOf(two, '"We will try again on Thursday,"'), 'SpaceX');
    assert.notEqual(speakerOf(two, '"We will try again on Thursday,"'), 'Boeing');
  });

  it('"a sunset snap with the caption “…”": "snap" after a determiner and a modifier is a noun, not a cue', () => {
    assert.equal(speakerOf('She shared a sunset snap with the caption "Onwards and upwards".', '"Onwards and upwards"'), null);
  });

  it('"The European People\'s Party said": a name the index read past a possessive inside it is the speaker', () => {
    assert.equal(speakerOf('The European People\'s Party said it was "a negligible risk."', '"a negligible risk."'), "European People's Party");
  });

  it('"add to" a thing is no speech ("the study added to “…”"), but "added to People" is', () => {
    const body = 'The charity Harbor Aid said in a statement that the study added to "a growing body of evidence." Dana Cole added to Harbor Weekly: "It was great."';
    assert.equal(speakerOf(body, '"a growing body of evidence."'), 'Harbor Aid');
    assert.equal(quoteIn(body, '"It was great."').cue?.text, 'added');
  });

  it('a cue joined by "and" to an earlier verb has no inverted subject ("… and recalled the flood: “…”")', () => {
    const body = 'Dana Cole backs the levy, opposes the toll and recalled the flood of 1998: "We lost every boat in the harbor."';
    assert.equal(speakerOf(body, '"We lost every boat in the harbor."'), 'Dana Cole');
  });

  it('the subject skips a chain of asides that a relative clause goes on ("X, meanwhile, who …, said")', () => {
    const body = 'Dana Cole, meanwhile, who lost the last vote, said the levy is "a reckless gamble with our savings."';
    assert.equal(speakerOf(body, '"a reckless gamble with our savings."'), 'Dana Cole');
  });

  it('a share opens a sentence subject ("62 percent of renters backed …")', () => {
    const body = 'At the hearing on Monday, 62 percent of renters backed the plan as "a fair deal for the harbor."';
    assert.equal(speakerOf(body, '"a fair deal for the harbor."'), '62 percent of renters');
  });

  it('a date after a preposition ends a subject role and sits between it and its verb ("the family on Monday thanked …")', () => {
    const family = 'The Vance family on Monday thanked the crews for being "the backbone of the coast," pointing to their long hours.';
    assert.equal(speakerOf(family, '"the backbone of the coast,"'), 'Vance family');
    const judge = 'A judge in October fined the ferry company, calling its record "a danger to the whole town."';
    assert.equal(speakerOf(judge, '"a danger to the whole town."'), 'A judge');
  });

  it('a lone indefinite speaker closes an inverted cue ("…," said one. "…," said another.)', () => {
    const body = 'Two farmers spoke at the fair. "The rain came too late for the corn," said one. "We will plant again in May," said another.';
    assert.equal(speakerOf(body, '"The rain came too late for the corn,"'), 'one');
    assert.equal(speakerOf(body, '"We will plant again in May,"'), 'another');
  });

  it('a dateline with its state ("CITY, St. —") comes before the subject', () => {
    for (const dateline of ['RIVERTON, Ore. -', 'RIVERTON, Ore. —', 'SALEM, N.H. —', 'RIVERTON —']) {
      const body = `${dateline} Mayor Dana Cole on Monday blocked the toll bill, calling it "a reckless gamble with our savings."`;
      assert.equal(speakerOf(body, '"a reckless gamble with our savings."'), 'Dana Cole', dateline);
    }
  });

  it('two roles joined by "and" make one long role phrase before the cue', () => {
    const body = 'The rally ended late. The former county sheriff and current state party chairman said the vote was "a warning to both parties."';
    assert.equal(speakerOf(body, '"a warning to both parties."'), 'former county sheriff and current state party chairman');
  });

  it('a plural role noun is no subject of a verb in its -s form (… layoffs and closures demands)', () => {
    const body = 'Mayor Tobias Lund said the wave of layoffs and closures demands that the county find "new ways to help families."';
    assert.equal(speakerOf(body, '"new ways to help families."'), 'Tobias Lund');
  });

  it('a noun-like cue after "of" and a modifier is a noun (a flurry of angry tweets, 40% of Democratic claims)', () => {
    assert.equal(speakerOf('Mara Quist said the flurry of angry tweets was "beneath the office."', '"beneath the office."'), 'Mara Quist');
    assert.equal(speakerOf('The Fact Desk rated 40% of Democratic claims as "mostly true."', '"mostly true."'), 'Fact Desk');
  });

  it('"she" and "he" agree with a known first name', () => {
    const body = 'Michael Reyes introduced Laura Brandt at the town hall. "We start with the schools," she said.';
    assert.equal(speakerOf(body, '"We start with the schools,"'), 'Laura Brandt');
    const other = 'Laura Brandt introduced Michael Reyes at the town hall. "We start with the schools," he said.';
    assert.equal(speakerOf(other, '"We start with the schools,"'), 'Michael Reyes');
  });

  it('a Mrs./Ms. title right before a name mention rules out "he"', () => {
    const body = 'Mr. Osei runs a small bakery.\n\nAs Mrs. Varga\'s plan stalled, the rent went up "for the third time this year," Mr. Osei said. "We cannot keep up," he added.';
    assert.equal(speakerOf(body, '"We cannot keep up,"'), 'Osei');
  });

  it('after a quote that ends its sentence, a cue with an object of its own starts a new sentence', () => {
    const body = 'Norway branded the plan "a gift to polluters." Sweden insisted that the ministers "keep talking."';
    assert.equal(speakerOf(body, '"a gift to polluters."'), 'Norway');
    assert.equal(speakerOf('"Can we fix it?" Ada Lind told Radio North listeners.', '"Can we fix it?"'), 'Ada Lind');
  });

  it('"has been" may sit between a subject and its verb (X has been calling Y a "…")', () => {
    const body = 'Council leader Paul Odum (D), in particular, has been steadily attacking the mayor as a "con artist" on the radio.';
    assert.equal(speakerOf(body, '"con artist"'), 'Paul Odum');
  });

  it('the owner of a claim noun followed by "that" said the quote after it', () => {
    const cases: [body: string, quote: string, speaker: string][] = [
      ['The fact-checkers looked into Omar Vance\'s claim that the city had lost "nine thousand jobs" last year.', '"nine thousand jobs"', 'Omar Vance'],
      ['Later, Greta Sund\'s boldest claim was that the audit had been "rigged from the start."', '"rigged from the start."', 'Greta Sund'],
    ];
    for (const [body, quote, speaker] of cases) assert.equal(speakerOf(body, quote), speaker);
  });

  it('a claim noun without "that", or after a cue, does not make its owner the speaker', () => {
    assert.notEqual(speakerOf('Mayor Ines Roth said Omar Vance\'s remarks were "deeply unfair."', '"deeply unfair."'), 'Omar Vance');
    const body = 'Ines Roth said that Omar Vance\'s claim that the plant will close is "simply false."';
    assert.equal(speakerOf(body, '"simply false."'), 'Ines Roth');
  });

  it('a time phrase may sit between a subject and its cue (X on Tuesday said, X later Thursday told)', () => {
    assert.equal(speakerOf('Mara Quist on Tuesday said the plan was "a total mess."', '"a total mess."'), 'Mara Quist');
    assert.equal(speakerOf('Reinhold Hale later Thursday told a radio host: "Both sides need to talk."', '"Both sides need to talk."'), 'Reinhold Hale');
  });

  it("a stray apostrophe after a quote within the quote does not hide the cue: ''… 'old-school,''' said X", () => {
    const body = "''I would call him 'a builder,''' said Greta Lind, a former aide.";
    assert.equal(speakerOf(body, "''I would call him 'a builder,''"), 'Greta Lind');
  });

  it('retorts are cues: "…," X shot back; "…," Y retaliated', () => {
    assert.equal(speakerOf('"You never paid a cent," Ilse Brandt shot back.', '"You never paid a cent,"'), 'Ilse Brandt');
    assert.equal(speakerOf('"Our city will always stand," an angry Pedro Alves retaliated.', '"Our city will always stand,"'), 'Pedro Alves');
  });

  it('the subject of a passive cue is spoken to, not speaking ("X was asked", "X was questioned")', () => {
    const body = 'When Lena Moor was questioned about the vote, Tom Hale\'s reply focused on how the council had "never bothered to listen."';
    assert.equal(speakerOf(body, '"never bothered to listen."'), 'Tom Hale');
  });

  it('"with X chanting “…”": a role phrase after "with" is the subject of the participle', () => {
    const body = 'The square was packed on Sunday, with many nurses and teachers chanting "Fund our schools."';
    assert.equal(speakerOf(body, '"Fund our schools."'), 'many nurses and teachers');
  });

  it('a cue after a modal is an expectation, not a statement (X said she is sure Y will continue …)', () => {
    const body = 'Nora Lind said she is sure Paulo Reis will continue to be "a strong voice for the valley."';
    assert.equal(speakerOf(body, '"a strong voice for the valley."'), 'Nora Lind');
  });

  it('"has since", "has long" may sit between a subject and its verb; "Ever since …," is an opener', () => {
    assert.equal(speakerOf('Ada Lind has since apologized for the delay: "We should have called every family."', '"We should have called every family."'), 'Ada Lind');
    const body = 'Ever since the flood, Mayor Tom Ruiz has urged residents to "stay on higher ground."';
    assert.equal(speakerOf(body, '"stay on higher ground."'), 'Tom Ruiz');
  });

  it('absolute participles: "– X saying “…” and Y calling it “…”"', () => {
    const body = 'Both leaders sounded upbeat after the talks – Ines Roth saying she was "very hopeful" and Paulo Reis calling it "a real start."';
    assert.equal(speakerOf(body, '"very hopeful"'), 'Ines Roth');
    assert.equal(speakerOf(body, '"a real start."'), 'Paulo Reis');
  });

  it('a plural role ("registered voters") is a group, not the person last given that role', () => {
    const body = 'The loudest of the voters, Nina Holt, joined the march on Monday.\n\nBut registered voters agreed that the plan was "fair to renters."';
    assert.equal(speakerOf(body, '"fair to renters."'), 'registered voters');
  });

  it('a subject role phrase ends at an irregular past tense, not at an -ed adjective after its determiner', () => {
    const cases: [body: string, quote: string, speaker: string][] = [
      ['The billionaire developer began by praising the mayor, saying the new bridge was "long overdue."', '"long overdue."', 'billionaire developer'],
      ['The retired surgeon answered questions for an hour, remarking that the clinic felt "like home."', '"like home."', 'retired surgeon'],
      ['The Valley Herald recently ran an editorial calling the plan "a gift to developers."', '"a gift to developers."', 'Valley Herald'],
    ];
    for (const [body, quote, speaker] of cases) assert.equal(speakerOf(body, quote), speaker);
  });

  it('a number opens a role phrase like a determiner ("38 percent said")', () => {
    const body = 'Asked about the new ferry fares, 38 percent said "far too high" in the poll.';
    assert.equal(speakerOf(body, '"far too high"'), '38 percent');
  });

  it('"she" does not fall back to a man opening the previous paragraph', () => {
    const body = 'Omar Haddad introduced the new harbor master on Monday.\n\n"We are ready for the season," she said.';
    assert.notEqual(speakerOf(body, '"We are ready for the season,"'), 'Omar Haddad');
  });

  it('a cue between a noun and "by" is a passive modifier: its agent speaks, not the noun', () => {
    const body = 'The council shelved the harbor budget over "deal breaker" riders added by the opposition bloc, without a vote.';
    assert.equal(speakerOf(body, '"deal breaker"'), 'opposition bloc');
    assert.equal(speakerOf('"We will see," the treasurer added by way of explanation.', '"We will see,"'), 'treasurer');
  });

  it('"one of those aides" after an inverted cue is one speaker phrase, not a clause', () => {
    const body = 'Campaign aides who have studied the map expect the governor to hold on. "The mayor cannot close the gap in time," said one of those aides.';
    assert.equal(speakerOf(body, '"The mayor cannot close the gap in time,"'), 'one of those aides');
  });

  it('"with X reportedly yelling": an adverb between a participle and its own subject', () => {
    const body = 'At the rally, some of the guests booed the band, with Ray Dorn loudly yelling: "Get them off the stage!"';
    assert.equal(speakerOf(body, '"Get them off the stage!"'), 'Ray Dorn');
  });

  it('a relative clause before the cue: the phrase before "who" is the subject, not the clause\'s object', () => {
    assert.equal(speakerOf('Harbor pilots who have sailed the channel argue that the dredging is "long overdue."', '"long overdue."'), 'Harbor pilots');
    assert.equal(speakerOf('Neighbors who know him say he was "a quiet man."', '"a quiet man."'), 'Neighbors');
  });

  it('a cue after the quote that opens another quote ("X said: “…”") belongs to that quote', () => {
    const body = '"We grow apples," Ms. Dana Holt said. "We do not sell them here." Mr. Pavel Orin said: "The storm took our barn."';
    assert.equal(speakerOf(body, '"We do not sell them here."'), 'Dana Holt');
    assert.equal(speakerOf(body, '"The storm took our barn."'), 'Pavel Orin');
  });

  it('after a quote that ends its sentence, "X said she would …" starts a new statement', () => {
    const body = '"The pool should stay open," Dan Morrow told the board on Friday. "Children need somewhere to swim." Mayor Lila Ford said she would ask for a new budget.';
    assert.equal(speakerOf(body, '"Children need somewhere to swim."'), 'Dan Morrow');
  });

  it('"a source speaking to the Ledger said": the participle\'s object is not the subject', () => {
    const body = 'Another engineer speaking to the Daily Ledger said, "The bridge needs new cables this year."';
    assert.equal(speakerOf(body, '"The bridge needs new cables this year."'), 'Another engineer');
  });

  it('"a person familiar with the talks said": what an adjective links the speaker to is not the speaker', () => {
    const body = 'A person familiar with the talks said the deal was "almost done." A source close to the couple told the Ledger: "It is amicable." An official briefed on the plan said it was "not final."';
    assert.equal(quoteIn(body, '"almost done."').speaker?.mention.text, 'A person familiar with the talks');
    assert.equal(quoteIn(body, '"It is amicable."').speaker?.mention.text, 'A source close to the couple');
    assert.equal(quoteIn(body, '"not final."').speaker?.mention.text, 'An official briefed on the plan');
  });

  it('"crowds marching through the square chanted": a place after a participle of motion is not the subject', () => {
    const body = 'Farmers marching through the old square chanted "No tractors, no bread!" until the evening. Dock workers standing outside the port gates shouted "Pay us now."';
    assert.equal(speakerOf(body, '"No tractors, no bread!"'), 'Farmers');
    assert.equal(speakerOf(body, '"Pay us now."'), 'Dock workers');
  });

  it('"with X writing that … and adding, “…”": coordinated participles share their own subject', () => {
    const body = 'The ruling drew fire on Monday, with Mayor Lila Ford writing that the fee was "unfair" and adding, "Families cannot pay twice for the same water."';
    assert.equal(speakerOf(body, '"Families cannot pay twice for the same water."'), 'Lila Ford');
  });

  it('"…, writing “…”" after "a survey called “Trust”": a naming participle after a noun has no subject to lend', () => {
    const body = 'Later on Monday, Mara Reyes posted a chart from a 2019 survey called “Trust” on her blog, writing “Here is the data you asked for.”';
    assert.equal(speakerOf(body, '“Here is the data you asked for.”'), 'Mara Reyes');
  });

  it('"Mendez himself said", "the candidate herself": an intensifying pronoun after the subject is not part of it', () => {
    const body = 'Dana Mendez, the Green candidate, toured the port on Monday.\n\nThe candidate herself said on Tuesday that the plan was “a promise we will keep.”\n\nMendez himself said “We will win.” The union itself said “No deal.”';
    assert.equal(speakerOf(body, '“a promise we will keep.”'), 'Dana Mendez');
    assert.equal(speakerOf(body, '“We will win.”'), 'Dana Mendez');
    assert.equal(speakerOf(body, '“No deal.”'), 'union');
  });

  it('"when the server email story broke": a bare cue word between two nouns is part of a compound, not a cue', () => {
    const body = 'Tom Hale first said in the spring, when the private server email story broke, “I did not move any money to anyone.”';
    assert.equal(speakerOf(body, '“I did not move any money to anyone.”'), 'Tom Hale');
  });

  it('"into the early primary state to …": a bare cue word after a determiner and its modifiers is a noun', () => {
    const quote = quoteIn('In 2012, the governor sent his “volunteer army” into the small early primary state to knock on doors.', '“volunteer army”');
    assert.notEqual(quote.cue?.text, 'state');
    assert.notEqual(quote.speaker?.mention.text, 'the small early primary');
  });

  it('"the statement read: “…”", "his letter states: “…”": after a text\'s noun a noun-like cue is its verb, and no label', () => {
    const body = 'The club’s statement read: “The search begins now.”\n\nHis letter states: “I resign.”';
    assert.equal(quoteIn(body, '“The search begins now.”').cue?.text, 'read');
    assert.equal(speakerOf(body, '“I resign.”'), 'His letter');
    assert.equal(quoteIn(body, '“I resign.”').cue?.text, 'states');
  });

  it('"Opposition spokesman on finance Julian Samms-Ferguson went further, arguing …": a role\'s portfolio leads the subject on to the name', () => {
    assert.equal(speakerOf('Opposition spokesman on finance Julian Samms-Ferguson went further, arguing that the budget had "no serious plan."', '"no serious plan."'), 'Julian Samms-Ferguson');
  });

  it('"@mira_codes wrote": a social-media handle is a speaker\'s name, not an e-mail address\'s middle', () => {
    assert.equal(speakerOf('"Same typo, Marcus," @mira_codes wrote on Threads.', '"Same typo, Marcus,"'), '@mira_codes');
    assert.equal(speakerOf('"Write to me," Ann Lee wrote from lee@example.com.', '"Write to me,"'), 'Ann Lee');
  });

  it('reads Welsh names and titles: "Plaid Cymru MS Llinos ap Dafydd" (a Member of the Senedd, not "Ms"), whose "he" may be a man', () => {
    const text = 'Plaid Cymru MS Llinos ap Dafydd told the chamber it would "rip the heart out" of villages. Conservative MS Gareth Pryce-Thomas accused her of hypocrisy. "She cannot have it both ways," he said.';
    assert.equal(speakerOf(text, '"rip the heart out"'), 'Llinos ap Dafydd');
    assert.equal(speakerOf(text, '"She cannot have it both ways,"'), 'Gareth Pryce-Thomas');
  });

  it('"warned in written comments to lawmakers that …": a noun-like form after a preposition and a modifier is a noun, no cue', () => {
    assert.equal(speakerOf('The Oregon Business Alliance warned in written comments to lawmakers that it would "unleash a wave of litigation."', '"unleash a wave of litigation."'), 'Oregon Business Alliance');
  });

  it('"X said in a statement that Y had offered “…”": a past perfect inside a reported clause is the reporter\'s account', () => {
    assert.equal(speakerOf('Bradley Nyquist said in a statement that the hospitals had offered "the most generous package in our history."', '"the most generous package in our history."'), 'Bradley Nyquist');
  });

  it('"Police believe …" opening the paragraph before is no one a "she" may stand for', () => {
    const body = 'Police believe the shooting is linked to a feud. Regional police chief Xyla Brontvik said six shootings had occurred.\n\n"We have reinforced our presence," she told a press conference.';
    assert.equal(speakerOf(body, '"We have reinforced our presence,"'), 'Xyla Brontvik');
  });

  it('"Next weekend brings …": a day word opening the sentence is no subject that speaks', () => {
    assert.notEqual(speakerOf('Next weekend brings the debut of the awards contender "The Cartographer\'s Wife."', '"The Cartographer\'s Wife."'), 'Next');
  });

  it('"Their son, Calvin, …" under "Author: Calvin Redd": the byline\'s writer is no one the story calls by a first name', () => {
    const analysis = analyze('Obituary\n\nAuthor: Calvin Redd\nDate: 2024-03-05\n\nMarcus Merriweather led the march. Their son, Calvin, died in 2011. "He was proud," Calvin said once.');
    assert.equal(analysis.quotes[0].speaker?.name, 'Calvin');
  });

  it('"the author called …" is no byline\'s author: the header\'s "Author:" names the article\'s writer', () => {
    const analysis = analyze('Casting news\n\nAuthor: Marcus Tillery\nDate: 2024-03-05\n\nThe studio cast a newcomer in the adaptation of the novel. In a statement, the author called the casting "a dream I never had."');
    assert.notEqual(analysis.quotes[0].speaker?.name, 'Marcus Tillery');
  });

  it('"Student body president Marcus Delaney ’24 called the vote …": a class year after the name is no break before the cue', () => {
    assert.equal(speakerOf('Student body president Marcus Delaney ’24 called the vote "a betrayal of the college."', '"a betrayal of the college."'), 'Marcus Delaney');
  });

  it('"said in a statement translated from Russian that …": the translation is no cue of the statement', () => {
    assert.equal(speakerOf('Energy Minister Yerlan Dzhaksybekov said in a statement translated from Russian that Astana "fully supports" the deal.', '"fully supports"'), 'Yerlan Dzhaksybekov');
  });

  it('"A longtime adviser to Mr. Kinsey, who …, said": the adviser speaks, not the one advised', () => {
    const quote = quoteIn('Harold Kinsey spoke. A longtime adviser to Mr. Kinsey, who spoke on the condition of anonymity, said it was "a fund-raising strategy."', '"a fund-raising strategy."');
    assert.equal(quote.speaker?.mention.text, 'A longtime adviser to Mr. Kinsey');
  });

  it('"A second email, sent by Lowell Brandt two days later, referred to …": the writer set off after a document speaks', () => {
    assert.equal(speakerOf('A second email, sent by Lowell Brandt two days later, referred to the campaign as "the insurgency."', '"the insurgency."'), 'Lowell Brandt');
  });

  it('"Britain\'s Foreign Secretary, John Smith, said": a capitalized role after an owner gives way to the name set off after it', () => {
    assert.equal(speakerOf('Britain\'s Foreign Secretary, John Smith, said the text was "strong enough."', '"strong enough."'), 'John Smith');
    assert.equal(speakerOf('Representative Peter T. King, Republican of New York, said it was "a fair deal."', '"a fair deal."'), 'Peter T. King');
  });

  it('"Republican nominee-in-waiting Greg Amundsen released …": a role noun heading a hyphenated compound leads the subject to the name', () => {
    assert.equal(speakerOf('Republican nominee-in-waiting Greg Amundsen released an ad that calls the deal "a highway to nowhere."', '"a highway to nowhere."'), 'Greg Amundsen');
  });

  it('"Environmental group Amazonia Viva welcomed …": a body\'s noun between a capitalized descriptor and the name leads the subject to the name', () => {
    const quote = quoteIn('Environmental group Amazonia Viva welcomed the arrests but said they were "a drop in the ocean."', '"a drop in the ocean."');
    assert.equal(quote.speaker?.name, 'Amazonia Viva');
  });

  it('"a change the union calls “…”": a noun-like cue in -s right before a quote is the verb of the singular noun before it', () => {
    const quote = quoteIn('The railroad wants single crews, a change the union calls "a disaster waiting to happen."', '"a disaster waiting to happen."');
    assert.equal(quote.speaker?.mention.text, 'the union');
    assert.equal(quote.cue?.text, 'calls');
  });

  it('"The retort came fast: “…”": a clause before a colon is no speaker label', () => {
    const quote = quoteIn('The snappy retort came fast: “No way.”', '“No way.”');
    assert.notEqual(quote.ruleId, 'adjacent-cue');
    assert.notEqual(quote.speaker?.mention.text, 'The snappy retort came fast');
  });

  it('"Ruiz was asked, “…?”": the subject of a passive cue is spoken to, and the quote is no one\'s the text names', () => {
    const body = 'Mara Quist spoke first.\n\nIn an interview with the Ledger published Wednesday, Mayor Ana Ruiz was asked, “What is the most dangerous street in town?” She laughed.';
    assert.equal(speakerOf(body, '“What is the most dangerous street in town?”'), null);
    assert.equal(speakerOf('Ruiz was quoted as saying: “It is fine.”', '“It is fine.”'), 'Ruiz');
    // The subject before a long aside.
    const aside = 'Tom Hale spoke.\n\nThe organiser, Brenda Solis, a mother of three who founded the group last spring, was quoted as saying that the vote was “a victory for the loudest people in the room.”';
    assert.equal(speakerOf(aside, '“a victory for the loudest people in the room.”'), 'Brenda Solis');
  });

  it('"was told by aides: “…”": a plural role after a passive cue\'s "by" is the agent, with no determiner', () => {
    assert.equal(speakerOf('Ruiz was told by aides: “Do not answer that.”', '“Do not answer that.”'), 'aides');
  });

  it('"Hale’s opponent was blunt. “…,” he said.": the pronoun means the person the sentence before describes without a name', () => {
    const body = 'Mayor Tom Hale defended the plan on Monday.\n\nHale’s opponent, a retired teacher, was blunt. “It is a bad plan,” he said.\n\nA spokeswoman for the transit agency was more cautious. “We are still reviewing the numbers,” she said.\n\nThe other man, his cousin Jim York, was blunt. “Fares are too high,” he said.';
    assert.equal(speakerOf(body, '“It is a bad plan,”'), 'Hale’s opponent');
    assert.equal(speakerOf(body, '“We are still reviewing the numbers,”'), 'A spokeswoman');
    // A sentence that names its person keeps the name.
    assert.equal(speakerOf(body, '“Fares are too high,”'), 'Jim York');
    // A described woman is no "he".
    assert.equal(speakerOf('Mayor Tom Hale spoke.\n\nTheir mother was blunt. “We are not happy,” she said.\n\nThe plan would raise fares. “It is fair,” he said.', '“It is fair,”'), 'Tom Hale');
    // The subject of reported speech too: "He told the Gazette that …".
    const reported = 'Mayor Tom Hale defended the plan.\n\nA spokesman for the port authority rejected the criticism. He told the Gazette that permits had been “tightened a great deal” since May.';
    assert.equal(speakerOf(reported, '“tightened a great deal”'), 'A spokesman');
  });

  it('"an official who spoke on condition of anonymity because … said": a long relative clause before the cue', () => {
    assert.equal(speakerOf('An official who spoke on condition of anonymity because he was not authorized to discuss the matter said the plan was “dead on arrival.”', '“dead on arrival.”'), 'An official');
    assert.equal(speakerOf('Two officials who spoke on the condition of anonymity to discuss internal deliberations said the deal was “very close.”', '“very close.”'), 'Two officials');
    // Inside an aside, the name before it speaks; after "when he", the pronoun does.
    assert.equal(speakerOf('For her, the answer is easy. 72-year-old Lena Brook, a retired nurse who voted for both parties, said that “nobody listens to us.”', '“nobody listens to us.”'), 'Lena Brook');
    assert.equal(speakerOf('The latest is Tom Hale, the harbor pilot who gained fame last year when he yelled “Turn back now!” at the captain.', '“Turn back now!”'), 'Tom Hale');
  });

  it('an abbreviation\'s period before a quote that opens with a capital ends the sentence ("… by Harbor Daily Inc. “We …”")', () => {
    const body = 'The plan was first reported by Harbor Daily Inc. “We will rebuild the port,” the minister, Mara Quist, said on Monday.';
    assert.equal(speakerOf(body, '“We will rebuild the port,”'), 'Mara Quist');
  });

  it('"…, calling it “…”" after "required clinics to report data": an infinitive cue lends the participle no subject', () => {
    const body = 'A federal judge on Friday blocked a new rule that would have required clinics to report patient data, calling it “arbitrary and capricious.”';
    assert.equal(speakerOf(body, '“arbitrary and capricious.”'), 'A federal judge');
  });

  it('"His wife, Elena, disagreed: “…”": disagreeing reports speech', () => {
    const body = '“I like that he is tough,” said Ray Ortiz, 58, a mechanic. His wife, Elena, disagreed: “She actually listens.”';
    assert.equal(speakerOf(body, '“She actually listens.”'), 'Elena');
  });

  it('"“…,” the 71-year-old says": an age, a person noun or kin names the one person named just before; an office does not', () => {
    const named = 'Martin Brandvold has crossed the lake every day for forty years.\n\n';
    for (const epithet of ['the 71-year-old', 'the veteran', 'the grandfather', 'the Norwegian']) {
      assert.equal(speakerOf(`${named}“Let them build the bridge,” ${epithet} says.`, '“Let them build the bridge,”'), 'Martin Brandvold', epithet);
    }
    assert.notEqual(speakerOf(`${named}“Let them build the bridge,” the senator says.`, '“Let them build the bridge,”'), 'Martin Brandvold');
  });

  it('"A beat B. “…,” the 19-year-old said": of two people named, an age or a nationality names the subject, a person noun no one', () => {
    const two = 'Ingrid Halvorsen beat top seed Camila Restrepo on Saturday.\n\n';
    assert.equal(speakerOf(`${two}"I still can't believe it," the 19-year-old said.`, `"I still can't believe it,"`), 'Ingrid Halvorsen');
    assert.equal(speakerOf(`${two}"I still can't believe it," the Norwegian said.`, `"I still can't believe it,"`), 'Ingrid Halvorsen');
    // A position in a sport describes the player as a nationality does.
    const match = 'Tomasz Brelik, 22, was mobbed after meeting Jamal Okafor’s cross.\n\n"It is the best feeling in the world," the Polish striker told reporters.';
    assert.equal(speakerOf(match, '"It is the best feeling in the world,"'), 'Tomasz Brelik');
    assert.notEqual(speakerOf(`${two}"I still can't believe it," the veteran said.`, `"I still can't believe it,"`), 'Ingrid Halvorsen');
    const inParagraph = `${two}Restrepo, who had not dropped a set, was gracious. "She played better," the Colombian said.`;
    assert.equal(speakerOf(inParagraph, '"She played better,"'), 'Camila Restrepo');
    const otherAge = 'Ingrid Halvorsen, 24, beat Camila Restrepo on Saturday.\n\n"I still can\'t believe it," the 19-year-old said.';
    assert.notEqual(speakerOf(otherAge, `"I still can't believe it,"`), 'Ingrid Halvorsen');
  });

  it('"Ann Cole, 19, … the teenager said": an age or "teenager" names the one person whose age the text gave after the name', () => {
    const body = 'Gareth Lyle, 54, admitted fraud. Ann Cole, 19, was a witness.\n\n"I am sorry," the 54-year-old said. "I was scared," the teenager said.';
    assert.equal(speakerOf(body, '"I am sorry,"'), 'Gareth Lyle');
    assert.equal(speakerOf(body, '"I was scared,"'), 'Ann Cole');
    const twoTeenagers = 'Ann Cole, 19, and Tom Hale, 17, were witnesses.\n\n"I was scared," the teenager said.';
    assert.equal(speakerOf(twoTeenagers, '"I was scared,"'), 'teenager');
  });

  it('"A few days later, X reversed herself, telling …": an opening time phrase of several words is passed over to the subject', () => {
    const body = 'But a few days later, Senator Ada Trent reversed herself yet again, telling a radio host that the parking laws “are set for good.”';
    assert.equal(speakerOf(body, '“are set for good.”'), 'Ada Trent');
    assert.equal(speakerOf('Thirteen years later, Mayor Ruth Kaplan was blunt: “We failed them.”', '“We failed them.”'), 'Ruth Kaplan');
  });

  it('"was prompted to say", "was quick to add", "decided to add": the subject of the verb before "to" speaks; "a gesture intended to highlight" is no subject', () => {
    assert.equal(speakerOf('The hearing was so calm that Senator Ana Ruiz was prompted to say, “I cannot believe how civil this is.”', '“I cannot believe how civil this is.”'), 'Ana Ruiz');
    assert.equal(speakerOf('Mayor Tom Hale was quick to add: “We will rebuild.”', '“We will rebuild.”'), 'Tom Hale');
    assert.equal(speakerOf('Later, Mayor Tom Hale decided to add: “We will rebuild.”', '“We will rebuild.”'), 'Tom Hale');
    const body = 'Lena Frost said the amendment was a gesture intended to highlight “the hypocrisy of the council” on taxes.';
    assert.equal(speakerOf(body, '“the hypocrisy of the council”'), 'Lena Frost');
  });

  it('"A spokesman for the contractor, Roadfix Ltd, said": a company in the aside names the noun before it, not the speaker', () => {
    const body = 'A spokesman for the contractor, Roadfix Ltd, said the firm had "met every term of the contract."';
    assert.equal(speakerOf(body, '"met every term of the contract."'), 'A spokesman for the contractor');
    assert.equal(speakerOf('The union\'s chairwoman, Grace Mwangi, said the deal was "a start."', '"a start."'), 'Grace Mwangi');
    // Unless the noun is the company.
    assert.equal(speakerOf('Harlan Pike spoke. His company, Pike Urban Holdings, said it had "not threatened anyone at all."', '"not threatened anyone at all."'), 'Pike Urban Holdings');
  });

  it('the verbs of features and ads are cues: intoned, deadpanned, confided, implored', () => {
    const cueOf = (body: string, quote: string) => quoteIn(body, quote).cue?.text;
    assert.equal(cueOf('Tom Roe deadpanned: "It was a long day."', '"It was a long day."'), 'deadpanned');
    assert.equal(cueOf('The narrator, Vera Holm, intones: "Crime came to Wisconsin."', '"Crime came to Wisconsin."'), 'intones');
    assert.equal(cueOf('Ann Lee confided that it was "the hardest year of my life."', '"the hardest year of my life."'), 'confided');
    assert.equal(speakerOf('Ann Lee spoke. "Go," Tom Roe implored.', '"Go,"'), 'Tom Roe');
  });

  it('"Justice Njoroge ruled", "counsel averred": a court\'s and a lawyer\'s verbs of speech ("party rules" stay a noun)', () => {
    assert.equal(speakerOf('"The notice is null and void," Justice Margaret Njoroge ruled.', '"The notice is null and void,"'), 'Margaret Njoroge');
    assert.equal(speakerOf('Advocate Peter Ochieng averred that the eviction was "unlawful and cruel."', '"unlawful and cruel."'), 'Peter Ochieng');
  });

  it('"he surmised", "she confessed", "interrupted a protester": surmising, positing, theorizing, murmuring, confessing and interrupting report speech', () => {
    for (const cue of ['surmised', 'posited', 'theorized', 'murmured', 'confessed']) {
      assert.equal(speakerOf(`Voter Brad Olsen, 39, was worried. “People are afraid of wasting their votes,” he ${cue}.`, '“People are afraid of wasting their votes,”'), 'Brad Olsen', cue);
    }
    assert.equal(speakerOf('Mayor Ruth Kaplan spoke for an hour. “Tell the truth!” interrupted a protester in the back row.', '“Tell the truth!”'), 'a protester in the back row');
  });

  it('"“…,” vowed union president Carla Diaz": vowing, pledging, promising, admitting, agreeing and offering invert as saying does', () => {
    for (const cue of ['vowed', 'pledged', 'promised', 'admitted', 'agreed', 'offered']) {
      assert.equal(speakerOf(`“We will fight,” ${cue} union president Carla Diaz.`, '“We will fight,”'), 'Carla Diaz', cue);
    }
  });

  it('"and said she “…”": a pronoun after the cue opens a clause, it is not an inverted subject', () => {
    const body = '"We need a new bridge," Maya Torres said at the forum.\n\nThe Daily Ledger reviewed a recording of the hearing and said she "skipped every budget line" in her answers.';
    assert.equal(speakerOf(body, '"skipped every budget line"'), 'Daily Ledger');
  });

  it('"Another said, “…”" is a new unnamed speaker, not the last person quoted', () => {
    const body = '"The ferry is always late," one commuter said.\n\n"I have missed work twice," Tom Reyes said.\n\nAnother said, "The new timetable is a mess."';
    assert.equal(speakerOf(body, '"The new timetable is a mess."'), 'Another');
    assert.equal(speakerOf('"I have missed work twice," Tom Reyes said.\n\n"It is too cold to wait outside," one said.', '"It is too cold to wait outside,"'), 'one');
  });

  it('"X, quoting “…,” said the ferry might run": X speaks; a clause after "said" is no inverted subject', () => {
    const body = 'Dan Pike, quoting "an old rule of the river pilots who taught me the trade," said the ferry might run until May.';
    assert.equal(speakerOf(body, '"an old rule of the river pilots who taught me the trade,"'), 'Dan Pike');
    assert.equal(speakerOf('"We will win in every county," said the candidate, smiling.', '"We will win in every county,"'), 'candidate');
  });

  it('"to repeat the slogan “…”": an infinitive cue has no inverted subject', () => {
    const body = 'On the radio, Mara Lind said that by declining to repeat the slogan "clean water," the governors are "ignoring the farms."';
    assert.equal(speakerOf(body, '"clean water,"'), 'Mara Lind');
  });

  it('"The paper, Lind said, called the drop “…”": the speaker of the aside reports the clause', () => {
    const body = 'Mara Lind said the paper had misread the survey. The Ledger, Lind said, called the drop in trout "a warning sign."';
    assert.equal(speakerOf(body, '"a warning sign."'), 'Mara Lind');
  });

  it('a sentence adverb between subject and cue ("Baird however said") keeps the subject', () => {
    const body = 'Ed Baird however said he would back a "shared ferry pass" for the islands.';
    assert.equal(speakerOf(body, '"shared ferry pass"'), 'Ed Baird');
  });

  it('"X said Y asked the council to stay “…”": the outer speaker reports the inner cue\'s clause', () => {
    const cases: [body: string, quote: string, speaker: string][] = [
      ['Rep. Dan Ortiz said Mayor Lila Ford asked the council to stay "united on the tunnel."', '"united on the tunnel."', 'Dan Ortiz'],
      ['Two neighbors have said he said "the fence stays up" before the hearing.', '"the fence stays up"', 'Two neighbors'],
    ];
    for (const [body, quote, speaker] of cases) assert.equal(speakerOf(body, quote), speaker);
  });

  it('"…, the Ledger reported." / "…, reports the Herald." credits the whole sentence to that source', () => {
    const body = 'Ron Vale praised the plan, saying the harbor board was "finally listening," hinting at a vote, the Daily Ledger reported.';
    assert.equal(speakerOf(body, '"finally listening,"'), 'Daily Ledger');
    const inverted = '"This is a sad day for renters," said Kim Dahl, a tenant organizer, reports the Valley Herald.';
    assert.equal(speakerOf(inverted, '"This is a sad day for renters,"'), 'Valley Herald');
    assert.equal(speakerOf('"We lost the vote," Dan Pike reported.', '"We lost the vote,"'), 'Dan Pike');
  });

  it('"according to" a bare plural ("officials who attended …") or its agent ("estimates by X")', () => {
    const body = 'Dana Cole spoke to the council on Monday.\n\n"The budget is late again," she told Tod Pike, according to officials who attended the meeting.';
    assert.equal(speakerOf(body, '"The budget is late again,"'), 'officials');
    const agent = 'Rents in the valley rose by "a painful margin, far above wages," last year, according to estimates by Ada Lund of Riverton College.';
    assert.match(speakerOf(agent, '"a painful margin, far above wages,"') ?? '', /^Ada Lund/);
  });

  it('"…, reports Valley Today.": a source name may go on with a capitalized common word', () => {
    const body = '"The rents will keep climbing," said Kim Dahl, who leads a tenants group, reports Valley Today.';
    assert.equal(speakerOf(body, '"The rents will keep climbing,"'), 'Valley Today');
    // A day after the name is no part of it.
    assert.notEqual(speakerOf('"We will fight the toll," said Kim Dahl, a renter, reports the Valley Herald Monday.', '"We will fight the toll,"'), 'Valley Herald Monday');
  });

  it('"according to a document filed by X": the agent of the source\'s participle is the source', () => {
    const body = '"The tolls keep going up," Ana Ruiz said Monday, according to a recording obtained by Valley Public Radio.';
    assert.equal(speakerOf(body, '"The tolls keep going up,"'), 'Valley Public Radio');
  });

  it('"most said they were “…”": a lone quantifier is an unnamed group speaker, but not in "most recently said"', () => {
    const body = 'Growers in the valley were asked about the frost; most said the harvest looked "badly damaged."';
    assert.equal(speakerOf(body, '"badly damaged."'), 'most');
    const adverb = 'Dana Cole, who joined the station in 2009 and most recently offered commentary on "Garden Hour," left the job this week.';
    assert.notEqual(speakerOf(adverb, '"Garden Hour,"'), 'most');
  });

  it('a first name in -ly, -ed or -ing opens the subject, not an introductory phrase ("Kelly Marsh …", "Ted Varga …")', () => {
    const body = 'Kelly Marsh came out for the levy on Monday, saying the town needed "a real plan for the harbor."';
    assert.equal(speakerOf(body, '"a real plan for the harbor."'), 'Kelly Marsh');
    const known = 'Ted Varga backed the levy, saying the town needed "a real plan for the harbor."';
    assert.equal(speakerOf(known, '"a real plan for the harbor."'), 'Ted Varga');
    const opener = 'Speaking in Salem, Ted Varga backed the levy, saying the town needed "a real plan for the harbor."';
    assert.equal(speakerOf(opener, '"a real plan for the harbor."'), 'Ted Varga');
    // A participle with a capitalized object still opens an introductory phrase; so does one in -n ("Known", "Born").
    for (const phrase of ['Visiting Dover on Monday,', 'Citing Halvorsen,', 'Known to everyone as Dee,', 'Born in Ohio,']) {
      const visiting = `${phrase} Dana Cole attacked the mayor for being a "failed leader."`;
      assert.equal(speakerOf(visiting, '"failed leader."'), 'Dana Cole', phrase);
    }
  });

  it('a noun-like cue right after a preposition is a noun ("the secretary of state thanked …")', () => {
    const body = 'Elena Soto, the secretary of state, spoke in Dover.\n\nThe secretary of state thanked the ferry crews for being "the backbone of the coast," pointing to their long hours.';
    assert.equal(speakerOf(body, '"the backbone of the coast,"'), 'Elena Soto');
    const role = 'The former secretary of state thanked the ferry crews for being "the backbone of the coast," pointing to their long hours.';
    assert.equal(speakerOf(role, '"the backbone of the coast,"'), 'former secretary of state');
  });

  it('a sentence adverb and its comma ("Still,", "Moreover,", "First,") come before the subject of the sentence', () => {
    for (const opener of ['Still,', 'Moreover, at the hearing,', 'First,']) {
      const body = `${opener} Dana Cole attacked the mayor for being a "failed leader."`;
      assert.equal(speakerOf(body, '"failed leader."'), 'Dana Cole', opener);
    }
    assert.equal(speakerOf('First Lady Dana Cole attacked the mayor for being a "failed leader."', '"failed leader."'), 'Dana Cole');
  });

  it('an -s form after a subject noun, before a quote, "that", a determiner or a name, is the verb ("The flyer claims “…”")', () => {
    assert.equal(speakerOf('The flyer claims "Vera Holm will fix the roads by spring."', '"Vera Holm will fix the roads by spring."'), 'flyer');
    const clause = 'The harbor board projects that "raising the toll by a dime" would pay for the new pier.';
    assert.equal(speakerOf(clause, '"raising the toll by a dime"'), 'harbor board');
    const object = 'The Ledger flyer faults Vera Holm for spending "twice the budget on the new pier" last year.';
    assert.equal(speakerOf(object, '"twice the budget on the new pier"'), 'Ledger flyer');
  });

  it('an aside too long for the cue\'s own search still leaves its subject to the sentence: "X, a … (30 words) …, said the pier is a “…”"', () => {
    const body = 'Vera Holm, a veteran harbor pilot who steered ferries across the bay for three decades before the bridge opened and now trains young pilots at the county college in the spring, said the new pier is a "serious risk to small boats."';
    assert.equal(speakerOf(body, '"serious risk to small boats."'), 'Vera Holm');
  });

  it('after a quote that ends its sentence, a conjunction or a source opens a new one: "… builder." But, said X, "…"', () => {
    const body = 'Dan Pike, who worked beside Tod Vance, said his boss was "a fine builder." But, said Pike, "the roof will leak within a year."';
    assert.equal(speakerOf(body, '"the roof will leak within a year."'), 'Dan Pike');
    assert.equal(speakerOf(body, '"a fine builder."'), 'Dan Pike');
    // A source after such a quote opens a new sentence too.
    const source = 'Dana Cole said the ferry was "never full." The reason, according to the harbor master, is the price.';
    assert.equal(speakerOf(source, '"never full."'), 'Dana Cole');
  });

  it('a role and a name before a colon label the quote ("Union leader X: “…”", "The head of the union, X: “…”", "X, union leader: “…”")', () => {
    const quote = '"The strike ends tonight."';
    for (const label of ['Union leader Vera Holm:', 'The head of the dock workers union, Vera Holm:', 'Vera Holm, union leader:', 'Vera Holm, the head of the union:', 'Vera Holm, Chief Executive, Harbor Lines:']) {
      assert.equal(speakerOf(`The talks lasted all night. ${label} ${quote}`, quote), 'Vera Holm', label);
    }
    // A verb before the colon makes a clause whose subject speaks.
    assert.equal(speakerOf(`Dana Cole asked Vera Holm: ${quote}`, quote), 'Dana Cole');
    assert.equal(speakerOf(`Dana Cole, who leads the union: ${quote}`, quote), null);
  });

  it('"…," said X\'s role, Name: the name after the possessive\'s role speaks, not the possessor', () => {
    const quote = '"The pier opens in May,"';
    assert.equal(speakerOf(`${quote} said Harbor Lines' operations director, Vera Holm.`, quote), 'Vera Holm');
    assert.equal(speakerOf(`${quote} said Dana Cole's deputy, Vera Holm.`, quote), 'Vera Holm');
    // Without a name after the role, the possessor stays the speaker.
    assert.equal(speakerOf(`${quote} said Dana Cole's office.`, quote), 'Dana Cole');
  });

  it('cues of emphasis, precision and anger common in translated and British news: underlined, specified, summed up, raged', () => {
    const quote = '"The pier opens in May,"';
    for (const cue of ['underlined', 'underscored', 'specified', 'clarified', 'summed up', 'highlighted', 'raged', 'blasted', 'slammed']) {
      assert.equal(speakerOf(`${quote} ${cue} Vera Holm.`, quote), 'Vera Holm', cue);
    }
    assert.equal(speakerOf(`${quote} Vera Holm reassured.`, quote), 'Vera Holm');
    assert.equal(speakerOf(`Vera Holm underlined: ${quote}`, quote), 'Vera Holm');
  });

  it('"“…,” she replied" after a man spoke in between: the woman named a few paragraphs before', () => {
    const body = 'Mayor Vera Holm opened the harbor meeting.\n\nDan Pike, her deputy, spoke next. "We have no money," he said.\n\n"And we have no time," she replied.';
    assert.equal(speakerOf(body, '"And we have no time,"'), 'Vera Holm');
    assert.equal(speakerOf(body, '"We have no money,"'), 'Dan Pike');
  });

  it('a quote that is a sentence of its own takes the named subject of the sentence before it ("X was blunt. “…”")', () => {
    const quote = '"We have no money for the pier."';
    assert.equal(speakerOf(`Mayor Vera Holm was blunt. ${quote}`, quote), 'Vera Holm');
    // A quote inside a longer sentence, or after a sentence whose subject is no name, is not.
    assert.equal(speakerOf(`The council was blunt. ${quote}`, quote), null);
  });

  it('a party or place in brackets after the name is no speaker ("…," Ann Lee (Greens) said)', () => {
    const quote = '"The pier must wait,"';
    assert.equal(speakerOf(`${quote} Vera Holm (Greens) said.`, quote), 'Vera Holm');
    assert.equal(speakerOf(`${quote} Vera Holm (HPU) told the council.`, quote), 'Vera Holm');
  });

  it('"Ann Lee of the union said", "Ann Lee from Ohio said": the name before "of", "from" or "at" speaks', () => {
    const quote = '"The pier must wait,"';
    for (const subject of ['Vera Holm of the harbor pilots union', 'Vera Holm from the harbor pilots union', 'Vera Holm from Lindholm', 'Vera Holm at the port authority', 'Vera Holm of the group Pier Watch', 'Vera Holm of the consumer group Pier Watch']) {
      assert.equal(speakerOf(`${quote} ${subject} said.`, quote), 'Vera Holm', subject);
    }
    assert.equal(speakerOf(`The head of the pilots union said the pier was "a waste of money."`, '"a waste of money."'), 'head of the pilots union');
  });

  it('"Wrona: Because … “…” works …": a quote in an interview\'s answer speaks for the person its label names', () => {
    const body = 'Mayor Tomasz Wrona took office in January.\n\nQ: Why cut road spending?\n\nWrona: Because the traffic only got worse. "Build it and they will come" works for roads too.\n\nNote: "Figures" are from March.';
    const quote = quoteIn(body, '"Build it and they will come"');
    assert.equal(quote.speaker?.name, 'Tomasz Wrona');
    assert.equal(quote.rule, '“Wrona:” labels the line, as in a transcript');
    assert.equal(speakerOf(body, '"Figures"'), null);
  });

  it('"“…,” one aide, who asked not to be named, told the paper": the cue is the main verb, not the aside\'s', () => {
    const quote = quoteIn('"We expected this," one council aide, who asked not to be named because he was not authorized to speak, told the Ledger.', '"We expected this,"');
    assert.equal(quote.speaker?.mention.text, 'one council aide');
    assert.equal(quote.cue?.text, 'told');
    const unclosed = quoteIn('"We expected this," one council aide, who asked not to be named.', '"We expected this,"');
    assert.equal(unclosed.speaker?.mention.text, 'one council aide');
  });

  it('"Analysts at Harwick wrote": a plural role noun opening the sentence heads the role, and is no name', () => {
    const quote = quoteIn('Analysts at Harwick Securities wrote that the recall posed "a reputational risk in a key market."', '"a reputational risk in a key market."');
    assert.equal(quote.speaker?.mention.text, 'Analysts at Harwick Securities');
  });

  it('"Analysts were divided.": a plural role opening the sentence before a quote paragraph is no speaker, nor what "she" stands for', () => {
    const body = 'Analysts were divided.\n\n"The price is a tough sell."\n\nBut Carol Lee of Northpoint Securities was upbeat. "It will sell," she said.';
    assert.equal(speakerOf(body, '"The price is a tough sell."'), null);
    assert.equal(speakerOf(body, '"It will sell,"'), 'Carol Lee');
  });

  it('"The union welcomed the deal. “…,” it said.": "it" speaks for the organization its paragraph names', () => {
    const body = 'The Harbor Pilots Union welcomed the deal on Monday. "It is a good start for both sides," it said.';
    assert.equal(speakerOf(body, '"It is a good start for both sides,"'), 'Harbor Pilots Union');
  });

  it('"calling the two lengthy reports “…”": after a plural count, a form in -s is a noun, not the cue of a speaker', () => {
    const body = 'Late last month, the company wrote a detailed, six-page letter to the mayor, Ola Holm, calling the two lengthy reports "inaccurate and deliberately misleading."';
    const quote = quoteIn(body, '"inaccurate and deliberately misleading."');
    assert.equal(quote.speaker?.mention.text, 'the company');
    assert.equal(quote.cue?.text, 'calling');
  });

  it('"said Clinton’s top aide Jake Sullivan": the name after an owner’s role speaks, not the owner; "an aide to President X" is the aide', () => {
    assert.equal(speakerOf('"We will appeal," said Mayor Vera Holm\'s top policy aide Jon Berg.', '"We will appeal,"'), 'Jon Berg');
    assert.equal(speakerOf('"It is a test," according to Ann Lee\'s former education secretary Tom Varga.', '"It is a test,"'), 'Tom Varga');
    assert.notEqual(speakerOf('"We will win," said a former top aide to President Ann Lee.', '"We will win,"'), 'Ann Lee');
  });

  it('"Speaker of the House Rep. Ann Lee said": a chain of titles names the person at its end; "a spokesman for Speaker Ann Lee" does not', () => {
    assert.equal(speakerOf('Speaker of the House Rep. Ann Lee said "the bill is dead."', '"the bill is dead."'), 'Ann Lee');
    assert.notEqual(speakerOf('Ann Lee spoke. A spokesman for House Speaker Ann Lee said "the bill is dead."', '"the bill is dead."'), 'Ann Lee');
  });

  it('ends a speaker phrase before a trailing link and article ("wrote the authors of the “Harbor Plan,”")', () => {
    const quote = quoteIn('"We have to engage them," wrote the authors of the "Harbor Renewal Plan," citing the ferry vote.', '"We have to engage them,"');
    assert.equal(quote.speaker?.mention.text, 'the authors');
  });

  it('"they" and "it" mean a group quoted a few paragraphs back at most, not one quoted long before', () => {
    const quoted = 'The Harbor Pilots Union welcomed the deal. "It is a good start," the union said.';
    const later = 'The pilots returned to work. "We stay alert," they said.';
    assert.equal(speakerOf(`${quoted}\n\nThe ferries ran.\n\n${later}`, '"We stay alert,"'), 'Harbor Pilots Union');
    const filler = Array.from({ length: 6 }, (_, index) => `The ferry made crossing number ${index + 1} at noon.`).join('\n\n');
    assert.equal(speakerOf(`${quoted}\n\n${filler}\n\n${later}`, '"We stay alert,"'), null);
  });

  it('gives no quote to the one a message was sent to ("Another message, sent to a retired electrician, Bruce Halloran, …, said")', () => {
    const body = 'Another message, sent to a retired electrician, Bruce Halloran, in March 2019, said the fund was "safer than the bank."';
    assert.equal(quoteIn(body, '"safer than the bank."').speaker?.mention.text, 'Another message');
    // Outside an aside, "sent to" names no recipient of the cue's words.
    const letter = 'In a letter sent to parents Thursday, Gordon Pruitt wrote that the exclusion was "not a punishment" at all.';
    assert.equal(quoteIn(letter, '"not a punishment"').cue?.text, 'wrote');
  });

  it('a newsletter\'s "Name on Platform, …: “…”" labels the post; a verb before the colon makes a clause', () => {
    const body = 'Sen. Marisol Dunleavy (D-Nev.) on Instagram, after a Senate baseball practice: "Pulled a hamstring for democracy. Worth it."';
    assert.equal(speakerOf(body, '"Pulled a hamstring for democracy. Worth it."'), 'Marisol Dunleavy');
    const clause = 'Omar Reyes on Tuesday announced the move: "We are leaving the coalition for good."';
    assert.notEqual(quoteIn(clause, '"We are leaving the coalition for good."').rule.includes('“:”'), true);
  });

  it('a time stamp or list number before a "Name:" label keeps it a label ("14:05 X: “…”", "[9.30] X: “…”")', () => {
    const quote = '"The pier opens in May."';
    for (const stamp of ['14:05', '[9.30]', '2.']) {
      assert.equal(speakerOf(`The council met at noon.\n\n${stamp} Vera Holm: ${quote}`, quote), 'Vera Holm', stamp);
    }
  });

  it('"According to him, …": an object pronoun after "according to" stands for the person named before', () => {
    const body = 'Mayor Vera Holm spoke on Monday.\n\nAccording to her, the pier is "far behind schedule."';
    assert.equal(speakerOf(body, '"far behind schedule."'), 'Vera Holm');
    // "according to her lawyer" is the lawyer's.
    const lawyer = 'Mayor Vera Holm spoke on Monday.\n\nAccording to her lawyer, the pier is "far behind schedule."';
    assert.equal(speakerOf(lawyer, '"far behind schedule."'), 'her lawyer');
  });

  it('"Opening, Jane Roe, CEO of Acme, said": a capitalized role in the aside describes the name before it', () => {
    const quote = '"The pier opens in May."';
    assert.equal(speakerOf(`Speaking after the vote, Vera Holm, CEO of Harbor Lines, said: ${quote}`, quote), 'Vera Holm');
    // A role before the aside leaves the name filling the aside the speaker.
    assert.equal(speakerOf(`Speaking after the vote, the company's founder, Chairman Dan Pike, said: ${quote}`, quote), 'Dan Pike');
  });

  it('"the agency quoted X as saying “…”", "X was quoted as saying “…”": the person quoted speaks', () => {
    const quote = '"the border will stay closed"';
    assert.equal(speakerOf(`The state news agency quoted Vera Holm as saying ${quote}.`, quote), 'Vera Holm');
    // A role may come before the name, and a clause before the quote.
    assert.equal(speakerOf('The state news agency quoted harbor master Vera Holm as saying the border would "stay closed for now".', '"stay closed for now"'), 'Vera Holm');
    assert.equal(speakerOf(`"The border will stay closed," the state news agency quoted Vera Holm as saying.`, '"The border will stay closed,"'), 'Vera Holm');
    assert.equal(speakerOf(`"The border will stay closed," Vera Holm was quoted as saying by the state news agency.`, '"The border will stay closed,"'), 'Vera Holm');
    // Or the name set off after the role.
    assert.equal(speakerOf('The paper quoted a councillor, Sylvie Perrottet, as saying the vote was "a strong signal for the valley."', '"a strong signal for the valley."'), 'Sylvie Perrottet');
  });

  it('"“…”. This was stated by X.": the next sentence of the paragraph credits a quote standing alone', () => {
    const body = '«The pier will open in May, as planned». This was stated by the head of the port authority, Vera Holm.';
    assert.equal(speakerOf(body, '«The pier will open in May, as planned»'), 'Vera Holm');
  });

  it('a paragraph that is only a label ("Mayor X:", "X, speaking at the harbor:") announces the quote paragraph after it', () => {
    const quote = '"The pier opens in May, and not a day later."';
    for (const label of ['Mayor Vera Holm:', 'Vera Holm, speaking at the harbor:']) {
      assert.equal(speakerOf(`${label}\n\n${quote}`, quote), 'Vera Holm', label);
    }
  });

  it('"Added Holm: “…”": a cue opening the sentence before a label is no part of the name', () => {
    const quote = '"We will not give up."';
    for (const cue of ['Added', 'Says', 'Noted']) {
      assert.equal(speakerOf(`The talks dragged on. ${cue} Holm: ${quote}`, quote), 'Holm', cue);
    }
  });

  it('a name in brackets right after a quote standing alone credits it ("“…” (Ann Lee, mayor)")', () => {
    const quote = '"The pier will open in May, as planned."';
    assert.equal(speakerOf(`${quote} (Vera Holm, harbor master)`, quote), 'Vera Holm');
    assert.equal(speakerOf(`${quote} (Vera Holm)`, quote), 'Vera Holm');
  });

  it('a multi-paragraph quote whose speaker is named right after its last part: the first part has the same speaker', () => {
    const body = '"We have waited thirty years for this pier. Thirty years of promises.\n\n"We will not wait any longer," said Vera Holm.';
    assert.equal(speakerOf(body, '"We have waited thirty years for this pier. Thirty years of promises.'), 'Vera Holm');
  });

  it('a quote run over three paragraphs and closed by "she said": every part is hers, named before the quote opened (though a man was quoted since, and neither first name tells a gender)', () => {
    const body = [
      '"The harbor is silting up," Zbyszek Varga said. "Nobody listens."',
      'Groups blame the dredging. Agnieszka Marwick, who wrote the 2023 study “Silt and Salt” for the port, said the causes were well understood.',
      '"We have known for years what the problem is.',
      '"Every engineer who has looked at it agrees.',
      '"What we are missing is the money," she said.',
    ].join('\n\n');
    for (const part of ['"We have known for years what the problem is.', '"Every engineer who has looked at it agrees.', '"What we are missing is the money,"']) {
      assert.equal(speakerOf(body, part), 'Agnieszka Marwick', part);
    }
  });

  it('paragraphs of a quoted passage in other marks take no speaker from a quote inside it, but the author the label names', () => {
    const body = 'From a column by Ilse Marwick:\n\n"The debate began calmly.\n\n"Then the mayor lost his temper.\n\n“You have ruined this town,” Tomas Varga shouted.';
    assert.equal(speakerOf(body, '“You have ruined this town,”'), 'Tomas Varga');
    assert.equal(speakerOf(body, '"Then the mayor lost his temper.'), 'Ilse Marwick');
  });

  it('"… a statement from spokesman Eli Ward: “…”": the text\'s author before the colon speaks', () => {
    const body = 'The Caldwell campaign closed the day with a statement from spokesman Eli Ward: "The only poll that matters is on Election Day."';
    assert.equal(speakerOf(body, '"The only poll that matters is on Election Day."'), 'Eli Ward');
  });

  it('"X\'s lawyer, Y, said … “…,” he said": the possessor of the role is not whom "he" stands for', () => {
    const body = 'Dan Pike\'s lawyer, Tom Grimm, said his client would appeal. "The sentence is far too harsh," he said.';
    assert.equal(speakerOf(body, '"The sentence is far too harsh,"'), 'Tom Grimm');
    // Without a name set off after the role, the possessor stays the first person named.
    const plain = 'Dan Pike\'s lawyer said his client would appeal. "The sentence is far too harsh," he said.';
    assert.equal(speakerOf(plain, '"The sentence is far too harsh,"'), 'Dan Pike');
  });

  it('"Robin Marsh campaign manager Vera Holm …": a name qualifying the role before another name is not whom "she" stands for', () => {
    const body = 'Robin Marsh campaign manager Vera Holm spoke first on Monday. "We will win this town," she said.';
    assert.equal(speakerOf(body, '"We will win this town,"'), 'Vera Holm');
  });

  it('"in the words of X" names its source as "according to X" does', () => {
    assert.equal(speakerOf('In the words of Vera Holm, "a town without a harbor is a town without a future".', '"a town without a harbor is a town without a future"'), 'Vera Holm');
    assert.equal(speakerOf('"A town without a harbor is a town without a future," in the words of Vera Holm.', '"A town without a harbor is a town without a future,"'), 'Vera Holm');
  });

  it('an appositive name may follow lower-case descriptors ("said one protester, nurse Ann Lee", "One of them, nurse Ann Lee, said")', () => {
    const quote = '"We are exhausted after the winter,"';
    assert.equal(speakerOf(`${quote} said one protester, retired nurse Vera Holm.`, quote), 'Vera Holm');
    assert.equal(speakerOf('One of the protesters, retired nurse Vera Holm, said: "We are exhausted."', '"We are exhausted."'), 'Vera Holm');
  });

  it('an appositive name may be followed by its affiliation ("said another appeals lawyer, Ann Lee of the firm Lee & Roe")', () => {
    const quote = '"The odds are long,"';
    assert.equal(speakerOf(`${quote} said another leading appeals lawyer, Andrew Pinkerton of the law firm Mayfield Brown.`, quote), 'Andrew Pinkerton');
    assert.equal(speakerOf(`${quote} said a harbor official, Vera Holm from the port authority.`, quote), 'Vera Holm');
  });

  it('a Hawaiian surname opening with an ʻokina is a name ("Kamaka ʻAkana-Pōhaku", then "ʻAkana-Pōhaku said")', () => {
    const body = 'Kamaka ʻAkana-Pōhaku, whose home burned, spoke first.\n\nOutside, ʻAkana-Pōhaku said he would be back.\n\n"I will come," he said.';
    assert.equal(speakerOf(body, '"I will come,"'), 'Kamaka ʻAkana-Pōhaku');
  });

  it('a first name given to girls and boys alike has no gender: "she" may stand for "Harper Lowe"', () => {
    const body = '"Attendance is up," said Lois Hale, the fair board president.\n\nIn the exhibit hall, 11-year-old Harper Lowe was explaining her project.\n\n"Bees are not scary," she told a reporter.';
    assert.equal(speakerOf(body, '"Bees are not scary,"'), 'Harper Lowe');
  });

  it('a paragraph that names and quotes no one but tells of "he" carries on with the person named before it', () => {
    const body = 'Eli Vance showed his hog. "Every dollar helps," he said.\n\nHis father, Mark Tillman, stood a few feet away, saying little.\n\nAsked how he felt, he paused.\n\n"Proud of him," he said.';
    assert.equal(speakerOf(body, '"Proud of him,"'), 'Mark Tillman');
    // A paragraph before that tells of "she" from its start keeps to the woman quoted last.
    const chain = 'Ann Lee spoke for an hour. "Own it," Lee said.\n\nShe has met Mary Roe, the mayor, twice.\n\nShe said she was not aware of it.\n\n"People tend not to say that," she said.';
    assert.equal(speakerOf(chain, '"People tend not to say that,"'), 'Ann Lee');
  });

  it('the person before an affiliation speaks, not the organization ("Ann Lee of the Hamburg-based group Elbe Alive said", "…, director at the X, a small group, said")', () => {
    assert.equal(speakerOf('Jane Dittmer of the Hamburg-based group Elbe Alive said the river had been "pushed too far."', '"pushed too far."'), 'Jane Dittmer');
    const body = 'Lena Marchetti, policy director at the Heartland Conservation Alliance, a small advocacy group, said the bill was a "political football" in the end.';
    assert.equal(speakerOf(body, '"political football"'), 'Lena Marchetti');
    // With no aside before it, the phrase that holds the organization stays the speaker.
    assert.equal(speakerOf('A spokesman for the Heartland Conservation Alliance, a small advocacy group, said the bill was a "political football" in the end.', '"political football"'), 'A spokesman for the Heartland Conservation Alliance');
  });

  it('a thing as the subject of a reported clause does not speak; the reporter does ("said that the models suggest", "that an inspection by divers had found")', () => {
    assert.equal(speakerOf('Sam Ferreira said in an email that the department\'s models suggest the run may be "weakly recovering" this year.', '"weakly recovering"'), 'Sam Ferreira');
    assert.equal(speakerOf('Wen Jiahui told reporters that a preliminary hull inspection by divers had found "scraping but no breach" on the plating.', '"scraping but no breach"'), 'Wen Jiahui');
    // A person in the reported clause still speaks there, though no list holds the job.
    assert.equal(speakerOf('Sam Ferreira said in an email that the state biologist suggests the run may be "weakly recovering" this year.', '"weakly recovering"'), 'state biologist');
  });

  it('a quote ending its sentence after its own cue leaves the next sentence and its date to a pronoun\'s cue', () => {
    const body = 'Asked about the timeline, Tolliver said the company "followed every reporting obligation." She said engineers first found a flaw in January.';
    const quote = quoteIn(body, '"followed every reporting obligation."');
    assert.equal(quote.speaker?.name, 'Tolliver');
    assert.equal(quote.date, null);
  });

  it('a date in a clause that "since" opens does not date the statement ("since taking office in January, Chen told")', () => {
    const body = 'In his first budget address since taking office in January, Chen told a packed audience that the city could no longer "fund everything and measure nothing."';
    assert.equal(quoteIn(body, '"fund everything and measure nothing."').date, null);
  });

  it('"the spokesperson" after "A spokesperson for X" brought in someone new is that new one, not the spokesperson quoted before', () => {
    const body = 'A White House spokesperson said the administration "strongly encourages" a return to talks.\n\nA spokesperson for Danish carrier Norhavn Line said two of its ships would call at Oakland.\n\n"We will do whatever we can," the spokesperson said.';
    const analysis = analyze(HEADER + body);
    const quote = analysis.quotes.find((candidate) => candidate.text === '"We will do whatever we can,"')!;
    assert.equal(quote.speaker?.name, 'A spokesperson for Danish carrier Norhavn Line');
    const ids = analysis.entities.map((entity) => entity.id);
    assert.equal(new Set(ids).size, ids.length);
    // With no one brought in since, the spokesperson is the one quoted before.
    const same = 'A White House spokesperson said the administration "strongly encourages" talks.\n\n"We will do whatever we can," the spokesperson said.';
    assert.equal(speakerOf(same, '"We will do whatever we can,"'), 'A White House spokesperson');
  });

  it('a pronoun after a name that echoes the sentence\'s own "he" says nothing of the named one\'s gender', () => {
    const body = 'Kaydence Moraleda, a streamer, was suspended.\n\nBeckett Sandoval said he was hurt.\n\nHe added that he had not spoken to Moraleda since the broadcast and that he had no plans to.\n\nMoraleda posted an apology video late Sunday.\n\n"I said something ugly," she said in the video.';
    assert.equal(speakerOf(body, '"I said something ugly,"'), 'Kaydence Moraleda');
  });

  it('a verb joined by "and" after a phrase of its own keeps the first verb\'s subject ("and in an interview last fall promised")', () => {
    const body = 'Studio director Adaeze Holmqvist has called it "the game we always wanted to make," and in an interview last fall promised "a universe that feels lived in."';
    assert.equal(speakerOf(body, '"a universe that feels lived in."'), 'Adaeze Holmqvist');
  });

  it('a participle\'s subject may be a name with its affiliation ("Nadia Throssel of the outlet PixelFront awarded it a 9, calling it")', () => {
    const body = 'Nadia Throssel of the outlet PixelFront awarded the game a 9, calling it "the most ambitious game of the year so far" and more.';
    assert.equal(speakerOf(body, '"the most ambitious game of the year so far"'), 'Nadia Throssel');
  });

  it('a document\'s writer set off after it speaks for its cue ("The post, written by volunteer Caitlin Morrow, described …")', () => {
    const body = 'The post, written by volunteer Caitlin Morrow, described the dog as a "couch potato" with a big heart.';
    assert.equal(speakerOf(body, '"couch potato"'), 'Caitlin Morrow');
  });

  it('a role owned by someone ("the Massachusetts senator\'s older brother") does not make its holder what the owner is', () => {
    const body = 'Aaron Whitcomb, the Massachusetts senator\'s older brother and campaign chairman, said the question was "out of bounds."\n\nThe senator, asked later about his brother, was calm. He said the question was "entirely fair."';
    assert.notEqual(speakerOf(body, '"entirely fair."'), 'Aaron Whitcomb');
  });

  it('a description set before a pronoun ("A retired union organizer from Worcester, he has …") is of someone known, not someone new', () => {
    const body = 'Aaron Whitcomb, the campaign chairman, walked in. A retired union organizer from Worcester, he has become a fixture at events.\n\n"Dan asked me to be nicer this morning," he said.';
    assert.equal(speakerOf(body, '"Dan asked me to be nicer this morning,"'), 'Aaron Whitcomb');
  });

  it('an appositive name after the role may follow "the" and a descriptor ("said the chair of judges, the critic Harriet Vossberg")', () => {
    const quote = '"We did not set out to reward newcomers,"';
    assert.equal(speakerOf(`${quote} said the chair of judges, the critic Harriet Vossberg.`, quote), 'Harriet Vossberg');
  });

  it('a speaking pronoun opening a paragraph goes on with the person quoted by name in the last sentence before it', () => {
    const body = 'A reading by the poet Theo Vandermolen opened the night. The agent Imogen Shackleford said publishers were "sleepwalking" into trouble. Her fellow panellist, the tech entrepreneur Rafe Moore, called that view "a bit hysterical."\n\n"Writers have survived the printing press," he said.';
    assert.equal(speakerOf(body, '"Writers have survived the printing press,"'), 'Rafe Moore');
    // Not when the paragraph before ends in a term: its topic stays.
    const term = 'Theo Vandermolen spoke first. He read from "Salt Road" at length.\n\n"Writers have survived the printing press," he said.';
    assert.equal(speakerOf(term, '"Writers have survived the printing press,"'), 'Theo Vandermolen');
  });

  it('one who denies a claim does not make it, and a participle\'s object inside the subject is not the subject', () => {
    const body = 'A super PAC supporting Dennis Harlan unveiled an ad on Tuesday attacking Texas Sen. Carla Mendive as a "Washington insider," a charge she denies.';
    const speaker = speakerOf(body, '"Washington insider,"');
    assert.notEqual(speaker, 'Carla Mendive');
    assert.notEqual(speaker, 'Dennis Harlan');
  });

  it('the one a place or body holds speaks past a relative clause set off after it ("One buyer from a London store, who asked not to be named, described …")', () => {
    const body = 'One buyer from a London department store, who asked not to be named, described them as "beautiful but unwearable."';
    assert.equal(speakerOf(body, '"beautiful but unwearable."'), 'One buyer from a London department store');
  });

  it('a relative clause after its noun has its own subject, without "that" or the noun ("a reading that controllers described as", "a label scientists dismissed")', () => {
    assert.equal(speakerOf('Engineers saw a reading that controllers described as "out of family."', '"out of family."'), 'controllers');
    assert.notEqual(speakerOf('Bloggers described the rock as a "planet killer," a label scientists dismissed.', '"planet killer,"'), 'scientists');
  });

  it('the name set off after an owner\'s names and a role noun speaks ("Sudan\'s U.N. ambassador, Idris Karrar, … saying")', () => {
    const body = 'Sudan\'s U.N. ambassador, Idris Osman Karrar, voted against the text, saying his government had "not been meaningfully consulted."';
    assert.equal(speakerOf(body, '"not been meaningfully consulted."'), 'Idris Osman Karrar');
  });

  it('a cue in a relative clause after a noun ("a phrase that one delegate called") gives no speaker to the quote before it', () => {
    const body = 'The communique "noted the diversity of views" among members, a phrase that one delegate called a "polite way of saying nothing."';
    assert.notEqual(speakerOf(body, '"noted the diversity of views"'), 'one delegate');
    assert.equal(speakerOf(body, '"polite way of saying nothing."'), 'one delegate');
  });

  it('an office and a surname name the namesake the text gave that office ("Gov. Whitcombe" is not his wife)', () => {
    const body = 'Iowa Gov. Dale Whitcombe has stayed in Des Moines. His wife, Marianne Whitcombe, toured six towns.\n\n"Marianne can walk into a room," Gov. Whitcombe said.';
    assert.equal(speakerOf(body, '"Marianne can walk into a room,"'), 'Dale Whitcombe');
  });

  it('a semicolon opens a clause whose participle has its own subject ("Kettering called it “…”; Oyelaran declined, saying …")', () => {
    const body = 'Rep. Bradley Kettering called the remark "beneath this committee"; Rep. Franklin Oyelaran declined, saying members should "keep the temperature down."';
    assert.equal(speakerOf(body, '"keep the temperature down."'), 'Franklin Oyelaran');
  });

  it('verbs of judging are cues: what leaders "rejected as" or "condemned as" is theirs', () => {
    const body = 'Sen. Dale Whitcomb spoke on the floor. He said he would vote against the package, a move that Democratic leaders have rejected as a "recipe for chaos" in the weeks ahead.';
    assert.equal(speakerOf(body, '"recipe for chaos"'), 'Democratic leaders');
    assert.equal(speakerOf('The president condemned an "attack whose nature cannot be denied."', '"attack whose nature cannot be denied."'), 'president');
  });

  it('a noun\'s infinitive after "not to" is no one\'s cue ("the FBI\'s decision not to recommend charges “…”")', () => {
    const body = 'Rep. Dale Whitcomb said Thursday on Fox News Channel\'s "The Evening Brief" that the FBI\'s decision not to recommend charges "does not close the book" on the matter.';
    const quote = quoteIn(body, '"does not close the book"');
    assert.equal(quote.speaker?.name, 'Dale Whitcomb');
    assert.equal(quote.cue?.text, 'said');
  });

  it('a quote paragraph after one whose subject has an age and a description set off ("Linda Moss, 62, a retired bank teller, offered …") is hers', () => {
    const body = 'Linda Moss, 62, a retired bank teller from McKeesport, offered the most sustained defense of Clinton.\n\n"I think she is qualified. She was a senator."';
    assert.equal(speakerOf(body, '"I think she is qualified. She was a senator."'), 'Linda Moss');
  });

  it('the one heard or seen doing it speaks ("Kowalczyk can be heard shouting “…”"), and a reply\'s -s form before its comma is a verb ("The dispatcher replies, “…”")', () => {
    assert.equal(speakerOf('On the video, Kowalczyk can be heard shouting "Gun! Gun!" as he backs away.', '"Gun! Gun!"'), 'Kowalczyk');
    assert.equal(speakerOf('Oduya can be heard asking, "Where is the gun? Brent, where is the gun?"', '"Where is the gun? Brent, where is the gun?"'), 'Oduya');
    assert.equal(speakerOf('The dispatcher replies, "I have officers on the way, stay on the line."', '"I have officers on the way, stay on the line."'), 'dispatcher');
  });

  it('a person named in an opening "Asked whether …" clause is what was asked about, not the one answering', () => {
    const body = "Margaret Harlan spoke to reporters. Evelyn Marsh was not there.\n\nAsked on Tuesday whether she had endorsed Mrs. Marsh, she said only that she would ''support the nominee, whoever that turns out to be.''";
    assert.equal(speakerOf(body, "''support the nominee, whoever that turns out to be.''"), 'Margaret Harlan');
  });

  it('a crew member described before a paragraph\'s "he said" is whom it stands for ("Another Myanmar crewman, who asked not to be named, said …")', () => {
    const body = '"They beat us," said Kyaw Min, an able seaman.\n\nAnother Myanmar crewman, who asked not to be named, said he would not go back to sea.\n\n"Never again," he said.';
    assert.equal(speakerOf(body, '"Never again,"'), 'Another Myanmar crewman');
  });

  it('gives "The Voss campaign" a body of its own, not the campaign named before it ("The Castellanos campaign")', () => {
    const body = 'The Castellanos campaign called the ad "a lie from start to finish."\n\nThe Voss campaign has turned a figure into 2,000 "violent felons who walked free."';
    assert.equal(speakerOf(body, '"violent felons who walked free."'), 'Voss campaign');
  });

  it('reads a sentence after a quote\'s period that asks "for" something as a sentence of its own, whose "according to" is not the quote\'s', () => {
    const body = 'The pastor said they were "genuinely threatening." The church has asked for police help, according to Deborah Finch.';
    assert.equal(speakerOf(body, '"genuinely threatening."'), 'pastor');
  });

  it('gives a name for something no voice ("a phrase repeated from the floor"), and a relative clause after it to its own subject ("a process forecasters call")', () => {
    assert.equal(speakerOf('Several delegates said the measure resembled "second-class ordination," a phrase repeated from the floor.', '"second-class ordination,"'), 'Several delegates');
    assert.equal(speakerOf('The storm went through a process forecasters call "rapid intensification."', '"rapid intensification."'), 'forecasters');
  });

  it('reads a rank\'s "(ret.)" as part of the rank: "said Col. (ret.) Howard Linwood" names him, not "Col."', () => {
    const body = '"It was a mistake," said Col. (ret.) Howard Linwood, a consultant.\n\nLt. Gen. (Ret.) Ann Marsh said the plan was "too late."\n\n"Never," said retired Col. Bo Pike.';
    assert.equal(speakerOf(body, '"It was a mistake,"'), 'Howard Linwood');
    const entities = analyze(HEADER + body).entities;
    assert.deepEqual(entities.filter((found) => found.type === 'person').map((found) => [found.name, found.role, found.mentions.length]),
      [['Howard Linwood', 'consultant', 1], ['Ann Marsh', 'Lt. Gen.', 1], ['Bo Pike', 'retired Col.', 1]]);
  });

  it('credits a quote paragraph to the line after it that opens with two hyphens for a dash ("-- Rep. Theodora Blaine (D-Nev.), Facebook post")', () => {
    const quote = quoteIn('“I will never let that happen.”\n-- Rep. Theodora Blaine (D-Nev.), Facebook post, Sept. 19, 2016', '“I will never let that happen.”');
    assert.equal(quote.speaker?.name, 'Theodora Blaine');
    assert.equal(quote.rule, '“Rep. Theodora Blaine” → Theodora Blaine credited after the quote');
  });

  it('gives a speaking pronoun after a paragraph whose subject is a role ("…, the senator was blunt.") to the role\'s holder, not the last one named', () => {
    const body = 'Douglas Pruett said the Fed was corrupt.\n\n"I support the nominee," said Clayton Rourke, the senator from Indiana.\n\nPressed on whether he agreed with Pruett\'s comments about the Fed, the senator was blunt.\n\n"No," he said.';
    assert.equal(speakerOf(body, '"No,"'), 'Clayton Rourke');
  });

  it('reads "apologized" as a verb of speech: "the Rev. Matthew Kowalczyk, apologized “without reservation”"', () => {
    assert.equal(speakerOf('The provincial, the Rev. Matthew Kowalczyk, apologized "without reservation" to the survivors.', '"without reservation"'), 'Matthew Kowalczyk');
  });

  it('reads a participle after the object of a preposition as describing it ("said in a statement posted on Facebook that …"), not as its cue', () => {
    assert.equal(speakerOf('The mayor said in a statement posted on Facebook that the city was "ready for anything."', '"ready for anything."'), 'mayor');
    assert.equal(speakerOf('Its chief executive, Aaron Velasquez, said in a video posted to the website that the firm was "deeply sorry" for the fires.', '"deeply sorry"'), 'Aaron Velasquez');
  });

  it('gives "she" no group described in the plural ("her former law clerks"), but the woman named before', () => {
    const body = '"It went well," said the nominee, Adaeze Whitlock-Moreno.\n\nSen. Walter Pruett read from a letter signed by 40 of her former law clerks, which called her "rigorous, fair and relentlessly prepared."\n\nHe also asked her about the so-called "Whitlock rule."\n\n"I\'ve never called it that," she said, laughing.';
    assert.equal(speakerOf(body, '"I\'ve never called it that,"'), 'Adaeze Whitlock-Moreno');
  });

  it('finds a name no list knows set off after a kin noun ("His daughter, Leanne Marsh,"), and takes no gender from an object "him" after a name', () => {
    assert.equal(speakerOf('His daughter, Leanne Ostrowski-Marsh, said the family had considered driving him to another hospital. "Nobody should have to wait that long," she said.', '"Nobody should have to wait that long,"'), 'Leanne Ostrowski-Marsh');
    assert.equal(speakerOf('Leanne Marsh said the family had considered driving him to the city. "We waited," she said.', '"We waited,"'), 'Leanne Marsh');
  });

  it('gives the quote to the one a place holds ("A farmer from Ohio said"), not to the place or to the object of an opening phrase', () => {
    assert.equal(speakerOf('A farmer from Ohio said the deal was "a disaster."', '"a disaster."'), 'A farmer from Ohio');
    assert.equal(speakerOf('Standing by a smouldering pile of tyres, a young farmer from Wallonia, who declined to give his name, shouted at officials: "We will be back."', '"We will be back."'), 'a young farmer from Wallonia');
    assert.equal(speakerOf('The plan drew a damning reaction from President Ann Lee, who called it "unfit to serve."', '"unfit to serve."'), 'Ann Lee');
  });

  it('reads a noun after a people\'s word ("the Hungarian demand") or an -s form before "as" ("small island states as") as no cue', () => {
    assert.notEqual(speakerOf('One of the diplomats described the Hungarian demand as "the usual shopping list."', '"the usual shopping list."'), 'Hungarian');
    assert.equal(quoteIn('The deal was denounced by a bloc of African and small island states as "an insult to the poor."', '"an insult to the poor."').cue?.text, 'denounced');
  });

  it('gives a named owner\'s reply, email or statement to the owner ("Prusak\'s reply, sent 14 minutes later, read in full:")', () => {
    const body = 'Dale Prusak ran the office.\n\nPrusak\'s reply, sent 14 minutes later, read in full: "Understood. I will reassign them."\n\nPrusak\'s statement said the firm was "fully compliant."\n\nThe statement said it was "a mistake."';
    assert.equal(speakerOf(body, '"Understood. I will reassign them."'), 'Dale Prusak');
    assert.equal(speakerOf(body, '"fully compliant."'), 'Dale Prusak');
    assert.equal(speakerOf(body, '"a mistake."'), 'statement');
  });

  it('gives "the official" to a new official brought in since the one the text only described ("a senior Egyptian official … A State Department official said …")', () => {
    const body = '"We are closer than ever," a senior Egyptian official told Reuters.\n\nA State Department official said the envoy would travel to Cairo on Thursday.\n\n"The secretary has been clear," the official said.';
    assert.equal(speakerOf(body, '"The secretary has been clear,"'), 'A State Department official');
  });

  it('goes on with the "she" of a paragraph between that quotes only a term ("…, which Trump had pledged to “cancel”")', () => {
    const body = 'One senior EU diplomat described the mood as "funereal."\n\n"Nobody here voted for this," the diplomat said.\n\nMs Marlotti said she would travel to Washington in December.\n\nShe also sought to reassure countries worried about the climate agreement, which the president-elect had pledged to "cancel".\n\n"The Paris agreement is a global agreement," she said.';
    assert.equal(speakerOf(body, '"The Paris agreement is a global agreement,"'), 'Marlotti');
  });

  it('reads "said that supporter, Mark Lindqvist," after a quote as its speaker, not a clause opened by "that"', () => {
    assert.equal(speakerOf('"I am not mad about it," said that supporter, Mark Lindqvist, 52, an agronomist.', '"I am not mad about it,"'), 'Mark Lindqvist');
  });

  it('ends a subject before a verb that an infinitive cue follows ("The mayor likes to say, “Build it.”")', () => {
    const quote = quoteIn('The mayor likes to say, "Build it."', '"Build it."');
    assert.equal(quote.speaker?.mention.text, 'The mayor');
  });

  it('gives a quote after "a project critics have called" to the critics, not to "a project critics"', () => {
    assert.equal(speakerOf('The council approved the span, a project critics have called a "bridge to nowhere."', '"bridge to nowhere."'), 'critics');
    assert.equal(speakerOf('The council passed a measure advocates for homeless people called "cruel and pointless."', '"cruel and pointless."'), 'advocates for homeless people');
    assert.equal(speakerOf('Two military analysts found the jets were "the best in the world."', '"the best in the world."'), 'Two military analysts');
  });

  it('reads no "Miss" in the verb "miss" ending the sentence before a name ("what they would miss. Frank Osterholt")', () => {
    const body = 'Keith Sorensen owns the diner.\n\nI asked several regulars what they would miss. Frank Osterholt, 81, said the answer was easy.\n\n"Her," he said.';
    assert.equal(speakerOf(body, '"Her,"'), 'Frank Osterholt');
  });

  it('gives the quote to the one an aside names ("One, a retired British Army officer named Geoffrey Ainsworth, wrote …"), not to "One"', () => {
    assert.equal(speakerOf('One, a retired British Army officer named Geoffrey Ainsworth, wrote to say I was "too cynical by half."', '"too cynical by half."'), 'Geoffrey Ainsworth');
  });

  it('credits a quote "in X\'s words" or "in his words" to X, as "according to" does, and reads "scribbled" as a verb of speech', () => {
    const quote = quoteIn('Theodore Krall collected the diaries. His diary is, in Krall\'s words, "the most frightening document in the collection."', '"the most frightening document in the collection."');
    assert.equal(quote.speaker?.name, 'Theodore Krall');
    assert.equal(quote.rule, '“in Krall\'s words” → Theodore Krall');
    assert.equal(speakerOf('"Tape running late," Thomas Aldgate scribbled.', '"Tape running late,"'), 'Thomas Aldgate');
  });

  it('gives a participle after ", but" and a new subject to that subject ("She did not return my call, but a spokesman, Terrence Voight, sent an email saying …")', () => {
    const body = 'Gloria Marsh runs the board.\n\nShe did not return my call by deadline, but a district spokesman, Terrence Voight, sent an email saying the rubric would be "posted in the coming weeks."';
    assert.equal(speakerOf(body, '"posted in the coming weeks."'), 'Terrence Voight');
  });

  it('reads a passive cue with an adverb after its auxiliary ("was immediately denounced by X as “…”") as credited to its agent', () => {
    const quote = quoteIn('The draft text was immediately denounced by a bloc of island states as "an insult" to the poor.', '"an insult"');
    assert.equal(quote.cue?.text, 'denounced');
    assert.notEqual(quote.speaker?.name, 'draft text');
  });

  it('takes no name from a document\'s noun opening a sentence ("Text messages obtained by …", "Court documents show …"), but keeps "Article 33" and "Hoff\'s letter"', () => {
    assert.equal(speakerOf('Text messages obtained by the paper show she had "no substantive communication" with the firm.', '"no substantive communication"'), null);
    assert.equal(speakerOf('Court documents show she had "no substantive communication" with the firm.', '"no substantive communication"'), null);
    assert.equal(speakerOf('Hoff\'s letter makes a case: "We stand for liberty."', '"We stand for liberty."'), 'Hoff');
    // A credit line's label may open with one: the name that closes it is credited.
    assert.equal(speakerOf('"Now she wants to be your senator."\n-- Television ad from Bradley Voss for Senate, Feb. 24, 2016', '"Now she wants to be your senator."'), 'Bradley Voss');
  });

  it('gives a participle after an issued document to the one who issued it ("Relatives of the gunman issued a statement Thursday saying …"), and reads "she corrected herself" as a cue', () => {
    assert.equal(speakerOf('Relatives of the gunman issued a statement Thursday night saying they were "horrified and heartbroken."', '"horrified and heartbroken."'), 'Relatives');
    assert.equal(speakerOf('Her rival, former Governor Walter Prynne, issued a statement saying he was "deeply horrified."', '"deeply horrified."'), 'Walter Prynne');
    assert.equal(speakerOf('Marjorie Tindall laughed. "No, I voted to stay in back then," she corrected herself.', '"No, I voted to stay in back then,"'), 'Marjorie Tindall');
  });

  it('takes a pronoun opening a paragraph past one who acted on "him" in the paragraph before ("President Bill Clinton named him ambassador")', () => {
    const body = 'Raymond Castellane, a diplomat, has died.\n\nPresident Bill Clinton named him ambassador to NATO in 1993. Over the next three years, Castellane shuttled between Brussels and Zagreb.\n\nIn an interview in 1996, he described the talks as "a kind of slow-motion chess game."';
    assert.equal(speakerOf(body, '"a kind of slow-motion chess game."'), 'Raymond Castellane');
  });

  it('credits a quote standing alone to the sentence after it that says whose it was ("That was how one diplomat summed up the mood.", "That was the message Monday from X.")', () => {
    const body = 'Konrad Ellerbach spoke first. "We stand together," he said.\n\n"If Moscow wants to test us, it will find allies." That was how one senior European diplomat summed up the mood.\n\n"We are not going to lose Pennsylvania." That was the message Monday from Senator Oscar Lindqvist.';
    assert.equal(speakerOf(body, '"If Moscow wants to test us, it will find allies."'), 'one senior European diplomat');
    assert.equal(speakerOf(body, '"We are not going to lose Pennsylvania."'), 'Oscar Lindqvist');
    // A bare descriptor may open the name, and an aside follow it.
    const aside = 'Shanice Whitfield ran the count. "It went fine," she said.\n\n"We kept the coffee going all night." That was how poll worker Gladys Emmerich, 74, summed up election night.';
    assert.equal(speakerOf(aside, '"We kept the coffee going all night."'), 'Gladys Emmerich');
  });

  it('credits a quote to "That quote from X …" after it, in its paragraph or the next, and reads "how poll worker X summed up" without an aside', () => {
    const body = '"I would rather have a sister in jail than a brother in the agency." That quote from state commissioner Thomas Krebb appeared in 1980.'
      + '\n\n"Nobody will ever take this land from the people who farm it."\n\nThat quote from union leader Marta Oyelaran was printed on every banner.'
      + '\n\nThe count ran late.\n\n"We kept the coffee going all night." That was how poll worker Gladys Emmerich summed up election night.';
    assert.equal(speakerOf(body, '"I would rather have a sister in jail than a brother in the agency."'), 'Thomas Krebb');
    assert.equal(speakerOf(body, '"Nobody will ever take this land from the people who farm it."'), 'Marta Oyelaran');
    assert.equal(speakerOf(body, '"We kept the coffee going all night."'), 'Gladys Emmerich');
    // The owner outranks the agent of a passive later in that sentence.
    const condemned = '"They will vote for anybody with a gun rack in the truck." That quote from Hope Ridley, captured on a recording, was condemned by Republicans.';
    assert.equal(speakerOf(condemned, '"They will vote for anybody with a gun rack in the truck."'), 'Hope Ridley');
  });

  it('gives the words to the head of a "whose" clause, not to a place inside it ("A Gold Star father whose son was killed in Afghanistan said")', () => {
    assert.equal(speakerOf('A Gold Star father whose son was killed in Afghanistan said Monday that Hale "has never sacrificed anything."', '"has never sacrificed anything."'), 'A Gold Star father');
  });

  it('takes no speaker from a cue after "neither" ("a claim she neither confirmed nor denied")', () => {
    const body = 'Dr. Evelyn Thornbury delivered 3,000 babies. Locals liked to say she had delivered "half the valley," a claim she neither confirmed nor denied.';
    assert.notEqual(speakerOf(body, '"half the valley,"'), 'she neither');
    assert.notEqual(speakerOf(body, '"half the valley,"'), 'Evelyn Thornbury');
  });

  it('credits a passive cue with a time word after its auxiliary to its agent ("she was later told by X that …")', () => {
    const body = 'Theresa Okafor said she raised it in June. She said she was later told by the campaign manager, Brent Sowell, that the matter was "above my pay grade."';
    assert.equal(speakerOf(body, '"above my pay grade."'), 'Brent Sowell');
  });

  it('gives the words to the one a participle and its object describe ("A diplomat accredited to the IAEA put it"), and ends a role before an -ing participle', () => {
    assert.equal(speakerOf('A Western diplomat accredited to the IAEA put it this way: "Nobody wants a fight."', '"Nobody wants a fight."'), 'A Western diplomat');
    assert.equal(speakerOf('"It is a lot of noise," said one GOP strategist working on a Senate race.', '"It is a lot of noise,"'), 'one GOP strategist');
  });

  it('gives "the Republican nominee" no holder of another party\'s role ("Green Party nominee Lorna Haskell")', () => {
    const body = 'Many planned to vote for Green Party nominee Lorna Haskell.\n\n"Walter got a raw deal," the Republican nominee said.';
    assert.notEqual(speakerOf(body, '"Walter got a raw deal,"'), 'Lorna Haskell');
  });

  it('gives the quote to the one "who" did, before an aside ("One strategist who has worked on Colorado House races, speaking on condition of anonymity, said")', () => {
    const body = 'One Democratic strategist who has worked on Colorado House races, speaking on condition of anonymity, said the video was "the last thing she needed."';
    assert.equal(speakerOf(body, '"the last thing she needed."'), 'One Democratic strategist');
  });

  it('gives a transcript label in capitals to the person of that surname ("PYLE:" after "WRAL anchor Dominic Pyle"), and makes no organization of it', () => {
    const body = 'The debate was moderated by WRAL anchor Dominic Pyle.\n\n"PYLE: Senator, do you support the plan?"\n\nWhen Pyle asked about taxes, both dodged.';
    assert.equal(speakerOf(body, '"PYLE: Senator, do you support the plan?"'), 'Dominic Pyle');
    assert.deepEqual(analyze(HEADER + body).entities.filter((found) => found.name === 'PYLE'), []);
  });
});

describe('attribution: denied verbs', () => {
  it('takes no cue from a verb after "not" ("did not respond to an email" after a quote from a policy)', () => {
    const body = 'The policy requires that evidence be logged "no later than the end of the shift." Police Chief Dana Wyatt did not respond to an email seeking comment.';
    assert.notEqual(speakerOf(body, '"no later than the end of the shift."'), 'Dana Wyatt');
  });

  it('takes none after "didn’t" and an adverb either ("didn’t immediately reply")', () => {
    const body = 'The contract requires payment "within thirty days of delivery." Mayor Ines Farrow didn’t immediately reply to questions on Monday.';
    assert.notEqual(speakerOf(body, '"within thirty days of delivery."'), 'Ines Farrow');
  });
});

describe('attribution: namesakes told apart by a title', () => {
  it('gives "Dr. Ostrova" to the namesake introduced as "Dr.", after the other was called by the bare surname', () => {
    const body = 'Pavel Ostrova, a ferry captain, spoke first.\n\n"The engine failed twice," Ostrova recalled.\n\nDr. Lidia Ostrova, a marine engineer, inspected the hull.\n\n"It was a weld," Dr. Ostrova said.';
    assert.equal(speakerOf(body, '"It was a weld,"'), 'Lidia Ostrova');
  });
});

describe('attribution: quoted by a medium', () => {
  it('"Xinhua quoted him as saying" credits the one "him" stands for, before or after the quote', () => {
    assert.equal(speakerOf('Wang Lei met the envoy. Xinhua quoted him as saying: "Our friendship has no limits."', '"Our friendship has no limits."'), 'Wang Lei');
    assert.equal(speakerOf('Wang Lei met the envoy. "Our friendship has no limits," Xinhua quoted him as saying.', '"Our friendship has no limits,"'), 'Wang Lei');
  });

  it('"X was quoted by the Courier as saying" credits X, named or as a pronoun', () => {
    assert.equal(speakerOf('Ferry coach Mads Holloway was quoted by the Courier as saying that the boat would "hold its course."', '"hold its course."'), 'Mads Holloway');
    const body = 'Governor Ilse Varga spoke on Monday. Last week she was quoted by the Halden Post as saying the bank "will not be rushed."';
    assert.equal(speakerOf(body, '"will not be rushed."'), 'Ilse Varga');
  });
});

describe('attribution: a kind of call', () => {
  it('reads "the last earnings call" as a noun, and keeps the verb before it ("She told investors on the last earnings call that …")', () => {
    const body = 'Nadia Ferrell runs the company. She told investors on the last earnings call that the headset was "the product we were founded to build."';
    assert.equal(speakerOf(body, '"the product we were founded to build."'), 'Nadia Ferrell');
  });
});

describe('attribution: a reply', () => {
  it('gives "he replied" to the one asked in the sentence before, not the one asking', () => {
    const body = 'Prosecutor Alan Mbeke asked Detective Wade Corran whether the bag had been opened.\n\n"None whatsoever," he replied.';
    assert.equal(speakerOf(body, '"None whatsoever,"'), 'Wade Corran');
  });

  it('keeps "he said" with the asker, who goes on speaking', () => {
    const body = 'Prosecutor Alan Mbeke asked Detective Wade Corran whether the bag had been opened.\n\n"Take your time," he said.';
    assert.equal(speakerOf(body, '"Take your time,"'), 'Alan Mbeke');
  });
});

describe('attribution: whose body', () => {
  it('keeps two countries’ ministries apart ("The French foreign ministry", "The German foreign ministry")', () => {
    const body = 'The French foreign ministry said the envoy had engaged in "activities incompatible with his status." The German foreign ministry called the expulsion "a provocation."';
    assert.equal(speakerOf(body, '"activities incompatible with his status."'), 'French foreign ministry');
    assert.equal(speakerOf(body, '"a provocation."'), 'German foreign ministry');
  });

  it('gives "Dalbria’s foreign ministry" no other country’s ministry', () => {
    const body = 'The Marovian foreign ministry said the envoy had engaged in "activities incompatible with his status." Dalbria\'s foreign ministry called the expulsion "a provocation."';
    assert.notEqual(speakerOf(body, '"a provocation."'), 'Marovian foreign ministry');
  });
});

describe('attribution: an epithet for someone brought in since', () => {
  it('gives "said the doctor" to the doctor brought in after the one named ("A doctor at the hospital said")', () => {
    const body = 'Ingrid Halvard said the trucks had brought fuel for the hospital. A doctor at the hospital said the fuel would last ten days. "After that we operate by torchlight," said the doctor, who asked not to be named.';
    assert.notEqual(speakerOf(body, '"After that we operate by torchlight,"'), 'Ingrid Halvard');
  });

  it('reads past "at the time" between a subject and its cue ("Trump at the time said he had asked …")', () => {
    const body = 'Dale Harker backed away from paying the legal costs of a supporter. The supporter was later charged with assault. Harker at the time said he had asked his aides to "look into" paying the fees.';
    const quote = quoteIn(body, '"look into"');
    assert.equal(quote.speaker?.name, 'Dale Harker');
    assert.equal(quote.cue?.text, 'said');
  });
});

describe('attribution: namesakes brought in as relatives', () => {
  it('keeps the surname alone with the one the story is about, not a brother named after him', () => {
    const body = 'Skip Hanlon, the harbor master of Port Ellery, died Monday. His brother, Frank Hanlon, confirmed the death.\n\nHanlon took the job in 1989. He once said the work was "mostly listening."';
    assert.equal(speakerOf(body, '"mostly listening."'), 'Skip Hanlon');
  });

  it('gives a speaking surname to a relative who opened a sentence as its subject ("His father, Robert Lyle, said …")', () => {
    const body = 'Bennett Lyall, 38, was found dead on Tuesday.\n\nHis father, Robert Lyall, said his son was careful.\n\n"He always told someone where he was going," Lyall said.';
    assert.equal(speakerOf(body, '"He always told someone where he was going,"'), 'Robert Lyall');
  });

  it('reads "Maya Fenn\'s mother, Rachel Fenn, said" as a relative opening the sentence, who keeps the surname that speaks', () => {
    const body = 'Maya Fenner went back to school Friday.\n\nMaya Fenner\'s mother, Rachel Fenner, said her daughter asked to be picked up at lunch.\n\n"She\'s OK," Fenner said.';
    assert.equal(speakerOf(body, '"She\'s OK,"'), 'Rachel Fenner');
  });

  it('gives the surname to the relative named before, whoever of that name the text names later', () => {
    const body = 'Her husband, Peter Lindt, confirmed the death.\n\n"She never learned to say no," Lindt said.\n\nChioma Lindt is a doctor in Boston.';
    assert.equal(speakerOf(body, '"She never learned to say no,"'), 'Peter Lindt');
  });

  it('still gives the surname to the relative when no one else bears it', () => {
    const body = 'The mayor spoke first. Her brother, Frank Hanlon, spoke next.\n\n"It was a long night," Hanlon said.';
    assert.equal(speakerOf(body, '"It was a long night,"'), 'Frank Hanlon');
  });
});

describe('attribution: a salutation before a courtesy title', () => {
  it('makes no man of "Dear Mrs. Finley," in a letter, so his "he said" stays his', () => {
    const body = '"I like it," said Dale Merriman.\n\nThomas Finley said his mother was cheerful.\n\n"It was hard," he said.\n\nOne letter reads: "Dear Mrs. Finley, thank you."';
    assert.equal(speakerOf(body, '"It was hard,"'), 'Thomas Finley');
  });
});

describe('attribution: a cue word as an infinitive’s object', () => {
  it('reads "to meet demand" as a noun, and keeps the verb of the sentence', () => {
    const body = 'Tom Reyna said the city added buses this week to meet demand, and that drivers were "ready to go".';
    assert.equal(speakerOf(body, '"ready to go"'), 'Tom Reyna');
  });
});

describe('attribution: given names for both sexes', () => {
  it('lets "she" stand for a Jules or a Sam, whose first names tell no sex', () => {
    const body = 'Theo Marchetti and Jules Abernathy host a podcast. Marchetti read an ad. Abernathy interrupted him.\n\n"We said no," she told him.';
    assert.equal(speakerOf(body, '"We said no,"'), 'Jules Abernathy');
  });
});

describe('attribution: a courtesy title and a relative of that gender', () => {
  it('gives "Mrs Jory" to the wife the text brought in, not to her husband named first', () => {
    const body = 'Bryn Jorey has been a volunteer for 40 years. His wife, Tamsin Jorey, runs the shop.\n\n‘He came home at six,’ said Mrs Jorey.';
    assert.equal(speakerOf(body, '‘He came home at six,’'), 'Tamsin Jorey');
  });
});

describe('attribution: a relative by a possessive and a noun', () => {
  it('gives "His wife … she said" to the wife named before, whatever namesake of hers the text names later', () => {
    const body = 'Ingrid and Olaf Halvorsen renewed their vows on Saturday.\n\n"We were owed some sun," Olaf Halvorsen said. His wife rolled her eyes. "He has been checking the forecast," she said.\n\nTheir daughter, Karin Halvorsen, organized the party.';
    assert.equal(speakerOf(body, '"He has been checking the forecast,"'), 'Ingrid Halvorsen');
  });
});

describe('attribution: a person’s noun before the name of the subject', () => {
  it('gives a quote paragraph without a cue to "Millbrook resident Danielle Sorenson", not to Millbrook', () => {
    const body = 'Millbrook resident Danielle Sorenson described the night the water came in.\n\n"It came under the door around two in the morning."';
    assert.equal(speakerOf(body, '"It came under the door around two in the morning."'), 'Danielle Sorenson');
  });

  it('reads "Retired nurse Danielle Sorenson described …" as a subject, not an opening participle', () => {
    const body = 'Retired nurse Danielle Sorenson described the night the water came in.\n\n"It came under the door around two in the morning."';
    assert.equal(speakerOf(body, '"It came under the door around two in the morning."'), 'Danielle Sorenson');
  });
});

describe('attribution: an aside between dashes', () => {
  it('reads past an aside between dashes to the subject ("Katherine Grieve – no relation – said")', () => {
    assert.equal(speakerOf('Katherine Grieve – no relation – said the government was ‘treating the north-west like an afterthought’.', '‘treating the north-west like an afterthought’'), 'Katherine Grieve');
  });

  it('gives the quote to the name opening the aside after a role ("A former candidate -- Jon Makin, who lost in 2008 -- said")', () => {
    assert.equal(speakerOf('A former Republican candidate -- Jon Makin, who lost the 2008 race to Obama -- said the plan "offered nothing new."', '"offered nothing new."'), 'Jon Makin');
  });
});

describe('attribution: police', () => {
  it('gives "“…,” police said" and "state police said" to the police, as "officials said" to officials', () => {
    assert.equal(speakerOf('"We have no suspects," police said in a news release.', '"We have no suspects,"'), 'police');
    assert.equal(speakerOf('"The road is closed," state police said.', '"The road is closed,"'), 'state police');
  });
});

describe('attribution: people in a state', () => {
  it('takes "state of" as the noun, and gives the quote to the people placed in the state ("Farmers in the northern state of Punjab said")', () => {
    assert.equal(speakerOf('Farmers in the northern state of Punjab said the rules were "a death warrant" for small growers.', '"a death warrant"'), 'Farmers');
    assert.notEqual(speakerOf('Police in the Pacific island state of Vailoa warned of "serious consequences" on Sunday.', '"serious consequences"'), 'Pacific island');
  });
});

describe('attribution: the elder and the younger namesake', () => {
  it('gives "the elder Ferris" to the father and "the younger Heaney" to the grandson the text brought in', () => {
    const elder = 'Jenna Ferriss took over the store from her father, Dale Ferriss. Jenna Ferriss said she missed home.\n\n"They come here for the service," the elder Ferriss said.';
    assert.equal(speakerOf(elder, '"They come here for the service,"'), 'Dale Ferriss');
    const younger = 'Margaret Heanan sponsored the shingles. Her grandson, Kyle Heanan, a roofer, did the work.\n\n"I knew every name," the younger Heanan said.';
    assert.equal(speakerOf(younger, '"I knew every name,"'), 'Kyle Heanan');
  });

  it('leaves "the elder" to the usual namesake when only one has an age, and a grandfather named once to the background', () => {
    const body = 'Dale Farris has run the store for 46 years. Jenna Farris, 34, now owns it; her grandfather, Walt Farris, opened it.\n\nThe younger Farris has made changes. "We are not going anywhere," she wrote.';
    assert.equal(speakerOf(body, '"We are not going anywhere,"'), 'Jenna Farris');
  });

  it('reads "the younger Dolan" as the son brought in with his title ("His son, Det. Kevin Dolan"), though "Dolan" had been his father', () => {
    const body = 'Det. Frank Dolen retired in 2011. "It was never mine," Dolen said.\n\nHis son, Det. Kevin Dolen, now has the file. "It is just a file," the younger Dolen said.';
    assert.equal(speakerOf(body, '"It is just a file,"'), 'Kevin Dolen');
  });

  it('reads "the younger Vincent Marchetti" as "Vincent Marchetti Jr." and "the elder" as "Sr."', () => {
    const body = 'Vincent Marchetto Sr. founded the bakery. His son, Vincent Marchetto Jr., runs it.\n\n"It is fine," the younger Vincent Marchetto said. "We hold on," the elder Vincent Marchetto said.';
    assert.equal(speakerOf(body, '"It is fine,"'), 'Vincent Marchetto Jr.');
    assert.equal(speakerOf(body, '"We hold on,"'), 'Vincent Marchetto Sr.');
  });

  it('tells them apart by the ages the text gave', () => {
    const body = 'Ruth Calder, 81, and Amy Calder, 34, run the stall together.\n\n"We never close," the older Calder said.';
    assert.equal(speakerOf(body, '"We never close,"'), 'Ruth Calder');
  });
});

describe('attribution: siblings named together', () => {
  it('makes a person of the first of "Sam and Eli Prescott" though "Prescott" is a given name too, so "his brother" is Sam', () => {
    const body = 'Sam and Eli Prescott ring the bell every Sunday.\n\n"Sam has the better arm," Eli Prescott says.\n\n"He supervises very loudly," his brother says.';
    assert.equal(speakerOf(body, '"He supervises very loudly,"'), 'Sam Prescott');
  });
});

describe('attribution: a role set off after the name', () => {
  it('gives "the retired machinist said" to the man the text described so ("Hal Lindgren, 72, a retired machinist,"), no one new', () => {
    const body = 'Hal Lindgren, 72, a retired machinist, drives the van.\n\n"We were down to canned beets," the retired machinist said.';
    assert.equal(speakerOf(body, '"We were down to canned beets,"'), 'Hal Lindgren');
  });
});

describe('attribution: a priest by his title of address', () => {
  it('gives "Father Okonkwo said" to the Rev. Thomas Okonkwo', () => {
    const body = 'The Rev. Thomas Okonkwo leads the parish.\n\n"We stay open," Father Okonkwo said.';
    assert.equal(speakerOf(body, '"We stay open,"'), 'Thomas Okonkwo');
  });
});

describe('attribution: titles of other countries', () => {
  it('reads "Engr." and "Smt." as titles before a name, not as a sentence’s end or a person', () => {
    assert.equal(speakerOf('"We mourn our colleagues," the managing director, Engr. Chukwuemeka Obi, said in a statement.', '"We mourn our colleagues,"'), 'Chukwuemeka Obi');
    assert.equal(speakerOf('Smt. Priya Nair said the clinic was "full every morning."', '"full every morning."'), 'Priya Nair');
  });
});

describe('attribution: laughing words', () => {
  it('takes "laughed" and "chuckled" as cues, before the quote\'s speaker or after it', () => {
    assert.equal(speakerOf('Anna Kellerman signed autographs.\n\n"My mother will be angry," she laughed.', '"My mother will be angry,"'), 'Anna Kellerman');
    assert.equal(speakerOf('"Not a chance," chuckled Tom Arbus.', '"Not a chance,"'), 'Tom Arbus');
  });
});

describe('attribution: a question to someone named in full', () => {
  it('gives "“…?” Abigail Ferrante asked Martin Osei." to the one asking', () => {
    assert.equal(speakerOf('"Counsel, can the state make that a crime?" Abigail Ferrante asked Martin Osei.', '"Counsel, can the state make that a crime?"'), 'Abigail Ferrante');
  });
});

describe('attribution: titles of the clergy and police as a body', () => {
  it('gives "Father Medeiros" to the priest, not to the woman of that surname named last', () => {
    const body = 'The Rev. Tiago Medeiros, the parish priest and Rosa Medeiros\'s nephew, spoke first.\n\n"Some of these families left forty years ago," Father Medeiros said.';
    assert.equal(speakerOf(body, '"Some of these families left forty years ago,"'), 'Tiago Medeiros');
  });

  it('gives "police said" to no police spokeswoman named before', () => {
    const body = 'Police spokeswoman Lt. Carla Wendel spoke Tuesday.\n\n"We have good video," Wendel said.\n\n"The suspect should be considered armed," police said.';
    assert.notEqual(speakerOf(body, '"The suspect should be considered armed,"'), 'Carla Wendel');
  });
});

describe('attribution: as someone puts it', () => {
  it('gives "as the dean puts it", "as one student put it" and "as his mother puts it" to the one described', () => {
    assert.equal(speakerOf('As the dean puts it, the campus is "a small town with a library."', '"a small town with a library."'), 'dean');
    assert.equal(speakerOf('The campus, as one student put it, is "a small town with a library."', '"a small town with a library."'), 'one student');
    const body = 'Eli Whitcomb is nine. His mother, Dana Whitcomb, is a pharmacist.\n\nHe spent most of second grade, as his mother puts it, "hiding in the bathroom during reading time."';
    assert.equal(speakerOf(body, '"hiding in the bathroom during reading time."'), 'Dana Whitcomb');
  });
});

describe('attribution: "it read" after a text', () => {
  it('gives "“…,” it read." to the note or letter named before, not to an organization', () => {
    const body = 'The Clearwater district board met Wednesday. Owner Stella Pappas announced the closing in a handwritten note taped to the register.\n\n"My feet have filed a formal complaint," it read.';
    assert.equal(speakerOf(body, '"My feet have filed a formal complaint,"'), 'a handwritten note');
  });
});

describe('attribution: one of them, named', () => {
  it('gives "“…,” said one, Natalie Borowsky, a nurse." to the name set off after "one"', () => {
    assert.equal(speakerOf('Witnesses described the collapse. "The car in front of me just disappeared," said one, Natalie Borowsky, a nurse.', '"The car in front of me just disappeared,"'), 'Natalie Borowsky');
  });
});

describe('attribution: a quote run over paragraphs, credited at its end', () => {
  it('gives the opening part to the speaker credited after the last part, not to the subject of the sentence before it', () => {
    const body = 'Ann Ruiz stood beside the clerk.\n\n"Ballot 14 had two marks. The board counted it.\n\n"Ballot 22 had a coffee stain," Tom Hart said.';
    assert.equal(speakerOf(body, '"Ballot 14 had two marks. The board counted it.'), 'Tom Hart');
  });
});

describe('attribution: the office and its deputy', () => {
  it('gives "the governor" to the governor, not to the deputy governor named after her', () => {
    const body = 'Governor Helena Vasko spoke on Thursday. Deputy Governor Marc Eklund dissented.\n\n"Hindsight is easy," the governor said.';
    assert.equal(speakerOf(body, '"Hindsight is easy,"'), 'Helena Vasko');
  });
});

describe('attribution: an epithet the text wrote before a name', () => {
  it('gives "The defender said" to the one named "defender Park Ji-yeon", not to the first person of the sentence', () => {
    const body = 'Chloe Brannan\'s penalty, awarded after South Korean defender Park Ji-yeon tripped winger Tahlia Okafor, was saved.\n\nThe defender said her teammate had promised to "fix it for me."';
    assert.equal(speakerOf(body, '"fix it for me."'), 'Park Ji-yeon');
  });
});

describe('attribution: father and son of one name', () => {
  it('keeps "Calvin Thorne Jr." apart from the Calvin Thorne named before him, and "Martin Luther Kingsley Jr." one with "Martin Luther Kingsley"', () => {
    const body = 'Calvin Thorne died Monday. He is survived by a son, Calvin Thorne Jr.\n\n"Dad would want it loud," Calvin Thorne Jr. said.';
    assert.equal(speakerOf(body, '"Dad would want it loud,"'), 'Calvin Thorne Jr.');
    const same = 'Martin Luther Kingsley Jr. spoke first.\n\n"We march at dawn," Martin Luther Kingsley said.';
    assert.equal(speakerOf(same, '"We march at dawn,"'), 'Martin Luther Kingsley Jr.');
  });
});

describe('attribution: an answer to an unnamed questioner', () => {
  it('gives "“…,” she said" after "“…?” one reporter asked." to the woman answering, not to the reporter', () => {
    const body = 'Naomi Feldt spoke to reporters.\n\n"What would change your mind?" one reporter asked.\n\n"Two more reports like this one," she said.';
    assert.equal(speakerOf(body, '"Two more reports like this one,"'), 'Naomi Feldt');
  });
});

describe('attribution: New England town titles', () => {
  it('reads "Selectwoman Ruth Patterson" as a title and "the selectwoman" as her', () => {
    const body = 'Selectwoman Ruth Pattison opened the meeting.\n\n"We cannot wait," the selectwoman said.';
    const quote = quoteIn(body, '"We cannot wait,"');
    assert.equal(quote.speaker?.name, 'Ruth Pattison');
    assert.equal(analyze(HEADER + body).entities.find((found) => found.name === 'Ruth Pattison')?.role, 'Selectwoman');
  });
});

describe('attribution: someone placed by a thing', () => {
  it('gives "A man near the door shouted" to the man, not the door', () => {
    assert.equal(speakerOf('A man near the door shouted, "See you at the polls!"', '"See you at the polls!"'), 'A man');
    assert.equal(speakerOf('A woman outside the hall said the vote was "rigged from the start."', '"rigged from the start."'), 'A woman');
  });
});

describe('attribution: a name ending in "Jr." that closes its sentence', () => {
  it('gives "“…,” said Lucien Baptiste Jr. He was born …" to Lucien Baptiste Jr., whose name stops at the suffix', () => {
    const body = '"My father used to say the sauce was everything," said Lucien Baptiste Jr. He was born in 1961.';
    assert.equal(speakerOf(body, '"My father used to say the sauce was everything,"'), 'Lucien Baptiste Jr.');
    const names = analyze(HEADER + 'The store passed to his son, Walter Hollister Jr. He is 51. Martin Luther King Jr. Day is a holiday.').entities.map((found) => found.name);
    assert.ok(names.includes('Walter Hollister Jr.'), names.join(', '));
  });
});

describe('attribution: a relative by a possessive, whose name has a suffix', () => {
  it('gives "Her husband quipped" to "Vincent Marchetto Sr.", named with a suffix after the surname', () => {
    const body = 'Vincent Marchetto Sr. founded the bakery with his wife, Rosa Marchetto.\n\nHer husband quipped: "Somebody has to taste the bread."';
    assert.equal(speakerOf(body, '"Somebody has to taste the bread."'), 'Vincent Marchetto Sr.');
  });
});
