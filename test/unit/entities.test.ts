import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { buildEntityIndex, EntityIndex } from '../../src/core/entities';
import { parseHeader } from '../../src/core/header';
import names from '../../src/core/data/names.json';
import { Entity } from '../../src/core/model';
import { firstNameGender } from '../../src/core/names';

const SEED = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', '000_939248764b6c96bf.txt'), 'utf8');

function index(text: string): EntityIndex {
  return buildEntityIndex(text, parseHeader(text));
}

function entity(entities: Entity[], name: string): Entity {
  const found = entities.find((candidate) => candidate.name === name);
  assert.ok(found, `no entity "${name}" among ${entities.map((candidate) => candidate.name).join(', ')}`);
  return found;
}

/** Asserts that each name is an entity of the text, of the given type. */
function assertTypes(text: string, expected: [name: string, type: Entity['type']][]): void {
  const entities = index(text).entities;
  for (const [name, type] of expected) assert.equal(entity(entities, name).type, type, name);
}

/** The seed's expected entities: name, type, role and the aliases that must be merged in. */
const SEED_ENTITIES: [string, Entity['type'], string | null, string[]][] = [
  ['Jens Stoltenberg', 'person', 'NATO Secretary General', ['Stoltenberg', 'NATO Secretary General Jens Stoltenberg', 'the head of the Alliance']],
  ['Anhelina Sheremet', 'person', 'author', []],
  ['Anthony Blinken', 'person', 'US Secretary of State', ['Blinken', 'US Secretary of State Anthony Blinken']],
  ['Wang Yi', 'person', "China's top diplomat", []],
  ['Joe Biden', 'person', 'US President', ['US President Joe Biden']],
  ['NATO', 'organization', null, ['the Alliance']],
  ['Reuters', 'organization', null, []],
  ['UN Security Council', 'organization', null, []],
  ['United Nations', 'organization', null, ['UN']],
  ['China', 'place', null, ['Beijing']],
  ['Russia', 'place', null, []],
  ['Ukraine', 'place', null, []],
  ['United States', 'place', null, ['US', 'Washington']],
  ['Munich Security Conference', 'event', null, []],
];

describe('buildEntityIndex on the seed', () => {
  const seed = index(SEED);

  it('finds exactly the 14 entities with their types, roles and merged aliases', () => {
    assert.deepEqual(seed.entities.map((found) => found.name).sort(), SEED_ENTITIES.map(([name]) => name).sort());
    for (const [name, type, role, aliases] of SEED_ENTITIES) {
      const found = entity(seed.entities, name);
      assert.equal(found.type, type, name);
      assert.equal(found.role, role, name);
      assert.deepEqual(found.aliases.filter((alias) => aliases.includes(alias)).sort(), [...aliases].sort(), name);
      assert.equal(found.id, `${type}:${name.toLowerCase().replace(/ /g, '-')}`);
    }
  });

  it('orders entities by first mention and keeps every mention span exact', () => {
    const starts = seed.entities.map((found) => found.mentions[0].start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    for (const found of seed.entities) {
      for (const mention of found.mentions) {
        assert.equal(SEED.slice(mention.start, mention.end), mention.text);
        assert.equal(mention.entityId, found.id);
        assert.doesNotMatch(mention.text, /[.,:;!?"“”ʼ’]$|ʼs$/);
      }
    }
  });

  it('reads names of other languages whole: "Frau", "Thiru", "bin" before a first name, "Abu"', () => {
    const entities = index('Frau Ingrid Kessler-Baum runs the port. "We are full," Frau Kessler-Baum said. "We signed," said Sheikh Zamil bin Rashid al-Harbi. "We agree," said Abu Khalid al-Zahrani, the envoy. "Ready," said Thiru M. Senthilvel Kumaran.').entities;
    assert.deepEqual(entity(entities, 'Ingrid Kessler-Baum').mentions.map((mention) => mention.text), ['Ingrid Kessler-Baum', 'Kessler-Baum']);
    assert.equal(entity(entities, 'Zamil bin Rashid al-Harbi').role, 'Sheikh');
    assert.ok(entity(entities, 'Abu Khalid al-Zahrani'));
    assert.ok(entity(entities, 'M. Senthilvel Kumaran'));
    const vietnamese = index('Flood\n\nPham Duc Long, 61, lost his house. "I have lived here 40 years," Mr. Long said.').entities;
    assert.deepEqual(entity(vietnamese, 'Pham Duc Long').mentions.map((mention) => mention.text), ['Pham Duc Long', 'Long']);
  });

  it('a headline in capitals run into an item\'s first words is no part of the name or role after it ("RACE TAKES ANOTHER TURN Rep. Colin Ashby")', () => {
    const entities = index('Morning email\n\nRACE TAKES ANOTHER TURN Rep. Colin Ashby said he would run.\n\nTHE NEXT GOP DEBATE STAGE Federal Reserve officials signaled patience.').entities;
    assert.equal(entity(entities, 'Colin Ashby').role, 'Rep.');
    assert.equal(entity(entities, 'Federal Reserve').type, 'organization');
    assert.equal(entity(entities, 'Republican Party').mentions[0].text, 'GOP');
  });

  it('a descriptor opening a known name before a title stays in it ("Republican National Committee Chairman Reince Priebus")', () => {
    const entities = index('Party news\n\nRepublican National Committee Chairman Reince Priebus spoke first.').entities;
    assert.equal(entity(entities, 'Republican National Committee').type, 'organization');
    assert.equal(entity(entities, 'Reince Priebus').role, 'Republican National Committee Chairman');
  });

  it('a dateline "NEAR" a town names the town ("NEAR POKROVSK, Ukraine —")', () => {
    const entities = index('Front\n\nNEAR POKROVSK, Ukraine — Soldiers dug in on Monday outside Pokrovsk.').entities;
    assert.deepEqual(entity(entities, 'Pokrovsk').mentions.map((mention) => mention.text), ['POKROVSK', 'Pokrovsk']);
  });

  it('"No." alone names no one: "Juror No. 7" is one person', () => {
    const entities = index('Verdict\n\nJuror No. 7, who asked that her name not be used, told reporters it was over.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [['Juror No. 7', 'person']]);
  });

  it('a role set off before a name may end on an owned object ("A spokesman for the prosecutor\'s office, Keith Lamb,"), and "managing director" is a role', () => {
    const entities = index('Court\n\nA spokesman for the prosecutor\'s office, Keith Lamb, declined to comment. "We are watching," said Graham Whitlock, managing director of Whitlock Homes.').entities;
    assert.equal(entity(entities, 'Keith Lamb').role, "spokesman for the prosecutor's office");
    assert.equal(entity(entities, 'Graham Whitlock').role, 'managing director of Whitlock Homes');
  });

  it('a first name described after a comma is a person known by it alone, and a role after "her" or "his" is a role', () => {
    const entities = index('Rally\n\nAmong those leaving was Marjorie, a 68-year-old retired schoolteacher from Ankeny who declined to give her last name. One of them, Tyler, a 19-year-old sophomore at the college, said little. Kendra Oyelaran, her campaign manager, agreed.').entities;
    assert.equal(entity(entities, 'Marjorie').role, 'retired schoolteacher from Ankeny');
    assert.equal(entity(entities, 'Tyler').role, 'sophomore at the college');
    assert.equal(entity(entities, 'Kendra Oyelaran').role, 'campaign manager');
  });

  it('"Longtime" opens no name ("Longtime Brookhaven High School football coach Dwayne Pettaway"), and "the district" is a body', () => {
    assertTypes('Sports\n\nLongtime Brookhaven High School football coach Dwayne Pettaway resigned.', [['Brookhaven High School', 'organization']]);
    assertTypes('Local\n\nKeepers at the Riverbend Zoo and Hollis County Schools agreed.', [['Riverbend Zoo', 'organization'], ['Hollis County Schools', 'organization']]);
    const analysis = analyze('Sports\n\nAuthor: A\nDate: 2024-10-08\n\nIn a Facebook post, the district wrote: "We are so thankful that everyone is safe."');
    assert.equal(analysis.entities.find((candidate) => candidate.id === analysis.quotes[0].speaker?.entityId)?.type, 'organization');
  });

  it('a word of geography before a place\'s name makes a place of its own ("Mount Washington", "Lake Erie")', () => {
    assertTypes('Trip\n\nThey hiked up Mount Washington and sailed on Lake Erie.', [['Mount Washington', 'place'], ['Lake Erie', 'place']]);
  });

  it('a moderator and a cook have roles ("CBS moderator John Dickerson", "A line cook, Marcus Tillery,")', () => {
    const entities = index('Debate\n\nCBS moderator John Dickerson asked first. A line cook, Marcus Tillery, leaned in.').entities;
    assert.equal(entity(entities, 'John Dickerson').role, 'CBS moderator');
    assert.equal(entity(entities, 'Marcus Tillery').role, 'line cook');
  });

  it('a known organization written in capitals is that organization ("told USA TODAY", "told POLITICO"), not the country', () => {
    const entities = index('Caucus night\n\nPruitt told USA TODAY on Monday, and Torrance told POLITICO the same.').entities;
    assert.deepEqual(entities.map((candidate) => `${candidate.type}:${candidate.name}`), ['organization:USA Today', 'organization:Politico']);
  });

  it('"former" right before a title stays in the role ("former Gov. Ellen Marchetti", "former State Senator Carl Ambrose")', () => {
    const entities = index('Race\n\nShe beat former Gov. Ellen Marchetti. Her husband, former State Senator Carl Ambrose, agreed.').entities;
    assert.equal(entity(entities, 'Ellen Marchetti').role, 'former Gov.');
    assert.equal(entity(entities, 'Carl Ambrose').role, 'former State Senator');
    const state = index('Race\n\nThe bill came from state Sen. Nina Turner and retired Lt. Gen. Michael Flynn, against the state’s GOP Sen. Kelly Ayotte.').entities;
    assert.deepEqual(['Nina Turner', 'Michael Flynn', 'Kelly Ayotte'].map((name) => entity(state, name).role), ['state Sen.', 'retired Lt. Gen.', 'GOP Sen.']);
    assert.equal(entity(index('Race\n\nFormer state Sen. Loretta Vance agreed.').entities, 'Loretta Vance').role, 'Former state Sen.');
  });

  it('"Franklin and Hamilton Counties" names places, not people', () => {
    const entities = index('Vote\n\nMs. Brandt carried Franklin and Hamilton Counties easily.').entities;
    assert.deepEqual(entities.map((candidate) => `${candidate.type}:${candidate.name}`), ['person:Brandt', 'place:Hamilton Counties']);
  });

  it('a garden is a place ("the Rose Garden"), and a preposition is no part of a role ("alongside strategist Paul Renaud")', () => {
    const entities = index('He spoke in the Rose Garden alongside strategist Paul Renaud.').entities;
    assert.equal(entity(entities, 'Rose Garden').type, 'place');
    assert.equal(entity(entities, 'Paul Renaud').role, 'strategist');
  });

  it('a place name that is the surname of someone named in full is that person, unless "in", "to" or "from" puts it on a map', () => {
    const entities = index('Jeremy Paris moved here in May.\n\n"It is a party," Paris, who used to work on Capitol Hill, said.\n\nHis sister flew in from Paris.').entities;
    assert.deepEqual(entity(entities, 'Jeremy Paris').mentions.map((mention) => mention.text), ['Jeremy Paris', 'Paris']);
    assert.equal(entity(entities, 'France').mentions.length, 1);
  });

  it('an organization word after a hyphen ("Times-Dispatch") or "Exchange" makes an organization, not a person or its town', () => {
    assertTypes('Papers\n\nThe Fresno Bee and the Hartford Courant reported it, as did The Cincinnati Enquirer.', [
      ['Fresno Bee', 'organization'], ['Hartford Courant', 'organization'], ['Cincinnati Enquirer', 'organization'],
    ]);
    assertTypes('He told the Richmond Times-Dispatch about it. Shares fell on the Toronto Stock Exchange.', [
      ['Richmond Times-Dispatch', 'organization'], ['Toronto Stock Exchange', 'organization'],
    ]);
  });

  it('strips possessives written with ʼ (U+02BC) and ’', () => {
    const russia = entity(seed.entities, 'Russia');
    assert.ok(russia.mentions.every((mention) => mention.text === 'Russia'));
    const possessive = SEED.indexOf('Russiaʼs illegal war');
    assert.ok(russia.mentions.some((mention) => mention.start === possessive && mention.end === possessive + 6));
    const other = index('Title\n\nThe talks stalled over China’s demands.');
    assert.deepEqual(entity(other.entities, 'China').mentions.map((mention) => mention.text), ['China']);
  });

  it('resolves the later role phrase "The head of NATO" to Stoltenberg', () => {
    const stoltenberg = entity(seed.entities, 'Jens Stoltenberg');
    const at = SEED.indexOf('The head of NATO');
    assert.ok(stoltenberg.mentions.some((mention) => mention.kind === 'role' && mention.start === at && mention.text === 'The head of NATO'));
    const appositive = SEED.indexOf('the head of the Alliance');
    assert.ok(stoltenberg.mentions.some((mention) => mention.kind === 'role' && mention.start === appositive));
  });

  it('never makes header words or sentence-initial common words into entities', () => {
    const names = seed.entities.flatMap((found) => [found.name, ...found.aliases]);
    for (const word of ['Author', 'Date', 'However', 'Meanwhile', 'The', 'This', 'According', 'After', 'UN Charter', 'Charter']) {
      assert.ok(!names.includes(word), word);
    }
  });

  it('gives the same entities for CRLF text, with offsets into that text', () => {
    const crlf = SEED.replace(/\n/g, '\r\n');
    const entities = index(crlf).entities;
    assert.deepEqual(entities.map((found) => [found.id, found.role, found.aliases]), seed.entities.map((found) => [found.id, found.role, found.aliases]));
    for (const mention of entities.flatMap((found) => found.mentions)) assert.equal(crlf.slice(mention.start, mention.end), mention.text);
  });
});

describe('buildEntityIndex on US political news', () => {
  const text = [
    'Cruz hits back at Clinton',
    'Author: Pat Doyle',
    'Date: 2016-01-25',
    '',
    'Sen. Ted Cruz of Texas told Fox News on Monday that Hillary Clinton had no plan for Iowa.',
    'Mrs. Clinton did not respond. Clinton’s campaign manager said the Democratic National Committee (DNC) would meet in Des Moines.',
    'The DNC declined to comment. Meanwhile, Moscow said the U.S. had not called.',
  ].join('\n');
  const entities = index(text).entities;

  it('keeps the title as the role and merges surname and courtesy-title forms', () => {
    const cruz = entity(entities, 'Ted Cruz');
    assert.equal(cruz.type, 'person');
    assert.equal(cruz.role, 'Sen.');
    assert.ok(cruz.aliases.includes('Sen. Ted Cruz'));
    assert.ok(cruz.aliases.includes('Cruz'), 'the title-case headline mention joins the body entity');
    const clinton = entity(entities, 'Hillary Clinton');
    assert.ok(clinton.aliases.includes('Clinton'));
    assert.ok(clinton.aliases.includes('Mrs. Clinton'));
    assert.equal(entities.filter((found) => found.name.includes('Clinton')).length, 1);
  });

  it('types organizations and places, and merges an acronym defined in parentheses', () => {
    assert.equal(entity(entities, 'Fox News').type, 'organization');
    assert.equal(entity(entities, 'Texas').type, 'place');
    assert.equal(entity(entities, 'Iowa').type, 'place');
    assert.equal(entity(entities, 'Des Moines').type, 'place');
    const dnc = entity(entities, 'Democratic National Committee');
    assert.equal(dnc.type, 'organization');
    assert.equal(dnc.mentions.filter((mention) => mention.text === 'DNC').length, 2);
    assert.equal(entity(entities, 'Russia').aliases.includes('Moscow'), true);
    assert.ok(entity(entities, 'United States').mentions.some((mention) => mention.text === 'U.S.'));
  });

  it('reads roles written before the name, with capitalized words between titles and lowercase role nouns', () => {
    const entities = index('Title\n\nDeputy Fisheries Minister Taras Volk spoke. WHO chief scientist Dr. Ravi Holm agreed. "Fine," said Julia Brandt, the director of the advocacy group Open Doses.').entities;
    assert.equal(entity(entities, 'Taras Volk').role, 'Deputy Fisheries Minister');
    assert.equal(entity(entities, 'Ravi Holm').role, 'WHO chief scientist');
    assert.equal(entity(entities, 'Julia Brandt').role, 'director of the advocacy group Open Doses');
    assert.ok(!entities.some((found) => found.name === 'Fisheries'));
  });

  it('keeps party words in institution names and first-name pairs as people', () => {
    const entities = index('Title\n\nDelegates met at the Republican National Convention, praised the Freedom of Information Act and heard Kristen Day. Democratic Sen. Ed Cole left.').entities;
    assert.equal(entity(entities, 'Republican National Convention').type, 'event');
    assert.equal(entity(entities, 'Freedom of Information Act').type, 'work');
    assert.equal(entity(entities, 'Kristen Day').type, 'person');
    assert.equal(entity(entities, 'Ed Cole').role, 'Sen.');
    assert.ok(!entities.some((found) => found.name.startsWith('Democratic')));
    // Before a lowercase role, the party only qualifies the role: "Republican Senate candidate Wade Colter".
    const candidate = index('Title\n\nRepublican Senate candidate Wade Colter lost.').entities;
    assert.ok(!candidate.some((found) => found.name.startsWith('Republican')));
    assert.equal(entity(candidate, 'Wade Colter').role, 'Republican Senate candidate');
  });

  it('makes the author a person with the role "author", and skips header words and weekdays', () => {
    assert.equal(entity(entities, 'Pat Doyle').role, 'author');
    const names = entities.map((found) => found.name);
    for (const word of ['Author', 'Date', 'Monday', 'Meanwhile', 'Mrs', 'Sen']) assert.ok(!names.includes(word), word);
  });
});

describe('Names with a generational suffix', () => {
  it('takes the word before "Jr." or "III" as the surname, and merges the name written without its suffix', () => {
    const text = 'Title\n\nChief Justice Martin L. Abernathy Jr. wrote the opinion. Later, Abernathy said the court would wait. '
      + 'Senator Paul Okafor III disagreed. Okafor added that Paul Okafor would vote no.';
    const entities = index(text).entities;
    const abernathy = entity(entities, 'Martin L. Abernathy Jr.');
    assert.deepEqual(abernathy.mentions.map((mention) => mention.text), ['Martin L. Abernathy Jr.', 'Abernathy']);
    const okafor = entity(entities, 'Paul Okafor III');
    assert.deepEqual(okafor.mentions.map((mention) => mention.text), ['Paul Okafor III', 'Okafor', 'Paul Okafor']);
    assert.equal(entities.filter((found) => found.type === 'person').length, 2);
  });

  it('types the name after a place\'s noun or its people and "of" as a place, whatever its words ("residents of Little Haddon", "the mayor of Kelso")', () => {
    assertTypes('Title\n\nResidents of Little Haddon met the mayor of Kelso. Villagers of Old Fenwick came too.', [
      ['Little Haddon', 'place'], ['Kelso', 'place'], ['Old Fenwick', 'place'],
    ]);
  });

  it('knows "Parliament" alone, and a company named by its trade ("Northwind Renewables") after a role noun that may be a person\'s', () => {
    assertTypes('Title\n\nAccording to the developer, Northwind Renewables, the farm is safe. She will raise it in Parliament.', [
      ['Northwind Renewables', 'organization'], ['Parliament', 'organization'],
    ]);
  });

  it('types a school named by its grade ("Lincoln Elementary", "Hillcrest Preparatory") as an organization', () => {
    assertTypes('Title\n\nHer children attend Lincoln Elementary and Hillcrest Preparatory.', [['Lincoln Elementary', 'organization'], ['Hillcrest Preparatory', 'organization']]);
  });

  it('types names that end in a word of geography as places ("the Great Barrier Reef", "Sag Harbor", "the Grand Canyon")', () => {
    assertTypes('Title\n\nThe Great Barrier Reef bleached again. Tourists in Sag Harbor and at the Grand Canyon noticed.', [
      ['Great Barrier Reef', 'place'], ['Sag Harbor', 'place'], ['Grand Canyon', 'place'],
    ]);
  });

  it('reads a given name in -ing opening a sentence as a name ("Erling Haaland scored"), and football clubs named after a city as organizations', () => {
    assertTypes('Title\n\nErling Haaland scored twice as Manchester City beat Leicester City.', [
      ['Erling Haaland', 'person'], ['Manchester City', 'organization'], ['Leicester City', 'organization'],
    ]);
  });

  it('keeps the Portuguese "e" and the Spanish "y" inside a name ("Álvaro Mendonça e Moura", "José Ortega y Gasset")', () => {
    const entities = index('Title\n\nÁlvaro Mendonça e Moura met José Ortega y Gasset.').entities;
    assert.equal(entity(entities, 'Álvaro Mendonça e Moura').type, 'person');
    assert.equal(entity(entities, 'José Ortega y Gasset').type, 'person');
  });

  it('reads "Labour" before a minister\'s title as the portfolio, and before "MP" or "leader" as the party', () => {
    const entities = index('Title\n\nLabour Minister Hubertus Heil met Labour MP Jess Phillips.').entities;
    assert.equal(entity(entities, 'Hubertus Heil').type, 'person');
    assert.deepEqual(entity(entities, 'Labour Party').mentions.map((mention) => mention.text), ['Labour']);
    assert.equal(entity(entities, 'Labour Party').mentions[0].start, 'Title\n\nLabour Minister Hubertus Heil met '.length);
  });

  it('reads a given name with a suffix ("Walter Jr.") as the one namesake who bears that suffix', () => {
    const entities = index('Title\n\nWalter Hewlett Jr. opposed the plan. His father, Walter Hewlett Sr., backed it. "No," Walter Jr. said.').entities;
    assert.deepEqual(entity(entities, 'Walter Hewlett Jr.').mentions.map((mention) => mention.text), ['Walter Hewlett Jr.', 'Walter Jr.']);
    assert.deepEqual(entity(entities, 'Walter Hewlett Sr.').mentions.map((mention) => mention.text), ['Walter Hewlett Sr.']);
    assert.equal(entities.filter((found) => found.type === 'person').length, 2);
  });

  it('keeps "Sr." apart from the namesake without it, and types a numbered event by its head word', () => {
    const entities = index('Title\n\nTom Reyes Sr. founded the firm. His son, Tom Reyes, runs it. Both served in World War II.').entities;
    assert.ok(entity(entities, 'Tom Reyes Sr.') !== entity(entities, 'Tom Reyes'));
    assert.equal(entity(entities, 'World War II').type, 'event');
  });
});

describe('First names', () => {
  it('lists no first name as both feminine and masculine', () => {
    const masculine = new Set(names.masculineFirstNames);
    assert.deepEqual(names.feminineFirstNames.filter((name) => masculine.has(name)), []);
  });

  it('knows a first name written with its accents ("José", "Renée", "Zoë"), and names with two particles ("von der Leyen")', () => {
    assertTypes('Title\n\nYesterday José María Ortega met Renée Fleming and Zoë Baird. Ursula von der Leyen and Oscar de la Renta joined.', [
      ['José María Ortega', 'person'], ['Renée Fleming', 'person'], ['Zoë Baird', 'person'], ['Ursula von der Leyen', 'person'], ['Oscar de la Renta', 'person'],
    ]);
    assert.equal(firstNameGender('Renée'), 'feminine');
    // Philippe is a man's name (Philippa the woman's), though lists of English names give it to women.
    assert.equal(firstNameGender('Philippe'), 'masculine');
    // Gwyn is mostly a Welsh man's name (Gwen and Gwyneth the women's): the name alone tells nothing.
    assert.notEqual(firstNameGender('Gwyn'), 'feminine');
    // Kari is a man's name in Finland and Norway, a woman's in the United States.
    assert.notEqual(firstNameGender('Kari'), 'feminine');
    // A name with its marks is read as written before it is read without them: Åsa is a woman, Asa a man; Matti is a Finnish man.
    assert.equal(firstNameGender('Åsa'), 'feminine');
    assert.equal(firstNameGender('Asa'), 'masculine');
    assert.equal(firstNameGender('Matti'), 'masculine');
    // Common American given names the English lists lack.
    assert.equal(firstNameGender('Imani'), 'feminine');
    assert.equal(firstNameGender('DeShawn'), 'masculine');
    // Common Spanish given names the English lists lack.
    assert.equal(firstNameGender('Graciela'), 'feminine');
    assert.equal(firstNameGender('Héctor'), 'masculine');
  });

  it('knows common given names of other languages', () => {
    assertTypes('Title\n\nVolodymyr Kostenko met Fatima Haddad and Rahul Mehra in Geneva.', [
      ['Volodymyr Kostenko', 'person'], ['Fatima Haddad', 'person'], ['Rahul Mehra', 'person'],
    ]);
  });

  it('types a facility after a first name as a place or an institution, not a person', () => {
    assertTypes('Title\n\nThey met at Victoria Station, then Georgia Tech played at Lincoln Stadium near Mercy Hospital.', [
      ['Victoria Station', 'place'], ['Lincoln Stadium', 'place'], ['Georgia Tech', 'organization'], ['Mercy Hospital', 'organization'],
    ]);
  });

  it('reads a first name that is also a city as a name before a surname, but not before a work', () => {
    const entities = index('Title\n\nSofia Brandt signed the Paris Agreement in Sofia.').entities;
    assert.equal(entity(entities, 'Sofia Brandt').type, 'person');
    assert.equal(entity(entities, 'Paris Agreement').type, 'work');
    assert.equal(entity(entities, 'Bulgaria').mentions.length, 1);
  });

  it('types a name ending in "City" as a place', () => {
    assertTypes('Title\n\nHarbour City won in Yarrow City.', [['Harbour City', 'place'], ['Yarrow City', 'place']]);
  });

  it('knows less common first names, and keeps a county named like a person a place', () => {
    assertTypes('Title\n\nRaynard Okoro and Marla Venn spoke in Fairfax County. Okoro left early.', [
      ['Raynard Okoro', 'person'], ['Marla Venn', 'person'], ['Fairfax County', 'place'],
    ]);
  });
});

describe('Words before a name', () => {
  it('leaves out a describing compound and a sentence-initial conjunction, and keeps a compound that is part of the name', () => {
    const names = index('Title\n\nThe Lisbon-based Orla Foundation met. Whereas Dunmore left, the Commander-in-Chief Forum stayed. Dunmore Energy agreed.').entities
      .map((found) => found.name);
    assert.ok(names.includes('Orla Foundation'), names.join(', '));
    assert.ok(names.includes('Commander-in-Chief Forum'), names.join(', '));
    assert.ok(!names.some((name) => name.includes('Lisbon-based') || name.startsWith('Whereas')), names.join(', '));
    // The known place or body that opens such a compound is named there.
    const compounds = index('Title\n\nA Leeds-based firm and a GOP-led panel met.').entities;
    assert.deepEqual(compounds.map((found) => [found.name, found.mentions[0].text]), [['Leeds', 'Leeds'], ['Republican Party', 'GOP']]);
  });

  it('reads "But Carol Lee of Northpoint Securities" as a person and her firm: the opening conjunction is no part of the name', () => {
    assertTypes('Title\n\nBut Carol Lee of Northpoint Securities was more upbeat.', [['Carol Lee', 'person'], ['Northpoint Securities', 'organization']]);
  });

  it('knows news outlets of other countries ("told The Sun", "The Hindu", "Sky Sports"), and no sun at a sentence\'s start', () => {
    const entities = index('Title\n\nA source told The Sun. The sun rose. The Hindu and Sky Sports reported it.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [['The Sun', 'organization'], ['The Hindu', 'organization'], ['Sky Sports', 'organization']]);
  });

  it('types a county jail or courthouse as a place, though its county is a first name ("Linn County Jail")', () => {
    const entities = index('Title\n\nHe was booked into the Linn County Jail and taken to the Dane County Courthouse.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [['Linn County Jail', 'place'], ['Dane County Courthouse', 'place']]);
  });

  it('knows Irish, Nigerian and South African first names ("Aoife Brennan", "Declan Moriarty", "Chidi Okafor", "Lerato Dube")', () => {
    const names = index('Title\n\nAoife Brennan met Declan Moriarty, Chidi Okafor and Lerato Dube.').entities.map((found) => found.name);
    assert.deepEqual(names, ['Aoife Brennan', 'Declan Moriarty', 'Chidi Okafor', 'Lerato Dube']);
    // "TD" and "MLA" after a name are posts, as "MP" is.
    const members = index('Title\n\nAoife Brennan TD spoke, and Ms Brennan left. Ann Lee MLA agreed.').entities;
    assert.deepEqual(members.map((found) => [found.name, found.mentions.length]), [['Aoife Brennan', 2], ['Ann Lee', 1]]);
  });

  it('leaves honorifics of other countries out of the name ("Shri Ramesh Kumar Sharma", "Alhaji Musa Yola")', () => {
    const names = index('Title\n\nUnion Minister Shri Ramesh Kumar Sharma met Alhaji Musa Yola.').entities.map((found) => found.name);
    assert.deepEqual(names, ['Ramesh Kumar Sharma', 'Musa Yola']);
    const pakistan = index('Title\n\nSyed Kamran Hashmi objected. Mr Hashmi said the plan was flawed. Sindh Chief Minister Makhdoom Faisal Jatoi visited.').entities;
    assert.deepEqual(pakistan.filter((found) => found.type === 'person').map((found) => [found.name, found.mentions.length]), [['Kamran Hashmi', 2], ['Faisal Jatoi', 1]]);
  });

  it('reads British ranks written without a period ("Sgt Rhys Bevan" … "Sgt Bevan")', () => {
    const bevan = entity(index('Title\n\nSgt Rhys Bevan led the search. Later Sgt Bevan said patrols would increase.').entities, 'Rhys Bevan');
    assert.equal(bevan.mentions.length, 2);
    assert.equal(bevan.role, 'Sgt');
  });

  it('keeps a title written as a compound ("President-elect Ann Lee") as the role', () => {
    assert.equal(entity(index('Title\n\nPresident-elect Ann Lee spoke.').entities, 'Ann Lee').role, 'President-elect');
  });

  it('gives a plural title ("Sens. Ana Ruiz and Tom Hale") in the singular to every name it heads, and to no name after the list', () => {
    const entities = index('Title\n\nFlorida Sens. Ana Ruiz and Tom Hale voted no. Reps. Lena Ortiz, Paul Orlov and Mary Sims voted yes, and Dana Cole abstained.').entities;
    assert.equal(entity(entities, 'Ana Ruiz').role, 'Florida Sen.');
    assert.equal(entity(entities, 'Tom Hale').role, 'Florida Sen.');
    assert.equal(entity(entities, 'Lena Ortiz').role, 'Rep.');
    assert.equal(entity(entities, 'Paul Orlov').role, 'Rep.');
    assert.equal(entity(entities, 'Mary Sims').role, 'Rep.');
    assert.equal(entity(entities, 'Dana Cole').role, null);
    // Written out too: "Justices …", "Senators …".
    const justices = index('Title\n\nJustices Margaret Oyelaran, Peter Dunleavy and Susan Lockridge joined the majority.').entities;
    assert.deepEqual(justices.map((found) => found.role), ['Justice', 'Justice', 'Justice']);
  });
});

describe('Datelines', () => {
  it('reads a capital placed elsewhere by its dateline as its own town ("LIMA, Ohio"), and "UNITED NATIONS" as the body', () => {
    const entities = index('Title\n\nLIMA, Ohio — Voters met.\n\nUNITED NATIONS (Reuters) — The U.N. office said no.\n\nKYIV, Ukraine — Crowds met.').entities;
    assert.equal(entity(entities, 'Lima').type, 'place');
    assert.equal(entity(entities, 'United Nations').type, 'organization');
    assert.ok(entity(entities, 'Ukraine').mentions.some((mention) => mention.text === 'KYIV'));
    assert.ok(!entities.some((found) => found.name === 'Peru'));
  });

  it('takes an acronym in parentheses with the initials in another order, as the name in its own language ("National Electoral Council (CNE)")', () => {
    const entities = index('Title\n\nIt was high, according to the National Electoral Council (CNE). Later the CNE said so.').entities;
    assert.deepEqual(entity(entities, 'National Electoral Council').mentions.map((mention) => mention.text), ['National Electoral Council', 'CNE', 'CNE']);
  });

  it('takes an acronym in parentheses that shares most letters with an organization\'s whole name ("National Human Rights Commission (CNDH)"), not after a piece of one', () => {
    const entities = index('Title\n\nThe National Human Rights Commission (CNDH) criticized the raid. The CNDH said it would investigate.').entities;
    assert.deepEqual(entity(entities, 'National Human Rights Commission').mentions.map((mention) => mention.text), ['National Human Rights Commission', 'CNDH', 'CNDH']);
    const piece = index('Title\n\nThe General Confederation of Labour (CGT) called a strike.').entities;
    assert.equal(piece.some((found) => found.name === 'Labour Party' && found.mentions.some((mention) => mention.text === 'CGT')), false);
  });

  it('reads a known city in capitals before a colon as a dateline ("NEW DELHI:"), and no label in capitals ("PENCE:")', () => {
    const entities = index('Title\n\nNEW DELHI: The minister spoke.\n\nPENCE: Well, I said no.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [['India', 'place']]);
  });

  it('reads a dateline before a double hyphen ("COLUMBUS, Ohio --", "RICHMOND --")', () => {
    assert.deepEqual(index('Title\n\nCOLUMBUS, Ohio -- The senator spoke.').entities.map((found) => found.name), ['Columbus', 'Ohio']);
    assert.deepEqual(index('Title\n\nRICHMOND -- The senator spoke.').entities.map((found) => found.name), ['Richmond']);
  });

  it('reads a dateline in capitals beyond ASCII ("BELÉM, Brazil —", "SÃO PAULO (Reuters) —")', () => {
    const entities = index('Title\nDate: 2025-01-01\n\nBELÉM, Brazil — Delegates arrived.\n\nSÃO PAULO (Reuters) — Traders waited.').entities;
    assert.equal(entity(entities, 'Belém').type, 'place');
    assert.equal(entity(entities, 'São Paulo').type, 'place');
    assert.equal(entity(entities, 'Reuters').type, 'organization');
  });

  it('finds the city, region and agency of a wire dateline, and not a headline in capitals', () => {
    const text = 'Title\n\nPORT VELLAN, Norland (Northwire) — Dock workers returned.\n\nKYIV, Ukraine (Reuters) — Talks ended.\n\nNOT SO FAST — More later.';
    const entities = index(text).entities;
    assert.equal(entity(entities, 'Port Vellan').type, 'place');
    assert.deepEqual(entity(entities, 'Port Vellan').mentions.map((mention) => mention.text), ['PORT VELLAN']);
    assert.equal(entity(entities, 'Norland').type, 'place');
    assert.equal(entity(entities, 'Northwire').type, 'organization');
    assert.ok(entity(entities, 'Ukraine').mentions.some((mention) => mention.text === 'KYIV'), 'a known capital stands for its country');
    assert.ok(!entities.some((found) => found.name === 'KYIV' || found.name.startsWith('Not')));
  });
});

describe('Bylines', () => {
  it('reads a byline\'s names without handles, contacts and "and" ("Rick Lee, @ricklee, and ANN MARSH. Email: …"), in capitals title-cased', () => {
    const text = 'Title\nAuthor: Rick Lee, @ricklee, and ANN MARSH. Email: amarsh@example.com\n\nNothing happened.';
    assert.deepEqual(index(text).entities.map((found) => [found.name, found.type]), [['Rick Lee', 'person'], ['Ann Marsh', 'person']]);
    assert.deepEqual(index('Title\nAuthor: Ola Berg, Special for The Ledger\n\nNothing happened.').entities.map((found) => found.name), ['Ola Berg']);
  });

  it('makes no one of a byline that is a job ("Courts Reporter", "Staff Writer"), and keeps a name ("Jane Writer")', () => {
    for (const job of ['Courts Reporter', 'Staff Writer', 'Staff report', 'Staff Report', 'Wire Reports']) assert.deepEqual(index(`Title\nAuthor: ${job}\n\nNothing happened.`).entities, [], job);
    assert.equal(entity(index('Title\nAuthor: Jane Writer\n\nNothing happened.').entities, 'Jane Writer').type, 'person');
  });

  it('reads the name before a sentence or a note about it in a byline ("Ola Berg contributed reporting.", "ANN LEE. ANN LEE is …", "X (translated …)"), but not at an initial', () => {
    for (const [byline, name] of [['Ola Berg contributed reporting from Oslo.', 'Ola Berg'], ['ANN LEE. ANN LEE is an editor', 'Ann Lee'], ['James B. Stewart', 'James B. Stewart'], ['Maria de la Cruz', 'Maria de la Cruz'],
      ['Lukas Imboden (translated from German by Clara Wexley)', 'Lukas Imboden'], ['Asbury Park (N.J.) Press', 'Asbury Park (N.J.) Press']]) {
      assert.deepEqual(index(`Title\nAuthor: ${byline}\n\nNothing happened.`).entities.map((found) => found.name), [name], byline);
    }
  });

  it('makes no one of a byline part in lowercase ("Wire Desk and agencies"), and reads a "by" that lost its space ("byAnn Lee")', () => {
    assert.deepEqual(index('Title\nAuthor: Wire Desk and agencies\n\nNothing happened.').entities.map((found) => found.name), ['Wire Desk']);
    assert.deepEqual(index('Title\nAuthor: byAnn Lee\n\nNothing happened.').entities.map((found) => found.name), ['Ann Lee']);
  });

  it('makes a byline ending in an organization or newsroom word, or naming a section ("Features"), an organization, and a name a person', () => {
    for (const [author, type] of [['Wire Desk', 'organization'], ['Acmetron Press Office', 'organization'], ['Features', 'organization'], ['Obituaries', 'organization'], ['Company Announcements', 'organization'], ['Jane Roeder', 'person']]) {
      const found = entity(index(`Title\nAuthor: ${author}\nDate: 2025-02-18\n\nThe plant opened.`).entities, author);
      assert.equal(found.type, type, author);
      assert.equal(found.role, type === 'person' ? 'author' : null, author);
    }
  });
});

describe('Titles of police, councils and the military', () => {
  it('leaves the portfolio after a title\'s "of" out of the name ("Commissioner of Police Ravindra Maharaj-Gopaul"), not a law\'s name', () => {
    const entities = index('Title\n\nPolice said the men were liming. Commissioner of Police Ravindra Maharaj-Gopaul visited the scene. Maharaj-Gopaul said little.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.name, found.mentions.length]), [['person', 'Ravindra Maharaj-Gopaul', 2]]);
    assert.equal(entities[0].role, 'Commissioner of Police');
    assert.equal(entity(index('Title\n\nDirector of National Intelligence James Clapper spoke.').entities, 'James Clapper').role, 'Director of National Intelligence');
    const member = index('Title\n\nA petition accuses the newly elected Member of Parliament for Falealupo of bribery. The people of Falealupo voted.').entities;
    assert.deepEqual(member.filter((found) => found.type === 'person'), []);
    const law = index('Title\n\nScott voted against the Justice for Victims of Trafficking Act of 2015.').entities;
    assert.deepEqual(law.map((found) => found.name), ['Victims of Trafficking Act']);
  });

  it('takes a place\'s name and one more word with an age set off after them as a person ("Cleveland Harmon, 67,")', () => {
    const entities = index('Title\n\n"It shook the house," said Cleveland Harmon, 67, who lives nearby.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.name]), [['person', 'Cleveland Harmon']]);
  });

  it('takes a given name in -s with an age set off after it as a person ("Marcus, 56, a former electrician")', () => {
    const entities = index('Title\n\nMarcus, 56, a former electrician from Joliet, has not worked since.').entities;
    assert.deepEqual(entities.filter((found) => found.type === 'person').map((found) => found.name), ['Marcus']);
  });

  it('reads "the" with a place\'s name and a name in the plural as a team, even when the place is a given name too ("the Charlotte Monarchs", "the Chicago Stockmen")', () => {
    const entities = index('Title\n\nThe Chicago Stockmen beat the Charlotte Monarchs. Bernie Sanders and the Bernie Sanders campaign agreed.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.name]), [['organization', 'Chicago Stockmen'], ['organization', 'Charlotte Monarchs'], ['person', 'Bernie Sanders']]);
  });

  it('gives a word that opens several names to the one named last before it ("Kim Min-jae … Kim Seo-yeon … Kim said"), not to a person of its own', () => {
    const entities = index('Title\n\nKim Min-jae leads the yard. Kim Seo-yeon runs sales. Kim said the ships were late. Nancy Reagan and Nancy Pelosi spoke. Nancy left.').entities;
    assert.deepEqual(entities.map((found) => found.name), ['Kim Min-jae', 'Kim Seo-yeon', 'Nancy Reagan', 'Nancy Pelosi']);
    assert.equal(entity(entities, 'Kim Seo-yeon').mentions.length, 2);
  });

  it('reads "Former Det. Sgt. Luis Ortega" as one titled person, making no person "Det"', () => {
    const entities = index('Title\n\nFormer Det. Sgt. Luis Ortega worked the case in 1994.').entities;
    assert.deepEqual(entities.filter((found) => found.type === 'person').map((found) => found.name), ['Luis Ortega']);
  });

  it('reads a name headed by a party\'s noun after a determiner as an organization ("the centrist Civic Renewal alliance"), not a known word', () => {
    assertTypes('Title\n\nThe centrist Civic Renewal alliance won. The small reformist Lotus Innovation party lost.', [['Civic Renewal', 'organization'], ['Lotus Innovation', 'organization']]);
    assert.ok(!index('Title\n\nThe Nevada party met.').entities.some((found) => found.type === 'organization'));
  });

  it('reads an officer\'s office as one organization ("the Harlan County Sheriff\'s Office", "the District Attorney’s Office")', () => {
    assertTypes('Title\n\nThe Harlan County Sheriff\'s Office said the road was closed. The Marlow County District Attorney’s Office declined to comment.', [
      ["Harlan County Sheriff's Office", 'organization'], ['Marlow County District Attorney’s Office', 'organization'],
    ]);
  });

  it('reads "the" and unknown names ending in a name in the plural as a team or a band ("the Harbor City Gulls", "The Lantern Thieves")', () => {
    assertTypes('Title\n\nThe Harbor City Gulls beat the Redmond Foxes on Saturday. The Lantern Thieves canceled the show.', [
      ['Harbor City Gulls', 'organization'], ['Redmond Foxes', 'organization'], ['Lantern Thieves', 'organization'],
    ]);
    // Not a possessive's noun, nor a word in -s that names no group.
    const organizations = index('Title\n\nHe joined the Reserve Officers’ Training Corps during the Climate Crisis.').entities
      .filter((found) => found.type === 'organization').map((found) => found.name);
    assert.ok(!organizations.includes('Reserve Officers') && !organizations.includes('Climate Crisis'), organizations.join(', '));
  });

  it('reads a capitalized sport position before a name as its title ("Goaltender Luka Dvorak"), and no statistic or ligament as an organization', () => {
    assert.deepEqual(index('Title\n\nIts ROE fell as RBOB and WTI futures rose.').entities, []);
    const entities = index('Title\n\nGoaltender Luka Dvorak made 27 saves. He has a 2.11 ERA and a sprained MCL.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.role]), [['Luka Dvorak', 'Goaltender']]);
  });

  it('leaves the class of a rank out of the name after it ("Sgt. 1st Class Tobias Wrenfield of the Pennsylvania National Guard")', () => {
    const entities = index('Title\n\nSgt. 1st Class Tobias Wrenfield of the Pennsylvania National Guard led the team.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.name]), [['person', 'Tobias Wrenfield'], ['organization', 'Pennsylvania National Guard']]);
  });

  it('keeps "Detective Inspector", "Cllr" and "Major General" as the role, not as part of the name', () => {
    const entities = index('Title\n\nDetective Inspector Sara Quist spoke. Cllr Nina Rowe and Major General Piet Vos agreed.').entities;
    assert.equal(entity(entities, 'Sara Quist').role, 'Detective Inspector');
    assert.equal(entity(entities, 'Nina Rowe').role, 'Cllr');
    assert.equal(entity(entities, 'Piet Vos').role, 'Major General');
    assert.equal(entities.filter((found) => found.type === 'person').length, 3);
  });
});

describe('Words after a name', () => {
  it('leaves out a post-nominal such as "MP", and keeps "PAC" at the end of a committee', () => {
    const entities = index('Title\n\nTom Harlow MP spoke. The Safer Streets PAC paid for the ads.').entities;
    assert.equal(entity(entities, 'Tom Harlow').type, 'person');
    assert.equal(entity(entities, 'Safer Streets PAC').type, 'organization');
  });
});

describe('Words in capitals', () => {
  it('keeps acronyms of organizations, not common words of a headline in capitals or time zones', () => {
    const names = index('Title\n\nWHAT’S NEXT. Polls close at 8 p.m. EST, and HE\'S READY. Officials at the FDA agreed.').entities.map((found) => found.name);
    assert.deepEqual(names, ['Food and Drug Administration']);
    // A live blog's time stamps name the zone in two letters.
    assert.deepEqual(index('Title\n\n11:58 p.m. MT — The race is called. 10:42 a.m. ET — Polls close at 8 p.m. PT.').entities, []);
    // Nor the initials of medicine and money: a scan, a ward, a vaccine, a share sale.
    assert.deepEqual(index('Title\n\nHe needed an MRI. The ER was full, MMR shots ran out, and the IPO waited.').entities, []);
  });
});

describe('Courtesy titles and first names', () => {
  it('gives "Mr. Brandt" to the namesake of his gender, or to a person of his own, never to Laura Brandt', () => {
    const entities = index('Title\n\nLaura Brandt spoke first. Mr. Brandt, her husband, agreed. Mrs. Brandt left, and Mr. Brandt stayed.').entities;
    const laura = entity(entities, 'Laura Brandt');
    assert.equal(laura.mentions.length, 2);
    assert.ok(laura.aliases.includes('Mrs. Brandt') && !laura.aliases.includes('Mr. Brandt'));
    assert.equal(entity(entities, 'Mr. Brandt').mentions.length, 2);
    const withPaul = index('Title\n\nLaura Brandt and Paul Brandt spoke. Mr. Brandt agreed.').entities;
    assert.ok(entity(withPaul, 'Paul Brandt').aliases.includes('Mr. Brandt'));
  });

  it('keeps "Mrs. Brandt" apart from a Brandt whose first name tells no gender but whom the text called "Mr. Brandt"', () => {
    const entities = index('Title\n\nHelmut Brandt met Grace Okonkwo in 1953. "She won," Mr. Brandt said. "I was right," Mrs. Brandt said.').entities;
    assert.ok(!entity(entities, 'Helmut Brandt').aliases.includes('Mrs. Brandt'));
    assert.equal(entity(entities, 'Mrs. Brandt').type, 'person');
    // Nor does it go to a namesake of her gender whom the text names only later.
    const later = index('Title\n\nHarold Penhallow met Ruth Kettering in 1961. Mrs. Penhallow disputes this.\n\nTheir daughter, Isla Penhallow, laughed.').entities;
    assert.ok(!entity(later, 'Isla Penhallow').aliases.includes('Mrs. Penhallow'));
  });
});

describe('Roles set off by commas', () => {
  /** What each case shows, its text, and the role each person gets (null: none). First names outside the lists are on purpose. */
  const CASES: [string, string, [name: string, role: string | null][]][] = [
    ['trades: pollster, treasurer', 'Republican pollster Dana Whitby spoke first. Then the club’s treasurer, Ola Berg, agreed.',
      [['Dana Whitby', 'Republican pollster'], ['Ola Berg', "club's treasurer"]]],
    ['set off after an academic title', 'Professor Adrian Hill, director of the Jenner Institute, spoke. Senator Ann Lee, a former teacher, agreed.',
      [['Adrian Hill', 'director of the Jenner Institute'], ['Ann Lee', 'Senator']]],
    ['trades: actress, campaigner, delegate', 'Actress Rosa Delgado and Maria Tereza Santos, a campaigner from São Paulo, met Lars Holm, a Vermont delegate.',
      [['Rosa Delgado', 'Actress'], ['Maria Tereza Santos', 'campaigner from São Paulo'], ['Lars Holm', 'Vermont delegate']]],
    ['after a possessive; a relation is no role', 'Mayor Ann Lee and his campaign manager, Ola Berg, left. Her neighbour, Piet Dekker, nodded.',
      [['Ola Berg', 'campaign manager'], ['Piet Dekker', null]]],
    ['ending where a clause begins', 'Xiong Wei, a Chinese engineer working on a new plant, spoke. Ola Nyberg, a Norwegian nurse who lives nearby, agreed.',
      [['Xiong Wei', 'Chinese engineer'], ['Ola Nyberg', 'Norwegian nurse']]],
    ['a title written with a capital', 'The United Nations Secretary-General, António Guterres, spoke. The Turkish President, Ayla Demir, agreed.',
      [['António Guterres', 'United Nations Secretary-General'], ['Ayla Demir', 'Turkish President']]],
    ['common nouns before the role noun; a time is no role', 'Teresa Ribeiro, the EU\'s competition commissioner, spoke. Ola Berg, a political scientist at Lund University, agreed. Ann Lee, the last time the mayor came, was away.',
      [['Teresa Ribeiro', "EU's competition commissioner"], ['Ola Berg', 'political scientist at Lund University'], ['Ann Lee', null]]],
    ['without an article', 'RoseAnn Marsh, executive director of National Nurses United, spoke. Ola Berg, former mayor, agreed. Paris, France, waited.',
      [['RoseAnn Marsh', 'executive director of National Nurses United'], ['Ola Berg', 'former mayor']]],
    ['never a clause with a verb', 'President Ann Lee said Tom Hale, the nominee had some explaining to do, and left.',
      [['Tom Hale', null]]],
    ['closing in a common noun, or with a common owner', 'The chairman of the cooperative, Arvid Holm, disputes that. Later the union’s secretary, Sigrun Dahl, agreed. The head of the agency, Mia Berg, left.',
      [['Arvid Holm', 'chairman of the cooperative'], ['Sigrun Dahl', "union's secretary"], ['Mia Berg', 'head of the agency']]],
    ['of courts, firms and think tanks', 'Police found the defendant, Simon Tregarthen, by the machine. Her agent, Marcus Oyelaran, said no. Ruth Lowe, a senior fellow at the Hanley Institute, agreed.',
      [['Simon Tregarthen', 'defendant'], ['Marcus Oyelaran', 'agent'], ['Ruth Lowe', 'senior fellow at the Hanley Institute']]],
    ['a position or a trade before the name', 'The Pistons sent forward Marko Vukelic to Utah, praised kicker Enzo Faraci and hired showrunner Carla Benedetti.',
      [['Marko Vukelic', 'forward'], ['Enzo Faraci', 'kicker'], ['Carla Benedetti', 'showrunner']]],
    ['after "another" or "whose"', 'Another analyst, Dev Khatri, disagreed. The cafe, whose owner, Diane Albright, declined to comment, closed.',
      [['Dev Khatri', 'analyst'], ['Diane Albright', 'owner']]],
    ['with a named owner (kept with a plain apostrophe)', 'Acme’s chief executive, Jane Roe, spoke. Pershing Square’s founder, Bill Ackman, agreed.',
      [['Jane Roe', "Acme's chief executive"], ['Bill Ackman', "Pershing Square's founder"]]],
    ['with an owner after the name, or a plural owner before it', 'Hope Vance, Lena Myers’s spokeswoman, declined. Lena Myers’ campaign manager, Otto Brandt, spoke.',
      [['Hope Vance', "Lena Myers's spokeswoman"], ['Otto Brandt', "Lena Myers' campaign manager"]]],
    ['trades: neurosurgeon, host, comedian, lobbyist', 'Ben Varga, a retired neurosurgeon, spoke. Talk show host Ray Lund and comedian Ida Berg laughed. Ola Strand, a lobbyist, left.',
      [['Ben Varga', 'retired neurosurgeon'], ['Ray Lund', 'Talk show host'], ['Ida Berg', 'comedian'], ['Ola Strand', 'lobbyist']]],
    ['trades no list holds, by their ending; up to a relative clause or another description', 'Lena Vasquez, a microbiologist at Kell University and the study\'s lead author, spoke. Marc Obi, an environmental chemist at Tarn College who was not involved, and Ann Lee, a physician, agreed. Tom Hale, a photographer, came, as did Ida Berg, insist.',
      [['Lena Vasquez', 'microbiologist at Kell University'], ['Marc Obi', 'environmental chemist at Tarn College'], ['Ann Lee', 'physician'], ['Tom Hale', 'photographer'], ['Ida Berg', null]]],
    ['with a modifier or "and" before, a knight\'s title, a link right before the noun, a hyphenated trade', "Germany's agriculture minister, Klaus Hoffmann, spoke. Its founder and chief executive, Ida Berg, agreed. The club's chairman, Sir Anthony Blake, left. The spokesperson for agriculture, Eva Ruiz, said so. The Irish singer-songwriter Fionn Gallagher sang.",
      [['Klaus Hoffmann', "Germany's agriculture minister"], ['Ida Berg', 'founder and chief executive'], ['Anthony Blake', "club's chairman"], ['Eva Ruiz', 'spokesperson for agriculture'], ['Fionn Gallagher', 'Irish singer-songwriter']]],
    ['after the name rather than a relation before it, and no preposition in a role', 'Her eventual boss, Alan Greer, the chairman of Bear Lane, hired her. They rallied behind then-senator Ola Dahl.',
      [['Alan Greer', 'chairman of Bear Lane'], ['Ola Dahl', 'then-senator']]],
    ['after a title of address, without an age, with a capitalized title as the noun, and a member', 'The Right Reverend Paul Ashby, the Anglican Bishop of Oakmont, prayed. Amina Chaudhry, a 34-year-old pharmacist, agreed. Board member Gary Feld and Ann Lee, a member of the council, left.',
      [['Paul Ashby', 'Anglican Bishop of Oakmont'], ['Amina Chaudhry', 'pharmacist'], ['Gary Feld', 'Board member'], ['Ann Lee', 'member of the council']]],
    ['with a plural owner written as the text writes it', "Farmers' leader Dattatreya Kale spoke.", [['Dattatreya Kale', "Farmers' leader"]]],
    ['without "then"', 'Last November, the then chief selector, Imtiaz Haider, resigned.', [['Imtiaz Haider', 'chief selector']]],
    ['of coaches and principals, and a capitalized title with its link before the name', "Wallabies coach Brendan Coyle and school principal Dana Fuerst spoke. It rained. Manitoba's Minister of Agriculture, Derek Sawatzky, agreed.",
      [['Brendan Coyle', 'Wallabies coach'], ['Dana Fuerst', 'school principal'], ['Derek Sawatzky', "Manitoba's Minister of Agriculture"]]],
    ['of a soldier\'s rank in a corps', 'Former Army Ranger Trent Wakefield won.', [['Trent Wakefield', 'Former Army Ranger']]],
    ['of positions in a sport', 'Winger Jamal Okafor crossed and Harrowgate defender Marcus Adeyemi cleared. Quarterback Ty Rowe threw.',
      [['Jamal Okafor', 'Winger'], ['Marcus Adeyemi', 'Harrowgate defender'], ['Ty Rowe', 'Quarterback']]],
  ];

  for (const [shows, text, roles] of CASES) {
    it(`gives the role ${shows}`, () => {
      const entities = index(`Title\n\n${text}`).entities;
      for (const [name, role] of roles) assert.equal(entity(entities, name).role, role, name);
      // The role phrase is no person of its own ("chairman", "Her neighbour"), nor is a place set off by commas.
      const people = entities.filter((found) => found.type === 'person').map((found) => found.name);
      assert.deepEqual(people.filter((name) => !/^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*$/u.test(name) || /Paris|France/.test(name)), []);
    });
  }
});

describe('Towns', () => {
  it('makes a place of a town the text places in a known state or country, and of a name ending in "Beach" or "Springs"', () => {
    const text = 'Title\n\nCarol Dunn of Dayton, Ohio, moved to Kharkiv, Ukraine, then to Vero Beach and Palm Springs. Tampa Bay, Fla., won.';
    assertTypes(text, [['Dayton', 'place'], ['Kharkiv', 'place'], ['Vero Beach', 'place'], ['Palm Springs', 'place'], ['Carol Dunn', 'person']]);
    assert.ok(!index(text).entities.some((found) => found.name === 'Bay'));
  });
});

describe('State abbreviations', () => {
  it('reads "Mass." as the state after a town, not after "the" ("did not attend the Mass."), and keeps "the U.S."', () => {
    const names = index('Title\n\nThe bishop did not attend the Mass. He lives in Boston, Mass. The U.S. agreed.').entities.map((found) => found.name);
    assert.deepEqual(names, ['Boston', 'Massachusetts', 'United States']);
  });
});

describe('Sides of places', () => {
  it('makes a place of a side of a known place ("South Florida", "West Dayton"), or of an unknown one after "in" ("in Northern Luzon"), not of an outlet ("Western Journalism")', () => {
    assertTypes('Title\n\nRain hit South Florida and West Miami, and the storm moved in Northern Luzon.', [
      ['South Florida', 'place'], ['West Miami', 'place'], ['Northern Luzon', 'place'],
    ]);
    assert.ok(!index('Title\n\nHe told Western Journalism so.').entities.some((found) => found.type === 'place'));
  });
});

describe('British and Irish places', () => {
  it('knows counties and towns of Britain and Ireland ("of Harrogate", "Co Tipperary", "in Cornwall")', () => {
    assertTypes('Title\n\nAlan Tregarthen, 47, of Harrogate, denied it. Farmers in Co Tipperary and Cornwall agreed.', [
      ['Alan Tregarthen', 'person'], ['Harrogate', 'place'], ['Tipperary', 'place'], ['Cornwall', 'place'],
    ]);
  });
});

describe('Companies', () => {
  it('joins a firm\'s name by " & " though a first name follows it ("Cushman & Wakefield", "Barrow & Kent Supplies"), not two people', () => {
    assertTypes('Title\n\nShe works for Cushman & Wakefield, and he for Barrow & Kent Supplies.', [['Cushman & Wakefield', 'organization'], ['Barrow & Kent Supplies', 'organization']]);
    assert.deepEqual(index('Title\n\nRudy Giuliani & Jeff Sessions spoke.').entities.map((found) => found.name), ['Rudy Giuliani', 'Jeff Sessions']);
    assertTypes('Title\n\nHenrik Dahl of Morrow & Pike agreed.', [['Henrik Dahl', 'person'], ['Morrow & Pike', 'organization']]);
  });

  it('knows a company by its name without its legal form, once named in full', () => {
    const entities = index('Title\n\nAcme Corp. said on Monday it would cut jobs. Acme shares fell. Northwind Holdings said it would buy Acme. Northwind declined to comment.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.mentions.length]), [['Acme Corp.', 3], ['Northwind Holdings', 2]]);
    // Not when a person goes by that name, named before or after the company.
    const garza = index('Title\n\nGarza Holdings v. United States was decided. The Corps fined Miguel Garza, a rancher. Garza argued it was unfair.').entities;
    assert.deepEqual(entity(garza, 'Miguel Garza').mentions.map((mention) => mention.text), ['Miguel Garza', 'Garza']);
  });

  it('knows a firm by its name without its trade, once named in full ("Korvant Therapeutics" … "Korvant")', () => {
    assert.deepEqual(entity(index('Title\n\nBrightwell Mutual was hacked. The company said it was sorry.').entities, 'Brightwell Mutual').mentions.map((mention) => mention.text), ['Brightwell Mutual', 'The company']);
    const entities = index('Title\n\nKorvant Therapeutics said its drug worked. Korvant plans a bigger trial, and Pinecrest Grocers agreed.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type, found.mentions.length]), [['Korvant Therapeutics', 'organization', 2], ['Pinecrest Grocers', 'organization', 1]]);
  });

  it('knows a shop by its word, named for its owner too ("Falcone\'s Deli", "the Riverside Diner", "the Suirvale Co-op")', () => {
    assertTypes('Title\n\nNoreen Falcone owns Falcone\'s Deli. Pete Lowry owns the Riverside Diner, and the Suirvale Co-op paid less.', [
      ['Noreen Falcone', 'person'], ["Falcone's Deli", 'organization'], ['Riverside Diner', 'organization'], ['Suirvale Co-op', 'organization'],
    ]);
  });

  it('knows a firm by the trade its name ends in: research, economics, strategies', () => {
    assertTypes('Title\n\nThe study, prepared by Stonebridge Economics, was checked by Brightline Research and Tolland Strategies.', [
      ['Stonebridge Economics', 'organization'],
      ['Brightline Research', 'organization'],
      ['Tolland Strategies', 'organization'],
    ]);
  });
});

describe('Teams', () => {
  it('makes an organization of a place and one plural name after it, but not of a place\'s own plural word, a people or "Sens."', () => {
    const text = 'Title\n\nThe Miami Dolphins beat the New York Jets. Washington Heights cheered. Nagorno-Karabakh Armenians marched. Florida Sens. Ana Ruiz spoke.';
    assert.deepEqual(index(text).entities.filter((found) => found.type === 'organization').map((found) => found.name), ['Miami Dolphins', 'New York Jets']);
  });

  it('makes an organization of a club by its ending ("Kestrel Rovers", "Dunmore Athletic", "Pell Golf Club"), a place of "Harwell Town", and gives a boss a role', () => {
    const text = 'Title\n\nKestrel Rovers beat Harwell Town, and Dunmore Athletic lost at home. The Pell Golf Club watched. Harwell boss Danny Roe was furious.';
    assertTypes(text, [['Kestrel Rovers', 'organization'], ['Dunmore Athletic', 'organization'], ['Pell Golf Club', 'organization'], ['Harwell Town', 'place'], ['Danny Roe', 'person']]);
    assert.equal(entity(index(text).entities, 'Danny Roe').role, 'Harwell boss');
  });
});

describe('Trades', () => {
  it('reads trades and sports as roles ("his barrister, Owen Price,", "retired docker Alan Pryce", "England footballer …") and a hospice as an organization', () => {
    const entities = index('Title\n\nIn mitigation, his barrister, Owen Price, spoke. Her neighbour, retired docker Alan Pryce, disagreed. The Little Lights Hospice thanked donors.').entities;
    assert.equal(entity(entities, 'Owen Price').role, 'barrister');
    assert.equal(entity(entities, 'Alan Pryce').role, 'retired docker');
    assert.equal(entity(entities, 'Little Lights Hospice').type, 'organization');
    const sport = index('Title\n\nEngland footballer Dean Marsh and his publicist, Ann Lee, met golfer Tom Hale.').entities;
    assert.deepEqual(['Dean Marsh', 'Ann Lee', 'Tom Hale'].map((name) => entity(sport, name).role), ['England footballer', 'publicist', 'golfer']);
  });
});

describe('Storms and operations', () => {
  it('makes an event of a storm or an operation by the word that opens its name', () => {
    const text = 'Title\n\nHurricane Delia made landfall. After Hurricane Ulla, the city changed. Tropical Storm Ana weakened. Operation Harbor Shield began. Hurricane season starts.';
    assert.deepEqual(index(text).entities.map((found) => [found.name, found.type]), [
      ['Hurricane Delia', 'event'], ['Hurricane Ulla', 'event'], ['Tropical Storm Ana', 'event'], ['Operation Harbor Shield', 'event'],
    ]);
  });
});

describe('Gazetteer', () => {
  it('knows more US towns, counties and parks, tribal nations and unions', () => {
    const text = 'Title\n\nFarmers near Ames and Mankato met in Lahaina, on Maui, and in Miami-Dade. The Navajo Nation and the Communications Workers of America (CWA) sued; Yellowstone National Park closed.';
    assert.deepEqual(index(text).entities.map((found) => [found.name, found.type]), [
      ['Ames', 'place'], ['Mankato', 'place'], ['Lahaina', 'place'], ['Maui', 'place'], ['Miami-Dade', 'place'],
      ['Navajo Nation', 'organization'], ['Communications Workers of America', 'organization'], ['Yellowstone National Park', 'place'],
    ]);
  });
});

describe('Organizations named after their noun', () => {
  it('reads a name after "a group called" whatever its words, and one opening with a people\'s or a place\'s word after the noun', () => {
    const text = 'Title\n\nA group called Bryan County Neighbors met. Guerline Baptiste leads the advocacy group Haitian Families Forward. The nonprofit Elbe Alive sued.';
    const found = index(text).entities;
    assert.deepEqual(['Bryan County Neighbors', 'Haitian Families Forward', 'Elbe Alive'].map((name) => entity(found, name).type), ['organization', 'organization', 'organization']);
    // A body names itself: "calling itself".
    assert.equal(entity(index('Title\n\nA group of parents calling itself Lake County Mothers filed a challenge.').entities, 'Lake County Mothers').type, 'organization');
    // A first name after the noun may open a clause: "the group Hillary Clinton founded".
    assert.equal(entity(index('Title\n\nShe praised the group Hillary Clinton founded.').entities, 'Hillary Clinton').type, 'person');
  });
});

describe('Honorifics after a role', () => {
  it('reads the name after "Egyptologist Dr.": one word before an honorific that is no first name is a role', () => {
    const found = index('Title\n\nThe find was rare, said Egyptologist Dr. Farida Nassar-Holt.').entities;
    assert.deepEqual(found.map((one) => [one.name, one.type]), [['Farida Nassar-Holt', 'person']]);
  });
});

describe('Regional units', () => {
  it('reads a company name and the region its unit serves as one organization ("Harrow Motors North America")', () => {
    const found = index('Title\n\nHarrow Motors North America filed the suit. Loyola University Maryland joined.').entities;
    assert.deepEqual(found.map((one) => [one.name, one.type]), [['Harrow Motors North America', 'organization'], ['Loyola University Maryland', 'organization']]);
  });
});

describe('Organization words', () => {
  it('knows the last words of utilities, publishers, labels, shipping lines, guilds and airlines', () => {
    const text = 'Title\n\nKeystone Valley Gas and the Georgia Environmental Protection Division spoke. Greyfield Books, Harbor Records, Norhavn Lines, Halden Maritime, the Quillfeather Workers Guild and SkyCrest Air agreed.';
    assert.deepEqual(index(text).entities.map((found) => [found.name, found.type]), [
      ['Keystone Valley Gas', 'organization'], ['Georgia Environmental Protection Division', 'organization'], ['Greyfield Books', 'organization'],
      ['Harbor Records', 'organization'], ['Norhavn Lines', 'organization'], ['Halden Maritime', 'organization'],
      ['Quillfeather Workers Guild', 'organization'], ['SkyCrest Air', 'organization'],
    ]);
  });
});

describe('First names in places', () => {
  it('reads a first name before a word of geography with more words after it as a place\'s, in a role ("Harmon Falls Utilities Director")', () => {
    const found = index('Title\n\n"It was bad," said Harmon Falls Utilities Director Raymond Okafor.').entities;
    assert.deepEqual(found.map((one) => [one.name, one.type, one.role]), [['Raymond Okafor', 'person', 'Harmon Falls Utilities Director']]);
  });
});

describe('Titles before places', () => {
  it('reads a title before a word of geography or of an address as the place it names ("Lieutenant Island", "the Queen City")', () => {
    const found = index('Title\n\nA walker on Lieutenant Island spotted the whale. Fans filled the Queen City.').entities;
    assert.deepEqual(found.map((one) => [one.name, one.type]), [['Lieutenant Island', 'place'], ['Queen City', 'place']]);
  });
});

describe('Washington', () => {
  it('reads "Washington" set off after a town as the state, not the capital', () => {
    const found = index('Title\n\nA hiker from Spokane, Washington, was hurt. He criticized Trump, Washington, and the press.').entities;
    assert.deepEqual(found.filter((one) => one.aliases.includes('Washington') || one.mentions.some((mention) => mention.text === 'Washington')).map((one) => one.name), ['Washington State', 'United States']);
  });
});

describe('Initials', () => {
  it('finds a body by its initials written with periods, after the country\'s, or with those of "of" and "and"', () => {
    const text = 'Title\n\nThe Metropolitan Transportation Authority met. A spokesman for the M.T.A. spoke. The Chicago Department of Transportation agreed; CDOT paid. The U.S. Cybersecurity and Infrastructure Security Agency warned; CISA said more.';
    assert.deepEqual(index(text).entities.map((found) => [found.name, found.mentions.length]), [
      ['Metropolitan Transportation Authority', 2], ['Chicago Department of Transportation', 2], ['U.S. Cybersecurity and Infrastructure Security Agency', 2],
    ]);
  });
});

describe('Names cut after their middle word', () => {
  it('reads the first two words of a three-word name as that person ("Mohammad Nasir" after "Mohammad Nasir Rahimi"), not of "Cassius Clay Sr."', () => {
    const found = index('Title\n\nMohammad Nasir Rahimi, 42, spoke. Mohammad Nasir, a former teacher, now drives a forklift.').entities;
    assert.deepEqual(found.map((one) => [one.name, one.mentions.length]), [['Mohammad Nasir Rahimi', 2]]);
    const father = index('Title\n\nCassius Clay Sr. painted signs. Cassius Clay boxed.').entities;
    assert.equal(father.length, 2);
  });
});

describe('Royal and government houses', () => {
  it('knows palaces and houses that speak for their households, and castles and abbeys as places', () => {
    const text = 'Title\n\nBuckingham Palace said the King was resting; Downing Street declined to comment. Guests left Westminster Abbey for Windsor Castle.';
    assert.deepEqual(index(text).entities.map((found) => [found.name, found.type]), [
      ['Buckingham Palace', 'organization'], ['Downing Street', 'organization'], ['Westminster Abbey', 'place'], ['Windsor Castle', 'place'],
    ]);
  });
});

describe('Appositives headed by a person', () => {
  it('keeps a person whose aside is a person\'s noun before a body ("Matthias Greiling, an analyst at the firm")', () => {
    const found = index('Title\n\n"There is no quick fix," said Matthias Greiling, an analyst at the firm.').entities;
    assert.deepEqual(found.map((one) => [one.name, one.type]), [['Matthias Greiling', 'person']]);
  });
});

describe('Months as given names', () => {
  it('reads April, June and August before a surname as given names, not after a date\'s word ("a June Trump rally", "In June Clark won")', () => {
    const found = index('Title\n\nJune Greaves, 71, met Howard Greaves. April Ryan, 50, asked. At a June Trump rally, voters cheered. In June Clark won.').entities;
    assert.deepEqual(found.filter((one) => one.type === 'person').map((one) => one.name).slice(0, 3), ['June Greaves', 'Howard Greaves', 'April Ryan']);
    assert.equal(found.some((one) => one.name.startsWith('June T') || one.name.startsWith('June C')), false);
  });
});

describe('Surnames that are places', () => {
  it('reads a one-word place closing a run after a title and one given name as the surname ("Rep. Carlton Brisbane")', () => {
    const found = index('Title\n\nRep. Carlton Brisbane, R-Texas, spoke first.').entities;
    assert.deepEqual(found.map((one) => [one.name, one.type]), [['Carlton Brisbane', 'person'], ['Texas', 'place']]);
  });
});

describe('Bodies with links in their names', () => {
  it('knows the Court of Arbitration for Sport and the Fraternal Order of Police, whose links cut them short', () => {
    const found = index('Title\n\nThe Court of Arbitration for Sport upheld the ban; CAS said more. The Fraternal Order of Police objected.').entities;
    assert.deepEqual(found.map((one) => [one.name, one.mentions.length]), [['Court of Arbitration for Sport', 2], ['Fraternal Order of Police', 1]]);
  });
});

describe('Tournaments', () => {
  it('makes an event of a tournament named by its last word (Masters, Open, Classic, Invitational, Tournament)', () => {
    const text = 'Title\n\nNightjar won the Vanguard Masters on Sunday. The Harbor Classic and the Lakeside Invitational drew crowds.';
    assert.deepEqual(index(text).entities.map((found) => [found.name, found.type]), [
      ['Vanguard Masters', 'event'], ['Harbor Classic', 'event'], ['Lakeside Invitational', 'event'],
    ]);
  });
});

describe('Names joined by an ampersand', () => {
  it('keeps capitals joined by "&" as one name, and a Q&A is no organization', () => {
    const text = 'Title\n\nShe left AT&T for Texas A&M University, then BMS&K. The Q&A ran long.';
    assertTypes(text, [['AT&T', 'organization'], ['Texas A&M University', 'organization'], ['BMS&K', 'organization']]);
    assert.ok(!index(text).entities.some((found) => found.name.includes('Q&A') || found.name === 'M University'));
  });

  it('makes a firm of names joined by " & ", not of two people, and ends a company at "Co."', () => {
    const entities = index('Title\n\nShe joined Procter & Gamble, then the fund Brandt & Co. Obama aides met Jim & Sarah Lee, Tom Hale & Sen. Ana Ruiz. Ann & I left.').entities;
    assert.deepEqual(entities.filter((found) => found.name.includes('&')).map((found) => [found.name, found.type]), [
      ['Procter & Gamble', 'organization'], ['Brandt & Co.', 'organization'],
    ]);
    assert.equal(entity(entities, 'Ana Ruiz').type, 'person');
  });
});

describe('A person "of" an institution', () => {
  it('splits the person from the institution, and keeps an institution named "of" something whole', () => {
    const entities = index('Title\n\nMaria Sokol of the Harbor Daily News asked. Students of the Institute of Marine Studies agreed.').entities;
    assert.equal(entity(entities, 'Maria Sokol').type, 'person');
    assert.equal(entity(entities, 'Harbor Daily News').type, 'organization');
    assert.equal(entity(entities, 'Institute of Marine Studies').type, 'organization');
    assert.ok(!entities.some((found) => found.name.includes('Sokol of')));
  });

  it('splits a surname after a title, or two words no list knows, from the institution after "of"', () => {
    const entities = index('Title\n\nJustice Varga of the Harbor Court agreed. Dayo Okonkwo-Baptiste of the Coastal Policy Center and Article IV of the Constitution did not.').entities;
    const organizations = entities.filter((found) => found.type === 'organization').map((found) => found.name);
    assert.ok(organizations.includes('Harbor Court') && organizations.includes('Coastal Policy Center'), organizations.join(', '));
    assert.ok(!entities.some((found) => found.name.includes('Varga of') || found.name.includes('Baptiste of')));
    // Named with an institution, a person needs no known first name.
    assert.equal(entity(entities, 'Dayo Okonkwo-Baptiste').type, 'person');
    assert.ok(entities.some((found) => found.name === 'Article IV of the Constitution'), 'a numbered article stays whole');
  });

  it('ends a name of unknown words before the "of" that joins it to a known place', () => {
    const entities = index('Title\n\nLead author Dr. Aiko Tanaka of Kyoto University spoke. Tanaka smiled. He backed the “Justice Against Polluters of Rivers Act” in May.').entities;
    assert.deepEqual(entity(entities, 'Aiko Tanaka').mentions.map((mention) => mention.text), ['Aiko Tanaka', 'Tanaka']);
    assert.equal(entity(entities, 'Kyoto University').type, 'organization');
    // A title ("Justice") before common words names no person, so the run is not cut at its "of".
    assert.deepEqual(entities.filter((found) => found.type === 'person').map((found) => found.name), ['Aiko Tanaka']);
    assert.ok(!entities.some((found) => found.name === 'Rivers Act'));
    assert.ok(!entities.some((found) => found.name.endsWith(' of')));
  });

  it('splits them after a title or role too, which stays the person\'s role and names no magazine', () => {
    const entities = index('Title\n\nProfessor Rita Chen of the State University spoke. Economist Omar Haddad of the Harbor Institute agreed.').entities;
    assert.equal(entity(entities, 'Rita Chen').role, 'Professor');
    assertTypes('Title\n\nProfessor Rita Chen of the State University spoke. Economist Omar Haddad of the Harbor Institute agreed.', [
      ['State University', 'organization'], ['Omar Haddad', 'person'], ['Harbor Institute', 'organization'],
    ]);
    assert.deepEqual(entities.filter((found) => / of /.test(found.name) || found.name.includes('Economist')).map((found) => found.name), []);
  });
});

describe('buildEntityIndex on a headline in title case', () => {
  it('keeps only names the body confirms', () => {
    const text = 'Senate Votes On New Bill As Talks Stall Over Cruz Plan\nAuthor: Kim Lee\nDate: 2016-03-01\n\nThe Senate met on Monday. Sen. Ted Cruz said the plan was dead.';
    const entities = index(text).entities;
    assert.deepEqual(entities.map((found) => found.name), ['Senate', 'Kim Lee', 'Ted Cruz']);
    assert.equal(entity(entities, 'Senate').mentions[0].start, 0);
  });

  it('reads a headline line in the body the same way, but not a label, a quote or a sentence', () => {
    const text = 'Title\n\nRelated:\n\nRita Holm Scores Direct Hit On Ola Berg.\n\nOla Berg left.\n\nMayor Ivo Lund Of Lindholm:\n\n"We Stand With The Port," said Ada Moss.\n\nEva Strand Joined The Board.';
    const names = index(text).entities.map((found) => found.name);
    assert.ok(names.includes('Ola Berg') && !names.some((name) => name.startsWith('Rita Holm')), names.join(', '));
    assert.ok(names.includes('Ivo Lund') && names.includes('Ada Moss'), names.join(', '));
    assert.ok(!names.includes('Eva Strand Joined'), names.join(', '));
  });

  it('reads a title that the first chunk of a long text cuts', () => {
    // Without periods or line breaks the first chunk ends at the first space after 65,536 characters: one inside the title.
    const headline = 'Senate Votes On New Bill As Talks Stall Over Cruz Plan';
    const start = 65530;
    const text = `${'word '.repeat(start / 5)}${headline} and the Senate met while Ted Cruz spoke`;
    const end = start + headline.length;
    const header = { ...parseHeader(text), title: headline, titleSpan: { start, end }, bodyStart: end + 1 };
    const entities = buildEntityIndex(text, header).entities;
    assert.deepEqual(entities.map((found) => found.name), ['Senate', 'Ted Cruz']);
    assert.equal(entity(entities, 'Senate').mentions[0].start, start);
  });
});

describe('Gazetteer names in the text', () => {
  it('finds a name whose words a no-break space joins', () => {
    const text = 'Title\n\nOfficials in New\u00a0York said the port would reopen.';
    const place = entity(index(text).entities, 'New York');
    assert.equal(place.type, 'place');
    assert.equal(place.mentions[0].text, 'New\u00a0York');
  });
});

describe('EntityIndex for attribution', () => {
  const text = 'Title\n\nNATO Secretary General Jens Stoltenberg spoke. Stoltenberg said he would stay. A spokeswoman, Mara Quill, agreed.';

  it('resolves surnames, titled names and gazetteer aliases to existing entities', () => {
    const entities = index(text);
    const at = text.indexOf('Stoltenberg said');
    const resolved = entities.resolveName({ start: at, end: at + 11, text: 'Stoltenberg' });
    assert.equal(resolved.name, 'Jens Stoltenberg');
    const titled = entities.resolveName({ start: 7, end: 46, text: 'NATO Secretary General Jens Stoltenberg' });
    assert.equal(titled.name, 'Jens Stoltenberg');
    const alliance = entities.resolveName({ start: 7, end: 11, text: 'NATO' }, 'organization');
    assert.equal(alliance.id, 'organization:nato');
  });

  it('resolves a titled form never written in the text', () => {
    const entities = index(text);
    const span = { start: 0, end: 5, text: 'Secretary General Jens Stoltenberg' };
    assert.equal(entities.resolveName(span).name, 'Jens Stoltenberg');
    assert.equal(entities.resolveName({ start: 1, end: 5, text: 'the US President Jens Stoltenberg' }).name, 'Jens Stoltenberg');
    const spaced = { start: 2, end: 5, text: 'the\tUS President  Jens Stoltenberg’s' };
    assert.equal(entities.resolveName(spaced).name, 'Jens Stoltenberg', 'irregular spaces and a possessive');
  });

  it('creates an entity for an unknown name, typed by the hint', () => {
    const entities = index(text);
    const before = entities.entities.length;
    const at = text.indexOf('A spokeswoman');
    const created = entities.resolveName({ start: at, end: at + 13, text: 'A spokeswoman' }, 'organization');
    assert.equal(created.type, 'organization');
    assert.equal(entities.entities.length, before + 1);
    assert.equal(entities.resolveName({ start: at, end: at + 13, text: 'A spokeswoman' }), created, 'same span, same entity');
  });

  it('types an unknown description without a hint by its head noun: a document, an organization, else a person', () => {
    const entities = index(text);
    const described = (words: string, at: number) => entities.resolveName({ start: at, end: at + words.length, text: words });
    assert.equal(described('the unsigned memo', 0).type, 'work');
    assert.equal(described('the drugmaker', 20).type, 'organization');
    assert.equal(described('the neighbor', 40).type, 'person');
  });

  it('records pronoun mentions and returns mentions in document order', () => {
    const entities = index(text);
    const stoltenberg = entity(entities.entities, 'Jens Stoltenberg');
    const he = text.indexOf(' he ') + 1;
    entities.addMention(stoltenberg, { start: he, end: he + 2, text: 'he' }, 'pronoun');
    const inSentence = entities.mentionsIn(text.indexOf('Stoltenberg said'), text.indexOf('A spokeswoman'));
    assert.deepEqual(inSentence.map((mention) => [mention.text, mention.kind]), [['Stoltenberg', 'alias'], ['he', 'pronoun']]);
    assert.deepEqual(stoltenberg.mentions.map((mention) => mention.start), stoltenberg.mentions.map((mention) => mention.start).sort((a, b) => a - b));
    assert.ok(!stoltenberg.aliases.includes('he'));
    assert.deepEqual(entities.mentionsIn(0, 7), []);
  });

  it('turns an appositive name into a person', () => {
    const quill = entity(index(text).entities, 'Mara Quill');
    assert.equal(quill.type, 'person');
    assert.equal(quill.role, 'spokeswoman');
    assert.deepEqual(quill.aliases, [], 'an indefinite role phrase is no name for her');
  });

  it('reads a role after the name, and needs a first name, a title or a role before calling two words a person', () => {
    const entities = index('Title\n\n"We are ready," said Oda Brannigan, a spokeswoman for the mayor. The parade in Coral Gables drew the two Texans Ted Cruz and Rick Perry.').entities;
    assert.equal(entity(entities, 'Oda Brannigan').role, 'spokeswoman for the mayor');
    assert.ok(!entities.some((found) => found.name === 'Coral Gables'));
    assert.equal(entity(entities, 'Ted Cruz').type, 'person');
    assert.equal(entity(entities, 'Rick Perry').type, 'person');
    const mentioned = index('Title\n\nOda Brannigan spoke first. Brannigan said the plan was sound.').entities;
    assert.deepEqual(entity(mentioned, 'Oda Brannigan').aliases, ['Brannigan'], 'a surname used alone confirms an unknown first name');
    // So does a verb of speech right after the two words, not after the end of a longer name.
    assert.equal(entity(index('Title\n\nAaliyah Prescott, 13, was in the room.').entities, 'Aaliyah Prescott').type, 'person', 'an age set off after the name');
    const speaking = index('Title\n\nAt the school, teacher Samer Obeidat said attendance had dropped. The Office of Professional Conduct said nothing.').entities;
    assert.equal(entity(speaking, 'Samer Obeidat').type, 'person');
    assert.ok(!speaking.some((found) => found.name === 'Professional Conduct'));
  });
});

describe('buildEntityIndex with the world gazetteers', () => {
  const typed = (entities: Entity[]) => new Map(entities.map((found) => [found.name, found.type]));

  it('types seas, straits, regions and cities far from the capitals as places', () => {
    const entities = index('Title\n\nTankers left Casablanca for the Black Sea, avoiding the Strait of Hormuz, while aid reached South Asia.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [
      ['Casablanca', 'place'], ['Black Sea', 'place'], ['Strait of Hormuz', 'place'], ['South Asia', 'place'],
    ]);
  });

  it('types provinces, states and towns of the news beyond the capitals as places', () => {
    const entities = index('Title\n\nOfficials in Brandenburg and Sindh met. A takeaway in east Bristol closed, as did a shop in Council Bluffs and one in Szczecin.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [
      ['Brandenburg', 'place'], ['Sindh', 'place'], ['Bristol', 'place'], ['Council Bluffs', 'place'], ['Szczecin', 'place'],
    ]);
  });

  it('merges capitals into every UN member country and acronyms into agencies', () => {
    const entities = index('Title\n\nThe junta in Ouagadougou said Burkina Faso would stay. The Centers for Disease Control and Prevention agreed; the CDC sent a team.').entities;
    assert.deepEqual(entity(entities, 'Burkina Faso').aliases, ['Ouagadougou']);
    const cdc = entity(entities, 'Centers for Disease Control and Prevention');
    assert.equal(cdc.type, 'organization');
    assert.deepEqual(cdc.aliases, ['CDC']);
  });

  it('keeps a country that is also a first name a person before a surname', () => {
    const entities = index('Title\n\nJordan Whitfield met Chad Brennan in Amman. Whitfield told the Austin Chronicle that Jordan and Chad had signed.').entities;
    const types = typed(entities);
    assert.equal(types.get('Jordan Whitfield'), 'person');
    assert.equal(types.get('Chad Brennan'), 'person');
    assert.equal(types.get('Austin Chronicle'), 'organization', 'an organization word after a first name still names an organization');
    const titled = typed(index('Title\n\nVirginia AFL-CIO President Nora Blake spoke.').entities);
    assert.equal(titled.get('Nora Blake'), 'person');
    assert.equal(titled.get('Virginia'), 'place');
    assert.deepEqual(entity(entities, 'Jordan').mentions.map((mention) => mention.text), ['Amman', 'Jordan']);
    assert.deepEqual(entity(entities, 'Chad').mentions.map((mention) => mention.text), ['Chad']);
  });

  it('types a name after an organization noun as an organization, but not a person or a compound', () => {
    const entities = index('Title\n\nPassenger group Fair Fares and the advocacy group Open Doses objected. The company Quillfeather disagreed at the company\'s Oakwood plant. It is a group Ellen Marsh founded.').entities;
    const types = typed(entities);
    assert.equal(types.get('Fair Fares'), 'organization');
    assert.equal(types.get('Open Doses'), 'organization');
    assert.equal(types.get('Quillfeather'), 'organization');
    assert.equal(types.get('Ellen Marsh'), 'person');
    assert.ok(!types.has('Oakwood'));
  });

  it('types the name after "the journal" or "the magazine" as an organization, but not a name opening the clause after "told the …"', () => {
    const types = typed(index('Title\n\nIt ran in the journal Ocean Letters and the magazine Tidewater. He told the magazine Harlow had lied.').entities);
    assert.equal(types.get('Ocean Letters'), 'organization');
    assert.equal(types.get('Tidewater'), 'organization');
    assert.notEqual(types.get('Harlow'), 'organization');
  });

  it('types a name set off by commas after an organization noun as an organization', () => {
    const types = typed(index('Title\n\nThe chipmaker, Veltrion, said it would appeal. A spokesman, Tobias Wren, and the supplier, Quistel said no.').entities);
    assert.equal(types.get('Veltrion'), 'organization');
    assert.equal(types.get('Tobias Wren'), 'person', 'a person noun types nothing');
    assert.ok(!types.has('Quistel'), 'no closing comma: a slip, not an appositive');
  });

  it('types a name set off after a body\'s noun and its modifiers ("their largest federation, Agrifed,"), and reads that noun later as the name', () => {
    const entities = index('Title\n\nThe national water agency, Aquanor, cut supplies. Their largest federation, Agrifed, objected. Later the agency said it would review the cuts.').entities;
    const types = typed(entities);
    assert.equal(types.get('Aquanor'), 'organization');
    assert.equal(types.get('Agrifed'), 'organization');
    assert.deepEqual(entity(entities, 'Aquanor').mentions.map((mention) => mention.text), ['Aquanor', 'the agency']);
    // Written with a capital, as European and British styles write a body's head noun.
    const capital = index('Title\n\nThe Harbor Commission met. The Commission said so, and the commission agreed.').entities;
    assert.deepEqual(entity(capital, 'Harbor Commission').mentions.map((mention) => mention.text), ['Harbor Commission', 'The Commission', 'the commission']);
    // A head of the body's own name outranks the noun that introduced another: the contractor the district hired.
    const hired = index('Title\n\nParents sued the Millbrook Unified School District. A firm hired by the district, Tri-Valley Services, found mold. The district denied it.').entities;
    assert.equal(typed(hired).get('Millbrook Unified School District'), 'organization');
    assert.deepEqual(entity(hired, 'Millbrook Unified School District').mentions.map((mention) => mention.text), ['Millbrook Unified School District', 'the district', 'The district']);
  });

  it('types a name by the noun before it, through "called" too: "the union FNV Havenbond", "the service FuelWatch", "a supplier called Pennine Timber"', () => {
    assertTypes('Title\n\nThe union FNV Havenbond struck, the price-tracking service FuelWatch said, and a supplier called Pennine Timber agreed.', [
      ['FNV Havenbond', 'organization'], ['FuelWatch', 'organization'], ['Pennine Timber', 'organization'],
    ]);
  });

  it('reads "the charity" as the name it came right before ("The charity Dementia Aid"), and "the company" as a name ending in a trade ("Corvane Logistics")', () => {
    const entities = index('Title\n\nThe charity Dementia Aid and Corvane Logistics met. Later the charity spoke, and the company said so.').entities;
    assert.deepEqual(entity(entities, 'Dementia Aid').mentions.map((mention) => mention.text), ['Dementia Aid', 'the charity']);
    assert.deepEqual(entity(entities, 'Corvane Logistics').mentions.map((mention) => mention.text), ['Corvane Logistics', 'the company']);
    assert.equal(entity(index('Title\n\nWestway Buses said so.').entities, 'Westway Buses').type, 'organization');
    assert.equal(entity(index('Title\n\nKeystone Agricultural Producers objected.').entities, 'Keystone Agricultural Producers').type, 'organization');
    assert.deepEqual(entity(index('Title\n\nHarlow United lost. Later the club said so.').entities, 'Harlow United').mentions.map((mention) => mention.text), ['Harlow United', 'the club']);
  });

  it('types a place or nationality followed by an institution of something as one organization', () => {
    const types = typed(index('Title\n\nResearchers at the Ohio Institute of Marine Studies and the Kenyan Ministry of Water agreed. The U.S. Department of Justice did not.').entities);
    assert.equal(types.get('Ohio Institute of Marine Studies'), 'organization');
    assert.ok(!types.has('Ohio'));
    assert.equal(types.get('Kenyan Ministry of Water'), 'organization');
    assert.equal(types.get('Justice Department'), 'organization', 'a known organization keeps its own name');
  });

  it('keeps a saint\'s or a group\'s possessive in an institution\'s name ("St. Brigid\'s Hospital", "Women\'s Media Center"), not a person\'s', () => {
    const types = typed(index('Title\n\nSt. Brigid\'s Hospital, St. Anselm College and the Women\'s Media Center agreed with Mayor Ann Lee\'s Council of Advisers.').entities);
    for (const name of ["St. Brigid's Hospital", 'St. Anselm College', "Women's Media Center"]) assert.equal(types.get(name), 'organization', name);
    // A saint's institution may name its field before its head word.
    assert.equal(typed(index("Title\n\nNurses at St. Brendan's Medical Center walked out.").entities).get("St. Brendan's Medical Center"), 'organization');
    assert.equal(types.get('Ann Lee'), 'person');
  });

  it('reads a name opened by an organization\'s head in another language as an organization ("Banca Serravalle", "Grupo Alfa")', () => {
    const entities = index('Title\n\nBanca Serravalle said it would not bid. Grupo Alfa agreed.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.name]), [['organization', 'Banca Serravalle'], ['organization', 'Grupo Alfa']]);
  });

  it('joins a company named with its legal form to the same name without it, and knows it by its trade short name ("Pellucid Software Corp." … "Pellucid")', () => {
    const headline = index('Harwell Chemicals nears deal\n\nHarwell Chemicals Inc. is nearing an agreement.').entities;
    assert.deepEqual(headline.map((found) => [found.name, found.mentions.length]), [['Harwell Chemicals', 2]]);
    const trade = index('Title\n\nPellucid Software Corp. reported results. Pellucid shares rose.').entities;
    assert.deepEqual(entity(trade, 'Pellucid Software Corp.').mentions.map((mention) => mention.text), ['Pellucid Software Corp.', 'Pellucid']);
  });

  it('knows a company with a legal form by its first word when that word is distinctive ("Castellan Property Group" … "Castellan said")', () => {
    const entities = index('Title\n\nCastellan Property Group bought the mall. Castellan said it would close. Lumen Candle Co. grew; Lumen has 40 stores.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.mentions.length]), [['Castellan Property Group', 2], ['Lumen Candle Co.', 2]]);
  });

  it('knows a company named with its trade by its short name ("Veltro Motors" … "Veltro said"), unless a person goes by it', () => {
    const entities = index('Title\n\nVeltro Motors recalled vans. Veltro said no one was hurt. Koch Industries and Charles Koch disagreed; Koch said so.').entities;
    assert.deepEqual(entity(entities, 'Veltro Motors').mentions.map((mention) => mention.text), ['Veltro Motors', 'Veltro']);
    assert.deepEqual(entity(entities, 'Charles Koch').mentions.map((mention) => mention.text), ['Charles Koch', 'Koch']);
  });

  it('types companies by their trade ("Harwood Securities", "Peabody Energy"), and keeps a known company with its trade as itself ("Verizon Communications")', () => {
    const entities = index('Title\n\nAnalyst Priya Raman of Harwood Securities spoke. Peabody Energy agreed. The builder, Halden Homes, and its owner, Arden Properties, agreed. Verizon Communications and Verizon agreed.').entities;
    const types = typed(entities);
    assert.equal(types.get('Harwood Securities'), 'organization');
    assert.equal(types.get('Peabody Energy'), 'organization');
    assert.equal(types.get('Halden Homes'), 'organization');
    assert.equal(types.get('Arden Properties'), 'organization');
    const chemicals = index('Title\n\nA fire hit the Corvane Chemicals plant. Corvane said it was sorry.').entities;
    assert.deepEqual(entity(chemicals, 'Corvane Chemicals').mentions.map((mention) => mention.text), ['Corvane Chemicals', 'Corvane']);
    assert.deepEqual(entity(entities, 'Verizon').mentions.map((mention) => mention.text), ['Verizon Communications', 'Verizon']);
  });

  it('types the name after a capitalized trade as an organization without the trade ("Carmaker Zentra"), but leaves a person after it one ("Broadcaster Ann Lee")', () => {
    const entities = index('Title\n\nCarmaker Zentra cut jobs. Retailer Brightmart Stores posted a loss. Broadcaster Ann Lee spoke.').entities;
    const types = typed(entities);
    assert.equal(types.get('Zentra'), 'organization');
    assert.equal(types.get('Brightmart Stores'), 'organization');
    assert.equal(types.get('Ann Lee'), 'person');
  });

  it('keeps the whole lowercase role before a name, with the words that say which officer it is ("chief financial officer Marcus Hale"), and a title written with a hyphen ("Vice-President")', () => {
    const entities = index('Title\n\nOn Monday, chief financial officer Marcus Hale and the company\'s legal director Ines Roca spoke.').entities;
    assert.equal(entity(entities, 'Marcus Hale').role, 'chief financial officer');
    assert.equal(entity(entities, 'Ines Roca').role, 'legal director');
    const hyphenated = index('Title\n\nOn Monday, Commission Vice-President Elke Brandauer and WHO Director-General Ursula Grant spoke.').entities;
    assert.equal(entity(hyphenated, 'Elke Brandauer').role, 'Commission Vice-President');
    assert.equal(entity(hyphenated, 'Ursula Grant').role, 'WHO Director-General');
    const modified = index('Title\n\nOn Monday, two-term councilman Rafael Velasquez, law professor Ann Lee and appointed chief Tom Hale met.').entities;
    assert.equal(entity(modified, 'Rafael Velasquez').role, 'two-term councilman');
    assert.equal(entity(modified, 'Ann Lee').role, 'law professor');
    assert.equal(entity(modified, 'Tom Hale').role, 'chief');
    const twoWords = index('Title\n\nOn Monday, hedge fund manager Paul Singh and real estate developer Carl Voss met.').entities;
    assert.deepEqual([entity(twoWords, 'Paul Singh').role, entity(twoWords, 'Carl Voss').role], ['hedge fund manager', 'real estate developer']);
    // A compound noun for a person that no list holds is a role too: "a 54-year-old steelworker".
    assert.equal(entity(index('Title\n\nFrank Dombrowski, a 54-year-old steelworker, shrugged.').entities, 'Frank Dombrowski').role, 'steelworker');
    const business = index('Title\n\nOn Monday, Lina Farouk, CEO of Norvex, and Bill Gates, the Microsoft co-founder, spoke.').entities;
    assert.equal(entity(business, 'Lina Farouk').role, 'CEO of Norvex');
    assert.equal(entity(business, 'Bill Gates').role, 'Microsoft co-founder');
    const joined = index('Title\n\nOn Monday, Jamie Raab, president and publisher of Grand Central Publishing, and Ann Lee, a lawyer and mother of two, spoke.').entities;
    assert.equal(entity(joined, 'Jamie Raab').role, 'president and publisher of Grand Central Publishing');
    assert.equal(entity(joined, 'Ann Lee').role, null);
    const science = index('Title\n\nOn Monday, Dr. Helen Voss, a seed biologist at the Northfield Botanical Institute, spoke.').entities;
    assert.equal(entity(science, 'Helen Voss').role, 'seed biologist at the Northfield Botanical Institute');
    const commons = index('Title\n\nOn Tuesday, Tory backbencher Ralph Hume and the shadow health secretary, Idris Mwangi, spoke.').entities;
    assert.equal(entity(commons, 'Ralph Hume').role, 'Tory backbencher');
    assert.equal(entity(commons, 'Idris Mwangi').role, 'shadow health secretary');
    assert.equal(entity(index('Title\n\nOn Monday, Labour MP Tom Reyes spoke.').entities, 'Tom Reyes').role, 'Labour MP');
  });

  it('makes a place of a word alone after "in" with a town\'s ending ("in Westbrook"), with its mentions before, unless a name holds it', () => {
    const entities = index('Title\n\nWestbrook is quiet. Fire broke out in Westbrook. Ann Lee met Tom Kirby in Ashford\'s hall and in Okafor.').entities;
    assert.equal(entity(entities, 'Westbrook').type, 'place');
    assert.equal(entity(entities, 'Westbrook').mentions.length, 2);
    assert.ok(!entities.some((found) => found.name === 'Ashford' || found.name === 'Okafor'), entities.map((found) => found.name).join(', '));
    const surname = index('Title\n\nTom Westbrook spoke. He lives in Westbrook.').entities;
    assert.deepEqual(surname.map((found) => found.name), ['Tom Westbrook']);
  });

  it('reads a common word that is a surname too as one after a first name ("Theresa May", "George Will"), and not after other words', () => {
    const entities = index('Title\n\nOn Monday, Theresa May spoke, George Will wrote, and Joe Monday and Ann Since did not.').entities;
    assert.deepEqual(entities.filter((e) => e.type === 'person').map((e) => e.name), ['Theresa May', 'George Will']);
  });

  it('takes a headline\'s unknown word before a surname the body names in full as describing that person ("Underdog Halvorsen")', () => {
    const entities = index('Underdog Halvorsen stuns top seed\n\nIngrid Halvorsen won. Halvorsen smiled.').entities;
    assert.deepEqual(entities.filter((e) => e.type === 'person').map((e) => e.name), ['Ingrid Halvorsen']);
    assert.deepEqual(entity(entities, 'Ingrid Halvorsen').mentions.map((mention) => [mention.start, mention.text]), [[9, 'Halvorsen'], [35, 'Ingrid Halvorsen'], [57, 'Halvorsen']]);
  });

  it('makes no person of a headline\'s word after a title that the body never names ("Jury Finds Former Mayor Guilty"), but keeps one it names', () => {
    const people = (text: string) => index(text).entities.filter((e) => e.type === 'person').map((e) => e.name);
    assert.deepEqual(people('Jury Finds Former Mayor Guilty in Kickback Case\n\nA jury found him guilty.'), []);
    assert.deepEqual(people('Mayor Halvorsen Resigns\n\nHalvorsen left.'), ['Halvorsen']);
    assert.deepEqual(people('Chief Justice Ann Roberts Speaks Out\n\nChief Justice Roberts spoke.'), ['Ann Roberts']);
  });

  it('keeps the people of a body out of its name ("Members of Eastbury Council"), and a name that ends in no body\'s word whole', () => {
    const entities = index('Title\n\nMembers of Eastbury Council voted. Members of the Harbor Pilots Union struck. Daughters of the American Revolution met.').entities;
    assert.deepEqual(entities.map((found) => found.name), ['Eastbury Council', 'Harbor Pilots Union', 'Daughters of the American Revolution']);
  });

  it('names a person by two unknown words set off after "that" and a role\'s noun, an affiliation closing them ("That producer, Jaroslav Mikkelsen of …,")', () => {
    const text = 'Title\n\nThat producer, Jaroslav Mikkelsen of the Copenhagen company Grey Tern Pictures, has worked with her.';
    assert.equal(entity(index(text).entities, 'Jaroslav Mikkelsen').type, 'person');
  });

  it('names a person by a first name set off after "the" and a kin or person noun ("the grandmother, Agnes,")', () => {
    const entities = index('Title\n\nThe grandmother, Agnes, spoke. The company, Acme, agreed. Ukraine’s General Staff said so.').entities;
    assert.deepEqual(entity(entities, 'Agnes').mentions.map((mention) => mention.text), ['The grandmother', 'Agnes']);
    assert.equal(entity(entities, 'General Staff').type, 'organization');
    assert.ok(!entities.some((found) => found.name === 'Staff'));
  });

  it('names a person by a first name set off after an owner\'s kin or person noun ("His wife, Carol,"), and no one after other words', () => {
    const entities = index('Title\n\nPaul Dorsey runs a shop. His wife, Carol, keeps the books. The plan, Apex, and the city, Paris, agreed.').entities;
    const carol = entity(entities, 'Carol');
    assert.equal(carol.type, 'person');
    assert.deepEqual(carol.mentions.map((mention) => [mention.text, mention.kind]), [['His wife', 'role'], ['Carol', 'name']]);
    assert.ok(!entities.some((found) => found.name === 'Apex'), entities.map((found) => found.name).join(', '));
    const known = index('Title\n\nJames Murdoch spoke. Murdoch\'s wife, Kathryn, is a trustee. Kathryn Murdoch agreed.').entities;
    assert.deepEqual(entity(known, 'Kathryn Murdoch').mentions.map((mention) => mention.text), ["Murdoch's wife", 'Kathryn', 'Kathryn Murdoch']);
    // A first name no list holds.
    assert.equal(entity(index('Title\n\nNadia Karimova swims. Her brother, Timurbek, 26, coaches.').entities, 'Timurbek').type, 'person');
    // A known first name right after a kin noun needs no commas; after a person noun it does.
    const plain = index("Title\n\nChloe Marsh cried, and Chloe's mum Denise spoke. His neighbor Tom left.").entities.map((found) => found.name);
    assert.ok(plain.includes('Denise') && !plain.includes('Tom'), plain.join(', '));
    // A name no list holds, right after a kin noun, or set off at the sentence's end.
    assert.equal(entity(index('Title\n\nUmm Khaled, 51, fled in 2013.').entities, 'Umm Khaled').type, 'person', 'a kunya ("mother of Khaled") is a name');
    const initial = index('Title\n\nJ. Christopher Stevens was the ambassador. Stevens died in 2012.').entities;
    assert.deepEqual(initial.map((found) => [found.name, found.mentions.length]), [['J. Christopher Stevens', 2]], 'an initial opens the name');
    const oneName = index('Title\n\nA man who gave his name only as Dale, 58, spoke. A woman who identified herself as Kiara agreed, as did a resident named Caroline.').entities;
    assert.deepEqual(oneName.filter((found) => found.type === 'person').map((found) => found.name), ['Dale', 'Kiara', 'Caroline'], 'a person known by one name');
    const apostrophes = index('Title\n\nSiobhán O’Neill runs the firm. OʼNeill, for her part, agreed, and O\'Neill left.').entities;
    assert.deepEqual(entity(apostrophes, 'Siobhán O’Neill').mentions.map((mention) => mention.text), ['Siobhán O’Neill', 'OʼNeill', "O'Neill"], 'one name, whichever apostrophe it is written with');
    const unlisted = index('Title\n\nEamon Whelan fishes. His son Colm skippers a boat. Teresa Alves runs the bakery with her sister, Lúcia.').entities;
    assert.equal(entity(unlisted, 'Colm').type, 'person');
    assert.deepEqual(entity(unlisted, 'Lúcia').mentions.map((mention) => mention.text), ['her sister', 'Lúcia']);
    // Children told apart by birth order.
    const children = index('Title\n\nYousif Idris has two sons. The older one, Khalid, is a junior. The younger, Omar, wants to fly.').entities;
    assert.deepEqual(entity(children, 'Omar').mentions.map((mention) => mention.text), ['The younger', 'Omar']);
    assert.equal(entity(children, 'Khalid').type, 'person');
  });

  it('types a name ending in a legal form as a company ("Kessler GmbH", "Ashdown Capital Ltd.", "Mercury LLC"), also by its short name', () => {
    const entities = index('Title\n\nKessler GmbH, Ashdown Capital Ltd. and Mercury LLC merged. Kessler said so.').entities;
    assert.deepEqual(entities.map((e) => [e.name, e.type, e.mentions.length]), [['Kessler GmbH', 'organization', 2], ['Ashdown Capital Ltd.', 'organization', 1], ['Mercury LLC', 'organization', 1]]);
  });

  it('takes a name with a middle name or initial and one without it for one person, but not two middle names ("George H.W. Bush", "George W. Bush")', () => {
    const people = index('Title\n\nMargaret Adebisi Oyelaran died. Margaret Oyelaran was 81. John Smith spoke; John Q. Smith left. George H.W. Bush and George W. Bush met.').entities
      .map((e) => [e.name, e.mentions.length]);
    assert.deepEqual(people, [['Margaret Adebisi Oyelaran', 2], ['John Smith', 2], ['George H.W. Bush', 1], ['George W. Bush', 1]]);
  });

  it('finds a person by a surname whose particle opens a sentence ("Van der Berg said", "Al-Mansouri left")', () => {
    const entities = index('Title\n\nPieter van der Berg agreed. Van der Berg said so. Hassan al-Mansouri stayed. Al-Mansouri left.').entities;
    assert.deepEqual(entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.length]), [['Pieter van der Berg', 2], ['Hassan al-Mansouri', 2]]);
  });

  it('reads names of other languages whole: an Arabic article ("Bashar al-Assad", later "Assad"), a hyphenated first name ("Jean-Luc Moreau"), a Korean given name ("Ban Ki-moon")', () => {
    const entities = index('Title\n\nOn Monday, Bashar al-Assad met Jean-Luc Moreau and Ban Ki-moon. Assad spoke. The New York-based group and the Saudi-led coalition watched.').entities;
    const people = entities.filter((found) => found.type === 'person');
    assert.deepEqual(people.map((found) => found.name), ['Bashar al-Assad', 'Jean-Luc Moreau', 'Ban Ki-moon']);
    assert.deepEqual(entity(entities, 'Bashar al-Assad').mentions.map((mention) => mention.text), ['Bashar al-Assad', 'Assad']);
  });

  it('keeps an unknown given name before a first name and a surname after a verb of speech or a role noun ("said Fatuma Hassan Abdi") or before an age ("Zaw Lin Htet, 27,"), not a description ("fellow Kentuckian Rand Paul")', () => {
    const entities = analyze('Title\n\n"We came," said Fatuma Hassan Abdi. The talks, negotiator Zawadi Hassan Mwangi said, failed. Then fellow Kentuckian Rand Paul spoke. A rescue worker, Zaw Lin Htet, 27, helped.').entities;
    assert.deepEqual(entities.filter((found) => found.type === 'person').map((found) => found.name), ['Fatuma Hassan Abdi', 'Zawadi Hassan Mwangi', 'Rand Paul', 'Zaw Lin Htet']);
  });

  it('names the person a name set off after an indefinite description stands for ("Another resident, Yousif, 52,", "A father of four, Mahmoud,")', () => {
    const analysis = analyze('Title\n\nAnother resident, Yousif, 52, said the water ran out. "We drink from the river," he said.\n\nA 41-year-old father of four, Mahmoud, who asked that his family name not be used, said the school was full. "There is nowhere else," he said.');
    assert.deepEqual(analysis.quotes.map((quote) => quote.speaker?.name), ['Yousif', 'Mahmoud']);
  });

  it('finds every other lone mention of a surname that only a cue made a person ("Kasich has refused … Kasich said"), not a longer name or a common word', () => {
    const text = 'Kasich rally\n\nKasich has refused to endorse. "I can\'t do it," Kasich said. Obama carried the Lucas Kasich Center. Kasich\'s aides left.\n\nPrice rises hit voters. "We need relief," Price said. The price of gas fell.';
    const entities = analyze(text).entities;
    assert.deepEqual(entity(entities, 'Kasich').mentions.map((mention) => text.slice(Math.max(0, mention.start - 3), mention.end + 2)), ['Kasich r', 'y\n\nKasich h', '," Kasich s', 'r. Kasich\'s']);
    assert.deepEqual(entity(entities, 'Price').mentions.map((mention) => mention.start), [text.indexOf('Price said')]);
  });

  it('reads a whip, a retiree and a hawker as roles, and "Mdm" as an honorific ("Senate Majority Whip Clayton Rourke", "Retiree Don Albers", "Hawker Mdm Ong Siew Lan")', () => {
    const entities = index('Title\n\nSenate Majority Whip Clayton Rourke spoke. Coalition whip Ofir Katzav agreed. Retiree Don Albers, 71, came early. Hawker Mdm Ong Siew Lan, 64, sells noodles.').entities;
    assert.deepEqual(entities.filter((found) => found.type === 'person').map((found) => [found.name, found.role]),
      [['Clayton Rourke', 'Senate Majority Whip'], ['Ofir Katzav', 'Coalition whip'], ['Don Albers', 'Retiree'], ['Ong Siew Lan', 'Hawker']]);
  });

  it('reads what a title is "of" as the title\'s ("Secretary of Labor Thomas Brandt"), and no person of it alone ("Deputy Secretary of Defense officials")', () => {
    const entities = index('Title\n\nSecretary of Labor Thomas Brandt spoke. Deputy Secretary of Defense officials met. The Secretary of Education, Mary Lopez, agreed.').entities;
    assert.deepEqual(entities.filter((found) => found.type === 'person').map((found) => [found.name, found.role]),
      [['Thomas Brandt', 'Secretary of Labor'], ['Mary Lopez', 'Secretary of Education']]);
    assert.deepEqual(entity(entities, 'Thomas Brandt').mentions.map((mention) => mention.text), ['Thomas Brandt']);
  });

  it('reads a state\'s abbreviation after a town\'s comma, a bracket or a party\'s letter ("R-Miss.", "Boston, Mass.", "(Ill.)"), not elsewhere ("the end of Mass.", "Del. Ann Lee")', () => {
    const entities = index('Title\n\nSen. Harold Pemberton, R-Miss., spoke. He lives in Boston, Mass., now. Mark Kirk (Ill.) agreed. A letter was read at the end of Mass. Del. Ann Lee came.').entities;
    assert.deepEqual(entities.filter((found) => found.type === 'place').map((found) => [found.name, found.mentions.map((mention) => mention.text)]),
      [['Mississippi', ['Miss.']], ['Boston', ['Boston']], ['Massachusetts', ['Mass.']], ['Illinois', ['Ill.']]]);
  });

  it('reads Assurance, Midstream, Data and Circuit as words of a body\'s name ("Calder Midstream", "Marlowe Data", "the Ninth Circuit")', () => {
    assertTypes('Title\n\nKeystone Span Assurance said no. The operator, Calder Midstream, said yes. Analysts surveyed by Marlowe Data had expected more. The Ninth Circuit agreed.',
      [['Keystone Span Assurance', 'organization'], ['Calder Midstream', 'organization'], ['Marlowe Data', 'organization'], ['Ninth Circuit', 'organization']]);
  });

  it('reads "Adel" as a man\'s name: "Mr. Ghoneim" after "Adel Ghoneim" is the same person', () => {
    const entities = index('Title\n\nAdel Ghoneim said no. Mr. Ghoneim left.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.mentions.map((mention) => mention.text)]), [['Adel Ghoneim', ['Adel Ghoneim', 'Ghoneim']]]);
  });

  it('keeps a bill\'s number in its name ("Senate Bill 388")', () => {
    assert.deepEqual(index('Title\n\nThe measure, Senate Bill 388, would end exemptions. House Bill 2 passed.').entities.map((found) => [found.type, found.name]),
      [['work', 'Senate Bill 388'], ['work', 'House Bill 2']]);
  });

  it('finds a person known by a first name she gave ("she gave only her first, Jessica,")', () => {
    const entities = index('Title\n\nAsked her name, she gave only her first, Jessica, saying her husband was "very political."').entities;
    assert.deepEqual(entities.filter((found) => found.type === 'person').map((found) => found.name), ['Jessica']);
  });

  it('reads an insurer\'s or a data firm\'s first words as its short name ("Keystone Span Assurance" … "Keystone")', () => {
    const entities = index('Title\n\nKeystone Span Assurance inspected the bridge. Keystone said it followed the rules.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.name, found.mentions.map((mention) => mention.text)]), [['organization', 'Keystone Span Assurance', ['Keystone Span Assurance', 'Keystone']]]);
  });

  it('reads a child\'s first name that is also a place as the child with an age set off ("said Jordan, 14,") or next to a verb of speech after the full name ("said Sydney")', () => {
    const text = 'Title\n\n"I practice every day," said Jordan, 14, who plays violin.\n\nA girl named Sofia, 10, wrote the play. "It is true," Sofia said.\n\nSydney Marchetti, 11, plays cello. "They are nice," said Sydney.';
    assert.deepEqual(analyze(text).entities.map((found) => [found.type, found.name, found.mentions.length]),
      [['person', 'Jordan', 1], ['person', 'Sofia', 2], ['person', 'Sydney Marchetti', 2]]);
  });

  it('makes a place of a state abroad by a name no list knows ("Rakhine State"), and of a first name and a word of geography after "the" ("the Mary River")', () => {
    assertTypes('Title\n\nFighting spread from Rakhine State to Chin State. The Mary River peaked on Monday.', [['Rakhine State', 'place'], ['Chin State', 'place'], ['Mary River', 'place']]);
    // So does "from", "in" or "to" before it ("from Moses Lake"); a person may still bear such a surname ("Ricki Lake said").
    assertTypes('Title\n\nAn air tanker from Moses Lake dropped retardant. Ricki Lake said so.', [['Moses Lake', 'place'], ['Ricki Lake', 'person']]);
  });

  it('finds a person by a call sign in quote marks ("with the call sign “Monakh”"), whom a pronoun after may stand for', () => {
    const entities = index('Title\n\nA rifleman with the call sign “Monakh” left.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.name]), [['person', 'Monakh']]);
    const text = 'Title\n\nHis deputy, a farmer with the call sign "Bober," was blunter. "We are running out of time," he said.';
    assert.equal(analyze(text).quotes.find((quote) => quote.text === '"We are running out of time,"')?.speaker?.name, 'Bober');
  });

  it('finds a person known by a name they gave or a call sign ("gave only her name as Ma Hnin, in keeping with …", "the call sign Granit")', () => {
    const entities = index('Title\n\nA fish seller who gave only her name as Ma Hnin, in keeping with custom, was there. A major who uses the call sign Granit left.').entities;
    assert.deepEqual(entities.filter((found) => found.type === 'person').map((found) => found.name), ['Ma Hnin', 'Granit']);
  });

  it('knows the parties and states of the Commonwealth press ("Te Pāti Māori", "PML-N", "the Greens", "Tamil Nadu", "Karnataka")', () => {
    assertTypes('Title\n\nTe Pāti Māori, New Zealand First, the PML-N and the Greens met in Tamil Nadu and Karnataka with the BCCI.', [
      ['Te Pāti Māori', 'organization'], ['New Zealand First', 'organization'], ['Pakistan Muslim League-Nawaz', 'organization'], ['Green Party', 'organization'],
      ['Tamil Nadu', 'place'], ['Karnataka', 'place'], ['Board of Control for Cricket in India', 'organization'],
    ]);
  });

  it('finds a person known by one name with an age set off after it ("For fisherman Hasan, 53,")', () => {
    const entities = index('Title\n\nFor fisherman Hasan, 53, the change is bitter. Residents, 40, of them left.').entities;
    assert.deepEqual(entities.filter((found) => found.type === 'person').map((found) => found.name), ['Hasan']);
  });

  it('keeps the particles of Dutch, German and Malay names inside them ("Anna ter Horst", "Greta zu Salm-Brandis", "Ahmad Fauzi bin Hamzah")', () => {
    const entities = analyze('Title\n\n"No," said Anna ter Horst. "Yes," said Greta zu Salm-Brandis. "Maybe," said Ahmad Fauzi bin Hamzah. "Never," said Hessa bint Nasser al-Kuwari.').entities;
    assert.deepEqual(entities.filter((found) => found.type === 'person').map((found) => found.name), ['Anna ter Horst', 'Greta zu Salm-Brandis', 'Ahmad Fauzi bin Hamzah', 'Hessa bint Nasser al-Kuwari']);
  });

  it('types a name that ends in a trade in the plural or a sector as an organization ("Halvorsen Resins", "Tri-County Provisions", "Corvant Correctional Health")', () => {
    assertTypes('Title\n\nHalvorsen Resins said on Monday that Tri-County Provisions and Corvant Correctional Health had paid.', [
      ['Halvorsen Resins', 'organization'], ['Tri-County Provisions', 'organization'], ['Corvant Correctional Health', 'organization'],
    ]);
  });

  it('reads a Chinese given name of two syllables joined by a hyphen as a given name ("Political analyst Tsai Ming-tsung of National Chengchi University said")', () => {
    const entities = analyze('Title\n\nPolitical analyst Tsai Ming-tsung of National Chengchi University said the drills were "a message to Washington."').entities;
    assert.equal(entity(entities, 'Tsai Ming-tsung').type, 'person');
    assert.equal(entity(entities, 'National Chengchi University').type, 'organization');
  });

  it('reads letters before a currency sign as the currency ("HK$300,000", "US$5", "GH¢3,100"), no place or body', () => {
    const entities = index('Title\n\nFines of up to HK$300,000 apply in Hong Kong. Farmers get GH¢3,100 a bag. It cost US$5.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.mentions.length]), [['Hong Kong', 1]]);
  });

  it('knows the VA as the Department of Veterans Affairs and Central Command with or without "U.S."', () => {
    const entities = index('Title\n\nA Department of Veterans Affairs clinic closed. The VA knows it. U.S. Central Command opened a review; Central Command declined to comment.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.mentions.length]), [['Department of Veterans Affairs', 2], ['U.S. Central Command', 2]]);
  });

  it('finds a person by a middle word of the name when it is nobody else\'s ("Mr Tan" for Jeremy Tan Wei Ming)', () => {
    const entities = analyze('Title\n\n"Prices are up," said Mr Jeremy Tan Wei Ming, a hawker. "It is hard," Mr Tan said.').entities;
    assert.deepEqual(entity(entities, 'Jeremy Tan Wei Ming').mentions.length, 2);
  });

  it('reads a county named like a person as the place before a title ("Franklin County Common Pleas Judge Leonard Ashby", "The Clark County Coroner\'s Office")', () => {
    const entities = index('Title\n\nFranklin County Common Pleas Judge Leonard Ashby ruled. The Clark County Coroner\'s Office named the victim.').entities;
    assert.equal(entity(entities, 'Leonard Ashby').role, 'Franklin County Common Pleas Judge');
    assert.equal(entity(entities, "Clark County Coroner's Office").type, 'organization');
    assert.ok(!entities.some((found) => found.type === 'person' && found.name.startsWith('Clark')));
  });

  it('reads the home a party\'s letter tags as a place ("(R-Sioux Center)", ", D-Enid,"), not a known state\'s abbreviation twice', () => {
    assertTypes('Title\n\nRep. Garrett Solberg (R-Sioux Center) spoke. Sen. Ann Lee, D-Enid, agreed. Sen. Ted Cruz (R-Tex.) did not.', [['Sioux Center', 'place'], ['Enid', 'place'], ['Texas', 'place']]);
  });

  it('leaves a participle opening a sentence out of the name after it ("Watching Trump talk", "Adding Kurdish barrels"), not a first name ("Manning")', () => {
    const entities = index('Title\n\nWatching Trump talk on Tuesday night, Reed smiled. Later, Trump spoke again. Manning Marable said no.').entities;
    assert.deepEqual(entities.map((found) => found.name), ['Manning Marable']);
  });

  it('knows more outlets, parties, pollsters and bodies abroad ("UNIFIL", "Süddeutsche Zeitung", "Yesh Atid", "Kuomintang", "Quinnipiac")', () => {
    assertTypes('Title\n\nUNIFIL, the Süddeutsche Zeitung, Yesh Atid, the Kuomintang and Quinnipiac agreed.', [
      ['UNIFIL', 'organization'], ['Süddeutsche Zeitung', 'organization'], ['Yesh Atid', 'organization'], ['Kuomintang', 'organization'], ['Quinnipiac University', 'organization'],
    ]);
  });

  it('reads "Washington" in a list of states as the state, elsewhere as the capital ("in California, Washington and Illinois", "in Washington, Iowa")', () => {
    const entities = index('Title\n\nThe rules apply in California, Washington and Illinois. Officials in Washington said no. In Washington, Iowa, a pastor spoke.').entities;
    assert.deepEqual(entity(entities, 'Washington State').mentions.length, 1);
    assert.deepEqual(entity(entities, 'United States').mentions.length, 2);
  });

  it('knows a body the gazetteer names when "U.S." comes before it ("the U.S. Food and Drug Administration … The FDA")', () => {
    const entities = index('Title\n\nThe U.S. Food and Drug Administration on Thursday approved the drug. The FDA said it was safe.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.mentions.length]), [['Food and Drug Administration', 2]]);
  });

  it('knows the parliaments of Ireland, Scotland and Wales, the Gardaí, and outlets and apps news cites ("the Dáil", "Holyrood", "Telegram")', () => {
    const entities = index('Title\n\nTDs in the Dáil and MSPs at Holyrood and members of the Senedd agreed. Gardaí said so. She told The Hollywood Reporter on Telegram.').entities;
    assert.deepEqual(entities.map((found) => found.name), ['Dáil Éireann', 'Scottish Parliament', 'Senedd', 'An Garda Síochána', 'The Hollywood Reporter', 'Telegram']);
    const nordic = index('Title\n\nThe Tweede Kamer voted. The Storting and the Riksdag agreed, Yle reported.').entities;
    assert.deepEqual(nordic.map((found) => found.name), ['Tweede Kamer', 'Storting', 'Riksdag', 'Yle']);
  });

  it('knows Australian sport\'s bodies, broadcasters and State of Origin', () => {
    const entities = index('Title\n\nThe State of Origin opener is on Wednesday. He said on Channel Nine that the NRL and Tennis Australia agreed.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.name]), [['event', 'State of Origin'], ['organization', 'Nine Network'], ['organization', 'National Rugby League'], ['organization', 'Tennis Australia']]);
  });

  it('reads the chiefly titles of Fiji and Samoa ("Ratu", "Afioga") as titles of address, not given names', () => {
    const entities = index('Title\n\nRatu Josefa Vakaloloma spoke. Later Ratu Josefa left.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.mentions.length]), [['Josefa Vakaloloma', 2]]);
  });

  it('reads the titles of West African chiefs ("Nana", "Togbe", "Oba") and knows Eskom, KNUT and the Lok Sabha', () => {
    const entities = index('Title\n\nNana Kwame Owusu-Ansah II spoke to Eskom, the KNUT and the Lok Sabha.').entities;
    assert.equal(entity(entities, 'Kwame Owusu-Ansah II').type, 'person');
    assertTypes('Title\n\nEskom, the KNUT and the Lok Sabha met.', [['Eskom', 'organization'], ['Kenya National Union of Teachers', 'organization'], ['Lok Sabha', 'organization']]);
  });

  it('gives the role set off after a name when a noun qualifies the role noun ("Malik Denholm, policy director at the Student Borrower Justice Project,")', () => {
    const entities = analyze('Title\n\n"No," said Malik Denholm, policy director at the Student Borrower Justice Project. "Yes," said Gustav Ando, research director for IHS.').entities;
    assert.equal(entity(entities, 'Malik Denholm').role, 'policy director at the Student Borrower Justice Project');
    assert.equal(entity(entities, 'Gustav Ando').role, 'research director for IHS');
  });

  it('reads up to three words qualifying a role noun after an article ("Robert Castellano, 47, a high school band director,")', () => {
    const entities = analyze('Title\n\n"We try," said Robert Castellano, 47, a high school band director.').entities;
    assert.equal(entity(entities, 'Robert Castellano').role, 'high school band director');
  });

  it('makes places of names after a word of geography ("the River Wend", "Lake Morla", "Mount Karsa", "Fort Hood")', () => {
    assertTypes('Title\n\nOn Monday, the River Wend rose near Lake Morla, Mount Karsa and Fort Hood.', [
      ['River Wend', 'place'], ['Lake Morla', 'place'], ['Mount Karsa', 'place'], ['Fort Hood', 'place'],
    ]);
  });

  it('makes no person of the words after "Former" that a lowercase role follows ("Former Eastbrook mayor Gerald Finch")', () => {
    const entities = index('Title\n\nFormer Eastbrook mayor Gerald Finch was jailed. Former House speaker Ann Lee watched.').entities;
    assert.deepEqual(entities.filter((e) => e.type === 'person').map((e) => e.name), ['Gerald Finch', 'Ann Lee']);
    assert.equal(entity(entities, 'Gerald Finch').role, 'Former Eastbrook mayor');
  });

  it('reads a name after "post-" or "pre-" whole ("post-World War II", "pre-Iowa"), and the same name elsewhere as one', () => {
    const entities = index('Title\n\nIn the post-World War II years and the pre-Iowa weeks, World War II and Iowa came up.').entities;
    assert.deepEqual(entity(entities, 'World War II').mentions.map((mention) => mention.text), ['World War II', 'World War II']);
    assert.equal(entity(entities, 'Iowa').mentions.length, 2);
    assert.ok(!entities.some((found) => found.name === 'War II'));
  });

  it('types prizes and awards as events, also when an event\'s word heads a name before "for" or "of" ("Tyler Prize for Environmental Achievement")', () => {
    const types = typed(index('Title\n\nShe won the Tyler Prize for Environmental Achievement and the Halden Award. The Summit of the Americas opened.').entities);
    for (const name of ['Tyler Prize for Environmental Achievement', 'Halden Award', 'Summit of the Americas']) assert.equal(types.get(name), 'event', name);
  });

  it('knows the State of the Union as an event and the Oval Office as a place, and makes no name of the connectors between known names', () => {
    const entities = index('Title\n\nIn the Oval Office, before the State of the Union, the Secretary of State of the United States of America spoke.').entities;
    const types = typed(entities);
    assert.equal(types.get('State of the Union'), 'event');
    assert.equal(types.get('Oval Office'), 'place');
    assert.ok(!entities.some((found) => /^(?:of|the)\b/.test(found.name)), entities.map((found) => found.name).join(', '));
  });

  it('knows events by name ("Super Tuesday", "the Olympics", "Brexit", "Tour de France")', () => {
    const types = typed(index('Title\n\nAfter Super Tuesday and Brexit, the Olympics and the Tour de France drew crowds.').entities);
    assert.equal(types.get('Super Tuesday'), 'event');
    assert.equal(types.get('Brexit'), 'event');
    assert.equal(types.get('Olympic Games'), 'event');
    assert.equal(types.get('Tour de France'), 'event');
    assert.ok(!types.has('France'), 'the race is no country');
    const sport = typed(index('Title\n\nShe won her first US Open title before the NBA Finals and Lollapalooza.').entities);
    assert.deepEqual([...sport], [['US Open', 'event'], ['NBA Finals', 'event'], ['Lollapalooza', 'event']]);
  });

  it('types newspapers by their head word ("Daily Ledger", "Harbor Sentinel", "Lindholm Register")', () => {
    const types = typed(index('Title\n\nIt was first reported by the Daily Ledger, then by the Harbor Sentinel and the Lindholm Register.').entities);
    for (const name of ['Daily Ledger', 'Harbor Sentinel', 'Lindholm Register']) assert.equal(types.get(name), 'organization', name);
  });

  it('gives a rank or "Sheikh" way to the post named beside it, and reads "for the police department" and "in Washington" in a role', () => {
    const entities = index('Title\n\n"We regret it," Pentagon press secretary Col. Warren Haskett said. "It hit," said Brig. Gen. Tom Albright, a coalition spokesman in Baghdad. '
      + 'The Qatari ambassador in Washington, Sheikh Omar Rashid, denied it. A spokeswoman for the police department, Sgt. Amelia Brandt, declined to comment. Col. Ann Ruiz left.').entities;
    assert.equal(entity(entities, 'Warren Haskett').role, 'Pentagon press secretary');
    assert.equal(entity(entities, 'Tom Albright').role, 'coalition spokesman in Baghdad');
    assert.equal(entity(entities, 'Omar Rashid').role, 'Qatari ambassador in Washington');
    assert.equal(entity(entities, 'Amelia Brandt').role, 'spokeswoman for the police department');
    assert.equal(entity(entities, 'Ann Ruiz').role, 'Col.');
  });

  it('types labs, collaboratives, initiatives, consortiums and observatories as organizations', () => {
    assertTypes('Title\n\nResearchers at the Midwest Media Lab joined the Borderlands Data Collaborative, the Harbor Health Initiative and the Kestrel Peak Observatory.', [
      ['Midwest Media Lab', 'organization'], ['Borderlands Data Collaborative', 'organization'], ['Harbor Health Initiative', 'organization'], ['Kestrel Peak Observatory', 'organization'],
    ]);
  });

  it('reads the father\'s surname alone as the person of a Spanish name ("Tomás Echeverría Lugo" … "Echeverría"), but not a given name', () => {
    const entities = index('Title\n\nTomás Echeverría Lugo and Ismael Nieves del Toro met Carmen Iris Vázquez. Echeverría spoke and Nieves listened.').entities;
    assert.deepEqual(entity(entities, 'Tomás Echeverría Lugo').mentions.map((mention) => mention.text), ['Tomás Echeverría Lugo', 'Echeverría']);
    assert.deepEqual(entity(entities, 'Ismael Nieves del Toro').mentions.map((mention) => mention.text), ['Ismael Nieves del Toro', 'Nieves']);
  });

  it('types a show as a work, whose words are no surnames ("The Rachel Maddow Show" … "Maddow said")', () => {
    const entities = index('Title\n\nClinton appeared on "The Rachel Maddow Show" on Thursday. Rachel Maddow asked questions. Maddow said so.').entities;
    assert.equal(entity(entities, 'Rachel Maddow Show').type, 'work');
    assert.deepEqual(entity(entities, 'Rachel Maddow').mentions.map((mention) => mention.text), ['Rachel Maddow', 'Maddow']);
  });

  it('types a name that opens with a given name as an organization when a noun that names no person is set off after it ("Penny Jar, the budgeting app popular with …")', () => {
    const app = index('Title\n\nPenny Jar, the budgeting app popular with students, confirmed the breach. Penny Jar has not said how.').entities;
    assert.deepEqual(app.map((found) => [found.type, found.name]), [['organization', 'Penny Jar']]);
    const person = index('Title\n\nJamie Raab, the president and publisher of Grand Central Publishing, agreed. Raab said so.').entities;
    assert.equal(entity(person, 'Jamie Raab').type, 'person');
  });

  it('types a name an organization\'s noun is set off after as that organization ("Vantix, the payments company behind …"), not a person so described', () => {
    const entities = index('Title\n\nA judge ruled that Vantix, the payments company behind the app, broke the law. Vantix said it would appeal. '
      + 'Halvorsen Lithography, a Dutch maker of chip machines, agreed. Tomas Quell, a bank teller, and Wenz Doral, a longtime policy maker who advises banks, objected.').entities;
    assert.equal(entity(entities, 'Vantix').type, 'organization');
    assert.equal(entity(entities, 'Vantix').mentions.length, 2);
    assert.equal(entity(entities, 'Halvorsen Lithography').type, 'organization');
    assert.equal(entity(entities, 'Tomas Quell').type, 'person');
    assert.ok(!entities.some((found) => found.name === 'Wenz Doral' && found.type === 'organization'));
  });

  it('types a name ending in a tech trade\'s word as a company ("Kestrel Mobility", "Norvane Cloud")', () => {
    assertTypes('Title\n\nA taxi run by Kestrel Mobility hit a cyclist. Norvane Cloud and Lumen Payments objected.', [
      ['Kestrel Mobility', 'organization'], ['Norvane Cloud', 'organization'], ['Lumen Payments', 'organization'],
    ]);
  });

  it('reads a place\'s name that is the first name of someone named in full as that person when a speech verb follows ("Sofia said")', () => {
    const entities = index('Title\n\nThe children, Sofia Ruiz and Tom Lake, waved. "She gave me her umbrella," Sofia said. Flights to Sofia resumed.').entities;
    assert.deepEqual(entity(entities, 'Sofia Ruiz').mentions.map((mention) => mention.text), ['Sofia Ruiz', 'Sofia']);
    assert.equal(entity(entities, 'Bulgaria').mentions.length, 1);
  });

  it('knows the big US unions and mortgage companies, and firms named for devices, partners and advisers', () => {
    assertTypes('Title\n\nLocal 1187 of the United Auto Workers struck. Freddie Mac and the Teamsters objected. Shares of Halvorsen Devices fell, said an analyst at Tillman Ferris Advisory.', [
      ['United Auto Workers', 'organization'], ['Freddie Mac', 'organization'], ['Teamsters', 'organization'], ['Halvorsen Devices', 'organization'], ['Tillman Ferris Advisory', 'organization'],
    ]);
  });

  it('reads British titles and letters after a name: "Prof Helen Oakroyd" … "Prof Oakroyd", "Kirsty Lennox MSP"', () => {
    const entities = index("Title\n\nProf Helen Oakroyd spoke. Prof Oakroyd said yes. Scottish Labour's leader, Kirsty Lennox MSP, said it. Lennox left.").entities;
    assert.deepEqual(entity(entities, 'Helen Oakroyd').mentions.map((mention) => mention.text), ['Helen Oakroyd', 'Oakroyd']);
    assert.deepEqual(entity(entities, 'Kirsty Lennox').mentions.map((mention) => mention.text), ['Kirsty Lennox', 'Lennox']);
  });

  it('reads a title in the middle of a run as the role of the name after it, whether a list knows the first name or not', () => {
    const entities = index('Title\n\nHarlan County Sheriff Wade Tillman spoke. Marion County Sheriff Ann Lee spoke.').entities;
    assert.equal(entity(entities, 'Wade Tillman').role, 'Harlan County Sheriff');
    assert.equal(entity(entities, 'Ann Lee').role, 'Marion County Sheriff');
  });

  it('reads a company named with two trade words by its first word alone ("Crestline Logistics Partners" … "Crestline")', () => {
    const entities = index('Title\n\nCrestline Logistics Partners wants the land. Crestline had agreed to pay.').entities;
    assert.deepEqual(entity(entities, 'Crestline Logistics Partners').mentions.map((mention) => mention.text), ['Crestline Logistics Partners', 'Crestline']);
  });

  it('reads a role set off before a doctor\'s or a professor\'s title ("Calloway\'s chief executive, Dr. Renata Salgado,")', () => {
    const entities = index("Title\n\nCalloway's chief executive, Dr. Renata Salgado, said so. The journal's editor, Prof Felix Moreau, said it.").entities;
    assert.equal(entity(entities, 'Renata Salgado').role, "Calloway's chief executive");
    assert.equal(entity(entities, 'Felix Moreau').role, "journal's editor");
  });

  it('reads two words no list knows as a person when "who" follows them, unless they close a role\'s link', () => {
    const entities = index('Title\n\nHalima Suleiman, who lost a son, spoke. The chairman of Velk Stearns, who died in 2014, had an apartment.').entities;
    assert.equal(entity(entities, 'Halima Suleiman').type, 'person');
    assert.ok(!entities.some((found) => found.name === 'Velk Stearns' && found.type === 'person'));
  });

  it('gives voters described by age and trade their role ("Dale Hufnagel, 58, a seed salesman from Newton,")', () => {
    const entities = index('Title\n\n"It matters," said Dale Hufnagel, 58, a seed salesman from Newton. "We know," said Stan Oravec, 79, a former crane operator.').entities;
    assert.equal(entity(entities, 'Dale Hufnagel').role, 'seed salesman from Newton');
    assert.equal(entity(entities, 'Stan Oravec').role, 'former crane operator');
  });

  it('reads "the House" as the House of Representatives in a text that names the Senate or Congress, and only there', () => {
    const us = index('Title\n\nThe House is expected to vote Wednesday. The Senate passed it.').entities;
    assert.deepEqual(entity(us, 'House of Representatives').mentions.map((mention) => mention.text), ['The House']);
    const other = index('Title\n\nThe House rose at ten. Members went home.').entities;
    assert.ok(!other.some((found) => found.name === 'House of Representatives'));
  });

  it('names a person a trial numbers ("Juror No. 7", "Witness 3"), each number its own person', () => {
    const entities = index('Title\n\nJuror No. 7 and Juror No. 22 spoke. Witness 3 left. No. 9 is a number.').entities;
    assertTypes('Title\n\nJuror No. 7 and Juror No. 22 spoke. Witness 3 left.', [['Juror No. 7', 'person'], ['Juror No. 22', 'person'], ['Witness 3', 'person']]);
    assert.ok(!entities.some((found) => found.name === 'No.' || found.name === 'Juror'));
  });

  it('reads "X Y of the Z" as a person and her institution after a trade ("Criminologist …") or a role set off before it', () => {
    assertTypes('Title\n\nCriminologist Beatrice Lang of Savannah State College spoke. His lawyer, Imani Ruthven of the Michigan Civil Liberties Project, spoke.', [
      ['Beatrice Lang', 'person'], ['Savannah State College', 'organization'], ['Imani Ruthven', 'person'], ['Michigan Civil Liberties Project', 'organization'],
    ]);
  });

  it('types "Chamber of …", "Museum of …", "Court of …", "Center for …" as organizations by the head before "of"/"for", and "… Watch" by its last word', () => {
    const types = typed(index('Title\n\nThe Chamber of Shipping, the Museum of Harbour Crafts, the Court of Appeals, the Center for Coastal Studies and the Lindholm Board of Elections agreed. Harbour Watch sued.').entities);
    for (const name of ['Chamber of Shipping', 'Museum of Harbour Crafts', 'Court of Appeals', 'Center for Coastal Studies', 'Lindholm Board of Elections', 'Harbour Watch']) assert.equal(types.get(name), 'organization', name);
  });

  it('types "Serum Institute of India", "Public Policy Institute of California": a head before "of" and a known place after it', () => {
    const types = typed(index('Title\n\nThe Serum Institute of India and the Policy Institute of California agreed.').entities);
    assert.equal(types.get('Serum Institute of India'), 'organization');
    assert.equal(types.get('Policy Institute of California'), 'organization');
    assert.ok(!types.has('India') && !types.has('California'));
  });

  it('types a run whose head noun comes before "of" after other words as an organization', () => {
    const types = typed(index('Title\n\nThe mayor of Grenwald agreed. Jonas Reiter of the Technical University of Grenwald and the National Association of Ferry Pilots did not.').entities);
    assert.equal(types.get('Technical University of Grenwald'), 'organization');
    assert.equal(types.get('National Association of Ferry Pilots'), 'organization');
  });

  it('keeps an "and" inside what follows a head and its "of"/"for": "Center for Coastal and Ocean Studies", "Office of Ports and Harbours"', () => {
    const types = typed(index('Title\n\nThe Center for Coastal and Ocean Studies and the Office of Ports and Harbours agreed.').entities);
    assert.equal(types.get('Center for Coastal and Ocean Studies'), 'organization');
    assert.equal(types.get('Office of Ports and Harbours'), 'organization');
    assert.ok(!types.has('Center for Coastal') && !types.has('Ocean Studies'));
  });

  it('names a committee by its remit after "on" ("Joint Committee on Harbour Safety"), not by a day after it', () => {
    const types = typed(index('Title\n\nThe Joint Committee on Harbour Safety met. The House Select Committee on Ferry Fares agreed. The Council on Monday voted.').entities);
    assert.equal(types.get('Joint Committee on Harbour Safety'), 'organization');
    assert.equal(types.get('House Select Committee on Ferry Fares'), 'organization');
    assert.ok(![...types.keys()].some((name) => name.includes('Monday')));
  });

  it('knows an institution named for a saint by the saint\'s name ("St. Aldric Regional Medical Center" … "St. Aldric said")', () => {
    const entities = index('Title\n\nSt. Aldric Regional Medical Center opened a ward. St. Aldric said it was saddened.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.mentions.length]), [['organization', 2]]);
  });

  it('reads a name of two or three words set off before a US state as a town ("Port Arthur, Texas,"), not "Rick Perry, Texas governor"', () => {
    const entities = index('Title\n\nThe refinery in Port Arthur, Texas, burned. Rick Perry, Texas governor, spoke.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.name]), [['place', 'Port Arthur'], ['place', 'Texas'], ['person', 'Rick Perry']]);
  });

  it('reads a town named for a city abroad where the text places it ("Dublin, a suburb of Columbus", "Berlin, New Hampshire"), not the country', () => {
    assert.deepEqual(index('Title\n\nHe died at his home in Holland, Mich. Clinton takes Pa., Md. and Del.').entities.map((found) => found.name), ['Holland', 'Michigan', 'Pennsylvania', 'Maryland', 'Delaware']);
    const entities = index('Title\n\nIt was in Dublin, a suburb of Columbus. She spoke in Berlin, New Hampshire. He moved to Dublin.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.mentions.map((mention) => mention.text)]), [
      ['Dublin', ['Dublin']], ['Columbus', ['Columbus']], ['Berlin', ['Berlin']], ['New Hampshire', ['New Hampshire']], ['Ireland', ['Dublin']],
    ]);
  });

  it('reads a hall someone is at or in, or one named for its use, as a place ("at Carnegie Hall", "Hartwell Dining Hall"), not "Arsenio Hall"', () => {
    const entities = index('Title\n\nThey ate at Hartwell Dining Hall. She sang at Carnegie Hall. Arsenio Hall said no.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.name]), [['place', 'Hartwell Dining Hall'], ['place', 'Carnegie Hall'], ['person', 'Arsenio Hall']]);
  });

  it('reads small-town places and churches: "New Lisbon" (not Lisbon), "Corbin Falls" (not a person), "Bethany Lutheran" (a church)', () => {
    const entities = index('Title\n\nShe lives outside New Lisbon. The fire crew covers Corbin Falls. Pastor Mark Lindahl of Bethany Lutheran spoke.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.name]), [
      ['place', 'New Lisbon'], ['place', 'Corbin Falls'], ['person', 'Mark Lindahl'], ['organization', 'Bethany Lutheran'],
    ]);
    const headline = index('New Iran sanctions bill lacks support\n\nIt stalled.').entities;
    assert.deepEqual(headline.map((found) => found.name), ['Iran']);
  });

  it('reads a journal named after its place as an organization ("The New England Journal of Medicine"), not the place', () => {
    const entities = index('Title\n\nThe trial was published last fall in The New England Journal of Medicine.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.name]), [['organization', 'New England Journal of Medicine']]);
  });

  it('knows the two world wars by both their names ("the Second World War" is World War II, not "World War")', () => {
    const entities = index('Title\n\nIt was the largest since the Second World War. World War II changed it, as the First World War had.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.mentions.length]), [['World War II', 2], ['World War I', 1]]);
  });

  it('reads shops, telescopes and bodies of two fields ("Valley Fresh Market", "James Webb Space Telescope", "Argentina\'s National Scientific and Technical Research Council")', () => {
    const entities = index('Title\n\nValley Fresh Market said prices would fall. The James Webb Space Telescope saw it. Argentina\'s National Scientific and Technical Research Council and the Lunar and Planetary Science Conference agreed.').entities;
    assert.deepEqual(entities.map((found) => [found.type, found.name]), [
      ['organization', 'Valley Fresh Market'], ['work', 'James Webb Space Telescope'], ['place', 'Argentina'],
      ['organization', 'National Scientific and Technical Research Council'], ['event', 'Lunar and Planetary Science Conference'],
    ]);
  });

  it('ends a name at an "and the" even where a known name allows the "and" ("National Institutes of Health and the Swedish Research Council")', () => {
    const entities = index('Title\n\nIt was funded by the National Institutes of Health and the Swedish Research Council.').entities;
    assert.deepEqual(entities.map((found) => found.name), ['National Institutes of Health', 'Swedish Research Council']);
  });

  it('keeps the "and" between a committee\'s fields ("House Ways and Means Committee"), not between a name and a committee', () => {
    const types = typed(index('Title\n\nThe House Ways and Means Committee met. The Energy and Commerce Committee agreed. Ruiz and Judiciary Committee members left.').entities);
    assert.equal(types.get('House Ways and Means Committee'), 'organization');
    assert.equal(types.get('Energy and Commerce Committee'), 'organization');
    assert.equal(types.get('Judiciary Committee'), 'organization');
    assert.ok(![...types.keys()].some((name) => name.startsWith('Ruiz and')));
    // So between the fields of an institute or a department.
    const bodies = typed(index('Title\n\nHe leads the Lunar and Planetary Institute. She ran the Parks and Recreation Department.').entities);
    assert.deepEqual([...bodies.keys()], ['Lunar and Planetary Institute', 'Parks and Recreation Department']);
  });

  it('names both of a couple ("Tomas and Ingrid Berg"), and a foundation named after one ("the Tomas and Ingrid Berg Foundation")', () => {
    const entities = index('Title\n\nTomas and Ingrid Berg attended.\n\nThe Anders and Maja Lund Foundation paid for it.').entities;
    assert.deepEqual(entity(entities, 'Tomas Berg').mentions.map((mention) => mention.text), ['Tomas']);
    assert.equal(entity(entities, 'Ingrid Berg').type, 'person');
    assert.equal(entity(entities, 'Anders and Maja Lund Foundation').type, 'organization');
    // After a plural of kin, the first given name may be one no list knows.
    const parents = index('Title\n\nThe parents, Khizr and Ghazala Kharal, spoke.').entities;
    assert.deepEqual(entity(parents, 'Khizr Kharal').mentions.map((mention) => mention.text), ['Khizr']);
  });

  it('makes no couple of a surname named before, a title or list before the first name, or a street corner', () => {
    const names = index('Title\n\nAnna Falk spoke. Falk and Ingrid Berg met at the corner of Allen and Stanton Streets. '
      + 'Presidents Holm and Erik Dahl agreed, as did Brandy, Monica and Lena Moss.').entities.map((found) => found.name);
    for (const wrong of ['Falk Berg', 'Allen Streets', 'Holm Dahl', 'Monica Moss']) assert.ok(!names.includes(wrong), wrong);
  });

  it('reads "Westbrook Police Chief Daniel Ferreira" as the chief with his town\'s title, though the town is a first name too', () => {
    const entities = index('Title\n\nTwo men were held in Westbrook. Westbrook Police Chief Daniel Ferreira said so, as did Westbrook Mayor Ana Lund.').entities;
    assert.equal(entity(entities, 'Daniel Ferreira').role, 'Westbrook Police Chief');
    assert.equal(entity(entities, 'Ana Lund').role, 'Westbrook Mayor');
    assert.equal(entity(entities, 'Westbrook').type, 'place');
  });

  it('keeps a known name inside a title ("Assistant U.S. Attorney Maya Song", "Interim DNC Chairwoman Ann Lee") in the role', () => {
    const entities = index('Title\n\nAssistant U.S. Attorney Maya Song spoke. Interim DNC Chairwoman Ann Lee agreed.').entities;
    assert.equal(entity(entities, 'Maya Song').role, 'Assistant U.S. Attorney');
    assert.equal(entity(entities, 'Ann Lee').role, 'Interim DNC Chairwoman');
  });

  it('reads "Council of Harbour Advisers Chairman Jonas Reiter" as a person with that role, not as one organization', () => {
    const entities = index('Title\n\nCouncil of Harbour Advisers Chairman Jonas Reiter said so.').entities;
    assert.equal(entity(entities, 'Jonas Reiter').role, 'Council of Harbour Advisers Chairman');
    assert.ok(!entities.some((found) => found.type === 'organization' && found.name.includes('Reiter')));
  });

  it('ends the name at an "and" after a known place, or before a first name, a known name or another head', () => {
    const types = typed(index('Title\n\nThe University of Grenwald and Carnegie Mellon University agreed. The Institute of Shipping and Jonas Reiter did not. '
      + 'The Office of Ports and NATO agreed. The Museum of Harbour Crafts and Lindholm Bureau of Mines did not.').entities);
    assert.equal(types.get('University of Grenwald'), 'organization');
    assert.equal(types.get('Carnegie Mellon University'), 'organization');
    assert.equal(types.get('Institute of Shipping'), 'organization');
    assert.equal(types.get('Jonas Reiter'), 'person');
    assert.equal(types.get('Office of Ports'), 'organization');
    assert.equal(types.get('NATO'), 'organization');
    assert.equal(types.get('Museum of Harbour Crafts'), 'organization');
  });
  it('refers back to the one company named with its legal form or trade as "the company" or "the firm"', () => {
    const entities = index('Title\n\nThe Commission fined Applewood Inc. on Monday. The company said it would appeal, and the firm\'s shares rose.').entities;
    assert.deepEqual(entity(entities, 'Applewood Inc.').mentions.map((mention) => mention.text), ['Applewood Inc.', 'The company', 'the firm']);
    const two = index('Title\n\nApplewood Inc. sued Veltro Motors. The company said it would appeal.').entities;
    assert.ok(!two.some((found) => found.mentions.some((mention) => mention.text === 'The company')), 'two companies: no one is "the company"');
  });

  it('refers back to the one organization named earlier with a head noun', () => {
    const entities = index('Title\n\nThe alliance met. The Coastal Ferry Alliance and the Pilots Union then met the Harbour Authority. The alliance, the union and the port authority agreed.').entities;
    assert.deepEqual(entity(entities, 'Coastal Ferry Alliance').mentions.map((mention) => mention.text), ['Coastal Ferry Alliance', 'The alliance']);
    assert.deepEqual(entity(entities, 'Pilots Union').aliases, ['the union']);
    assert.deepEqual(entity(entities, 'Harbour Authority').aliases, [], 'no organization is named "… Port Authority"');
    const ambiguous = index('Title\n\nThe Senate Ethics Committee and the House Rules Committee disagreed. The committee said no.').entities;
    assert.ok(ambiguous.every((found) => !found.aliases.includes('the committee')));
  });

  it('makes a work of a title in quote marks after a work\'s noun ("the documentary “River of Fire”", "her memoir, “Salt Roads,”")', () => {
    const text = 'Title\n\nThe documentary “River of Fire” premiered. Her memoir, “Salt Roads,” sold well. The film “Frozen“ and the books were banned. The plan was “a good start” said Lee.';
    const works = index(text).entities.filter((e) => e.type === 'work').map((e) => e.name);
    assert.deepEqual(works, ['River of Fire', 'Salt Roads', 'Frozen']);
  });

  it('names a work by its quoted title and a place by the noun before it', () => {
    const entities = index('Title\n\nThe board published a study titled “Tides of Change,” and the port of Marrowick closed; the city of Nice kept a report entitled "low water".').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [['Tides of Change', 'work'], ['Marrowick', 'place'], ['Nice', 'place']]);
  });

  it('reads place head words and ministries named after their purpose', () => {
    const types = typed(index('Title\n\nThe Spanish Ministry for the Ecological Transition closed Harbour Road. Thomas Bay filmed it.').entities);
    assert.equal(types.get('Spanish Ministry for the Ecological Transition'), 'organization');
    assert.equal(types.get('Harbour Road'), 'place');
    assert.equal(types.get('Thomas Bay'), 'person');
  });

  it('reads a state\'s department ("Ohio Department of Education") as its own body, and the country\'s by the known one', () => {
    const entities = index('Title\n\nThe Ohio Department of Education (ODE) spoke, and so did the U.S. Department of Education.').entities;
    assert.deepEqual(entity(entities, 'Ohio Department of Education').mentions.map((mention) => mention.text), ['Ohio Department of Education', 'ODE']);
    assert.equal(entity(entities, 'Education Department').type, 'organization');
  });

  it('takes capitals in parentheses after a body\'s name, which its initials spell, as its acronym there and later ("… Investigation (BCI)")', () => {
    const entities = index('Title\n\nThe Ohio Bureau of Criminal Investigation (BCI) agreed. BCI agents left. The Press Union (PTI) met.').entities;
    assert.deepEqual(entity(entities, 'Ohio Bureau of Criminal Investigation').mentions.map((mention) => mention.text), ['Ohio Bureau of Criminal Investigation', 'BCI', 'BCI']);
    // Letters the name's initials do not spell in order are no acronym of it.
    assert.ok(!entity(entities, 'Press Union').aliases.includes('PTI'));
  });

  it('reads a first name, a nickname in quote marks and a surname as one person, named without the nickname', () => {
    const entities = index('Title\n\nJuan "Chico" Manriquez of Oakland carried a photo. George “Jay” Keyworth met her.').entities;
    assert.deepEqual(entities.filter((found) => found.type === 'person').map((found) => found.name), ['Juan Manriquez', 'George Keyworth']);
    // The nickname alone names that person after it.
    const later = index('Title\n\nEugene "Gene" Lattimore joined in 1973. Gene laughed.').entities;
    assert.deepEqual(later.map((found) => [found.name, found.mentions.length]), [['Eugene Lattimore', 2]]);
  });

  it('makes an organization of a railway or transit operator ("Network Rail", "Great Plains Rail")', () => {
    const entities = index('Title\n\nNetwork Rail said services would resume. Great Plains Rail and Capital Transit will merge.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [['Network Rail', 'organization'], ['Great Plains Rail', 'organization'], ['Capital Transit', 'organization']]);
  });

  it('makes an organization of people in the plural for a cause ("Parents for Peace", "Students for Liberty"), not of a role\'s ("Attorneys for Clinton")', () => {
    const entities = index('Title\n\nHe joined Students for Liberty in May. The rally drew Parents for Classroom Transparency. Attorneys for Clinton declined to comment.').entities;
    assert.equal(entity(entities, 'Students for Liberty').type, 'organization');
    assert.equal(entity(entities, 'Parents for Classroom Transparency').type, 'organization');
    assert.ok(!entities.some((found) => found.name.startsWith('Attorneys')));
  });

  it('makes an organization of a people or citizens in the plural for a cause ("Texans for Open Contracting", "Citizens for an Accountable Albany"), not of "Plans for Alaska"', () => {
    const entities = index('Title\n\nShe joined Texans for Open Contracting and Citizens for an Accountable Albany. Plans for Alaska drilling stalled. Millions of Texans agree.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [['Texans for Open Contracting', 'organization'], ['Citizens for an Accountable Albany', 'organization'], ['Alaska', 'place']]);
  });

  it('names a court case by its parties and "v." ("Shelby County v. Holder", "Brown v. Board of Education"), not a race ("Clinton vs. Trump")', () => {
    const entities = index('Title\n\nThey cited Shelby County v. Holder and Roe v. Wade, then Brown v. Board of Education. Polls of Clinton vs. Trump vary.').entities;
    assert.deepEqual(entities.filter((found) => found.type === 'work').map((found) => found.name), ['Shelby County v. Holder', 'Roe v. Wade', 'Brown v. Board of Education']);
    assert.ok(!entities.some((found) => found.name.includes('vs.')));
  });

  it('keeps people in the plural possessive inside a body\'s name ("Houston Police Officers\' Guild", "Patrolmen\'s Brotherhood"), not a surname\'s ("Sanders\' Senate record")', () => {
    const entities = index("Title\n\nThe Houston Police Officers' Guild and the White House Correspondents' Association met the Cleveland Patrolmen's Brotherhood. Bernie Sanders' Senate record is long.").entities;
    assert.deepEqual(entities.filter((found) => found.type === 'organization').map((found) => found.name), [
      "Houston Police Officers' Guild", "White House Correspondents' Association", "Cleveland Patrolmen's Brotherhood", 'Senate',
    ]);
  });

  it('ends a company\'s name with "Co" written without its period ("Blackfork Mining Co"), and keeps "Co Tipperary" a county', () => {
    const entities = index('Title\n\nBlackfork Mining Co, the largest producer in the basin, gained 6 percent. She lives in Co Tipperary.').entities;
    assert.equal(entity(entities, 'Blackfork Mining Co').type, 'organization');
    assert.equal(entity(entities, 'Tipperary').type, 'place');
  });

  it('reads a known name with commas ("the Bureau of Alcohol, Tobacco, Firearms and Explosives"), one with "The" before a word of its own ("The United Mine Workers of America"), and a body whose field is a title\'s word ("Office of Justice Programs")', () => {
    const entities = index('Title\n\nThe Bureau of Alcohol, Tobacco, Firearms and Explosives erred. The United Mine Workers of America sued. Grants from the Office of Justice Programs rose, and the International Brotherhood of Electrical Workers agreed.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [
      ['Bureau of Alcohol, Tobacco, Firearms and Explosives', 'organization'], ['United Mine Workers of America', 'organization'],
      ['Office of Justice Programs', 'organization'], ['International Brotherhood of Electrical Workers', 'organization'],
    ]);
  });

  it('takes a person\'s noun opening a sentence before a given name as no part of the name ("Student Priya Lakhani")', () => {
    assert.equal(index('Title\n\nStudent Priya Lakhani, 19, is voting.').entities[0].name, 'Priya Lakhani');
  });

  it('knows a company by its name without its trade ("Pellworth Capital" … "Pellworth", "Tessamont Bank", "Cortland Air"), and "Packaging" as a company\'s word', () => {
    const entities = index('Title\n\nPellworth Capital bought shares. Pellworth wants a sale. Tessamont Bank was fined; Tessamont said it would appeal. Cortland Air cut fares. Cortland said fees rose. It signed with Stavros Packaging.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type, found.mentions.length]), [
      ['Pellworth Capital', 'organization', 2], ['Tessamont Bank', 'organization', 2], ['Cortland Air', 'organization', 2], ['Stavros Packaging', 'organization', 1],
    ]);
  });

  it('reads a super PAC by "Action" and a pollster by "Poll" ("Colorado Forward Action", "Elon University Poll"), and a known outlet\'s poll as the outlet ("a Fox News Poll")', () => {
    const entities = index('Title\n\nA super PAC, Colorado Forward Action, has reserved ads. An Elon University Poll found a tie, and a Fox News Poll agreed.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [
      ['Colorado Forward Action', 'organization'], ['Elon University Poll', 'organization'], ['Fox News', 'organization'],
    ]);
  });

  it('reads a court of appeals with its circuit ("U.S. Court of Appeals for the 5th Circuit", "… for the District of Columbia Circuit"), and a judge named before it', () => {
    const entities = index('Title\n\nThe U.S. Court of Appeals for the 5th Circuit upheld it. Judge Ann Lee of the U.S. Court of Appeals for the District of Columbia Circuit dissented.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [
      ['U.S. Court of Appeals for the 5th Circuit', 'organization'], ['Ann Lee', 'person'], ['U.S. Court of Appeals for the District of Columbia Circuit', 'organization'],
    ]);
  });

  it('reads "<State> State Department of …" as the state\'s body, not the state and the federal State Department', () => {
    const entities = index('Title\n\nThe Washington State Department of Transportation closed the pass. She studied at Washington State University.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [['Washington State Department of Transportation', 'organization'], ['Washington State University', 'organization']]);
  });

  it('reads a patrol as a body ("the Washington State Patrol", "the Florida Highway Patrol"), not as its state', () => {
    const entities = index('Title\n\nAccording to the Washington State Patrol, the crash was fatal. It was identified by the Florida Highway Patrol.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [['Washington State Patrol', 'organization'], ['Florida Highway Patrol', 'organization']]);
  });

  it('knows "the Legislature" as a body, and keeps a state\'s own ("The Texas Legislature")', () => {
    const entities = index('Title\n\nThe Legislature has decided. The Texas Legislature met. Democrats in the Legislature objected.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type, found.mentions.length]), [['Legislature', 'organization', 2], ['Texas Legislature', 'organization', 1]]);
  });

  it('reads a body by its ordinal ("the 4th U.S. Circuit Court of Appeals", "the 5th Circuit"), and a group\'s institution named by its field ("Veterans\' Affairs Committee")', () => {
    const entities = index("Title\n\nThe 4th U.S. Circuit Court of Appeals and the 6th U.S. Circuit Court of Appeals split; the 5th Circuit agreed. The House Veterans' Affairs Committee met. The 335th Twitter post came.").entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [
      ['4th U.S. Circuit Court of Appeals', 'organization'], ['6th U.S. Circuit Court of Appeals', 'organization'], ['5th Circuit', 'organization'],
      ["House Veterans' Affairs Committee", 'organization'], ['Twitter', 'organization'],
    ]);
  });

  it('keeps a group in the plural inside a body\'s name ("Midwest Film Critics Association")', () => {
    assert.equal(entity(index('Title\n\nThe Midwest Film Critics Association met.').entities, 'Midwest Film Critics Association').type, 'organization');
    assert.equal(entity(index("Title\n\nThe European People's Party met.").entities, "European People's Party").type, 'organization');
  });
});

describe('buildEntityIndex on long text', () => {
  it('finds every mention across the chunks a long text is read in, with or without line breaks', () => {
    const sentence = 'Sen. Ted Cruz met Reuters in Des Moines. ';
    for (const separator of ['\n', '']) {
      const text = `Title\n\n${`${sentence}${separator}`.repeat(2000)}`;
      const entities = index(text).entities;
      assert.deepEqual(entities.map((found) => [found.name, found.mentions.length]), [['Ted Cruz', 2000], ['Reuters', 2000], ['Des Moines', 2000]]);
      const last = entities[0].mentions[1999];
      assert.equal(text.slice(last.start, last.end), 'Ted Cruz');
    }
  });

  it('names a work whose opening quote mark starts the next chunk', () => {
    // Without periods or line breaks the first chunk ends at the first space after 65,536 characters: the one after "titled".
    const text = `Title\n\n${'word '.repeat(13103)}a report titled “Ready for Winter” was read`;
    const mark = text.indexOf('“');
    assert.equal(text.lastIndexOf(' ', mark - 2) < 65536 && mark - 1 >= 65536, true, 'the cut falls between "titled" and its quote mark');
    const work = entity(index(text).entities, 'Ready for Winter');
    assert.equal(work.type, 'work');
    assert.deepEqual(work.mentions.map((mention) => mention.start), [mark + 1]);
  });
});

describe('buildEntityIndex on bylines and head nouns, read without regexes', () => {
  function authors(byline: string): [string, number][] {
    const text = `Title\nAuthor: ${byline}\n\nNothing else happened.`;
    return index(text).entities.filter((found) => found.role === 'author').map((found) => [found.name, found.mentions[0].start - text.indexOf(byline)]);
  }

  it('splits a byline at commas, ampersands and the word "and", dropping "By"', () => {
    assert.deepEqual(authors('By Pat Doyle and Kim Lee'), [['Pat Doyle', 3], ['Kim Lee', 17]]);
    assert.deepEqual(authors('Pat Doyle, Kim Lee & Ana Ruiz'), [['Pat Doyle', 0], ['Kim Lee', 11], ['Ana Ruiz', 21]]);
  });

  it('keeps "and" inside a name, and a name ending in "and"', () => {
    assert.deepEqual(authors('Sandra Anderson and Roland'), [['Sandra Anderson', 0], ['Roland', 20]]);
  });

  it('finds "the union" only after the union is named, and not inside longer words', () => {
    const text = 'Title\n\nThe union met. The Harbour Workers Union struck. The union said so; the unions and theunion did not.';
    const union = entity(index(text).entities, 'Harbour Workers Union');
    assert.deepEqual(union.mentions.map((mention) => text.slice(mention.start, mention.end)), ['Harbour Workers Union', 'The union']);
    assert.equal(union.mentions[1].start, text.indexOf('The union said'));
  });
});

describe('the entity index asked by attribution', () => {
  function span(text: string, words: string, from = 0): { start: number; end: number; text: string } {
    const start = text.indexOf(words, from);
    return { start, end: start + words.length, text: words };
  }

  it('keeps a long appositive role up to its comma ("a Sahel specialist at the Kessington Policy Institute in London")', () => {
    const entities = index('Title\n\nRebecca Thornbury, a Sahel specialist at the Kessington Policy Institute in London, said ceasefires fail.').entities;
    assert.equal(entity(entities, 'Rebecca Thornbury').role, 'Sahel specialist at the Kessington Policy Institute in London');
  });

  it('gives the role set off after a surname to the person it names ("Aguirre, a former mayor of Guayaquil,")', () => {
    const entities = index('Title\n\nVerónica Aguirre refused to concede. Aguirre, a former mayor of Guayaquil, spoke. Pell, Ohio governor earned votes.').entities;
    assert.equal(entity(entities, 'Verónica Aguirre').role, 'former mayor of Guayaquil');
  });

  it('reads "Special Agent in Charge" as a title, "Leeds General Infirmary" as a body and a firm ending in "LLP" as a firm', () => {
    const entities = index('Title\n\nSpecial Agent in Charge Dominic Reale spoke. She died at Leeds General Infirmary. Tom Ives of Kirkland Hayes LLP agreed. Lambrecht Construction, the contractor, paved it. Mayor Pro Tem Gloria Whitfield spoke.').entities;
    assert.equal(entity(entities, 'Lambrecht Construction').type, 'organization');
    assert.equal(entity(entities, 'Gloria Whitfield').role, 'Mayor Pro Tem');
    assert.equal(entity(entities, 'Dominic Reale').role, 'Special Agent in Charge');
    assert.equal(entity(entities, 'Leeds General Infirmary').type, 'organization');
    assert.equal(entity(entities, 'Kirkland Hayes LLP').type, 'organization');
  });

  it('gives the role set off after an age, and a noun of a person after an article as a role ("Tom Gallagher, 38, a school teacher,")', () => {
    const entities = index('Title\n\nTom Gallagher, 38, a secondary school teacher, said it was hard. Derek Halloran, a bus driver from Stockport, spoke.').entities;
    assert.equal(entity(entities, 'Tom Gallagher').role, 'secondary school teacher');
    assert.equal(entity(entities, 'Derek Halloran').role, 'bus driver from Stockport');
  });

  it('reads a municipality and a government named with capitals as bodies ("the Federal Government")', () => {
    const entities = index('Title\n\nWater failed in the Buffalo City Metropolitan Municipality. The Federal Government said no.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [['Buffalo City Metropolitan Municipality', 'organization'], ['Federal Government', 'organization']]);
  });

  it('takes two unknown words for a person\'s name when the text also writes the surname after "Ms." ("Ms. Ebbington")', () => {
    const entities = index('Title\n\nHe met Marisol Ebbington, the county recorder, on Monday. Later Ms. Ebbington said no.').entities;
    assert.deepEqual(entity(entities, 'Marisol Ebbington').mentions.map((mention) => mention.text), ['Marisol Ebbington', 'Ebbington']);
  });

  it('knows the European Space Agency, the NHTSA and the National Health Service by their acronyms', () => {
    const entities = index('Title\n\nThe European Space Agency said it was safe. It was a success for ESA. NHTSA opened a probe.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.mentions.length]), [['European Space Agency', 2], ['National Highway Traffic Safety Administration', 1]]);
  });

  it('knows the armed services and the Centers for Medicare and Medicaid Services as bodies ("The Army said")', () => {
    const entities = index('Title\n\nThe Army said no. He joined the Navy. The Centers for Medicare and Medicaid Services agreed.').entities;
    assert.deepEqual(entities.map((found) => [found.name, found.type]), [['Army', 'organization'], ['Navy', 'organization'], ['Centers for Medicare and Medicaid Services', 'organization']]);
  });

  it('reads the state after a party letter ("(D-W.Va.)") as that state, and leaves a postal code ("R-SC") alone', () => {
    const entities = index('Title\n\nSen. Ann Bloom (D-W.Va.) and Rep. Tom Hale, R-Utah, met Rep. Al Roe (R-SC).').entities;
    assert.deepEqual(entities.filter((found) => found.type !== 'person').map((found) => found.name).sort(), ['Utah', 'West Virginia']);
  });

  it('keeps "President Pro Tempore" in the role, not in the name', () => {
    const entities = index('Title\n\nSenate President Pro Tempore Edwin Sallis spoke.').entities;
    assert.equal(entity(entities, 'Edwin Sallis').role, 'Senate President Pro Tempore');
  });

  it('lists the entity of each mention beside it, in a list it empties first', () => {
    const text = 'Title\n\nJens Stoltenberg met Angela Merkel in Berlin. Stoltenberg and Merkel spoke.';
    const found = index(text);
    const entities = [found.entities[0]];
    const mentions = found.mentionsIn(0, text.length, entities);
    assert.equal(mentions.length >= 5, true);
    assert.deepEqual(entities.map((entity) => entity.id), mentions.map((mention) => mention.entityId));
  });

  it('finds an organization by its initials after one-word names that cannot be initials', () => {
    const text = 'Title\n\nThe Harbour Workers Union met on Monday. Later, Whitfield said HWU staff would strike.';
    const found = index(text);
    const union = entity(found.entities, 'Harbour Workers Union');
    assert.equal(found.resolveName(span(text, 'Whitfield')).name, 'Whitfield');
    assert.equal(found.resolveName(span(text, 'HWU')), union);
  });

  it('finds a name written in other capitals, and not one that only ends alike', () => {
    const text = 'Title\n\nThe Harbour Workers Union met. Signs read HARBOUR WORKERS UNION and Hotel Union.';
    const found = index(text);
    const union = entity(found.entities, 'Harbour Workers Union');
    assert.equal(found.resolveName(span(text, 'HARBOUR WORKERS UNION')), union);
    assert.notEqual(found.resolveName(span(text, 'Hotel Union')), union);
  });

  it('reads a byline in capitals as the organization it names, beside a person', () => {
    const text = 'Title\nAuthor: USA TODAY and Kim Lee\n\nNothing “else” happened.';
    assert.deepEqual(index(text).entities.map((found) => [found.id, found.role]), [['organization:usa-today', null], ['person:kim-lee', 'author']]);
  });

  it('reads "Will" opening a name that a comma or a verb of speech follows as a given name, not a modal', () => {
    const text = 'Title\n\n"We have to win it," Will Estrada, the county chairman, said. Will Dunham said the count was slow. Will Congress act on it?';
    assertTypes(text, [['Will Estrada', 'person'], ['Will Dunham', 'person'], ['Congress', 'organization']]);
    // So do "May" and "June" after a title or before a comma, and any of them after a title, whatever surname follows.
    const titled = 'Title\n\nGov. Will Lockwood signed it. May Trinh, a community organizer, agreed. Sen. May Colquitt of Maine waited. According to June Pettibone, the counsel, it holds.';
    assertTypes(titled, [['Will Lockwood', 'person'], ['May Trinh', 'person'], ['May Colquitt', 'person'], ['June Pettibone', 'person']]);
    // Not inside a run of title case: "We Don't Know What Will Happen".
    assert.ok(!index('Title\n\nThe headline read ‘We Don’t Know What Will Happen.’').entities.some((found) => found.name.includes('Will')));
  });

  it('numbers the id of a name whose slug a plainly written name of the same type took first', () => {
    const text = 'Title\n\nThe Harbour Workers Union met. The Harbour-Workers Union struck.';
    assert.deepEqual(index(text).entities.map((found) => found.id), ['organization:harbour-workers-union', 'organization:harbour-workers-union-2']);
  });
});
