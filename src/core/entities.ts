// Entities (people, organizations, places, events, works) from one linear pass over the
// text: capitalized runs are cut into gazetteer names, titles and personal names, then
// surnames, acronyms, capitals and role phrases are merged into the entity they refer to.
import { BYLINE_ROLE, Entity, EntityType, Header, Mention, MentionKind, Span, TextSpan } from './model';
import { firstNameGender, Gender, withoutDiacritics } from './names';
import { ARABIC_ARTICLES, articleLength, CodeUnits, firstFrom, followsGivenNameWords, HEADLINE_CAPITALS, isApostropheCode, isArabicArticle, isDigitCode, isLowerAsciiCode, isRegexWordCode, isRetiredInBracketsAt, isUpper, isWordCode, namesWorkBefore, opensSentence, RETIRED_IN_BRACKETS_LENGTH, sameCodes, statedAgeAfter, THE_LENGTH, withCapital, withoutPossessive, wordStartBefore } from './text';
import { DOCUMENT_NOUNS, GENERATIONAL_SUFFIXES, IRREGULAR_PAST, NAME_PARTICLES, NUMBERED_PEOPLE, PERSON_NOUNS, ROLE_NOUN_WORDS, SMALL_NUMBER_WORDS, SPORT_POSITIONS } from './wordLists';
import lexicon from './data/lexicon.json';
import names from './data/names.json';
import events from './data/events.json';
import organizations from './data/organizations.json';
import places from './data/places.json';

export interface EntityIndex {
  /** Ordered by first mention. */
  readonly entities: Entity[];
  /**
   * Mentions inside [start, end), in document order. `entities`, if given, is filled with each one's entity at the same
   * index: the caller needs no lookup by id.
   */
  mentionsIn(start: number, end: number, entities?: Entity[]): Mention[];
  /** Entity for a name found by attribution (e.g. "Stoltenberg" → Jens Stoltenberg); creates one if unknown. */
  resolveName(span: TextSpan, typeHint?: EntityType): Entity;
  /** A new entity for a description that brings in someone new ("A spokesperson for the carrier"), with its mention. */
  createDistinct(span: TextSpan, type: EntityType): Entity;
  /** Records that span refers to entity (a pronoun or role noun resolved by attribution). */
  addMention(entity: Entity, span: TextSpan, kind: MentionKind): void;
  /** An existing entity that `name` refers to (by name, alias, surname or first name), or null; creates none. */
  find(name: string, at: number): Entity | null;
}

// ---------------------------------------------------------------------------------------
// Gazetteers, loaded once.

type GazetteerKind = NamedKind | 'demonym' | 'title' | 'honorific';
/** The kinds of the gazetteer's names of things, which make entities of their own. */
type NamedKind = 'place' | 'organization' | 'event';

function isNamedKind(kind: GazetteerKind | Piece['kind']): kind is NamedKind {
  return kind === 'place' || kind === 'organization' || kind === 'event';
}

interface GazetteerEntry {
  kind: GazetteerKind;
  /** Canonical name for places and organizations; the written form for titles. */
  name: string;
  /** `name` lowercased once here, not at each lookup of an unknown name the gazetteer holds. */
  lowercaseName: string;
  /** "the Alliance" style aliases only count when the article names the entity otherwise. */
  needsArticle: boolean;
}

const GAZETTEER = new Map<string, GazetteerEntry>();
/** Known names with a comma inside ("Bureau of Alcohol, Tobacco, Firearms and Explosives"), by their first word: no run reads past a comma. */
const NAMES_WITH_COMMAS = new Map<string, string[]>();
/** The first letters of those names: most runs are told apart by their first letter, before any word is sliced. */
const NAMES_WITH_COMMAS_INITIALS = new Set<number>();
/** Longest gazetteer name, in words, per first word: most capitalized words start none. */
const GAZETTEER_LENGTH = new Map<string, number>();
/** Capitalized words and the lowercase connectors that may follow them inside one name ("Secretary of State"). */
const CONNECTABLE = new Map<string, Set<string>>();
/** The words that may join two capitalized words of one name; each has a bit of `CONNECTOR_BIT`, of 32. */
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'in', 'the', ...NAME_PARTICLES]);
const MAX_CONNECTOR_LENGTH = 5;
/** Longer all-capital words are shouting ("NASHUA —", "UPDATE"), not acronyms, unless a gazetteer knows them. */
const MAX_ACRONYM_LENGTH = 4;

/** Words that join a role noun to its organization: "the head of the Alliance", "a spokesman for the campaign". */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'in', 'the']);

/**
 * Whether codes[start, end) ends as a trade does: "-ist" ("chemist", "novelist"; not the verbs "insist", "exist",
 * "twist", nor "checklist"), "-ician" ("physician"), "-grapher" ("photographer").
 */
function hasTradeEnding(codes: Uint16Array, start: number, end: number): boolean {
  // Read for most lowercase words of a text: the last letter turns nearly all of them away.
  const last = codes[end - 1];
  const length = end - start;
  if (last === 0x74) {
    if (length < 6 || codes[end - 2] !== 0x73 || codes[end - 3] !== 0x69) return false;
    const before = codes[end - 4];
    // s, x, w; an l after a consonant.
    return before !== 0x73 && before !== 0x78 && before !== 0x77 && !(before === 0x6c && !VOWEL_CODES.includes(codes[end - 5]));
  }
  if (last === 0x6e) return length >= 8 && sameCodes('ician', codes, end - 5);
  return last === 0x72 && length >= 10 && sameCodes('grapher', codes, end - 7);
}
const VOWEL_CODES = [...'aeiouy'].map((vowel) => vowel.charCodeAt(0));

/** Relative pronouns that may open a clause after a whole role phrase. */
const RELATIVE_PRONOUNS = new Set(['who', 'which']);
/** The apostrophes a name may be written with: typographic, straight, and the modifier letter U+02BC. */
const APOSTROPHES = ['’', "'", 'ʼ'];
const ANY_APOSTROPHE = /[’'ʼ]/;
const APOSTROPHES_EVERYWHERE = /[’'ʼ]/g;
/** Verbs of speech that confirm the unknown name before them as a person's. */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'explained', 'recalled', 'testified']);
/** "told the newspaper Harlow had lied": forms of "tell", after which "the" and a noun are the one told. */
const TELL_FORMS = new Set(['told', 'tell', 'tells', 'telling']);
/** Words that open a clause: a role phrase does not run through them. */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'and', 'said', 'says', 'told', 'but', 'or', 'had', 'has', 'have', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'should', 'did', 'does']);
/** The stop words in lower case, as they stand inside a sentence ("by", "with", "now"). */
const LOWERCASE_STOP_WORDS = new Set([...lexicon.stopWords.map((word) => word.toLowerCase()), 'down', 'up', 'ask', 'tell', 'behind', 'beside', 'near', 'below', 'beneath', 'versus', 'alongside', 'beyond', 'amid', 'toward', 'towards', 'onto', 'upon', 'via', 'despite', 'unlike']);
/** Endings of verbs and adverbs, which a word that says which role it is does not have: "appointed", "acting", "newly". */
const VERB_OR_ADVERB_ENDING = /(?:ed|ing|ly|s)$/;
/** Longest role phrase, in words. */
const MAX_ROLE_PHRASE = 12;
const CONTRACTION = /['’ʼ]\p{Ll}+$/u;
const LOWERCASE_COMPOUND = /-\p{Ll}/u;
const DESCRIBING_COMPOUND = /-\p{Ll}+$/u;
/** Bylines of a newsroom rather than a person. */
const NEWSROOM_WORDS = new Set(['Desk', 'Team', 'Staff', 'Newsroom', 'Editors', 'Bureau', 'Features', 'Obituaries', 'Sports', 'Opinion', 'Editorial', 'Editorials', 'Politics', 'Metro', 'Wires', 'Announcements']);
/** Where a byline's contact details or a note start after the name: ". Email: …", ". Follow … on Twitter", ". someone@…", " (translated …)". */
const BYLINE_TAIL = /\. (?:Email|E-mail|Follow|Twitter|\S*@)| \((?=\p{Ll})/u;
/** "Special for USA TODAY", "Special to The Post": a contributor's note, not a name. */
const SPECIAL_TO = /^Special (?:for|to)\b/;
const POST_NOMINALS = new Set(['MP', 'MPs', 'MD', 'PhD', 'MBA', 'BA', 'Esq', 'TD', 'MLA', 'MSP', 'MEP', 'QC', 'KC', 'OBE', 'MBE', 'CBE']);
/** Heads that other languages put before an organization's name: "Banca Serravalle", "Grupo Alfa", "Universidad Nacional". */
const HEAD_FIRST_ORGANIZATION_WORDS = new Set(['Banca', 'Banco', 'Banque', 'Grupo', 'Groupe', 'Gruppo', 'Instituto', 'Institut', 'Istituto', 'Universidad', 'Université', 'Universität', 'Università', 'Universidade', 'Fundación', 'Fundação', 'Fondation', 'Fondazione', 'Partido', 'Parti', 'Partito', 'Compañía', 'Companhia', 'Compagnie', 'Sociedad', 'Société', 'Società', 'Asociación', 'Associação', 'Comisión', 'Comissão', 'Ministerio', 'Ministério', 'Ministère', 'Secretaría']);
/** Nouns for a body that never name a person ("publisher", "manufacturer" may). */
const IMPERSONAL_ORGANIZATION_NOUNS = new Set(['company', 'firm', 'startup', 'app', 'group', 'studio', 'brand', 'chain', 'website', 'network', 'charity', 'nonprofit', 'organization', 'organisation', 'bank', 'insurer', 'airline', 'conglomerate', 'consultancy', 'cooperative', 'co-op', 'association', 'union', 'agency', 'outlet', 'tabloid', 'newspaper', 'magazine', 'broadcaster']);
/** The US states, and their abbreviations ("Mich.", "Calif."), as a regex's alternatives. */
const US_STATE_NAMES = [...places.usStates, ...places.places.filter((place) => places.usStates.includes(place.name)).flatMap((place) => place.aliases ?? [])]
  .map((name) => name.replace(/\./g, '\\.')).join('|');
/** ", a suburb of …", ", Texas", ", Mich.": what places a town named for a city abroad where it is. */
const LOCALE_AFTER = new RegExp(`^, (?:an? (?:suburb|town|city|village|community|borough|township) (?:of|in|near|outside)\\b|(?:${US_STATE_NAMES})(?![\\w]))`);
const LOCALE_AFTER_CHARS = 40;
/** ", Texas," or ", Iowa.": a US state set off after a town's name. */
const STATE_AFTER = new RegExp(`^, (?:${places.usStates.join('|')})(?:[,.;:)]|$)`);
/** The ordinals of a rank's class: "Sgt. 1st Class", "Petty Officer 2nd Class". */
const RANK_CLASS_ORDINALS = new Set(['1st', '2nd', '3rd']);
/** Words a circuit's name may take: "the District of Columbia Circuit". */
const CIRCUIT_NAME_WORDS = 4;
/** The word between a case's parties: "Roe v. Wade" ("Clinton vs. Trump" is a race). */
const CASE_VERSUS = [' v. '];
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** Bodies known by an ordinal and one word: "the 5th Circuit", "the 3rd Brigade". */
const ORDINAL_BODIES = new Set(['Circuit', 'Division', 'Brigade', 'Regiment', 'Battalion', 'Fleet', 'Corps', 'Army', 'Precinct', 'Infantry', 'Cavalry', 'Airborne']);
/** Lowercase words a title keeps before it: "former Gov.", "retired Lt. Gen.", "state Sen.". */
const TITLE_MODIFIERS = new Set(['former', 'retired', 'state', 'acting', 'deputy', 'interim', 'outgoing', 'incoming', 'executive', 'campaign', 'party']);
/** "Abu Khalid", "Umm Ahmed": an Arabic name opened by the name of one's child. */
const PARENT_NAME_WORDS = new Set(['Abu', 'Umm']);

function addGazetteer(surface: string, kind: GazetteerKind, name: string, needsArticle: boolean): void {
  if (!GAZETTEER.has(surface)) GAZETTEER.set(surface, { kind, name, lowercaseName: name.toLowerCase(), needsArticle });
  const words = surface.split(' ');
  if (surface.includes(', ')) {
    NAMES_WITH_COMMAS.set(words[0], [...NAMES_WITH_COMMAS.get(words[0]) ?? [], surface]);
    NAMES_WITH_COMMAS_INITIALS.add(surface.charCodeAt(0));
  }
  GAZETTEER_LENGTH.set(words[0], Math.max(GAZETTEER_LENGTH.get(words[0]) ?? 0, words.length));
  for (let i = 1; i < words.length; i++) {
    if (CONNECTORS.has(words[i]) && !CONNECTORS.has(words[i - 1])) allowConnector(words[i - 1], words[i]);
  }
}

function allowConnector(word: string, connector: string): void {
  const connectors = CONNECTABLE.get(word) ?? new Set<string>();
  connectors.add(connector);
  CONNECTABLE.set(word, connectors);
}

function addNamed(kind: NamedKind, item: { name: string; aliases?: string[] }): void {
  addGazetteer(item.name, kind, item.name, false);
  const acronyms = [item.name, ...item.aliases ?? []].filter((alias) => /^[A-Z]{2,5}$/.test(alias));
  for (const alias of [...item.aliases ?? [], ...acronyms.map((acronym) => acronym.split('').join('.') + '.')]) {
    const needsArticle = alias.startsWith('the ');
    addGazetteer(needsArticle ? alias.slice(4) : alias, kind, item.name, needsArticle);
  }
}

/** The capitals that open the particles of NAME_PARTICLES and the Arabic articles, as a sentence's first word writes them. */
const PARTICLE_INITIALS = [...new Set([...NAME_PARTICLES, ...ARABIC_ARTICLES].map((particle) => particle.charAt(0).toUpperCase()))].join('');

const LONGEST_PARTICLE = Math.max(...[...NAME_PARTICLES, ...ARABIC_ARTICLES].map((particle) => particle.length));

/** Canonical names of countries: a body named after a country's name is the country's own, one after a state's or a town's is not. */
const COUNTRY_NAMES = new Set<string>();
for (const country of places.countries as { name: string; aliases?: string[]; demonyms?: string[] }[]) {
  COUNTRY_NAMES.add(country.name);
  addNamed('place', country);
  for (const demonym of country.demonyms ?? []) addGazetteer(demonym, 'demonym', country.name, false);
}
for (const place of places.places) addNamed('place', place);
for (const organization of organizations.organizations) addNamed('organization', organization);
for (const event of events.events) addNamed('event', event);
for (const title of lexicon.titles) {
  addGazetteer(title, 'title', title, false);
  // "Vice-President", "Secretary-General": a title of two words is written with a hyphen too.
  if (/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(title)) addGazetteer(title.replace(' ', '-'), 'title', title.replace(' ', '-'), false);
}
/** "Sens." → "Sen.": a plural title abbreviated heads a list of names, each of whom holds the title. */
const SINGULAR_TITLES = new Map(Object.entries(lexicon.pluralTitles));
for (const plural of SINGULAR_TITLES.keys()) addGazetteer(plural, 'title', plural, false);
for (const honorific of lexicon.honorifics) addGazetteer(honorific, 'honorific', honorific, false);
// "Reporter Jomana Karadsheh", "Goaltender Luka Dvorak": a capitalized role noun or sport position before a name works as
// a title (not a position that is a surname too: "Barbara Boxer", "Harrison Forward").
const SURNAME_POSITIONS = new Set(['boxer', 'bowler', 'catcher', 'forward', 'kicker', 'keeper', 'receiver', 'batter', 'rower', 'jockey']);
for (const noun of [...ROLE_NOUN_WORDS, ...[...SPORT_POSITIONS].filter((position) => !SURNAME_POSITIONS.has(position))]) {
  const title = withCapital(noun);
  if (!GAZETTEER.has(title)) addGazetteer(title, 'title', title, false);
}

/** For bylines in capitals ("USA TODAY", "REUTERS"). */
const GAZETTEER_BY_LOWERCASE = new Map([...GAZETTEER].filter(([, entry]) => entry.kind === 'organization').map(([surface, entry]) => [surface.toLowerCase(), entry]));
const BACK_REFERENCE_HEADS = new Set(lexicon.backReferenceHeads);
for (const word of [...lexicon.organizationWords, ...lexicon.shopWords, ...lexicon.organizationHeads, ...lexicon.eventWords]) {
  allowConnector(word, 'of');
  allowConnector(word, 'for');
}

// Word facts: what all the lexicons say about a word, as bits of one number, so that a word costs one Map lookup.
/** The low byte: the most words of a gazetteer name starting with the word (0: none does). */
const GAZETTEER_LENGTH_MASK = 0xff;
const STOP_WORD = 1 << 8;
const CONNECTOR = 1 << 9;
const NAME_PARTICLE = 1 << 10;
/** "Democratic", "Republican": part of "Republican National Convention", but not of "Republican Ted Cruz". */
const DESCRIPTOR = 1 << 11;
const FIRST_NAME = 1 << 12;
const ORGANIZATION_WORD = 1 << 13;
const EVENT_WORD = 1 << 14;
const WORK_WORD = 1 << 15;
const PLACE_WORD = 1 << 16;
const CALENDAR_WORD = 1 << 17;
const ORGANIZATION_NOUN = 1 << 18;
const PLACE_NOUN = 1 << 19;
const ORGANIZATION_HEAD = 1 << 20;
const ROLE_NOUN = 1 << 21;
const ROLE_MODIFIER = 1 << 22;
const COMMON_ACRONYM = 1 << 23;
/** Head words of organizations, events and works: "Committee", "Convention", "Act". */
const INSTITUTION_WORD = ORGANIZATION_WORD | EVENT_WORD | WORK_WORD;
/** The lexicon part of `isCommonWord`: a stop word, a common acronym, a weekday or month (with its period or not). */
const COMMON_WORD = 1 << 24;
/** The lexicon part of `isCommonSingleWord`: also connectors, and descriptors that head no institution. */
const COMMON_SINGLE_WORD = 1 << 25;
/** ROLE_LINKS and CLAUSE_WORDS, which role phrases read. */
const ROLE_LINK = 1 << 26;
const CLAUSE_WORD = 1 << 27;
/** "Jr.", "III": ends a name without being its head or its surname. */
const GENERATIONAL_SUFFIX = 1 << 28;
/** "County", "Station": a place word that, after a first name, still makes a place ("Fairfax County", not "Thomas Bay"). */
const ADDRESS_PLACE_WORD = 1 << 29;
/** Set on every token's facts once looked up, so that a word with no facts is not looked up again. */
const LOOKED_UP = 1 << 30;
/** How many earlier uses of a first name `isInFullNameBefore` reads. */
const FULL_NAME_USES = 64;
/** Who lives in a place or runs it, before "of" and the place's name: "residents of …", "the mayor of …". */
const RESIDENT_NOUNS = new Set(['residents', 'inhabitants', 'villagers', 'townspeople', 'townsfolk', 'mayor']);
/** Titles after which a party's name is the portfolio: "Labour Minister …", "Labour Secretary …". */
const MINISTER_TITLES = new Set(['Minister', 'Secretary', 'Ministry']);
/** Heads of bodies named by their remit or fields: "Committee on Taxation", "Ways and Means Committee". */
const COMMITTEE_WORDS = new Set(['Committee', 'Subcommittee', 'Commission', 'Council', 'Caucus']);
/** Heads of bodies named by two fields joined by "and": "the Energy and Commerce Committee", "the Lunar and Planetary Institute". */
const FIELDS_BODY_WORDS = new Set([...COMMITTEE_WORDS, 'Institute', 'Center', 'Centre', 'Laboratory', 'Society', 'Association', 'Foundation', 'Administration', 'Agency', 'Department', 'Museum', 'College', 'School', 'Conference', 'Board', 'Service', 'Office']);
/**
 * A capitalized syllable, a hyphen and a romanized Korean or Chinese syllable: an initial (one consonant, a doubled
 * one, or "ts", "hs", "sh", "zh"), a vowel, one final ("Jae-in", "Ming-tsung", "Hsien-lung").
 */
const SYLLABLE_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-(?:[bcdfghjklmnpqstwxyz]|ch|kk|tt|pp|ss|jj|ts|hs|sh|zh)?[wy]?h?[aeiou]{1,2}(?:ng|[nklmp])?$/u;
/** Common words that are surnames too, read as such only after a first name. */
const SURNAME_COMMON_WORDS = new Set(['May', 'Said', 'Will', 'Read']);
/** Events' words that are surnames too, read as such right after a first name ("Ann Day of Dayton"). */
const SURNAME_EVENT_WORDS = new Set(['Day', 'Week', 'Games']);

const WORD_FACTS = new Map<string, number>();

function addFact(words: Iterable<string>, fact: number): void {
  for (const word of words) WORD_FACTS.set(word, (WORD_FACTS.get(word) ?? 0) | fact);
}

/** Each word list with the fact it gives its words. */
const WORD_LISTS: [Iterable<string>, number][] = [
  [lexicon.stopWords, STOP_WORD], [CONNECTORS, CONNECTOR], [NAME_PARTICLES, NAME_PARTICLE], [lexicon.descriptorWords, DESCRIPTOR],
  [names.firstNames, FIRST_NAME], [lexicon.organizationWords, ORGANIZATION_WORD], [lexicon.shopWords, ORGANIZATION_WORD], [lexicon.legalForms, ORGANIZATION_WORD], [lexicon.eventWords, EVENT_WORD],
  [lexicon.workWords, WORK_WORD], [lexicon.placeWords, PLACE_WORD], [lexicon.addressPlaceWords, PLACE_WORD | ADDRESS_PLACE_WORD], [lexicon.weekdayAndMonthWords, CALENDAR_WORD],
  [lexicon.organizationNouns, ORGANIZATION_NOUN], [lexicon.placeNouns, PLACE_NOUN], [lexicon.organizationHeads, ORGANIZATION_HEAD],
  [ROLE_NOUN_WORDS, ROLE_NOUN], [lexicon.roleModifiers, ROLE_MODIFIER], [lexicon.commonAcronyms, COMMON_ACRONYM],
];
for (const [words, fact] of WORD_LISTS) addFact(words, fact);
// "Carmaker", "Retailer": a company's trade that opens a sentence before its name ("Carmaker Zentra said"); not a trade
// word that names take ("Bank") or that is a person's job too ("Publisher").
addFact(lexicon.organizationNouns.filter((noun) => !(wordFacts(noun) & ROLE_NOUN))
  .map(withCapital).filter((word) => !(wordFacts(word) & ORGANIZATION_WORD)), ORGANIZATION_NOUN);
// "Feb." is as common as "Feb".
addFact(lexicon.weekdayAndMonthWords.map((word) => `${word}.`), 0);
for (const [word, length] of GAZETTEER_LENGTH) addFact([word], length);
for (const [word, facts] of WORD_FACTS) {
  const calendar = (wordFacts(word.endsWith('.') ? word.slice(0, -1) : word) & CALENDAR_WORD) !== 0;
  const common = calendar || (facts & (STOP_WORD | COMMON_ACRONYM)) !== 0;
  const commonSingle = common || (facts & CONNECTOR) !== 0 || ((facts & DESCRIPTOR) !== 0 && !(facts & INSTITUTION_WORD));
  WORD_FACTS.set(word, facts | (common ? COMMON_WORD : 0) | (commonSingle ? COMMON_SINGLE_WORD : 0));
}

// Facts that make no word common, and the words CONNECTABLE knows, so that `CONNECTORS_AFTER` finds them by number.
addFact(ROLE_LINKS, ROLE_LINK);
addFact(GENERATIONAL_SUFFIXES, GENERATIONAL_SUFFIX);
addFact(CLAUSE_WORDS, CLAUSE_WORD);
addFact(CONNECTABLE.keys(), 0);

function wordFacts(word: string): number {
  return WORD_FACTS.get(word) ?? 0;
}

/**
 * The keys of a Map, numbered 1, 2, …, in an open-addressing table that finds a span of a text by its characters:
 * spares slicing, and hashing, a fresh string for every word or name asked about.
 */
class SpanTable<V> {
  /**
   * Per slot, the high half of its key's hash above the key's number (0: an empty slot): a probe compares
   * characters only when the halves agree, and the table is small enough to stay in the processor's cache.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Bit per `shapeOf` of the keys: most words asked about are no key, and fail this test without being hashed. */
  private readonly shapes = new Int32Array(1 << 11);
  /** The code units of all keys one after another, key n from `keyStarts[n]` to `keyStarts[n + 1]`: compared without reading strings. */
  private readonly keyCodes: Uint16Array;
  private readonly keyStarts: Int32Array;
  /** By number; 0 is no key, with the value given for none. */
  readonly keys: string[] = [''];
  readonly values: V[];

  constructor(entries: Map<string, V>, none: V) {
    if (entries.size > KEY_NUMBER) throw new Error('SpanTable: too many keys');
    this.values = [none];
    let size = 1;
    while (size < entries.size * 3) size <<= 1;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    let codeCount = 0;
    for (const key of entries.keys()) codeCount += key.length;
    this.keyCodes = new Uint16Array(codeCount);
    this.keyStarts = new Int32Array(entries.size + 2);
    for (const [key, value] of entries) {
      const id = this.keys.length;
      const hash = hashOf(key, 0, key.length);
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = (hash & HASH_HIGH) | id;
      const shape = shapeOf(key.length, key.charCodeAt(0), key.charCodeAt(key.length - 1));
      this.shapes[shape >>> 5] |= 1 << (shape & 31);
      const keyStart = this.keyStarts[id];
      for (let i = 0; i < key.length; i++) this.keyCodes[keyStart + i] = key.charCodeAt(i);
      this.keyStarts[id + 1] = keyStart + key.length;
      this.keys.push(key);
      this.values.push(value);
    }
  }

  /** Number of the key `text[start, end)`, 0 if the table does not hold it. */
  idOf(text: string, start: number, end: number): number {
    const length = end - start;
    if (!this.mayHold(shapeOf(length, text.charCodeAt(start), text.charCodeAt(end - 1)))) return 0;
    const hash = hashOf(text, start, end);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      const id = entry & KEY_NUMBER;
      if (id === 0 || (((entry ^ hash) & HASH_HIGH) === 0 && this.keys[id].length === length && sameChars(this.keys[id], text, start))) return id;
    }
  }

  /** `idOf` for code units of a chunk (`CHUNK_CODES`), which read in a fraction of the time of a string's characters. */
  idOfCodes(codes: Uint16Array, start: number, end: number): number {
    const length = end - start;
    if (!this.mayHold(shapeOf(length, codes[start], codes[end - 1]))) return 0;
    let hash = length;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ codes[i], HASH_PRIME);
    hash = mixHash(hash);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      const id = entry & KEY_NUMBER;
      if (id === 0 || (((entry ^ hash) & HASH_HIGH) === 0 && this.holdsCodes(id, codes, start, length))) return id;
    }
  }

  /** Key number `id` is the `length` code units at `codes[start]`. */
  private holdsCodes(id: number, codes: Uint16Array, start: number, length: number): boolean {
    const keyStart = this.keyStarts[id];
    if (this.keyStarts[id + 1] - keyStart !== length) return false;
    for (let i = 0; i < length; i++) if (this.keyCodes[keyStart + i] !== codes[start + i]) return false;
    return true;
  }

  private mayHold(shape: number): boolean {
    return (this.shapes[shape >>> 5] & (1 << (shape & 31))) !== 0;
  }
}

/** Length, first and last character of a span, folded into 16 bits. */
function shapeOf(length: number, firstCode: number, lastCode: number): number {
  return (length & 15) << 12 | (firstCode & 63) << 6 | (lastCode & 63);
}

const HASH_PRIME = 0x01000193;
/** A slot of a SpanTable: the low half holds the key's number, the high half the high half of its hash. */
const KEY_NUMBER = 0xffff;
const HASH_HIGH = ~KEY_NUMBER;

/** `idOfCodes` hashes the same way. */
function hashOf(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), HASH_PRIME);
  return mixHash(hash);
}

function mixHash(hash: number): number {
  return hash ^ (hash >>> 15);
}

/** `text.startsWith(key, start)` without the call: keys are short. */
function sameChars(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** Word facts by word number. */
const WORD_TABLE = new SpanTable(WORD_FACTS, 0);
/** The one-word gazetteer entry of each word of WORD_TABLE, by its number. */
const GAZETTEER_BY_WORD = [undefined, ...WORD_TABLE.keys.slice(1).map((word) => GAZETTEER.get(word))];
const GAZETTEER_TABLE = new SpanTable<GazetteerEntry | undefined>(GAZETTEER, undefined);
/** CONNECTABLE as bits, by word number: the bit of each connector, and the bits of the connectors allowed after each word. */
const CONNECTOR_BIT = new Int32Array(WORD_TABLE.keys.length);
const CONNECTORS_AFTER = new Int32Array(WORD_TABLE.keys.length);
[...CONNECTORS].forEach((connector, bit) => CONNECTOR_BIT[WORD_TABLE.idOf(connector, 0, connector.length)] = 1 << bit);
for (const [word, connectors] of CONNECTABLE) {
  for (const connector of connectors) CONNECTORS_AFTER[WORD_TABLE.idOf(word, 0, word.length)] |= CONNECTOR_BIT[WORD_TABLE.idOf(connector, 0, connector.length)];
}
/** Role nouns that all mean "the one who leads it", so "the head of NATO" = "NATO Secretary General". */
const HEAD_ROLES = new Set(['head', 'chief', 'leader', 'secretary general', 'secretary-general']);
/** " chief" for "deputy chief": built once, not per role asked about. */
const HEAD_ROLE_ENDINGS = [...HEAD_ROLES].map((head) => ` ${head}`);
/** Abbreviations that keep their period ("Sen. Cruz" is one name, not two sentences). */
const ABBREVIATIONS = new Set([
  ...[...GAZETTEER.keys()].filter((word) => word.endsWith('.') && !word.includes(' ')).map((word) => word.slice(0, -1)),
  'St', 'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'Mt', 'Ft', 'Gov', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'No', 'vs',
]);
/** The abbreviations found by the code units of a word before a period, which need no slice. */
const ABBREVIATION_TABLE = new SpanTable(new Map([...ABBREVIATIONS].map((abbreviation) => [abbreviation, true])), false);

// ---------------------------------------------------------------------------------------
// Tokens: one linear scan, parallel arrays.

const UPPER = 1;
const ALL_CAPS = 2;
const POSSESSIVE = 8;
/** Separated from the previous token by exactly one space: the two may belong to one name. */
const JOINED = 16;
const HAS_DIGIT = 4;
/** A hyphen or an apostrophe inside the word ("Florida-based", "I'm"). */
const HAS_JOINER = 32;

class Tokens {
  count = 0;
  starts = new Int32Array(0);
  /** End of the word, before a possessive `'s`. */
  ends = new Int32Array(0);
  flags = new Uint8Array(0);
  /** Word facts of each token, looked up on first use (0: not yet). */
  facts = new Int32Array(0);
  /** WORD_TABLE id of each token, set with its facts. */
  wordIds = new Int32Array(0);
  /** Code units of the chunk (`CHUNK_CODES`), from text position `offset` on. */
  codes: Uint16Array = new Uint16Array(0);
  offset = 0;
  /** Indexes of the tokens that start with a capital, the only ones that may start a name. */
  capitalized = new Int32Array(0);
  capitalizedCount = 0;

  /** Makes room for `capacity` tokens, so that the tokenizer writes them without a check per token. */
  reserve(capacity: number): void {
    if (capacity <= this.starts.length) return;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.facts = new Int32Array(capacity);
    this.wordIds = new Int32Array(capacity);
    this.capitalized = new Int32Array(capacity);
  }
}

// Character classes, one table lookup per character.
const WORD_CHAR = 1;
const UPPER_CHAR = 2;
const DIGIT_CHAR = 4;
const APOSTROPHE = 8;
/** Quote marks that may open a title: "a report titled “Ready for the Next One”". */
const TITLE_MARK = 16;
/** First characters of the abbreviations: most words before a period ("said.") start none, and are not looked up. */
const ABBREVIATION_START = 32;
const CHAR_CLASS = new Uint8Array(0x10000);
/** ʻ (U+02BB), the Hawaiian glottal stop, which may open a name before its capital. */
const OKINA = 0x2bb;
/** Blocks whose letters have case: Latin, Greek, Cyrillic, Armenian, their extensions, fullwidth Latin. */
const CASED_BLOCKS: [number, number][] = [[0xc0, 0x58f], [0x10a0, 0x10ff], [0x1e00, 0x1fff], [0x2c00, 0x2d2f], [0xa640, 0xa7ff], [0xff21, 0xff5a]];
for (let code = 0; code < 0x10000; code++) {
  const word = code < 0x80 ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
    : code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code !== 0x2bc && code !== 0xfeff
      && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f)
      && !(code >= 0xd800 && code <= 0xdfff) && !(code >= 0xfe30 && code <= 0xff0f);
  CHAR_CLASS[code] = (word ? WORD_CHAR : 0) | (code >= 48 && code <= 57 ? DIGIT_CHAR : 0) | (code >= 65 && code <= 90 ? UPPER_CHAR : 0);
}
for (const [from, to] of CASED_BLOCKS) {
  for (let code = from; code <= to; code++) {
    const char = String.fromCharCode(code);
    if (CHAR_CLASS[code] & WORD_CHAR && char !== char.toLowerCase()) CHAR_CLASS[code] |= UPPER_CHAR;
  }
}
for (const char of "'\u2019\u02bc") CHAR_CLASS[char.charCodeAt(0)] |= APOSTROPHE;
for (const char of '"“«') CHAR_CLASS[char.charCodeAt(0)] |= TITLE_MARK;
for (const abbreviation of ABBREVIATIONS) CHAR_CLASS[abbreviation.charCodeAt(0)] |= ABBREVIATION_START;

function isUpperAt(text: string, index: number): boolean {
  return (CHAR_CLASS[text.charCodeAt(index)] & UPPER_CHAR) !== 0;
}

/** Words before a town's name: "in Spokane", "from Yakima". */
const TOWN_LINKS = new Set(['in', 'from', 'of', 'near', 'outside', 'at']);

/** Verbs before "itself" or "themselves" and a name that a body gives itself. */
const SELF_NAMING_VERBS = new Set(['calling', 'calls', 'called', 'call', 'styling', 'styles', 'styled', 'naming', 'named', 'dubbing', 'dubbed']);

/** Words before a month that make it a date's: "in June", "since April", "last August", "a June rally". */
const DATE_LINKS = new Set(['a', 'an', 'the', 'every', 'each', 'in', 'on', 'since', 'by', 'until', 'till', 'from', 'through', 'during', 'before', 'after', 'last', 'next', 'this', 'early', 'late', 'mid', 'of', 'to', 'between', 'and', 'or']);

/** Months that are given names too. */
const MONTH_GIVEN_NAMES = new Set(['April', 'June', 'August']);

/** Kinds of a gazetteer word that may open an organization's name after its noun: "the group Haitian Families Forward". */
const PEOPLE_OR_PLACE = new Set<string>(['demonym', 'place']);

/** Reused by every call: tokens live only while their chunk is scanned. */
const TOKENS = new Tokens();

/** The chunk's UTF-16 code units and a space after them, which ends the last word. */
const CHUNK_CODES = new CodeUnits(32);
/** A title that runs past the first chunk, which only a pathological text has. */
const TITLE_CODES = new CodeUnits(32);

/** Whether codes[start, end) is "post" or "pre". */
function isTimePrefix(codes: Uint16Array, start: number, end: number): boolean {
  const length = end - start;
  return (length === 4 && codes[start] === 112 && codes[start + 1] === 111 && codes[start + 2] === 115 && codes[start + 3] === 116)
    || (length === 3 && codes[start] === 112 && codes[start + 1] === 114 && codes[start + 2] === 101);
}

/**
 * "(D-W.Va.)", ", R-Ky.,": a party's letter and hyphen before a state, which are no part of the state's name. A postal
 * code ("R-SC") stays with its letter: alone, it would read as an acronym.
 */
function isPartyLetter(codes: Uint16Array, at: number): boolean {
  const letter = codes[at];
  return (letter === 68 || letter === 82 || letter === 73) && codes[at + 1] === 45 && (CHAR_CLASS[codes[at + 2]] & UPPER_CHAR) !== 0
    && (codes[at - 1] === 40 || (codes[at - 1] === 32 && codes[at - 2] === 44))
    && !((CHAR_CLASS[codes[at + 3]] & UPPER_CHAR) !== 0 && (CHAR_CLASS[codes[at + 4]] & WORD_CHAR) === 0 && codes[at + 4] !== 46);
}

/** The Arabic article and hyphen opening a surname: "al-" of "al-Assad". */
const ARABIC_ARTICLE_BEFORE = new RegExp(`^(?:${ARABIC_ARTICLES.join('|')})-(?=\\p{Lu})`, 'u');

/** Tokens of `text[from, to)`; adds to `titleMarks` the quote marks after "titled " or a work's noun, in passing. */
function tokenize(text: string, from: number, to: number, titleMarks: number[]): Tokens {
  const tokens = TOKENS;
  // A token and what ends it take two characters at least.
  tokens.reserve(((to - from) >> 1) + 1);
  const { starts, ends, flags: tokenFlags, capitalized } = tokens;
  // Positions below are relative to `from`, in `codes`; tokens get absolute ones.
  const codes = CHUNK_CODES.of(text, from, to);
  const length = to - from;
  let count = 0;
  let capitalizedCount = 0;
  /** Where a token starting would be JOINED: one past the space after the previous token. */
  let joinedStart = -1;
  let i = 0;
  while (i < length) {
    const start = i;
    let code = codes[i];
    let flags = 0;
    let letterCount = 0;
    if (code - 97 >>> 0 < 26) {
      // Lowercase ASCII letters up to a space, most words of the text, need none of the checks below.
      // (One unsigned comparison tests both ends of a - z.)
      do code = codes[++i]; while (code - 97 >>> 0 < 26);
      if (code === 32) {
        starts[count] = from + start;
        ends[count] = from + i;
        tokenFlags[count++] = start === joinedStart ? JOINED : 0;
        joinedStart = ++i;
        continue;
      }
      // "post-World War II", "pre-Iowa": a prefix of time before a name is no part of it; the name starts after the hyphen.
      if (code === 45 && CHAR_CLASS[codes[i + 1]] & UPPER_CHAR && isTimePrefix(codes, start, i)) {
        i++;
        continue;
      }
      // "al-Assad", "el-Sisi": an Arabic article joined to a capitalized name is part of the name, as a capital is.
      if (code === 45 && CHAR_CLASS[codes[i + 1]] & UPPER_CHAR && isArabicArticle(codes, start, i)) {
        flags = UPPER;
        capitalized[capitalizedCount++] = count;
      }
      // The rest of the word goes on from the letters read so far.
      letterCount = i - start;
    } else {
      const kind = CHAR_CLASS[code];
      if (!(kind & WORD_CHAR)) {
        if (isRetiredInBracketsAt(codes, i) && joinedStart === i) {
          i += RETIRED_IN_BRACKETS_LENGTH + 1;
          joinedStart = i;
          continue;
        }
        if (kind & TITLE_MARK && namesWorkBefore(text, from + i)) titleMarks.push(from + i);
        i++;
        continue;
      }
      if (isPartyLetter(codes, i)) {
        i += 2;
        continue;
      }
      // "ʻAkana": a Hawaiian name may open with an ʻokina before its capital.
      if (kind & UPPER_CHAR || (code === OKINA && CHAR_CLASS[codes[i + 1]] & UPPER_CHAR)) {
        flags = UPPER;
        capitalized[capitalizedCount++] = count;
      }
    }
    let upperCount = 0;
    let segmentStart = start;
    let end = -1;
    // The space after the chunk ends this loop.
    for (;;) {
      const code = codes[i];
      // Lowercase ASCII, most letters, without the table.
      if (code - 97 >>> 0 < 26) {
        letterCount++;
        i++;
        continue;
      }
      // A space ends the word whatever follows: spares the look-ahead below for most word ends.
      if (code === 32) break;
      const c = CHAR_CLASS[code];
      if (c & WORD_CHAR) {
        if (c & DIGIT_CHAR) flags |= HAS_DIGIT;
        else {
          letterCount++;
          if (c & UPPER_CHAR) upperCount++;
        }
        i++;
        continue;
      }
      if (!(CHAR_CLASS[codes[i + 1]] & WORD_CHAR)) break;
      if (c & APOSTROPHE) {
        const afterS = i + 2;
        if ((codes[i + 1] | 32) === 115 && (afterS >= length || !(CHAR_CLASS[codes[afterS]] & WORD_CHAR))) {
          flags |= POSSESSIVE;
          end = i;
          i = afterS;
          break;
        }
        flags |= HAS_JOINER;
        i++;
        continue;
      }
      // A hyphen joins words; an ampersand joins capitals ("AT&T", "Texas A&M").
      if (code === 45 || (code === 38 && CHAR_CLASS[codes[i - 1]] & UPPER_CHAR && CHAR_CLASS[codes[i + 1]] & UPPER_CHAR)) {
        flags |= HAS_JOINER;
        i++;
        continue;
      }
      // "U.S.", "D.C.": single letters joined by periods.
      if (code === 46 && i - segmentStart === 1 && CHAR_CLASS[codes[i - 1]] & UPPER_CHAR && CHAR_CLASS[codes[i + 1]] & UPPER_CHAR) {
        i++;
        segmentStart = i;
        continue;
      }
      break;
    }
    if (end < 0) {
      end = i;
      if (codes[i] === 46 && (i - segmentStart === 1 && CHAR_CLASS[codes[i - 1]] & UPPER_CHAR
        || (i - start <= 5 && CHAR_CLASS[codes[start]] & ABBREVIATION_START && ABBREVIATION_TABLE.idOfCodes(codes, start, i) !== 0))) {
        end = ++i;
      } else if (codes[i + 1] === 32 && codes[i - 1] === 115 && CHAR_CLASS[codes[i]] & APOSTROPHE) {
        // "Sanders' campaign": a plural possessive, joined to the word after it as "Trump's" is.
        flags |= POSSESSIVE;
        i++;
      }
    }
    if (upperCount === letterCount && letterCount > 1) flags |= ALL_CAPS;
    if (start === joinedStart) flags |= JOINED;
    starts[count] = from + start;
    ends[count] = from + end;
    tokenFlags[count++] = flags;
    // Past the chunk, the space put there only ends the loop: no token follows.
    const after = codes[i];
    joinedStart = after === 32 || after === 0xa0 ? i + 1 : -1;
  }
  tokens.count = count;
  tokens.capitalizedCount = capitalizedCount;
  tokens.codes = codes;
  tokens.offset = from;
  tokens.facts.fill(0, 0, count);
  return tokens;
}

// ---------------------------------------------------------------------------------------
// Candidates: what each capitalized run says, before merging.

interface Piece {
  kind: GazetteerKind | 'words';
  /** First and last token index, inclusive. */
  first: number;
  last: number;
  entry: GazetteerEntry | null;
}

interface Candidate {
  /**
   * 'single': one word, which only joins an entity found elsewhere. 'town': one word after "in" with a town's ending
   * ("in Westbrook"), which is a place unless it is part of a name found elsewhere.
   */
  type: EntityType | 'single' | 'town';
  /** Canonical name (gazetteer) or the written name. */
  name: string;
  start: number;
  end: number;
  /** `name` is the text from start to end, so the index need not slice it again. */
  written: boolean;
  /** Surface text of the whole phrase when it is longer than the name ("US President Joe Biden"). */
  longForm: string | null;
  role: string | null;
  roleKeys: string[];
  /** Role phrase naming this person ("the head of the Alliance"), with its span. */
  rolePhrase: TextSpan | null;
  /** Only attaches to entities found elsewhere (title-case headlines, "the Alliance"). */
  weak: boolean;
  /** Written with a courtesy title ("Mrs. Clinton"): certainly a person. */
  honorific: boolean;
  /** A person only if the text also uses the last word alone, as it does with surnames. */
  tentative: boolean;
}

/** A role written without a name ("The head of NATO"), resolved once people are known. */
interface RoleReference {
  key: string;
  start: number;
  end: number;
}

function normalizeApostrophes(value: string): string {
  // One pass over the characters instead of two `includes`: roles are short.
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x2019 || code === 0x2bc) return value.replace(/[’ʼ]/g, "'");
  }
  return value;
}

const NO_KEYS: string[] = [];

/** The role keys found, in order: an array only when there is one. */
function keysOf(titleKey: string | null, phraseKey: string | null): string[] {
  if (titleKey === null) return phraseKey === null ? NO_KEYS : [phraseKey];
  return phraseKey === null ? [titleKey] : [titleKey, phraseKey];
}

/** Services a district may run: "Water District", "Fire Protection District" ("School" is an organization's word already). */
const SERVICE_WORDS = new Set(['Water', 'Fire', 'Protection', 'Park', 'Parks', 'Transit', 'Utility', 'Utilities', 'Sanitation', 'Irrigation', 'Library', 'Conservation', 'Sewer', 'Hospital', 'Health', 'Housing', 'Port', 'Recreation', 'Flood', 'Control', 'Quality']);
/** Groups whose possessive opens an institution's name: "Children's Hospital", "Women's March". */
const POSSESSIVE_GROUPS = new Set(['Children', 'Women', 'Men', 'People', 'Veterans', 'Workers', 'Teachers', 'Farmers', 'Citizens', 'Nurses', 'Writers', 'Mothers', 'Fathers']);
const KNIGHTS_TITLES = new Set(['Sir', 'Dame']);
/** Titles of address (academic, clerical) that give way to a role set off after the name. */
const ADDRESS_TITLES = new Set(['Professor', 'Prof.', 'Prof', 'Dr.', 'Dr', 'Doctor', 'Reverend', 'Rev.', 'Right Reverend', 'Very Reverend']);
/** Words after a body's noun that leave it the head of its phrase: "the payments company behind …", "a group based in …". */
const HEAD_LINKS = new Set(['behind', 'based', 'whose', 'known', 'founded', 'owned', 'run', 'led', 'headquartered', 'with', 'on', 'that', 'which', 'from', 'by', 'popular', 'best', 'used', 'backed', 'beloved', 'valued']);
/** ", who" or ", whom" right after a name ("whose" has things too: "Bear Stearns, whose collapse"). */
const WHO_AFTER = /^, whom?\b/;
/** Common words that may stand before the object of a role's link: "a spokeswoman for the state health department". */
const OBJECT_MODIFIERS = 2;
/** Ranks and honours that say less than the post named beside them: "Pentagon press secretary Col. Ann Hale". */
const RANKS = new Set(['Gen.', 'Brig. Gen.', 'Maj. Gen.', 'Lt. Gen.', 'Col.', 'Lt. Col.', 'Maj.', 'Capt.', 'Lt.', 'Sgt.', 'Staff Sgt.', 'Cpl.', 'Pvt.',
  'Adm.', 'Rear Adm.', 'Vice Adm.', 'Cmdr.', 'Det.', 'General', 'Colonel', 'Captain', 'Lieutenant', 'Sergeant', 'Admiral', 'Commander', 'Sheikh', 'Sheik']);
/** Possessives that open a role set off before a name: "his campaign manager, Ola Berg,". */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);
/** Lowercase words that may stand between a determiner and its noun: "the national water agency". */
const NOUN_MODIFIERS = 3;
/** "… of the company", "… at Acme": an affiliation right after a name, which closes what is set off before it. */
const AFFILIATION_AFTER = /^ (?:of|at|from) /;

/** Heads of a US state's bodies after "<State> State": "Department", "Patrol", "University". */
const STATE_BODY_WORDS = new Set(['Department', 'Board', 'Patrol', 'Police', 'University', 'College', 'Legislature', 'Senate', 'House', 'Assembly', 'Commission', 'Office', 'Agency', 'Lottery', 'Parks', 'Bar']);

/** Endings of compound nouns for people that no list can hold: "steelworker", "bookkeeper", "homeowner", "locksmith". */
const PERSON_NOUN_ENDING = /.(?:worker|keeper|maker|owner|holder|smith|monger)$/;

/** Given names that are also a modal or a month. */
const MODAL_OR_MONTH_NAMES = new Set(['Will', 'May', 'June']);

/** Kin in the plural, whose given names may follow joined by "and": "the parents, Khizr and Ghazala Khan". */
const KIN_PLURALS = new Set(['parents', 'couple', 'grandparents', 'brothers', 'sisters', 'siblings', 'twins', 'sons', 'daughters', 'spouses', 'newlyweds']);

/** Words in -s that name no group: "Rights", "Crisis", "Census". */
const NOT_PLURAL_NAMES = /^(?:Rights|\w+[iu]s)$/;
const SPEECH_AFTER_NAME = new RegExp(`^[\\p{L}’'.-]+,? (?:${[...SPEECH_VERBS].join('|')})\\b`, 'u');
const SPEECH_BEFORE_NAME = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')}) $`);
const SPEECH_CHARS = 32;
/** The nouns of a political party or grouping that head a name before them ("the Civic Renewal alliance"). */
const PARTY_NOUNS = new Set(['party', 'alliance', 'coalition', 'bloc', 'movement', 'front', 'faction']);
/** "the elder ", "The younger " right before a surname. */
const GENERATION_BEFORE = /\b[Tt]he (elder|older|younger) $/;
const GENERATION_CHARS = 12;
/** "Dennis Pruett Sr." is the elder of the two, "Dennis Pruett Jr." (or "II", "III") the younger. */
const ELDER_SUFFIX = / Sr\.?$/;
const YOUNGER_SUFFIX = / (?:Jr\.?|II|III|IV)$/;
/** A parent's or a child's noun ("the elder" of a grandfather may be the father the story is about). */
const PARENT_NOUNS = new Set(['father', 'mother', 'dad', 'mom', 'mum']);
const CHILD_NOUNS = new Set(['son', 'daughter', 'grandson', 'granddaughter', 'stepson', 'stepdaughter']);
/** "His father, " opening a sentence (or a paragraph) before a name. */
const KIN_OPENING_SENTENCE = /(?:^|[.!?]["”’]?\s+|\n)(?:His|Her|Their|(?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+[’']s?) (?:[a-z-]+ )?[a-z]+,? $/;
const KIN_OPENING_CHARS = 40;
/** The lowercase word, and a comma, right before a name or its title: "brother, " in "His brother, Frank Hennessy", "son, Det. ". */
const KIN_BEFORE_NAME = /\b([a-z]+),? (?:[A-Z][a-z]{0,4}\. ){0,2}$/;
const KIN_BEFORE_CHARS = 28;
/** Kin and other people a gendered noun describes ("wife", "son", "widow"), but no office ("spokesman"). */
const KIN_NOUNS = new Set([...lexicon.feminineNouns, ...lexicon.masculineNouns].filter((noun) => !ROLE_NOUN_WORDS.includes(noun)));
const KIN_GENDERS = new Map<string, Gender>([
  ...lexicon.feminineNouns.map((noun): [string, Gender] => [noun, 'feminine']), ...lexicon.masculineNouns.map((noun): [string, Gender] => [noun, 'masculine']),
]);
/** Person nouns that tell how someone stands to another, not what they do: no role for the hover card. */
const RELATIONS = new Set(['rival', 'opponent', 'challenger', 'predecessor', 'successor', 'friend', 'colleague', 'partner', 'neighbor', 'neighbour', 'cousin', 'roommate', 'critic', 'supporter', 'parent', 'child', 'customer', 'patient', 'fan', 'victim', 'witness', 'boss']);

/** "Jens Stoltenberg" → "jens-stoltenberg"; accents dropped, other characters become dashes. */
function slug(name: string, lowercase: string): string {
  // NFKD leaves ASCII alone, and normalizing costs more than the rest of the slug. An ASCII lowercase comes
  // from an ASCII name, or from a Kelvin sign, which NFKD turns into K anyway.
  return slugOf(lowercase, true) ?? slugOf(name.normalize('NFKD').toLowerCase(), false)!;
}

/** The slug of a lowercased name; null if `asciiOnly` and it holds other characters. */
function slugOf(plain: string, asciiOnly: boolean): string | null {
  let result = '';
  let dash = false;
  for (let i = 0; i < plain.length;) {
    if (!isSlugCode(plain.charCodeAt(i))) {
      const code = plain.charCodeAt(i++);
      if (code > 0x7f && asciiOnly) return null;
      if (code < 0x300 || code > 0x36f) dash = true;
      continue;
    }
    // Whole runs of letters and digits at once: most names are a word or two.
    let end = i + 1;
    while (end < plain.length && isSlugCode(plain.charCodeAt(end))) end++;
    if (dash && result) result += '-';
    result += plain.slice(i, end);
    dash = false;
    i = end;
  }
  return result || 'entity';
}

function isSlugCode(code: number): boolean {
  return isLowerAsciiCode(code) || isDigitCode(code);
}

/** `\s` of a regex, by UTF-16 code. */
function isWhitespaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function hasWhitespace(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (isWhitespaceCode(value.charCodeAt(i))) return true;
  return false;
}

/** Whitespace other than single spaces (`/\s\s|[^\S ]/`): a line break, a tab, two spaces. */
function hasIrregularSpace(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isWhitespaceCode(code) && (code !== 32 || (i + 1 < value.length && isWhitespaceCode(value.charCodeAt(i + 1))))) return true;
  }
  return false;
}

/** Whether `start` opens a line, or a quote that opens one: "“PYLE: …". */
function opensLine(text: string, start: number): boolean {
  const before = start > 0 && OPENING_MARK_CODES.has(text.charCodeAt(start - 1)) ? start - 2 : start - 1;
  return before < 0 || text.charCodeAt(before) === 10;
}
const OPENING_MARK_CODES = new Set([0x22, 0x201c, 0x27, 0x2018]);

/** A state's abbreviation listed with another: "Pa., Md. and Del.". */
const ABBREVIATION_LISTED_AFTER = /^(?:,| and| or) \p{Lu}\p{Ll}*\./u;
const ABBREVIATION_LISTED_BEFORE = /\p{Lu}\p{Ll}*\.(?:,| and| or) $/u;
const ABBREVIATION_LIST_CHARS = ', Calif.'.length + 2;

class Scanner {
  readonly candidates: Candidate[] = [];
  /** Last words of the people named in full so far: "Paris" after "Jeremy Paris" is him, not the city. */
  private readonly surnames = new Set<string>();
  /** Their first names, when a list knows them, and the full name of the last one named so. */
  private readonly givenNames = new Map<string, string>();
  /** Nicknames the text gave inside a full name ('Eugene "Gene" Lattimore'), with that name. */
  private readonly nicknames = new Map<string, string>();
  readonly roleReferences: RoleReference[] = [];
  /** Quote marks after "titled ", in document order. */
  readonly titleMarks: number[] = [];
  // The text is read in chunks of whole lines, so that tokens of a huge text never pile up in memory.
  private tokens = TOKENS;
  private count = 0;
  /** End of the title when it is in headline case, else -1: set once the first chunk is read. */
  private titleCaseEnd = -1;
  /** End of the chunk whose tokens (and code units) are read now. */
  private chunkEnd = 0;
  /** The line `isInHeadline` read last, and whether it is a headline. */
  private lineStart = 0;
  private lineEnd = 0;
  private lineIsHeadline = false;
  /** The role a plural title gave the last name, and that name's end (-1 once a name outside the list came between). */
  private listTitle: { role: string; end: number } | null = null;

  constructor(private readonly text: string, header: Header) {
    const title = header.titleSpan;
    const skipFrom = title ? title.end : header.bodyStart;
    const chunkEnd = chunkEnds(text);
    for (let from = 0; from < text.length;) {
      const to = chunkEnd(from);
      this.tokens = tokenize(text, from, to, this.titleMarks);
      this.chunkEnd = to;
      if (from === 0 && title && this.isTitleCase(title, to)) this.titleCaseEnd = title.end;
      this.count = this.tokens.count;
      const { starts, capitalized, capitalizedCount } = this.tokens;
      // Only capitalized tokens start runs; `next` skips those inside the run read last.
      for (let c = 0, next = 0; c < capitalizedCount; c++) {
        const i = capitalized[c];
        if (i < next) continue;
        const start = starts[i];
        next = start >= skipFrom && start < header.bodyStart ? i + 1 : this.readRunAfterOrdinal(i);
      }
      from = to;
    }
  }

  /**
   * Whether token i stands in a headline: the title in headline case, or a short line of the body written as one
   * ("Rand Paul Scores Direct Hit On Donald Trump."), whose capitalized words run names and verbs together.
   */
  private isInHeadline(i: number): boolean {
    const start = this.tokens.starts[i];
    if (start < this.titleCaseEnd) return true;
    if (start < this.lineStart || start >= this.lineEnd) {
      this.findLine(start);
      this.lineIsHeadline = this.lineEnd - this.lineStart <= MAX_HEADLINE && this.isHeadlineLine();
    }
    return this.lineIsHeadline;
  }

  /** Sets `lineStart` and `lineEnd` to the line holding `offset`, read in the chunk's code units while it holds the line. */
  private findLine(offset: number): void {
    const { codes, offset: chunkStart } = this.tokens;
    let start = offset - chunkStart;
    while (start > 0 && codes[start - 1] !== 10) start--;
    let end = offset - chunkStart;
    const chunkLength = this.chunkEnd - chunkStart;
    while (end < chunkLength && codes[end] !== 10) end++;
    this.lineStart = start > 0 ? chunkStart + start : this.text.lastIndexOf('\n', offset - 1) + 1;
    const next = end < chunkLength ? chunkStart + end : this.text.indexOf('\n', offset);
    this.lineEnd = next < 0 ? this.text.length : next;
  }

  /** `isHeadline` of the line `isInHeadline` found, read in the chunk's code units when the chunk holds it. */
  private isHeadlineLine(): boolean {
    const { codes, offset } = this.tokens;
    const length = this.lineEnd - this.lineStart;
    if (this.lineStart >= offset && this.lineEnd <= this.chunkEnd) return isHeadline(codes, this.lineStart - offset, length);
    return isHeadline(LINE_CODES.of(this.text, this.lineStart, this.lineEnd), 0, length);
  }

  /** `isTitleCase` of the title, read in the code units of the first chunk (which ends at `to`) when it holds the title. */
  private isTitleCase(title: Span, to: number): boolean {
    if (title.end <= to) return isTitleCase(this.tokens.codes, title.start, title.end);
    return isTitleCase(TITLE_CODES.of(this.text, title.start, title.end), 0, title.end - title.start);
  }

  private word(i: number): string {
    return this.text.slice(this.tokens.starts[i], this.tokens.ends[i]);
  }

  /** Token i is `word`: compared in place, without slicing the token. */
  private isWordAt(i: number, word: string): boolean {
    const { codes, offset } = this.tokens;
    return this.tokens.ends[i] - this.tokens.starts[i] === word.length && sameCodes(word, codes, this.tokens.starts[i] - offset);
  }

  /** Token i is `word` in any case ("the", "The", "THE"); `word` is lowercase ASCII letters, which `| 32` matches either way. */
  private isAnyCaseAt(i: number, word: string): boolean {
    const { codes, offset } = this.tokens;
    const start = this.tokens.starts[i];
    if (this.tokens.ends[i] - start !== word.length) return false;
    for (let c = 0; c < word.length; c++) if ((codes[start - offset + c] | 32) !== word.charCodeAt(c)) return false;
    return true;
  }

  private isTheAt(i: number): boolean {
    return this.isAnyCaseAt(i, 'the');
  }

  private isArticleAt(i: number): boolean {
    return this.isAnyCaseAt(i, 'the') || this.isAnyCaseAt(i, 'a') || this.isAnyCaseAt(i, 'an') || this.isAnyCaseAt(i, 'another');
  }

  /** WORD_TABLE number of token i's word. */
  private wordId(i: number): number {
    this.facts(i);
    return this.tokens.wordIds[i];
  }

  /** Word facts of token i: one Map lookup per token, however many lexicons are asked. */
  private facts(i: number): number {
    const facts = this.tokens.facts;
    if (facts[i]) return facts[i];
    const { codes, offset } = this.tokens;
    const id = WORD_TABLE.idOfCodes(codes, this.tokens.starts[i] - offset, this.tokens.ends[i] - offset);
    this.tokens.wordIds[i] = id;
    // "José", "Zoë": a word no list knows may be a first name written with its accents.
    const accented = id === 0 && this.tokens.flags[i] & UPPER && this.hasNonAsciiAt(i) ? wordFacts(withoutDiacritics(this.word(i))) & FIRST_NAME : 0;
    return (facts[i] = WORD_TABLE.values[id] | accented | (id === 0 ? this.tradeFact(i) : 0) | LOOKED_UP);
  }

  /**
   * "a microbiologist at …", "the singer-songwriter Fionn Gallagher": a lowercase word no list knows is a role by a
   * trade's ending, or by the role noun its last part is; "the Richmond Times-Dispatch": a capitalized one is an
   * organization's by the organization word its last part is.
   */
  private tradeFact(i: number): number {
    const { codes, offset, flags } = this.tokens;
    const upper = flags[i] & UPPER;
    if (!upper && hasTradeEnding(codes, this.tokens.starts[i] - offset, this.tokens.ends[i] - offset)) return ROLE_NOUN;
    if (!(flags[i] & HAS_JOINER)) return 0;
    const word = this.word(i);
    return wordFacts(word.slice(word.lastIndexOf('-') + 1)) & (upper ? ORGANIZATION_WORD : ROLE_NOUN);
  }

  private hasNonAsciiAt(i: number): boolean {
    const { codes, offset } = this.tokens;
    for (let at = this.tokens.starts[i] - offset; at < this.tokens.ends[i] - offset; at++) if (codes[at] >= 128) return true;
    return false;
  }

  private is(i: number, fact: number): boolean {
    return (this.facts(i) & fact) !== 0;
  }

  private gazetteerLength(i: number): number {
    return this.facts(i) & GAZETTEER_LENGTH_MASK;
  }

  /** "However", "I'm", "Feb.", "Florida-based", "TV": capitalized words that are not names. */
  private isCommonWord(i: number): boolean {
    return (this.is(i, COMMON_WORD) && !(this.is(i, CALENDAR_WORD) && this.isMonthGivenName(i))) || this.isCommonCompound(i);
  }

  /** "June Greaves", "April Ryan": a month that is a given name too, before a capitalized word that is no date's. */
  private isMonthGivenName(i: number): boolean {
    const next = i + 1;
    // ("In June Trump said": after a date's word, the month is a date's.)
    if (i > 0 && this.tokens.flags[i] & JOINED && DATE_LINKS.has(this.word(i - 1).toLowerCase())) return false;
    return MONTH_GIVEN_NAMES.has(this.word(i)) && next < this.count && (this.tokens.flags[next] & (JOINED | UPPER)) === (JOINED | UPPER)
      && !this.is(next, CALENDAR_WORD | INSTITUTION_WORD) && !(this.tokens.flags[next] & HAS_DIGIT);
  }

  /** A word that is no name when it stands alone: common words, connectors, "Democratic" without "Party". */
  private isCommonSingleWord(i: number): boolean {
    return this.is(i, COMMON_SINGLE_WORD) || this.isCommonCompound(i);
  }

  /** "I'm", "Florida-based": a contraction or a compound with a lowercase part. */
  private isCommonCompound(i: number): boolean {
    if (!(this.tokens.flags[i] & HAS_JOINER)) return false;
    const word = this.word(i);
    return CONTRACTION.test(word) || (LOWERCASE_COMPOUND.test(word) && !this.isGivenNameOfSyllables(i, word));
  }

  /**
   * "Kim Jong-un", "Moon Jae-in": Korean given names join two syllables with a hyphen, the second in lowercase, after a
   * short surname; a compound that describes ("New York-based", "Saudi-led") ends in another kind of word.
   */
  private isGivenNameOfSyllables(i: number, word: string): boolean {
    const before = i - 1;
    return before >= 0 && (this.tokens.flags[i] & JOINED) !== 0 && this.isCapitalized(before) && this.tokens.ends[before] - this.tokens.starts[before] <= 5
      && SYLLABLE_GIVEN_NAME.test(word);
  }

  /** "MP", "PhD" after a name ("Tom Harris MP"): common acronyms, looked at only when the word is one. */
  private isPostNominal(i: number): boolean {
    return this.is(i, COMMON_ACRONYM) && POST_NOMINALS.has(this.word(i));
  }

  /** "Leeds-based", "Google-owned": the known place or body that opens a describing compound at token i is named there. */
  private addCompoundOwner(i: number): void {
    if (!(this.tokens.flags[i] & HAS_JOINER) || !this.isDescribingCompound(i)) return;
    const word = this.word(i);
    const entry = GAZETTEER.get(word.slice(0, word.indexOf('-')));
    if (entry === undefined || entry.needsArticle || (entry.kind !== 'place' && entry.kind !== 'organization')) return;
    const start = this.tokens.starts[i];
    this.push(entry.kind, entry.name, start, start + word.indexOf('-'), false, false);
  }

  /** "Brussels-based", "Saudi-led": a compound ending in a lowercase word describes the name after it ("Commander-in-Chief" does not). */
  private isDescribingCompound(i: number): boolean {
    return (this.tokens.flags[i] & HAS_JOINER) !== 0 && DESCRIBING_COMPOUND.test(this.word(i)) && this.lookup(i, i)?.kind !== 'title';
  }

  /** The text of tokens first…last, no-break spaces between them made spaces; `noBreakSpace` when already known. */
  private span(first: number, last: number, noBreakSpace = this.hasNoBreakSpaceBetween(first, last)): string {
    const value = this.text.slice(this.tokens.starts[first], this.tokens.ends[last]);
    return noBreakSpace ? value.replace(/\u00a0/g, ' ') : value;
  }

  /**
   * A no-break space between the tokens, which `span` makes a space the text does not hold: words hold none, so only
   * the gaps between them are read.
   */
  private hasNoBreakSpaceBetween(first: number, last: number): boolean {
    for (let i = first + 1; i <= last; i++) {
      for (let at = this.tokens.ends[i - 1]; at < this.tokens.starts[i]; at++) if (this.text.charCodeAt(at) === 0xa0) return true;
    }
    return false;
  }

  /** Whether a token of first…last starts with a capital. */
  private hasCapitalized(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if (this.isCapitalized(i)) return true;
    return false;
  }

  private isCapitalized(i: number): boolean {
    return (this.tokens.flags[i] & UPPER) !== 0;
  }

  /**
   * `Augustin "Gus" Delacroix`: a first name, a nickname in quote marks and a surname are one person, named without the
   * nickname; returns the index after the surname, or `first` when the tokens do not read so.
   */
  private readNicknamedName(first: number): number {
    const { starts, ends, flags } = this.tokens;
    const nickname = first + 1;
    const surname = first + 2;
    // A mark stands between the first name and the nickname: most runs, whose words are joined, are told by a flag.
    if (surname >= this.count || flags[nickname] & JOINED || !this.isCapitalized(nickname) || !this.isCapitalized(surname) || !this.is(first, FIRST_NAME)) return first;
    if (!NICKNAME_OPENINGS.has(this.text.slice(ends[first], starts[nickname])) || !NICKNAME_CLOSINGS.has(this.text.slice(ends[nickname], starts[surname]))) return first;
    let last = surname;
    while (last + 1 < this.count && flags[last + 1] & JOINED && this.isCapitalized(last + 1) && !(flags[last] & POSSESSIVE)) last++;
    const name = `${this.word(first)} ${this.text.slice(starts[surname], ends[last])}`;
    this.push('person', name, starts[first], ends[last], true, false);
    // The nickname alone names the person after this: "Gene" after 'Eugene "Gene" Lattimore'.
    this.nicknames.set(this.word(nickname), name);
    return last + 1;
  }

  /**
   * "Juror No. 7", "Witness 3": someone the court or the police name by a number is a person of that name; returns
   * the index after the number, or `first` when the tokens do not read so.
   */
  private readNumberedPerson(first: number): number {
    const { flags } = this.tokens;
    const number = first + 1 < this.count && this.isWordAt(first + 1, 'No.') ? first + 2 : first + 1;
    if (number >= this.count || !(flags[number] & JOINED) || (number > first + 1 && !(flags[first + 1] & JOINED)) || !this.isNumberAt(number)) return first;
    if (!NUMBERED_PEOPLE.has(this.word(first).toLowerCase())) return first;
    this.pushSpan('person', first, number, false);
    return number + 1;
  }

  /**
   * Reads a known name with a comma inside from token `first` (or the one after its "The") on; returns the index after
   * it, or `first` if none is there.
   */
  private readNameWithCommas(run: number): number {
    const first = this.isWordAt(run, 'The') && run + 1 < this.count ? run + 1 : run;
    if (!NAMES_WITH_COMMAS_INITIALS.has(this.text.charCodeAt(this.tokens.starts[first]))) return run;
    const names = NAMES_WITH_COMMAS.get(this.word(first));
    if (names === undefined) return run;
    const start = this.tokens.starts[first];
    for (const surface of names) {
      const end = start + surface.length;
      if (!this.text.startsWith(surface, start) || isWordCode(this.text.charCodeAt(end))) continue;
      let last = first;
      while (last + 1 < this.count && this.tokens.ends[last] < end) last++;
      if (this.tokens.ends[last] !== end) continue;
      this.addGazetteerMention(GAZETTEER.get(surface)!, first, last, false);
      return last + 1;
    }
    return run;
  }

  /** Token i is a number of one to three digits. */
  private isNumberAt(i: number): boolean {
    const { codes, offset } = this.tokens;
    const start = this.tokens.starts[i] - offset;
    const end = this.tokens.ends[i] - offset;
    if (end - start > 3) return false;
    for (let at = start; at < end; at++) if (!isDigitCode(codes[at])) return false;
    return true;
  }

  /** Reads the run first…cut before an institution's "of"; named with one, "Mujtaba Rahman of the Eurasia Group" is a person even without a known first name. */
  private classifyPersonBeforeInstitution(first: number, cut: number): void {
    const made = this.candidates.length;
    this.classifyRun(first, cut);
    for (let c = made; c < this.candidates.length; c++) if (this.candidates[c].type === 'person') this.candidates[c].tentative = false;
  }

  /**
   * Pushes the name from the run first…last on to token `end` (a court's circuit, a case's second party), its opening
   * common words left out; returns the index after it.
   */
  private pushNameTo(type: Candidate['type'], first: number, last: number, end: number): number {
    while (first < last && this.is(first, STOP_WORD)) first++;
    this.pushSpan(type, first, end, false);
    return end + 1;
  }

  /** The "Circuit" token that a court of appeals' "for the" leads to within a few words after token `last`, or `last`. */
  private circuitAfter(last: number): number {
    if (!this.isWordAt(last, 'Appeals') || !this.isWordAt(last + 1, 'for') || !this.isWordAt(last + 2, 'the')) return last;
    for (let at = last + 3; at < this.count && at <= last + 3 + CIRCUIT_NAME_WORDS && this.tokens.flags[at] & JOINED; at++) {
      if (this.isWordAt(at, 'Circuit')) return at;
    }
    return last;
  }

  /** The last token of the second party of a case after token `last` ("… v. Board of Education"), or `last` if none follows. */
  private caseNameEnd(last: number): number {
    const { flags, starts, ends } = this.tokens;
    const versus = CASE_VERSUS.find((written) => this.text.startsWith(written, ends[last]));
    const party = last + 2;
    // (The period after "v" ends its token, and the party's token follows the space after it.)
    if (versus === undefined || party >= this.count || starts[party] !== ends[last] + versus.length || !this.isCapitalized(party)) return last;
    let end = party;
    while (end + 1 < this.count && flags[end + 1] & JOINED && !(flags[end] & POSSESSIVE)) {
      if (this.isCapitalized(end + 1)) end++;
      // ("… v. Holder and Roe v. Wade": an "and" joins two cases.)
      else if (end + 2 < this.count && this.is(end + 1, CONNECTOR) && !this.isWordAt(end + 1, 'and') && flags[end + 2] & JOINED && this.isCapitalized(end + 2)) end += 2;
      else break;
    }
    return end;
  }

  /**
   * `readRun`, with an ordinal right before the run made part of the body it opens: "the 4th U.S. Circuit Court of
   * Appeals" is not the 6th, and "the 5th Circuit", "the 82nd Airborne Division" are bodies by their ordinal.
   */
  private readRunAfterOrdinal(first: number): number {
    const made = this.candidates.length;
    const next = this.readRun(first);
    // ("the 335th Twitter account" is no body of that name.)
    // (An ordinal has a digit: the flag is read before the word is sliced, as it is on every run.)
    const { flags } = this.tokens;
    if (first === 0 || !(flags[first] & JOINED) || !(flags[first - 1] & HAS_DIGIT) || !ORDINAL.test(this.word(first - 1)) || this.lookup(first, next - 1) !== undefined) return next;
    const start = this.tokens.starts[first];
    const ordinalStart = this.tokens.starts[first - 1];
    let extended = false;
    for (let c = made; c < this.candidates.length; c++) {
      const candidate = this.candidates[c];
      if (candidate.start !== start || candidate.type !== 'organization') continue;
      candidate.start = ordinalStart;
      candidate.name = this.text.slice(ordinalStart, candidate.end);
      extended = true;
    }
    if (!extended && next === first + 1 && ORDINAL_BODIES.has(this.word(first))) this.pushSpan('organization', first - 1, first, false);
    return next;
  }

  /** Reads the capitalized run starting at token `first`; returns the index after it. */
  private readRun(first: number): number {
    // "Sgt. 1st Class Tobias Wrenfield": the class of a rank is no part of the name after it.
    if (first > 0 && this.tokens.flags[first] & JOINED && this.isWordAt(first, 'Class') && RANK_CLASS_ORDINALS.has(this.word(first - 1))) return first + 1;
    const nicknamed = this.readNicknamedName(first);
    if (nicknamed > first) return nicknamed;
    const numbered = this.readNumberedPerson(first);
    if (numbered > first) return numbered;
    const withCommas = this.readNameWithCommas(first);
    if (withCommas > first) return withCommas;
    const { flags } = this.tokens;
    let last = first;
    /** Where to cut if an unlicensed "of" does not end in an institution ("Freedom of Information Act" does). */
    let cut = -1;
    /** The first capitalized word after that "of" (and its "the"). */
    let afterCut = -1;
    /** The word after the run's first " & ", which joins names as only a firm's name does ("Procter & Gamble"); -1 if none. */
    let ampersand = -1;
    while ((!(flags[last] & POSSESSIVE) || this.possessiveInName(last)) && !this.endsCompanyName(last) && last + 1 < this.count && (flags[last + 1] & JOINED || this.isAmpersandBefore(last + 1))) {
      const next = last + 1;
      if (this.isCapitalized(next)) {
        if (ampersand < 0 && !(flags[next] & JOINED)) ampersand = next;
        last = next;
        continue;
      }
      if (!(flags[next] & JOINED)) break;
      // Lowercase connectors ("of", "von") stay inside a name when a capitalized word follows them.
      if (this.tokens.ends[next] - this.tokens.starts[next] > MAX_CONNECTOR_LENGTH) break;
      // Name particles and the connectors gazetteer names allow are all CONNECTORS.
      const nextFacts = this.facts(next);
      if (!(nextFacts & CONNECTOR)) break;
      const allowed = (nextFacts & NAME_PARTICLE) !== 0 || (CONNECTORS_AFTER[this.wordId(last)] & CONNECTOR_BIT[this.tokens.wordIds[next]]) !== 0
        || (this.isWordAt(next, 'and') && (this.andJoinsComplement(first, last) || this.andJoinsFields(first, last) || this.andJoinsFoundersNames(first, last)))
        || (this.isWordAt(next, 'on') && this.onNamesRemit(last))
        // "Parents for Classroom Transparency", "Students for Liberty": a group in the plural for a cause.
        || (this.isWordAt(next, 'for') && first === last && this.isCausePlural(last));
      if (!allowed && this.isLoneWord(first, last) && this.isWordAt(next, 'and') && this.addSpouseAt(last)) return last + 1;
      if (!allowed && !this.isWordAt(next, 'of')) break;
      if (!allowed && cut < 0) cut = last;
      let after = next + 1;
      if (!this.isWordAt(next, 'the') && after < this.count && flags[after] & JOINED && this.isWordAt(after, 'the')) {
        // "the National Institutes of Health and the Swedish Research Council": an "and" a known name allows ("Health and
        // Human Services") joins no "the" after it.
        if (this.isWordAt(next, 'and') && (CONNECTORS_AFTER[this.wordId(last)] & CONNECTOR_BIT[this.tokens.wordIds[next]]) !== 0 && !(nextFacts & NAME_PARTICLE)) break;
        after++;
      }
      // "Ursula von der Leyen", "Oscar de la Renta": a second particle may follow the first.
      else if (nextFacts & NAME_PARTICLE && after < this.count && flags[after] & JOINED && this.is(after, NAME_PARTICLE)) after++;
      // "Citizens for an Accountable Albany", "Committee for a Responsible Federal Budget".
      else if (this.isWordAt(next, 'for') && after < this.count && flags[after] & JOINED && (this.isWordAt(after, 'a') || this.isWordAt(after, 'an'))) after++;
      if (after >= this.count || !(flags[after] & JOINED) || !this.isCapitalized(after)) break;
      if (cut === last) afterCut = after;
      last = after;
    }
    // "U.S. Court of Appeals for the 5th Circuit", "… for the District of Columbia Circuit": the circuit ends the court's name.
    // ("Judge Richard A. Posner of the United States Court of Appeals for the Seventh Circuit": the judge before the court.)
    const circuitEnd = this.circuitAfter(last);
    if (circuitEnd > last) {
      if (cut >= 0) {
        this.classifyPersonBeforeInstitution(first, cut);
        first = afterCut;
      }
      return this.pushNameTo('organization', first, last, circuitEnd);
    }
    // "Shelby County v. Holder", "Brown v. Board of Education": a case's parties and the "v." between them name the case.
    const caseEnd = this.caseNameEnd(last);
    if (caseEnd > last) return this.pushNameTo('work', first, last, caseEnd);
    // "But Carol Lee of …": a sentence's opening word is no part of the name.
    let opening = first;
    while (cut >= 0 && opening < cut && this.is(opening, STOP_WORD)) opening++;
    const nameFirst = cut >= 0 ? this.afterTitles(opening, cut) : first;
    if (cut >= 0 && !this.is(last, INSTITUTION_WORD)) last = cut;
    else if (cut >= 0 && (this.isPlainPersonName(nameFirst, cut, nameFirst > opening) || this.followsRoleAside(nameFirst, cut))) {
      // "Carol Lee of the Daily Ledger", "Professor Carol Lee of …", "Dr. Aiko Tanaka of …": a person, then her institution.
      this.classifyPersonBeforeInstitution(first, cut);
      this.classifyRun(afterCut, last);
      return last + 1;
    }
    // "Henrik Dahl of Morrow & Pike": an ampersand after the cut is no part of the name before it.
    if (ampersand >= 0 && ampersand <= last) {
      while (this.is(first, STOP_WORD)) first++;
      this.pushSpan('organization', first, last, this.isInHeadline(first));
    } else this.classifyRun(first, last);
    return last + 1;
  }

  /**
   * "Center for Strategic and International Studies", "Office of Management and Budget": an "and" (token `last` + 1)
   * inside what follows an institution's head and its "of" or "for" joins the name, unless that part is a known place
   * ("University of Chicago and …") or a name, title or new head follows the "and" ("… and Carnegie Mellon University",
   * "… and FBI", "… and Sen. Ruiz").
   */
  private andJoinsComplement(first: number, last: number): boolean {
    let link = last;
    while (link > first && !(this.isLinkAt(link) && this.is(link - 1, ORGANIZATION_HEAD))) link--;
    if (link === first) return false;
    const complement = this.isTheAt(link + 1) ? link + 2 : link + 1;
    if (this.lookup(complement, last)?.kind === 'place') return false;
    const after = last + 2;
    if (after >= this.count || !(this.tokens.flags[after] & JOINED) || !this.isCapitalized(after) || this.tokens.flags[after] & ALL_CAPS) return false;
    if (this.lookup(after, after) !== undefined) return false;
    for (let i = after; i < this.count && (i === after || (this.tokens.flags[i] & JOINED && this.isCapitalized(i))); i++) {
      if (this.is(i, FIRST_NAME | ORGANIZATION_HEAD)) return false;
    }
    return true;
  }

  /**
   * "House Ways and Means Committee", "the Lunar and Planetary Institute": an "and" (token `last` + 1) between the
   * fields of a committee or another body, in a run that opens with a chamber or right after "the" (not "Obama and
   * Judiciary Committee members"), with no first name or known name on either side of it.
   */
  private andJoinsFields(first: number, last: number): boolean {
    // A run at a sentence's start holds its "The".
    const named = this.isTheAt(first) ? first + 1 : first;
    // ("Argentina's National Scientific and Technical Research Council": an owner's possessive stands for "the".)
    if (!(this.isChamberAt(named) || named > first || (first > 0 && (this.isTheAt(first - 1) || this.tokens.flags[first - 1] & POSSESSIVE)))) return false;
    if (this.is(last, FIRST_NAME) || this.isNamedWord(last)) return false;
    for (let i = last + 2; i < this.count && this.tokens.flags[i] & JOINED && this.isCapitalized(i); i++) {
      if (this.is(i, FIRST_NAME) || this.isNamedWord(i)) return false;
      if (FIELDS_BODY_WORDS.has(this.word(i))) return !(i + 1 < this.count && this.tokens.flags[i + 1] & JOINED && this.isCapitalized(i + 1));
    }
    return false;
  }

  /**
   * The last token of the capitalized run after "X and" (token x is X), when X is a lone first name and the run opens
   * with another one, or a word no list knows, as couples are named ("Bill and Hillary Clinton"); else -1.
   */
  private partnerRunEnd(x: number): number {
    const y = x + 2;
    // ("The parents, Khizr and Ghazala Khan,": after a plural of kin, a given name no list knows.)
    const givenName = this.is(x, FIRST_NAME) || (this.isUnknownNameWord(x) && this.followsKinPlural(x));
    if (!givenName || this.isNamedWord(x) || y >= this.count || !(this.tokens.flags[y] & JOINED) || !this.isCapitalized(y)) return -1;
    if (!this.is(y, FIRST_NAME) && !this.isUnknownNameWord(y)) return -1;
    let end = y;
    while (end + 1 < this.count && this.tokens.flags[end + 1] & JOINED && this.isCapitalized(end + 1) && !(this.tokens.flags[end] & POSSESSIVE)) end++;
    return end;
  }

  /** Whether a plural of kin ("parents", "couple") comes right before token x, or before a comma: "her parents, James and …". */
  private followsKinPlural(x: number): boolean {
    if (x === 0) return false;
    const gap = this.text.slice(this.tokens.ends[x - 1], this.tokens.starts[x]);
    return (gap === ' ' || gap === ', ') && KIN_PLURALS.has(this.word(x - 1).toLowerCase());
  }

  /** Whether the run [first, last] is one word, or "The" and one word. */
  private isLoneWord(first: number, last: number): boolean {
    return first === last || (first + 1 === last && this.isTheAt(first));
  }

  /** "Bill and Melinda Gates Foundation": a couple's names before an institution's word are one name. */
  private andJoinsFoundersNames(first: number, last: number): boolean {
    const end = this.isLoneWord(first, last) ? this.partnerRunEnd(last) : -1;
    // A first name, a surname and the institution's word.
    return end >= last + 4 && this.is(end, ORGANIZATION_WORD);
  }

  /**
   * "Bill and Hillary Clinton": the lone first name (token x) before "and" and a first name and surname is a person of
   * that surname. Adds that person and returns true; false when the run after "and" is no such name.
   */
  private addSpouseAt(x: number): boolean {
    const end = this.partnerRunEnd(x);
    if (end < 0 || end - x < 3 || end - x > 4 || this.lookup(x + 2, end) !== undefined) return false;
    // (The surname may be a given name too, "Eli Prescott", "Betty Cole"; a word between them may not: "Mary Ann Lee".)
    for (let i = x + 3; i <= end; i++) if (this.is(i, COMMON_WORD | INSTITUTION_WORD | PLACE_WORD | (i < end ? FIRST_NAME : 0))) return false;
    const surname = this.text.slice(this.tokens.starts[end], this.tokens.ends[end]);
    // "Allen and Stanton Streets"; "Carter and Eric Fanning" after "Ash Carter": the word names someone already.
    if (PLURAL_PLACE_WORDS.has(surname) || wordFacts(surname.slice(0, -1)) & PLACE_WORD || this.isInFullNameBefore(x) || this.followsCapitalized(x)) return false;
    this.push('person', `${this.word(x)} ${surname}`, this.tokens.starts[x], this.tokens.ends[x], false, this.isInHeadline(x));
    return true;
  }

  /**
   * "Presidents Reagan and …", "Brandy, Monica and …": a capitalized word (a title, a name of a list) before token i, right
   * before it or before a comma; not a noun set off by a comma ("her parents, James and Olive Meehan").
   */
  private followsCapitalized(i: number): boolean {
    let before = this.tokens.starts[i] - 1;
    while (before > 0 && this.text.charCodeAt(before) === 32) before--;
    if (this.text.charCodeAt(before) === 0x2c) before--;
    return isWordCode(this.text.charCodeAt(before)) && isUpperAt(this.text, wordStartBefore(this.text, before + 1));
  }

  /** Whether token i's word is part of a longer capitalized name earlier in the text ("Hillary Clinton" before "Hillary and …"). */
  private isInFullNameBefore(i: number): boolean {
    const { text } = this;
    const word = this.word(i);
    // The nearest uses only: a long text full of the word would otherwise be read again at each couple.
    let uses = 0;
    for (let at = text.lastIndexOf(word, this.tokens.starts[i] - 1); at >= 0 && uses++ < FULL_NAME_USES; at = at > 0 ? text.lastIndexOf(word, at - 1) : -1) {
      const after = at + word.length;
      if (isWordCode(text.charCodeAt(at - 1)) || isWordCode(text.charCodeAt(after))) continue;
      const capitalAfter = text.charCodeAt(after) === 32 && isUpperAt(text, after + 1);
      const capitalBefore = text.charCodeAt(at - 1) === 32 && isWordCode(text.charCodeAt(at - 2)) && isUpperAt(text, wordStartBefore(text, at - 1));
      if (capitalAfter || capitalBefore) return true;
    }
    return false;
  }

  /** "House", "Senate", "Assembly": a chamber whose committees are named by their fields. */
  private isChamberAt(i: number): boolean {
    return this.isWordAt(i, 'House') || this.isWordAt(i, 'Senate') || this.isWordAt(i, 'Assembly');
  }

  /** Whether token i alone is a gazetteer name: a person's, place's, organization's or event's. */
  private isNamedWord(i: number): boolean {
    const entry = this.lookup(i, i);
    return entry !== undefined && isNamedKind(entry.kind);
  }

  /**
   * "Committee on Taxation", "Commission on Presidential Debates": an "on" after a committee's head word names its remit,
   * unless a date follows it ("the Council on Monday") or a name ("the Committee on Sen. Ruiz's bill").
   */
  private onNamesRemit(head: number): boolean {
    const after = head + 2;
    if (!COMMITTEE_WORDS.has(this.word(head)) || after >= this.count || !(this.tokens.flags[after] & JOINED) || !this.isCapitalized(after)) return false;
    const kind = this.lookup(after, after)?.kind;
    return !this.is(after, COMMON_WORD | FIRST_NAME) && kind !== 'title' && kind !== 'honorific';
  }

  /**
   * "St. Brigid's Hospital", "Children's Museum": a saint's or a group's possessive before an institution's head word
   * is part of its name (a person's is not: "Obama's Council of Economic Advisers").
   */
  private possessiveInName(i: number): boolean {
    const next = i + 1;
    if (next >= this.count || !(this.tokens.flags[next] & JOINED) || !this.isCapitalized(next)) return false;
    // "Falcone's Deli", "Castellano's Bakery": a shop named for its owner, with nothing after its word.
    if (SHOP_WORDS.has(this.word(next)) && (next + 1 >= this.count || !(this.tokens.flags[next + 1] & JOINED) || !this.isCapitalized(next + 1))) return true;
    // "the Harlan County Sheriff's Office", "the District Attorney's Office": an officer's office.
    if (this.isWordAt(next, 'Office') && ROLE_NOUN_WORDS.includes(this.word(i).toLowerCase())) return true;
    // "St. Brendan's Medical Center", "the Veterans' Affairs Committee": a saint's or a group's institution may name
    // its field before its head word.
    if (!(i > 0 && this.isSaintAt(i - 1)) && !POSSESSIVE_GROUPS.has(this.word(i)) && !this.isPluralPossessive(i)) return false;
    if (this.is(next, ORGANIZATION_WORD | EVENT_WORD)) return true;
    for (let at = next + 1; at < this.count && at <= next + 2 && this.tokens.flags[at] & JOINED && this.isCapitalized(at); at++) {
      if (this.is(at, ORGANIZATION_WORD | EVENT_WORD)) return true;
    }
    return false;
  }

  /** "Officers'", "Correspondents'", "Patrolmen's": people in the plural and the possessive, as a guild's or a union's name holds. */
  private isPluralPossessive(i: number): boolean {
    const end = this.tokens.ends[i];
    const word = this.word(i);
    if (word.endsWith('men') && word.length > 5) return true;
    // People by their trade or kind ("Sanders' Senate record" is a person's).
    const singular = word.slice(0, -1).toLowerCase();
    return word.endsWith('s') && isApostropheCode(this.text.charCodeAt(end)) && !isWordCode(this.text.charCodeAt(end + 1))
      && (PERSON_NOUNS.has(singular) || (wordFacts(singular) & ROLE_NOUN) !== 0);
  }

  /** Whether a word of tokens [first, last] is an organization's word ("College", "Hospital"). */
  private hasOrganizationWord(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if (this.is(i, ORGANIZATION_WORD)) return true;
    return false;
  }

  /** Whether a lowercase role noun or modifier follows token i ("… mayor", "… senior aide"). */
  private lowercaseRoleFollows(i: number): boolean {
    const next = i + 1;
    return next < this.count && (this.tokens.flags[next] & JOINED) !== 0 && !this.isCapitalized(next) && this.is(next, ROLE_NOUN | ROLE_MODIFIER);
  }

  /** "of" or "for" at token i, or "on" after a committee's head ("Committee on Taxation"). */
  private isLinkAt(i: number): boolean {
    return this.isWordAt(i, 'of') || this.isWordAt(i, 'for') || (this.isWordAt(i, 'on') && i > 0 && COMMITTEE_WORDS.has(this.word(i - 1)));
  }

  /**
   * Whether the run from piece `from` on is plain words ("Technical University of Grenwald"), or its words up to
   * "of"/"for" are ("Serum Institute of India"): either way the head may come after other words.
   */
  private plainBeforeLink(pieces: readonly Piece[], from: number): boolean {
    if (from >= pieces.length) return false;
    return (pieces.length === from + 1 && pieces[from].entry === null) || (pieces[from].kind === 'words' && this.isLinkAt(pieces[from].last + 1));
  }

  /**
   * `opensOrganization` for the run's pieces, read after an owner ("U.S.", "Ohio") or a known organization as in
   * plain words: "House Select Committee on Benghazi".
   */
  private opensOrganizationAfterOwner(pieces: readonly Piece[], first: number, last: number): boolean {
    // ("U.S. Circuit Court of Appeals": after the owner, plain words may come before the head, as in a run of its own.)
    const owner = startsWithOwner(pieces);
    if (this.opensOrganization(owner ? pieces[0].last + 1 : first, last, this.plainBeforeLink(pieces, owner ? 1 : 0))) return true;
    return pieces[0].kind === 'organization' && pieces.length > 1 && pieces[1].kind === 'words' && this.opensOrganization(pieces[1].first, last, this.plainBeforeLink(pieces, 1));
  }

  /** "St." or "Saint", which opens institutions' names too: "St. Anselm College". */
  private isSaintAt(i: number): boolean {
    return this.isWordAt(i, 'St.') || this.isWordAt(i, 'Saint');
  }

  /**
   * A capitalized word in the plural that no list knows: "Jets", "Dolphins". Not "Glass", an abbreviation ("Sens."),
   * a people ("Armenians") or a place's word ("Heights", "Gardens").
   */
  private isPluralName(i: number): boolean {
    const start = this.tokens.starts[i];
    const end = this.tokens.ends[i];
    if (end - start <= 3 || this.text.charCodeAt(end - 1) !== 115 || this.text.charCodeAt(end - 2) === 115) return false;
    const word = this.word(i);
    return this.isUnknownNameWord(i) && !PLURAL_PLACE_WORDS.has(word) && !PLURAL_TITLES.has(word) && GAZETTEER.get(word.slice(0, -1))?.kind !== 'demonym';
  }

  /** "Officers’ Training Corps": a possessive's apostrophe right after token i. */
  private possessiveAfter(i: number): boolean {
    return isApostropheCode(this.text.charCodeAt(this.tokens.ends[i]));
  }

  /** Whether tokens first…last are all names no list knows, or places' names ("Harbor City" before "Gulls"). */
  private allUnknownNameWords(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if (!this.isUnknownNameWord(i) && this.lookup(i, i)?.kind !== 'place') return false;
    return true;
  }

  /** "Stockmen", "Minutemen": a name in the plural in -men that no list knows. */
  private isPluralInMen(i: number): boolean {
    return this.word(i).endsWith('men') && this.isUnknownNameWord(i);
  }

  /** The last token of an event prefix ("Hurricane", "Tropical Storm") starting at token i, or -1 if none does. */
  private eventPrefixEnd(i: number): number {
    if (this.isWordAt(i, 'Tropical') && i + 1 < this.count && this.isWordAt(i + 1, 'Storm')) return i + 1;
    return EVENT_PREFIXES.has(this.word(i)) ? i : -1;
  }

  /**
   * "Inc.", "Co.", "Ltd.": a legal form abbreviated ends a company's name, whatever capital follows ("… & Co. Obama
   * said"). The abbreviations are short: longer words are not sliced to be looked up.
   */
  private endsCompanyName(i: number): boolean {
    const start = this.tokens.starts[i];
    const length = this.tokens.ends[i] - start;
    if (length > 5 || this.text.charCodeAt(start + length - 1) !== 0x2e) return false;
    // ("said Lucien Baptiste Jr. He was born …": a suffix's period ends a person's name as a legal form's ends a firm's,
    // but for a day named after him.)
    return LEGAL_FORMS.has(this.word(i)) || (this.is(i, GENERATIONAL_SUFFIX) && !this.isWordAt(i + 1, 'Day'));
  }

  /**
   * Whether " & " stands between token i and the one before it, joining two parts of one name: not before a first
   * name, a title or "I", which start a person ("Jim & Sarah", "Rudy Giuliani & Sen. Jeff Sessions", "Ann & I").
   */
  private isAmpersandBefore(i: number): boolean {
    const start = this.tokens.starts[i];
    if (start - this.tokens.ends[i - 1] !== 3 || this.text.charCodeAt(start - 2) !== 0x26 || this.text.charCodeAt(start - 1) !== 32 || this.text.charCodeAt(start - 3) !== 32) return false;
    const kind = this.lookup(i, i)?.kind;
    return (!this.is(i, FIRST_NAME) || this.endsFirmName(i)) && kind !== 'title' && kind !== 'honorific' && !this.isWordAt(i, 'I');
  }

  /**
   * "Cushman & Wakefield,", "Barrow & Kent Supplies": a first name after " & " ends a firm's name when no first name
   * comes before the ampersand and no surname after it (not "Giuliani & Jeff Sessions").
   */
  private endsFirmName(i: number): boolean {
    if (this.is(i - 1, FIRST_NAME)) return false;
    const next = i + 1;
    return next >= this.count || !(this.tokens.flags[next] & JOINED) || !this.isCapitalized(next) || this.is(next, ORGANIZATION_WORD);
  }

  /** The first token of the run [first, last] after its one-word titles and roles: "Professor", "Economist", "Dr.". */
  private afterTitles(first: number, last: number): number {
    while (first < last && this.isOneWordTitle(first)) first++;
    return first;
  }

  private isOneWordTitle(i: number): boolean {
    const kind = this.lookup(i, i)?.kind;
    // A run's words are capitalized; the role nouns are listed in lower case. "Criminologist Ann Lee": a trade's ending.
    return kind === 'title' || kind === 'honorific' || (wordFacts(this.word(i).toLowerCase()) & ROLE_NOUN) !== 0
      || hasTradeEnding(this.tokens.codes, this.tokens.starts[i] - this.tokens.offset, this.tokens.ends[i] - this.tokens.offset);
  }

  /** "His lawyer, Imani Ruth of the …": two or three words set off after a role noun name its holder. */
  private followsRoleAside(first: number, last: number): boolean {
    const start = this.tokens.starts[first];
    if (first < 1 || last - first < 1 || last - first > 2 || this.text.charCodeAt(start - 2) !== 44 || this.tokens.ends[first - 1] !== start - 2) return false;
    if (!this.is(first - 1, ROLE_NOUN) || this.isCapitalized(first - 1)) return false;
    for (let i = first; i <= last; i++) if (this.is(i, INSTITUTION_WORD | ORGANIZATION_HEAD | PLACE_WORD | COMMON_WORD)) return false;
    return true;
  }

  /**
   * Two or three words from a first name on (one or more after a title), none of which heads an institution or place,
   * nor is a common word ("Justice Against Sponsors"): "Carol Lee", "Ann B. Ruiz", "Justice Ginsburg".
   */
  private isPlainPersonName(first: number, last: number, titled: boolean): boolean {
    // A surname alone after a title ("Justice Ginsburg of …"); two words no list knows ("Deven Parekh of …").
    if ((last === first && !titled) || last - first > 2) return false;
    if (!(titled || this.is(first, FIRST_NAME) || (last === first + 1 && this.isUnknownPlainWord(first) && this.isUnknownPlainWord(last)))) return false;
    if (titled && this.is(first, COMMON_WORD)) return false;
    for (let i = first + 1; i <= last; i++) if (this.is(i, INSTITUTION_WORD | ORGANIZATION_HEAD | PLACE_WORD | COMMON_WORD)) return false;
    return true;
  }

  /**
   * "Commissioner of Police Ravindra Maharaj-Gopaul", "Member of Parliament for Falealupo": after a title's "of" or
   * "for", the run opens with the office's portfolio; the title and its portfolio are the role of the person named after.
   */
  private classifyRun(runFirst: number, last: number): void {
    const title = last > runFirst ? this.titleBeforeLink(runFirst) : -1;
    const nameFirst = title < 0 ? runFirst : this.afterPortfolio(runFirst, last);
    const count = this.candidates.length;
    this.classifyNameRun(nameFirst, last);
    if (nameFirst === runFirst) return;
    const start = this.tokens.starts[nameFirst];
    for (let c = count; c < this.candidates.length; c++) {
      const candidate = this.candidates[c];
      if (candidate.type === 'person' && candidate.start === start && candidate.role === null) candidate.role = this.text.slice(this.tokens.starts[title], this.tokens.ends[nameFirst - 1]);
    }
  }

  /** Reads the run runFirst…last, its portfolio left out, as the names it holds. */
  private classifyNameRun(runFirst: number, last: number): void {
    // "Rep. Garrett Solberg (R-Sioux Center)", "Sen. Ann Lee, D-Enid,": a party's letter tags the member's home.
    // (An abbreviated state no list knows, "R-Ga.", "D-Kans.", is left alone.)
    if (this.followsPartyLetter(runFirst) && this.lookup(runFirst, last) === undefined) {
      const end = this.tokens.ends[last];
      const abbreviated = this.text.charCodeAt(end) === 0x2e && (end - this.tokens.starts[runFirst] <= 4 || this.text.lastIndexOf('.', end) > this.tokens.starts[runFirst]);
      if (!abbreviated) this.pushSpan('place', runFirst, last, false);
      return;
    }
    const typed = this.typeFromNounBefore(runFirst, last) ?? this.typeFromAppositiveNoun(runFirst, last) ?? this.typeFromPartyNounAfter(runFirst, last);
    if (typed) {
      this.pushSpan(typed, runFirst, last, this.isInHeadline(runFirst));
      return;
    }
    if (runFirst === last) {
      this.classifyWord(runFirst);
      return;
    }
    // "told USA TODAY", "told POLITICO": a known organization written in capitals as its own masthead is.
    const masthead = this.capitalsOrganization(runFirst, last);
    if (masthead !== undefined) {
      this.addGazetteerMention(masthead, runFirst, last, false);
      return;
    }
    // "RACE TAKES ANOTHER TURN Rep. Colin Ashby said": a headline in capitals run into an item's first words names no one.
    const headlineEnd = this.capitalsHeadlineEnd(runFirst, last);
    if (headlineEnd > runFirst) {
      // Only the names it is known to hold count ("… THE NEXT GOP DEBATE STAGE").
      for (let i = runFirst; i < headlineEnd; i++) {
        const entry = this.lookup(i, i);
        if (entry && isNamedKind(entry.kind)) this.addGazetteerMention(entry, i, i, false);
      }
      this.classifyRun(headlineEnd, last);
      return;
    }
    // "Carmaker Zentra said": the trade is no part of the name after it, which it types.
    if (this.is(runFirst, ORGANIZATION_NOUN) && this.isUnknownNameWord(runFirst + 1)) {
      this.pushSpan('organization', runFirst + 1, last, this.isInHeadline(runFirst));
      return;
    }
    // "Parents for Peace", "Students for Liberty": a group in the plural for a cause, though its words are common.
    if (last >= runFirst + 2 && this.isWordAt(runFirst + 1, 'for') && this.isCausePlural(runFirst) && !this.isInHeadline(runFirst)) {
      this.pushSpan('organization', runFirst, last, false);
      return;
    }
    let first = runFirst;
    // "The United Mine Workers of America": a known name after an opening "The" is read whole, whatever words it holds.
    // ("The Hill", "The Hague" are known with it.)
    if (first < last && this.isWordAt(first, 'The') && this.lookup(first + 1, last) !== undefined && this.lookup(first, last) === undefined) first++;
    const whole = this.lookup(first, last);
    // Leading common words ("The", "However") are not part of a name, unless the whole run is known.
    if (!whole) {
      // Headline case runs words together: "Senate Votes On New Bill" holds "Senate" and "New Bill".
      // "Midwest Film Critics Association", "European People's Party": a group inside a body's name is part of it.
      const body = this.is(last, ORGANIZATION_WORD);
      for (let i = first + 1; i < last; i++) {
        if ((this.facts(i) & (STOP_WORD | CONNECTOR)) === STOP_WORD && !(body && (this.isGroupPlural(i) || this.tokens.flags[i] & POSSESSIVE)) && !this.isGivenNameWord(i, last)) {
          this.classifyRun(first, i - 1);
          this.classifyRun(i + 1, last);
          return;
        }
      }
      // "Republican National Committee" keeps its descriptor; "Republican Senate candidate" only qualifies the role.
      const leading = this.is(last, INSTITUTION_WORD) && !this.lowercaseRoleFollows(last) ? STOP_WORD | CONNECTOR : STOP_WORD | CONNECTOR | DESCRIPTOR;
      for (; first <= last && (this.is(first, leading) || this.isDescribingCompound(first)) && !this.opensKnownName(first, last) && !this.isGivenNameWord(first, last); first++) this.addCompoundOwner(first);
      // ("Will" is a modal the stop words hold, but it opens a name before a surname no list knows.)
      if (last === first + 1 && this.isGivenNameWord(first, last)) {
        this.pushSpan('person', first, last, false);
        return;
      }
      // "Adding Kurdish barrels …", "Following Trump's lead, …": a participle opening a sentence is no part of a name.
      // ("Manning Marable said": a name a verb of speech follows keeps its first word.)
      if (first < last && this.isOpeningParticiple(first) && !this.isSpeechVerbAt(last + 1)) first++;
      // "Members of Eastbury Council": people of a body, written before its name, are no part of it ("Friends of the
      // Earth" is a name, as its end is no body's word).
      // ("Residents of Little Haddon": so are the people of a place, which the name after "of" then is.)
      if (first + 2 <= last && this.isWordAt(first + 1, 'of') && ((this.is(last, ORGANIZATION_WORD) && this.isUnknownPlural(first)) || this.isResidentNoun(first))) {
        this.classifyRun(first + 2, last);
        return;
      }
      while (last >= first && (this.is(last, CONNECTOR) || this.isPostNominal(last))) last--;
      if (first > last) return;
    }
    if (first === last) {
      this.classifyWord(first);
      return;
    }
    // "Former Eastbrook mayor …", "Former Trump aide …": words after "Former" that a lowercase role follows qualify
    // the role; they name no one.
    if ((this.isWordAt(first, 'Former') || this.isWordAt(first, 'Acting')) && this.lowercaseRoleFollows(last)) {
      this.classifyRun(first + 1, last);
      return;
    }
    // "Student Priya Lakhani, 19, …", "Deckhand Ryan Cowie": a person's noun opening a sentence before a given name
    // describes the person it names, as a role would.
    const opening = this.word(first).toLowerCase();
    if (last >= first + 2 && PERSON_NOUNS.has(opening) && !(wordFacts(opening) & ROLE_NOUN) && this.is(first + 1, FIRST_NAME)) {
      this.classifyRun(first + 1, last);
      return;
    }
    // Headlines run three words or more together ("Zoe Saldana Responds"); a shorter run is read without the line's case.
    const weak = last - first >= 2 ? this.isInHeadline(first) : this.tokens.starts[first] < this.titleCaseEnd;
    // "Hurricane Delia", "Tropical Storm Ana", "Operation Desert Storm": what such a word names is an event.
    const prefixEnd = this.eventPrefixEnd(first);
    if (prefixEnd >= first && prefixEnd < last) {
      this.pushSpan('event', first, last, weak);
      return;
    }
    const pieces = this.segment(first, last);
    // "Washington State Department of Transportation", "Washington State Patrol": a state's body, not the state and the
    // federal "State Department".
    if (pieces.length >= 2 && pieces[0].kind === 'place' && this.isWordAt(pieces[0].last + 1, 'State') && pieces[0].last + 1 < last && STATE_BODY_WORDS.has(this.word(pieces[0].last + 2))) {
      this.pushSpan('organization', first, last, weak);
      return;
    }
    const single = pieces.length === 1 ? pieces[0] : null;
    if (single && single.entry && isNamedKind(single.kind)) {
      this.addGazetteerMention(single.entry, first, last, weak);
      return;
    }
    // "Verizon Communications", "Tesla Motors": a known company with its trade after it is that company.
    if (pieces.length === 2 && pieces[0].kind === 'organization' && pieces[0].entry && pieces[1].first === last && TRADE_WORDS.has(this.word(last))) {
      this.addGazetteerMention(pieces[0].entry, first, last, weak);
      return;
    }
    // "New York Jets", "Miami Dolphins": a place and one name in the plural after it is a team or a club.
    if (pieces.length === 2 && pieces[0].kind === 'place' && pieces[1].first === last && pieces[1].kind === 'words' && this.isPluralName(last)) {
      this.pushSpan('organization', first, last, weak);
      return;
    }
    // "the Charlotte Monarchs", "the Chicago Stockmen": after "the", a place's name, even one that is a given name too,
    // and a name in the plural make a team or a club, not a person.
    if (last === first + 1 && this.followsThe(first) && this.lookup(first, first)?.kind === 'place' && (this.isPluralName(last) || this.isPluralInMen(last))) {
      this.pushSpan('organization', first, last, weak);
      return;
    }
    // "the Harbor City Gulls", "The Lantern Thieves": after "the", names no list knows ending in a plural name are a
    // team, a band or a club (a person's name takes no article).
    // (Not before a possessive's apostrophe, "the Reserve Officers’ Training Corps"; nor "the Civil Rights era", "the Climate Crisis".)
    if (last > first && this.followsThe(first) && (this.isPluralName(last) || this.isPluralInMen(last)) && !this.is(last, EVENT_WORD) && !NOT_PLURAL_NAMES.test(this.word(last))
      && this.allUnknownNameWords(first, last - 1) && !this.possessiveAfter(last)) {
      this.pushSpan('organization', first, last, weak);
      return;
    }
    // "St. Anselm's College Institute of Politics": a saint's name with an institution's word in it is the institution.
    if (this.isSaintAt(first) && this.hasOrganizationWord(first + 1, last)) {
      // "… at St. Anselm College Saturday": a day after the name is not part of it.
      let end = last;
      while (this.is(end, CALENDAR_WORD)) end--;
      this.pushSpan('organization', first, end, weak);
      return;
    }
    // "World War II" is an event by its head word, "War".
    // ("Midland Electric Co": a company's "Co" without its period ends its name, as "Co Tipperary" opens no company.)
    const lastFacts = this.facts(last > first && this.is(last, GENERATIONAL_SUFFIX) ? last - 1 : last) | (last > first && this.isWordAt(last, 'Co') ? ORGANIZATION_WORD : 0);
    const hasTitle = hasPieceKind(pieces, pieces.length, 'title') || hasPieceKind(pieces, pieces.length, 'honorific');
    // "General Motors", "Senate Judiciary Committee": the head word decides, even after a title-like word.
    // "the Mary River" is a river: a person's name takes no article.
    const personLike = last === first + 1 && this.is(first, FIRST_NAME) && !(lastFacts & (ORGANIZATION_WORD | WORK_WORD | ADDRESS_PLACE_WORD))
      && !(lastFacts & PLACE_WORD && (this.followsThe(first) || UNLIKE_SURNAME_PLACE_WORDS.has(this.word(last)) || this.followsPlacePreposition(first)));
    if (last > first && pieces[0].kind !== 'honorific' && !personLike) {
      // An institution's head before "of" outranks an event's word at the end: "Illinois Board of Elections".
      // ("Office of Justice Programs": a title right after the link is the body's field, not a person's title.)
      const titledName = endsWithTitledName(pieces) && !this.isLinkAt(pieces[pieces.length - 2].first - 1);
      const institution = !titledName && this.opensOrganizationAfterOwner(pieces, first, last);
      // "Tyler Prize for Environmental Achievement", "Summit of the Americas": an event's word before a link heads the run.
      // "Harrow Motors North America": a company's name and the region its unit serves.
      const regionalUnit = pieces.length === 2 && pieces[0].kind === 'words' && pieces[1].kind === 'place' && this.is(pieces[0].last, ORGANIZATION_WORD);
      const type = (lastFacts & EVENT_WORD || this.eventHeadBeforeLink(first, last)) && !institution ? 'event'
        : lastFacts & ORGANIZATION_WORD || institution || regionalUnit || this.isServiceDistrict(first, last) || HEAD_FIRST_ORGANIZATION_WORDS.has(this.word(first)) ? 'organization'
          : lastFacts & WORK_WORD && !hasTitle ? 'work'
            : lastFacts & PLACE_WORD && !hasTitle ? 'place' : null;
      if (type && !this.is(first, CALENDAR_WORD)) {
        // "Senate Bill 388": a work's number after its name.
        this.pushSpan(type, first, type === 'work' && this.isNumberAfter(last) ? last + 1 : last, weak);
        return;
      }
    }
    // "the River Wend", "Lake Morla", "Mount Karsa": a word of geography before names no list knows makes a place, and
    // so it does before a place's name ("Mount Washington", "Lake Michigan" are no state).
    const placeAfterPrefix = pieces.length === 2 && pieces[0].first === pieces[0].last && pieces[1].kind === 'place';
    if (last > first && this.isPlacePrefixAt(first) && (this.isUnknownPlainWord(first + 1) || placeAfterPrefix)) {
      this.pushSpan('place', first, last, weak);
      return;
    }
    // "at Carnegie Hall", "in Marlowe Hall", "Hartwell Dining Hall": a hall someone is at or in, or one named for its use, is a place.
    if (last > first && this.isWordAt(last, 'Hall') && (this.isAtOrIn(first) || this.isCommonWord(last - 1))) {
      this.pushSpan('place', first, last, weak);
      return;
    }
    // "Port Arthur, Texas", "Cedar Rapids, Iowa": a name of two or three words the text places in a US state is a town.
    if (last > first && last <= first + 2 && this.text.charCodeAt(this.tokens.ends[last]) === 0x2c && !hasPieceKind(pieces, pieces.length, 'title')
      && !hasPieceKind(pieces, pieces.length, 'honorific') && STATE_AFTER.test(this.text.slice(this.tokens.ends[last], this.tokens.ends[last] + LOCALE_AFTER_CHARS))) {
      this.pushSpan('place', first, last, weak);
      return;
    }
    // "Rakhine State", "Kano State": a state of a federation abroad, by a name no list knows ("Ohio State" is a university).
    if (last === first + 1 && this.isWordAt(last, 'State') && this.isUnknownPlainWord(first)) {
      this.pushSpan('place', first, last, weak);
      return;
    }
    // "West Dayton": a side of a place a list knows is a place; "in Northern Luzon", of one no list knows, after "in".
    // "New Lisbon", "New Berlin": so is a town named after a city a list knows (not "New Iran sanctions bill").
    const afterKnownPlace = pieces.length === 2 && pieces[1].kind === 'place';
    const namedAfterCity = afterKnownPlace && !weak && this.isWordAt(first, 'New') && pieces[1].entry!.name !== this.word(last);
    if (last === first + 1 && ((COMPASS_WORDS.has(this.word(first)) && (afterKnownPlace || (this.isAfterIn(first) && this.isUnknownPlainWord(last) && !this.isUnknownPlural(last))))
      || namedAfterCity)) {
      this.pushSpan('place', first, last, weak);
      return;
    }
    this.readPieces(pieces, weak);
  }

  /**
   * Where the name after a portfolio starts in the run first…last: at a given name, after the portfolio's own link
   * ("Parliament for | Falealupo" names a place), or, with no given name known, at the last two words; `first` for a
   * run that ends like a body, work, event or place ("Justice for | Victims of Trafficking Act").
   */
  private afterPortfolio(first: number, last: number): number {
    for (let i = first + 1; i < last; i++) if (this.is(i, FIRST_NAME) && this.isCapitalized(i)) return i;
    let link = -1;
    for (let i = first + 1; i < last; i++) if (!this.isCapitalized(i)) link = i;
    if (link >= 0) return this.endsLikePersonalName(link + 1, last) ? link + 1 : first;
    return last - first >= 2 && this.endsLikePersonalName(first, last) ? last - 1 : first;
  }

  /** Whether the run's words are all capitalized and its last is no word of a body, work, event or place ("… Trafficking Act"). */
  private endsLikePersonalName(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if (!this.isCapitalized(i)) return false;
    return !this.is(last, ORGANIZATION_WORD | WORK_WORD | EVENT_WORD | PLACE_WORD | ADDRESS_PLACE_WORD);
  }

  /** The first token of a title ("Commissioner", "Secretary of State") whose "of" or "for" stands right before token i, or -1. */
  private titleBeforeLink(i: number): number {
    const link = i - 1;
    if (link < 1 || !(this.tokens.flags[i] & JOINED) || !(this.tokens.flags[link] & JOINED) || !(this.isWordAt(link, 'of') || this.isWordAt(link, 'for'))) return -1;
    for (let from = link - 1; from >= 0 && from >= link - 3; from--) if (this.lookup(from, link - 1)?.kind === 'title') return from;
    return -1;
  }

  /** Whether "the" or "The" and a space stand right before token i. */
  private followsThe(i: number): boolean {
    return i > 0 && this.tokens.starts[i] - this.tokens.ends[i - 1] === 1 && this.isTheAt(i - 1);
  }

  /** "Millbrook Unified School District", "Coastal Water District": a district that runs a service is a body, not a place. */
  private isServiceDistrict(first: number, last: number): boolean {
    return last > first && this.isWordAt(last, 'District') && (this.is(last - 1, ORGANIZATION_WORD) || SERVICE_WORDS.has(this.word(last - 1)));
  }

  /**
   * "Parents", "Students", "Mothers": people in the plural, by a person or kin noun; not by a role ("Attorneys for
   * Clinton" work for someone).
   */
  private isPeoplePlural(i: number): boolean {
    if (!this.isGroupPlural(i) || this.tokens.flags[i] & POSSESSIVE) return false;
    const singular = this.word(i).slice(0, -1).toLowerCase();
    return (PERSON_NOUNS.has(singular) || KIN_NOUNS.has(singular)) && !(wordFacts(singular) & ROLE_NOUN);
  }

  /** "Parents for Peace", "Texans for Public Justice": people, or a people ("Texans", "Ohioans"), in the plural. */
  private isCausePlural(i: number): boolean {
    return this.isPeoplePlural(i) || POSSESSIVE_GROUPS.has(this.word(i)) || (this.tokens.ends[i] - this.tokens.starts[i] >= 6 && this.word(i).endsWith('ans') && !(this.tokens.flags[i] & POSSESSIVE));
  }

  /** "Critics", "Voters": a word in the plural of five letters or more ("Says" and "Does" are verbs), not a given name in -s ("Marcus"). */
  private isGroupPlural(i: number): boolean {
    const end = this.tokens.ends[i];
    return end - this.tokens.starts[i] > 4 && this.text.charCodeAt(end - 1) === 0x73 && this.text.charCodeAt(end - 2) !== 0x73 && !this.is(i, FIRST_NAME);
  }

  /**
   * Whether an event's word right before a link ("of", "for") stands in tokens (first, last]; not a surname after a
   * first name ("Ann Day of Dayton").
   */
  private eventHeadBeforeLink(first: number, last: number): boolean {
    for (let i = first + 1; i < last; i++) {
      if (this.isLinkAt(i) && this.is(i - 1, EVENT_WORD)) return !(i - 2 === first && this.is(first, FIRST_NAME) && SURNAME_EVENT_WORDS.has(this.word(i - 1)));
    }
    return false;
  }

  /** Whether token i is one of PLACE_PREFIXES (compared in place: most runs start with none, and are not sliced). */
  private isPlacePrefixAt(i: number): boolean {
    for (const prefix of PLACE_PREFIXES) if (this.isWordAt(i, prefix)) return true;
    return false;
  }

  /** The noun before an unknown name types it: "the advocacy group Open Doses", "the port of Valmora". */
  private typeFromNounBefore(first: number, last: number): 'organization' | 'place' | null {
    const { flags } = this.tokens;
    // "the company's Oakwood plant": a possessive noun owns the next word, it does not name it.
    if (first === 0 || !(flags[first] & JOINED) || flags[first - 1] & POSSESSIVE) return null;
    if (flags[first] & HAS_DIGIT) return null;
    // "A group of parents calling itself Pell County Families for Decency": a body names itself.
    if (first > 1 && (this.isWordAt(first - 1, 'itself') || this.isWordAt(first - 1, 'themselves')) && SELF_NAMING_VERBS.has(this.word(first - 2))) return 'organization';
    // "the port of Valmora", "residents of Little Haddon": after a place's noun and "of", whatever words the name holds.
    if (first > 1 && this.isWordAt(first - 1, 'of') && flags[first - 1] & JOINED && (this.is(first - 2, PLACE_NOUN) || this.isResidentNoun(first - 2))) return 'place';
    // "a supplier called Pennine Timber": the noun may name it through "called" or "named", whatever the words of the
    // name ("a group called Bryan County Neighbors"); right after the noun, a name opening with a word the lists know
    // may be a clause's subject ("the group Hillary Clinton founded"), unless it is a people's or a place's word of a
    // longer name ("the advocacy group Haitian Families Forward").
    const called = first > 1 && (this.isWordAt(first - 1, 'called') || this.isWordAt(first - 1, 'named'));
    if (!called && !this.isUnknownNameWord(first) && !(last > first && !this.is(first, FIRST_NAME) && PEOPLE_OR_PLACE.has(this.lookup(first, first)?.kind ?? ''))) return null;
    const noun = called ? first - 2 : first - 1;
    // "he told the magazine Harlow had lied": after "told the …", a name opens the clause told.
    return this.is(noun, ORGANIZATION_NOUN) && !(noun > 1 && this.isTheAt(noun - 1) && TELL_FORMS.has(this.word(noun - 2))) ? 'organization' : null;
  }

  /** "residents of Haddon", "the mayor of Kelso": who lives in a place or runs it, before "of" and its name. */
  private isResidentNoun(i: number): boolean {
    return RESIDENT_NOUNS.has(this.word(i).toLowerCase());
  }

  /** "the centrist Civic Renewal alliance", "the reformist Sakura Innovation party": a name that a party's noun heads, after a determiner. */
  private typeFromPartyNounAfter(first: number, last: number): 'organization' | null {
    const next = last + 1;
    if (next >= this.count || !(this.tokens.flags[next] & JOINED) || this.isCapitalized(next) || !PARTY_NOUNS.has(this.word(next))) return null;
    // (Only names no list knows: "the Republican party", "the Nevada caucuses" name a party and a state already.)
    for (let i = first; i <= last; i++) if (!this.isUnknownNameWord(i)) return null;
    return this.determinerAt(first) >= 0 ? 'organization' : null;
  }

  /**
   * "The supplier, ParkSense, said": an organization noun set off by commas names an organization.
   * The closing comma keeps "the company, Ford said" style slips and lists out.
   */
  private typeFromAppositiveNoun(first: number, last: number): 'organization' | null {
    // "Vantix, the payments company behind …", "Norvane Cloud, a supplier of …": the noun set off after the name.
    // ("Penny Jar, the budgeting app popular with …": a given name may open a company's name, set off by a noun that
    // names no person, as "publisher" or "manufacturer" may.)
    if (this.isUnknownPlainWord(first) && this.organizationNounSetOffAfter(last)) return 'organization';
    if (last > first && this.is(first, FIRST_NAME) && this.organizationNounSetOffAfter(last, IMPERSONAL_ORGANIZATION_NOUNS)) return 'organization';
    const start = this.tokens.starts[first];
    const end = this.tokens.ends[last];
    if (first < 2 || this.text.charCodeAt(start - 1) !== 32 || this.text.charCodeAt(start - 2) !== 44 || this.tokens.ends[first - 1] !== start - 2) return null;
    if (this.text.charCodeAt(end) !== 44 || !this.isOrganizationNounAt(first - 1)) return null;
    // "The chairman of the association, Arvid Holm,": after a role's link, the name set off is the role's holder.
    const determiner = this.determinerAt(first - 1);
    if (determiner < 0 || (determiner > 0 && this.is(determiner - 1, ROLE_LINK))) return null;
    return this.isUnknownNameWord(first) ? 'organization' : null;
  }

  /**
   * ", the payments company behind …", ", a Dutch maker of …": an article after the comma closing the run at `last`,
   * then an organization's noun that heads its phrase (not "a bank teller", "the company's founder").
   */
  private organizationNounSetOffAfter(last: number, nouns?: ReadonlySet<string>): boolean {
    const { flags } = this.tokens;
    const end = this.tokens.ends[last];
    if (this.text.charCodeAt(end) !== 44 || last + 2 >= this.count || !this.isArticleAt(last + 1) || this.tokens.starts[last + 1] !== end + 2) return false;
    for (let i = last + 2; i < this.count && i <= last + 1 + NOUN_MODIFIERS + 1 && flags[i] & JOINED && !(flags[i] & POSSESSIVE); i++) {
      // ", an analyst at the firm": a person's noun heads the aside, whatever body follows its link.
      if (this.is(i, ROLE_NOUN) && !this.is(i, ORGANIZATION_NOUN)) return false;
      if (!this.is(i, ORGANIZATION_NOUN) || this.isCapitalized(i)) continue;
      if (nouns !== undefined && !nouns.has(this.word(i))) return false;
      const next = i + 1;
      // "a longtime policy maker who …": "who" follows a person.
      return next >= this.count || !(flags[next] & JOINED) || (this.is(next, ROLE_LINK | CLAUSE_WORD) && !this.isWordAt(next, 'who')) || HEAD_LINKS.has(this.word(next));
    }
    return false;
  }

  /** `isOrganizationNoun` of token i, its facts read from the token's cache. */
  private isOrganizationNounAt(i: number): boolean {
    return this.is(i, ORGANIZATION_NOUN) || BACK_REFERENCE_HEADS.has(this.word(i));
  }

  /** The article or possessive determiner that opens the phrase of the noun at i, over lowercase modifiers ("their largest federation"); -1 if none. */
  private determinerAt(i: number): number {
    const { flags } = this.tokens;
    for (let at = i - 1; at >= 0 && at >= i - 1 - NOUN_MODIFIERS && flags[at + 1] & JOINED; at--) {
      if (this.isArticleAt(at) || this.isPossessiveDeterminerAt(at)) return at;
      if (flags[at] & UPPER) return -1;
    }
    return -1;
  }

  /** "Members", "Employees": a word no list knows that ends in a plural's "s" (and not "ss" or "us"). */
  private isUnknownPlural(i: number): boolean {
    const { codes, offset, starts, ends } = this.tokens;
    const end = ends[i] - offset;
    return end - (starts[i] - offset) > 3 && codes[end - 1] === 115 && codes[end - 2] !== 115 && codes[end - 2] !== 117 && this.isUnknownNameWord(i);
  }

  /** A word no list knows, not in capitals and without digits, that is no institution's or event's noun ("Parekh", not "II" or "Article"). */
  private isUnknownPlainWord(i: number): boolean {
    return this.isUnknownNameWord(i) && !this.is(i, INSTITUTION_WORD | GENERATIONAL_SUFFIX) && !(this.tokens.flags[i] & (ALL_CAPS | HAS_DIGIT));
  }

  /** A word a noun before it may type: no gazetteer name, first name or common word starts with it. */
  private isUnknownNameWord(i: number): boolean {
    return !this.is(i, GAZETTEER_LENGTH_MASK | FIRST_NAME | COMMON_SINGLE_WORD) && !this.isCommonCompound(i);
  }

  /**
   * "Ministry of Defence", "Spanish Ministry for the Ecological Transition": an organization's head noun right before
   * "of" or "for". In a run of plain words (`plainRun`) the head may come after other words: "Technical University of
   * Grenwald"; a run holding a known name is left to its pieces ("U.S. Department of Justice").
   */
  private opensOrganization(head: number, last: number, plainRun: boolean): boolean {
    for (let i = head + 1; i < last && (plainRun || i === head + 1); i++) {
      if (this.isLinkAt(i)) return this.is(i - 1, ORGANIZATION_HEAD);
    }
    return false;
  }

  /** "Jordan Peterson", "Chad Smith": a place that is also a first name, then one unknown word, is a person's name. */
  private startsPersonalName(i: number, last: number): boolean {
    // Longer runs hold more than a name: "Virginia AFL-CIO President Nora Blake".
    if (i + 1 !== last || !this.is(i, FIRST_NAME)) return false;
    const next = i + 1;
    return !this.is(next, GAZETTEER_LENGTH_MASK | COMMON_SINGLE_WORD | PLACE_WORD | ORGANIZATION_WORD) && !this.isCommonCompound(next);
  }

  /** "Cleveland Harmon, 67,": a place's name and one more word, with an age set off after them, name a person. */
  private opensAgedName(i: number, last: number): boolean {
    return i + 1 === last && !this.is(last, GAZETTEER_LENGTH_MASK | PLACE_WORD | ORGANIZATION_WORD) && statedAgeAfter(this.text, this.tokens.ends[last]) >= 0;
  }

  /** Whether a one-word title and a first name after it start at a token from `from` to the one after it, within the run. */
  private titledNameFrom(from: number, last: number): boolean {
    for (let i = from; i < last && i <= from + 1; i++) if (this.isTitleBeforeName(i, last)) return true;
    return false;
  }

  /** "Mayor Daniel …", and "Harlan County Sheriff Wade Tillman": a title with two words after it names its holder, first name known or not. */
  private isTitleBeforeName(i: number, last: number): boolean {
    return this.isTitleBeforeFirstName(i) || (i + 2 <= last && this.lookup(i, i)?.kind === 'title');
  }

  /** Whether token i is a one-word title and a first name follows it: "Mayor Daniel …". */
  private isTitleBeforeFirstName(i: number): boolean {
    return this.lookup(i, i)?.kind === 'title' && this.is(i + 1, FIRST_NAME);
  }

  private readPieces(pieces: Piece[], weak: boolean): void {
    // A role prefix is names, titles and other capitalized words ending in a title:
    // "US Secretary of State", "Deputy Agriculture Minister". A first name ends it.
    let titleEnd = -1;
    let ofWhat = false;
    for (let p = 0; p < pieces.length; p++) {
      const piece = pieces[p];
      if (piece.kind === 'title' || piece.kind === 'honorific') titleEnd = p;
      else if (piece.kind === 'words') {
        // "Secretary of Labor Thomas Brandt", "Deputy Secretary of Defense officials": what a title is "of" is the title's.
        if (titleEnd === p - 1 && (this.isWordAt(piece.first, 'of') || this.isWordAt(piece.first, 'for')) && pieces[p + 1]?.kind !== 'organization') {
          titleEnd = p;
          ofWhat = true;
          continue;
        }
        // "Egyptologist Dr. Farida Holt": one word that is no first name, right before an honorific, is a role.
        if (pieces[p + 1]?.kind === 'honorific' && piece.first === piece.last && !this.is(piece.first, FIRST_NAME)) continue;
        // "Assistant U.S. Attorney": known names may stand between the words and the title they qualify.
        const title = titleAfterNames(pieces, p + 1);
        if (title < 0 || (this.is(piece.first, FIRST_NAME) && !this.isTitleBeforeName(pieces[title].first, pieces[pieces.length - 1].last))) break;
      }
    }
    for (let p = 0; p <= titleEnd; p++) {
      if (isNamedKind(pieces[p].kind) && !this.isPortfolioNotParty(pieces, p)) this.addPieceMention(pieces[p], weak);
    }
    const name = pieces[titleEnd + 1];
    if (titleEnd >= 0 && (!name || name.kind !== 'words')) {
      // (A role reference is keyed by its titles alone: "Secretary of Education" would find the Secretary of Labor.)
      if (!ofWhat) this.addRoleReference(pieces, titleEnd);
      if (!name) return;
    }
    for (let p = titleEnd + 1; p < pieces.length; p++) {
      const piece = pieces[p];
      if (isNamedKind(piece.kind)) this.addPieceMention(piece, weak);
      else if (piece.kind === 'words') this.addName(piece, pieces, p === titleEnd + 1 ? titleEnd + 1 : 0, weak);
    }
  }

  /**
   * "Labour Minister Hubertus Heil", "Labour Secretary Ann Lee": a party's one-word name right before a minister's title
   * is the portfolio, not the party ("Labour MP Jess Phillips", "Labour leader Keir Starmer" are the party's).
   */
  private isPortfolioNotParty(pieces: Piece[], p: number): boolean {
    const { first, last, entry } = pieces[p];
    const next = pieces[p + 1];
    return first === last && entry !== null && entry.name.endsWith(' Party') && next?.kind === 'title' && MINISTER_TITLES.has(this.word(next.first));
  }

  /** A first name, or one joined by a hyphen to another capitalized name ("Jean-Luc", "Anna-Maria"). */
  private isFirstNameAt(i: number): boolean {
    if (this.is(i, FIRST_NAME)) return true;
    if (!(this.tokens.flags[i] & HAS_JOINER)) return false;
    const parts = this.word(i).split('-');
    return parts.length > 1 && (wordFacts(parts[0]) & FIRST_NAME) !== 0 && parts.every((part) => isUpper(part.charAt(0)));
  }

  /** "Theresa May", "Edward Said", "George Will": a common word that is also a surname, right after a first name. */
  private isSurnameAfterFirstName(i: number, first: number, weak: boolean): boolean {
    return !weak && i === first + 1 && this.is(first, FIRST_NAME) && !this.isCommonWord(first) && SURNAME_COMMON_WORDS.has(this.word(i));
  }

  /** The name `piece`, after the role prefix `pieces[0, prefixLength)` (none when 0). */
  private addName(piece: Piece, pieces: Piece[], prefixLength: number, weak: boolean): void {
    const { first, last } = piece;
    // "Secretary of State of the United States": the connectors between two known names are no name.
    if (!this.hasCapitalized(first, last)) return;
    const start = this.tokens.starts[first];
    const end = this.tokens.ends[last];
    const honorific = hasPieceKind(pieces, prefixLength, 'honorific');
    const titled = hasPieceKind(pieces, prefixLength, 'title');
    if (first === last && !prefixLength) {
      this.addSingle(first, weak);
      return;
    }
    // "Lieutenant Island", "President Street": a title before a word of geography or of an address names the place.
    if (first === last && this.is(first, PLACE_WORD | ADDRESS_PLACE_WORD)) {
      this.pushSpan('place', pieces[0].first, last, weak);
      return;
    }
    // "Juror No. 7": a stop word after a title names no one.
    if (first === last && this.is(first, STOP_WORD)) return;
    // "The Clark County Coroner's Office": words that end in a place's word ("County", "Street") name a place, first name or not.
    if (!prefixLength && first < last && this.is(last, ADDRESS_PLACE_WORD)) {
      this.pushSpan('place', first, last, weak);
      return;
    }
    if (!prefixLength) {
      for (let i = first; i <= last; i++) {
        if ((this.isCommonWord(i) && !this.isSurnameAfterFirstName(i, first, weak)) || this.tokens.flags[i] & HAS_DIGIT) return;
      }
    }
    const listRole = titled ? null : this.listTitleRole(start);
    let role = titled ? this.formerTitleRole(pieces, prefixLength) : listRole ?? this.lowercaseRole(prefixLength ? pieces[0].first : first);
    if (this.listTitle !== null) this.listTitle.end = titled || listRole !== null ? end : -1;
    const titleKey = titled ? this.roleKey(pieces, prefixLength) : null;
    const longForm = prefixLength ? this.span(pieces[0].first, last) : null;
    const prefixFirst = prefixLength ? pieces[0].first : first;
    const ranked = role !== null && RANKS.has(role);
    // "The club's chairman, Sir Anthony Blake,", "Calloway's chief executive, Dr. Renata Salgado,": the phrase set off
    // before a knight's, a rank's or an address's title (not before "Mr.", which follows a clause's comma as often).
    const setOffBeforeTitle = prefixLength && (ranked || ADDRESS_TITLES.has(this.word(prefixFirst)) || KNIGHTS_TITLES.has(this.word(prefixFirst)));
    const appositive = this.appositive(setOffBeforeTitle ? prefixFirst : first, last);
    const article = appositive ? articleLength(appositive.text) : 0;
    // Only "the" makes the phrase a name for the person: "Mara Quill, a spokeswoman for the mayor," is one of many.
    const rolePhrase = article === THE_LENGTH ? appositive : null;
    const phraseKey = rolePhrase ? this.rolePhraseKey(rolePhrase.start, rolePhrase.end) : null;
    // A title of address says less than the role set off after it: "Professor Adrian Hill, director of the Jenner Institute,".
    if (role === null || ADDRESS_TITLES.has(role) || ranked) role = roleOfAppositive(appositive) ?? (ranked ? this.lowercaseRole(prefixFirst) : null) ?? role;
    // Two unknown capitalized words ("Coral Gables") are a person only with a first name, a title or a role.
    // "Ban Ki-moon": a Korean name puts the given name last, and its surname stands alone in the text.
    const koreanOrder = last === first + 1 && (this.tokens.flags[last] & HAS_JOINER) !== 0 && this.isGivenNameOfSyllables(last, this.word(last));
    // So does a verb of speech right after them ("Samer Obeidat said"), or an age set off ("Aaliyah Prescott, 13,").
    const firstName = this.isFirstNameAt(first) || (this.isInitialAt(first) && first < last && this.isFirstNameAt(first + 1)) || PARENT_NAME_WORDS.has(this.word(first));
    // A name no list knows may follow a person's noun instead ("student Deja Stewart"; not "his rival Ted Cruz").
    if (role === null && !firstName && !titled) role = this.lowercaseRole(prefixLength ? pieces[0].first : first, true);
    // So does "who" after them ("Halima Suleiman, who lost a son,"): a relative pronoun for people.
    const tentative = !firstName && !koreanOrder && !titled && !honorific && !role && !appositive
      && !this.isSpeakingName(first, last) && statedAgeAfter(this.text, end) < 0 && !this.isNamedBeforeWho(first, end) && !followsGivenNameWords(this.text, start)
      // "His daughter, Leanne Marsh,": a name set off after a kin noun.
      && !(first > 0 && this.ownedPersonNounBefore(first, this.text.charCodeAt(end) === 0x2c || AFFILIATION_AFTER.test(this.text.slice(end, end + 6))) >= 0);
    const noBreakSpace = this.hasNoBreakSpaceBetween(first, last);
    if (first < last && !tentative && !weak) {
      this.surnames.add(this.word(last));
      if (firstName) this.givenNames.set(this.word(first), this.span(first, last, noBreakSpace));
    }
    this.candidates.push({
      type: 'person', name: this.span(first, last, noBreakSpace), start, end, written: !noBreakSpace, longForm, role: role && normalizeApostrophes(role),
      roleKeys: keysOf(titleKey, phraseKey), rolePhrase, weak, honorific: honorific || titled, tentative,
    });
  }

  /** "HK$300,000", "GH¢3,100", "US$5": letters that a currency sign follows name a currency, not a place or a body. */
  private isCurrencyPrefix(i: number): boolean {
    const after = this.text.charCodeAt(this.tokens.ends[i]);
    return after === 0x24 || after === 0xa2 || after === 0x20ac || after === 0xa3;
  }

  /** "takes Pa., Md. and Del.": an abbreviation listed with another. */
  private inAbbreviationList(i: number): boolean {
    const start = this.tokens.starts[i];
    const end = this.tokens.ends[i];
    return ABBREVIATION_LISTED_AFTER.test(this.text.slice(end, end + ABBREVIATION_LIST_CHARS)) || ABBREVIATION_LISTED_BEFORE.test(this.text.slice(Math.max(0, start - ABBREVIATION_LIST_CHARS), start));
  }

  /** Whether a comma and a space, or an opening bracket, stand right before token i: "Boston, Mass.", "Mark Kirk (Ill.)". */
  private followsCommaOrBracket(i: number): boolean {
    const start = this.tokens.starts[i];
    return this.text.charCodeAt(start - 1) === 0x28 || (start >= 2 && this.text.charCodeAt(start - 2) === 0x2c && this.text.charCodeAt(start - 1) === 0x20);
  }

  /** Whether a party's letter and hyphen that the tokenizer left out stand right before token i: "(R-", ", D-". */
  private followsPartyLetter(i: number): boolean {
    return isPartyLetter(this.tokens.codes, this.tokens.starts[i] - this.tokens.offset - 2);
  }

  /** A word in -ing that no list knows, opening a sentence: "Adding", "Following" (not "Manning", a first name, or "Beijing"). */
  private isOpeningParticiple(i: number): boolean {
    const word = this.word(i);
    return word.length >= 6 && word.endsWith('ing') && !this.is(i, FIRST_NAME | GAZETTEER_LENGTH_MASK) && opensSentence(this.text, this.tokens.starts[i]);
  }

  /** "Dave from Toledo", "Marcia from Bowling Green": a first name alone, then "from" and a capitalized name. */
  private isFirstNameFromPlace(i: number): boolean {
    const end = this.tokens.ends[i];
    return this.is(i, FIRST_NAME) && this.text.startsWith(' from ', end) && isUpper(this.text.charAt(end + 6));
  }

  /** "Paris" after "Jeremy Paris", not after "in": a place's name that is the surname of someone named in full is that person. */
  private isSurnameNotPlace(i: number): boolean {
    return this.surnames.has(this.word(i)) && !this.followsPlacePreposition(i);
  }

  /**
   * "Halima Suleiman, who lost a son,": the name a "who" follows, unless it closes a role's link ("the chairman of Bear
   * Stearns, who died", where "who" is the chairman).
   */
  private isNamedBeforeWho(first: number, end: number): boolean {
    return WHO_AFTER.test(this.text.slice(end, end + 8)) && !(first > 0 && this.tokens.flags[first] & JOINED && this.is(first - 1, ROLE_LINK) && !this.isCapitalized(first - 1));
  }

  /** A run of one word, the most common case: no segmentation needed. */
  private classifyWord(i: number): void {
    if (this.isCurrencyPrefix(i)) return;
    // A word alone runs nothing together: only the title's words wait for the text to confirm them.
    const weak = this.tokens.starts[i] < this.titleCaseEnd;
    const entry = this.lookup(i, i) ?? (this.tokens.flags[i] & ALL_CAPS ? this.capitalsOrganization(i, i) : undefined);
    if (!entry) this.addSingle(i, weak);
    else if (entry.kind === 'place' && this.isSurnameNotPlace(i)) this.push('person', this.word(i), this.tokens.starts[i], this.tokens.ends[i], true, weak);
    // "Sydney Marchetti, 11, … “…,” said Sydney.": the first name of someone named in full, next to a verb of speech.
    else if (entry.kind === 'place' && this.givenNames.has(this.word(i)) && (this.isSpeechVerbAt(i + 1) || this.followsSpeechVerb(i))) {
      this.push('person', this.givenNames.get(this.word(i))!, this.tokens.starts[i], this.tokens.ends[i], false, weak);
    }
    // "said Jordan, 14,", "A girl named Sofia, 10,": a first name that is also a place, with an age set off after it.
    else if (entry.kind === 'place' && this.is(i, FIRST_NAME) && statedAgeAfter(this.text, this.tokens.ends[i]) >= 0) {
      // ("“…,” Sofia said." after it is the child again.)
      this.givenNames.set(this.word(i), this.word(i));
      this.push('person', this.word(i), this.tokens.starts[i], this.tokens.ends[i], true, weak);
    }
    // "in Dublin, a suburb of Columbus", "Paris, Texas": a city a list knows abroad, placed in a town's own setting, is that town.
    else if (entry.kind === 'place' && this.text.charCodeAt(this.tokens.ends[i]) === 0x2c && entry.name !== this.word(i) && !US_STATES.has(entry.name) && LOCALE_AFTER.test(this.text.slice(this.tokens.ends[i], this.tokens.ends[i] + LOCALE_AFTER_CHARS))) {
      this.push('place', this.word(i), this.tokens.starts[i], this.tokens.ends[i], false, weak);
    }
    else if (entry.name === 'United States' && this.isWordAt(i, 'Washington') && (this.isInStateList(i) || this.placesTownBefore(i))) {
      this.push('place', 'Washington State', this.tokens.starts[i], this.tokens.ends[i], false, weak);
    }
    else if (isNamedKind(entry.kind)) this.addGazetteerMention(entry, i, i, weak);
    else if (entry.kind !== 'demonym') this.readPieces([{ kind: entry.kind, first: i, last: i, entry }], weak);
  }

  /**
   * "in California, Washington and Illinois": a list of states makes "Washington" the state, not the capital (a state
   * after a comma alone places a town: "in Washington, Iowa").
   */
  private isInStateList(i: number): boolean {
    const { starts, ends } = this.tokens;
    const joinsAfter = (gap: string) => gap === ' and ' || gap === ', and ' || gap === ' or ' || gap === ', or ';
    const joinsBefore = (gap: string) => gap === ', ' || joinsAfter(gap);
    for (const [first, last, before] of [[i - 1, i - 1, true], [i - 2, i - 1, true], [i + 1, i + 1, false], [i + 1, i + 2, false]] as const) {
      if (first < 0 || last >= this.count) continue;
      const gap = before ? this.text.slice(ends[last], starts[i]) : this.text.slice(ends[i], starts[first]);
      if ((before ? joinsBefore(gap) : joinsAfter(gap)) && US_STATES.has(this.span(first, last, false))) return true;
    }
    return false;
  }

  /** "from Spokane, Washington, was": the state set off after a town's name after "in", "from" or the like, a comma or a period closing it. */
  private placesTownBefore(i: number): boolean {
    const { starts, ends } = this.tokens;
    if (i < 2 || this.text.slice(ends[i - 1], starts[i]) !== ', ' || !this.isCapitalized(i - 1) || !TOWN_LINKS.has(this.word(i - 2))) return false;
    const after = this.text.charCodeAt(ends[i]);
    return after === 0x2c || after === 0x2e || after === 0x3b;
  }

  /** One capitalized word: an acronym is an organization; any other name waits to match a known entity. */
  private addSingle(i: number, weak: boolean): void {
    this.addCompoundOwner(i);
    if (this.isCommonSingleWord(i) || this.tokens.flags[i] & HAS_DIGIT) return;
    const word = this.word(i);
    const start = this.tokens.starts[i];
    const end = this.tokens.ends[i];
    const nicknamed = this.nicknames.get(word);
    if (nicknamed !== undefined) {
      this.push('person', nicknamed, start, end, false, weak);
      return;
    }
    // The ampersand of "BMS&K" is no letter.
    const letters = end - start - (word.includes('&') ? 1 : 0);
    const acronym = (this.tokens.flags[i] & ALL_CAPS) !== 0 && letters <= MAX_ACRONYM_LENGTH && !word.includes('-');
    // A headline in capitals ("WHAT HE SAID") writes common words as acronyms are written.
    if (acronym && wordFacts(titleCasedWord(word)) & STOP_WORD) return;
    // "“PYLE: Senator, …”": a transcript's label in capitals names a speaker, whom attribution finds by name.
    if (acronym && this.text.charCodeAt(end) === 0x3a && opensLine(this.text, start)) return;
    // "Dayton, Ohio", "Kharkiv, Ukraine": a town the text places in a known state or country.
    // (Not the last word of a longer name, as "Bay" of "Tampa Bay" or "Estates" of "Jamaica Estates".)
    const plain = !acronym && !weak && !this.is(i, PLACE_WORD) && !PLURAL_PLACE_WORDS.has(word);
    const town = plain && this.isPlacedIn(i);
    // "His wife, Carol, keeps the books", "with her sister, Lúcia.": a first name set off after a description of a
    // person names that person. "Chloe's mum Denise", "His son Colm skippers …": so does one right after a kin noun.
    const closed = CLOSING_MARKS.has(this.text.charCodeAt(end));
    const owned = plain && (this.is(i, FIRST_NAME) || this.isUnknownNameWord(i)) ? this.ownedPersonNounBefore(i, closed) : -1;
    if (owned >= 0) {
      // The description is a mention of the person too, and tells attribution whether "she" or "he" may stand for them.
      const descriptionStart = this.tokens.starts[owned];
      const descriptionEnd = this.tokens.ends[i - 1];
      const rolePhrase = { start: descriptionStart, end: descriptionEnd, text: this.text.slice(descriptionStart, descriptionEnd) };
      this.push('person', word, start, end, true, false, rolePhrase);
      return;
    }
    // "a man who gave his name only as Dale", "a woman named Kiara": a person known by one name; so is "Hasan, 53,",
    // whose age is set off after the name, and "Marcia from Bowling Green", a first name that a place follows.
    if (plain && (followsGivenNameWords(this.text, start) || (statedAgeAfter(this.text, end) >= 0 && !this.isGroupPlural(i)) || this.isFirstNameFromPlace(i))) {
      this.push('person', word, start, end, true, false);
      return;
    }
    // "Aguirre, a former mayor of Guayaquil,": a surname set off before a role gives that role to the person it names.
    // (Only after an article: "Clinton, Ohio governor earned 51 percent" is a clause.) "Marjorie, a 68-year-old retired
    // schoolteacher,": a first name so described is a person known by that name alone.
    const role = plain && i + 1 < this.count && this.isArticleAt(i + 1) ? roleOfAppositive(this.appositiveAfter(i)) : null;
    const type = acronym ? 'organization' : town ? 'place' : plain && this.isAfterIn(i) && hasTownEnding(word) ? 'town'
      : role !== null && this.is(i, FIRST_NAME) && !this.followsCapitalized(i) ? 'person' : 'single';
    // A word alone waits for the text to confirm it, unless it is an acronym, a town placed in its state, or a person described.
    this.push(type, word, start, end, true, type === 'person' ? weak : !town && (weak || !acronym));
    if (type === 'single' || type === 'person') this.candidates[this.candidates.length - 1].role = role;
  }

  /**
   * "his wife, Carol,", "Clinton's husband, Bill", "her eldest son, Tom": where the owner of the kin or person noun
   * before token i and its comma starts, when a mark (`closed`) ends the name set off; or of a kin noun right before
   * the name ("Chloe's mum Denise"); -1 if there is none.
   */
  private ownedPersonNounBefore(i: number, closed: boolean): number {
    const { starts, ends, flags } = this.tokens;
    const setOff = starts[i] - ends[i - 1] === 2 && this.text.charCodeAt(ends[i - 1]) === 0x2c;
    // "a father of four, Mahmoud,": the noun's count of children stands between it and the name.
    const noun = setOff && i > 3 && this.isWordAt(i - 2, 'of') && isSmallCount(this.word(i - 1)) ? i - 3 : i - 1;
    if (noun < 1 || this.isCapitalized(noun)) return -1;
    if (setOff ? !closed : !(flags[i] & JOINED)) return -1;
    const word = this.word(noun);
    // "The elder, Claire,", "The older one, Khalid,": one of the children the text has spoken of, by birth order.
    const ordered = setOff && (BIRTH_ORDERS.has(word) || (word === 'one' && noun > 1 && BIRTH_ORDERS.has(this.word(noun - 1))));
    if (ordered) {
      const the = word === 'one' ? noun - 2 : noun - 1;
      return this.isAnyCaseAt(the, 'the') ? the : -1;
    }
    // ("That producer, Jaroslav Mikkelsen of …,": set off, a role's noun too.)
    if (!KIN_NOUNS.has(word) && (!setOff || !(PERSON_NOUNS.has(word) || wordFacts(word) & ROLE_NOUN))) return -1;
    // One modifier may stand between the owner and the noun: "her eldest son". Set off, an article may stand for the
    // owner: "the grandmother, Agnes,", "Another resident, Yousif,", "One barista, Dana,", "That producer, …".
    for (let owner = noun - 1; owner >= 0 && owner >= noun - 2 && flags[owner + 1] & JOINED; owner--) {
      const determiner = this.isArticleAt(owner) || this.isAnyCaseAt(owner, 'one') || this.isAnyCaseAt(owner, 'that') || this.isAnyCaseAt(owner, 'this');
      if (this.isPossessiveDeterminerAt(owner) || flags[owner] & POSSESSIVE || (setOff && determiner)) return owner;
    }
    return -1;
  }

  /** "in Paris", "to Paris", "from Paris": where a place name is, even after a person of that surname. */
  private followsPlacePreposition(i: number): boolean {
    return i > 0 && (this.tokens.flags[i] & JOINED) !== 0 && (this.isWordAt(i - 1, 'in') || this.isWordAt(i - 1, 'to') || this.isWordAt(i - 1, 'from'));
  }

  /** Whether "at" or "in" stands right before token i. */
  private isAtOrIn(i: number): boolean {
    return i > 0 && (this.tokens.flags[i] & JOINED) !== 0 && (this.isWordAt(i - 1, 'at') || this.isWordAt(i - 1, 'in'));
  }

  /** "lives in Westbrook": token i right after "in", and no owner ("in Okafor's office"). */
  private isAfterIn(i: number): boolean {
    return i > 0 && (this.tokens.flags[i] & (JOINED | POSSESSIVE)) === JOINED && this.isWordAt(i - 1, 'in');
  }

  /** Whether ", " and a known place of one or two words follow token i, then a comma, a period or the line's end. */
  private isPlacedIn(i: number): boolean {
    const { starts, ends } = this.tokens;
    if (i + 1 >= this.count || starts[i + 1] - ends[i] !== 2 || this.text.charCodeAt(ends[i]) !== 0x2c) return false;
    for (let last = i + 1; last <= i + 2 && last < this.count; last++) {
      if (last > i + 1 && !(this.tokens.flags[last] & JOINED)) break;
      const after = this.text.charCodeAt(ends[last]);
      if (this.lookup(i + 1, last)?.kind === 'place' && (after === 0x2c || after === 0x2e || after === 10 || Number.isNaN(after))) return true;
    }
    return false;
  }

  /**
   * "China's top diplomat Wang Yi", "Foreign Ministry spokesman Wang Wenbin": a lowercase role before the name.
   * `personNouns`: a person's noun right before the name is a role too ("Hampton University student Deja Stewart").
   */
  private lowercaseRole(nameFirst: number, personNouns = false): string | null {
    const { flags } = this.tokens;
    let first = nameFirst;
    let sawNoun = false;
    let nounModifiers = 0;
    while (first > 0 && flags[first] & JOINED && !this.isCapitalized(first - 1)) {
      const facts = this.facts(first - 1);
      if (facts & ROLE_NOUN || (personNouns && first === nameFirst && this.isPersonNounAt(first - 1))) sawNoun = true;
      // "schools chief", "two-term councilman", "real estate developer": two more words may say which, if no verb or
      // clause word ("appointed chief").
      else if (!sawNoun || (!(facts & ROLE_MODIFIER) && (nounModifiers++ > 1 || !this.mayModifyRoleAt(first - 1)))) break;
      first--;
    }
    if (!sawNoun || first === nameFirst) return null;
    // The organization or country the role belongs to: "China's", "Foreign Ministry", "Russian".
    if (first > 0 && flags[first] & JOINED && this.isCapitalized(first - 1)) {
      let owner = first - 1;
      while (owner > 0 && flags[owner] & JOINED && this.isCapitalized(owner - 1) && !(flags[owner - 1] & POSSESSIVE)) owner--;
      while (owner < first - 1 && this.is(owner, STOP_WORD)) owner++;
      if (!this.is(owner, STOP_WORD)) {
        // "Farmers' leader": a plural's possessive is its apostrophe alone.
        const possessive = !(flags[first - 1] & POSSESSIVE) ? '' : this.text.charCodeAt(this.tokens.ends[first - 1] + 1) === 0x73 ? "'s" : "'";
        return `${this.span(owner, first - 1)}${possessive} ${this.span(first, nameFirst - 1)}`;
      }
    }
    return this.span(first, nameFirst - 1);
  }

  /**
   * "the head of the Alliance, Jens Stoltenberg" or "Jens Stoltenberg, the head of NATO,".
   * With "a"/"an" ("Mara Quill, a spokeswoman for the mayor,") the phrase gives a role but is no name for her.
   */
  private appositive(first: number, last: number): TextSpan | null {
    const text = this.text;
    const start = this.tokens.starts[first];
    const before = start >= 2 && text[start - 1] === ' ' && text[start - 2] === ',' ? this.rolePhraseBefore(first - 1, start - 2) : null;
    // "her eventual boss, Alan Greenberg, the chairman of …": a relation says less than a role after the name.
    if (before && !RELATIONS.has(lastWord(before.text))) return before;
    return this.appositiveAfter(last) ?? before;
  }

  /** The role phrase set off after the name ending at token `last`. */
  private appositiveAfter(last: number): TextSpan | null {
    const text = this.text;
    const end = this.tokens.ends[last];
    if (text[end] !== ',' || text[end + 1] !== ' ' || last + 1 >= this.count) return null;
    // "Tom Gallagher, 38, a teacher,": an age set off before the role.
    if (statedAgeAfter(text, end) >= 0) return this.isArticleAt(last + 2) ? this.rolePhraseAfter(last + 2, last + 3) : null;
    if (this.isArticleAt(last + 1)) return this.rolePhraseAfter(last + 1, last + 2);
    // "Kendra Oyelaran, her campaign manager,": the role after a possessive pronoun, which names the owner only by gender.
    if (this.isPossessiveDeterminerAt(last + 1) && this.tokens.flags[last + 2] & JOINED) return this.rolePhraseAfter(last + 2, last + 2);
    // "Adrian Hill, director of the Jenner Institute,", "Ann Lee, former mayor,", "Lina Farouk, CEO of Norvex,": a role
    // without its article.
    // ("Malik Denholm, policy director at …": a noun before the role noun qualifies it.)
    const qualified = last + 2 < this.count && !this.isCapitalized(last + 1) && this.is(last + 2, ROLE_NOUN) && (this.tokens.flags[last + 2] & JOINED) !== 0;
    if (!this.isCapitalized(last + 1) || this.is(last + 1, ROLE_NOUN)) return this.is(last + 1, ROLE_NOUN | ROLE_MODIFIER) || qualified ? this.rolePhraseAfter(last + 1, last + 1) : null;
    // "Hope Hicks, Trump's spokeswoman,", "Jeff Weaver, Bernie Sanders's campaign manager,": an owner's role.
    return this.hasOwnerAt(last + 1) ? this.rolePhraseAfter(last + 1, last + 1) : null;
  }

  /** A name in the possessive of one to three words from token i on: "Trump's", "Bernie Sanders's". */
  private hasOwnerAt(i: number): boolean {
    for (let at = i; at < i + 3 && at < this.count && this.isCapitalized(at) && (at === i || this.tokens.flags[at] & JOINED); at++) {
      if (this.tokens.flags[at] & POSSESSIVE) return true;
    }
    return false;
  }

  private rolePhraseBefore(lastToken: number, end: number): TextSpan | null {
    let sawNoun = false;
    // "the chairman of the cooperative, Arvid Holm": a common noun may close the phrase as the object of its link.
    const objectStart = this.linkedObjectStart(lastToken);
    for (let i = lastToken; i >= 0 && i > lastToken - MAX_ROLE_PHRASE; i--) {
      if (i < lastToken && !(this.tokens.flags[i + 1] & JOINED)) return null;
      if (i >= objectStart) continue;
      // "Her neighbour, Piet Dekker,": a person noun after a possessive names a person as a role noun does.
      if (sawNoun && i < lastToken && this.isPossessiveDeterminerAt(i)) {
        const start = this.tokens.starts[i + 1];
        return { start, end, text: this.text.slice(start, end) };
      }
      // "The United Nations Secretary-General, António Guterres", "Manitoba's Minister of Agriculture, Derek Sawatzky": a
      // title written with a capital is the noun too.
      if (this.is(i, ROLE_NOUN) || (this.isCapitalized(i) && this.isOneWordTitle(i)) || (i === lastToken && this.isPersonNounAt(i))) sawNoun = true;
      // "the cooperative’s chairman, Arvid Holm": an owner in common words after an article.
      if (i < lastToken && this.tokens.flags[i] & POSSESSIVE && sawNoun && i > 0 && this.isArticleAt(i - 1) && this.tokens.flags[i] & JOINED) continue;
      // "the head of the Alliance, Jens Stoltenberg", "Acme’s chief executive, Jane Roe": an article or an owner opens it.
      const owner = i < lastToken && this.tokens.flags[i] & POSSESSIVE && this.isCapitalized(i);
      // (A link before the article joins only across a space: "… came in.” The store's owner," opens a phrase.)
      if ((this.isArticleAt(i) || owner) && sawNoun && (i === 0 || !(this.tokens.flags[i] & JOINED) || !this.is(i - 1, ROLE_LINK))) {
        // The owner's whole name: "Pershing Square’s founder".
        let first = i;
        while (owner && first > 0 && this.tokens.flags[first] & JOINED && this.isCapitalized(first - 1) && !this.is(first - 1, STOP_WORD)) first--;
        const start = this.tokens.starts[first];
        return { start, end, text: this.text.slice(start, end) };
      }
      // "Germany's agriculture minister,", "Its founder and chief executive,": a modifier of the noun, or "and" between two.
      const joinsRoles = sawNoun && i > 0 && this.isWordAt(i, 'and') && this.is(i - 1, ROLE_NOUN);
      if (!(this.isCapitalized(i) || this.is(i, ROLE_NOUN | ROLE_MODIFIER | ROLE_LINK) || (i === lastToken && sawNoun) || joinsRoles || (sawNoun && this.modifiesRoleNoun(i, true)))) return null;
    }
    return null;
  }

  /** "who", or a present participle ("working"); read right after a role noun. */
  private opensClauseAfterRole(i: number): boolean {
    if (this.isCapitalized(i)) return false;
    const length = this.tokens.ends[i] - this.tokens.starts[i];
    if (this.isAnyCaseAt(i, 'who')) return true;
    const word = this.word(i);
    return length > 5 && word.endsWith('ing') && !word.includes('-');
  }

  /** "his", "her", "their", … (any case). */
  private isPossessiveDeterminerAt(i: number): boolean {
    const length = this.tokens.ends[i] - this.tokens.starts[i];
    return length <= 5 && POSSESSIVE_DETERMINERS.has(this.word(i).toLowerCase());
  }


  /** Whether token i is one word cut short by a period ("Mass.", "Calif."), not initials ("U.S."). */
  private isAbbreviatedWord(i: number): boolean {
    const end = this.tokens.ends[i];
    return this.text.charCodeAt(end - 1) === 0x2e && this.text.lastIndexOf('.', end - 2) < this.tokens.starts[i];
  }

  /** Whether token i is an initial: one capital and its period ("J."). */
  private isInitialAt(i: number): boolean {
    const start = this.tokens.starts[i];
    return this.tokens.ends[i] - start === 2 && this.text.charCodeAt(start + 1) === 0x2e && isUpper(this.text[start]);
  }

  /** Whether a verb of speech stands right before token i: "said Sydney". */
  private followsSpeechVerb(i: number): boolean {
    return i > 0 && (this.tokens.flags[i] & JOINED) !== 0 && !this.isCapitalized(i - 1) && SPEECH_VERBS.has(this.word(i - 1));
  }

  /**
   * "Gov. Will Lockwood", "May Trinh, a community organizer,", "Will Dunham said": "Will", "May" or "June" (token i)
   * opening a name in a run ending at `last`, not a modal or a month: after a title, before a comma or a verb of speech,
   * or ("Will" only) inside a sentence, where the modal is lower-case.
   */
  private isGivenNameWord(i: number, last: number): boolean {
    // (The surname may be a first name too: "Will Lockwood".)
    if (i >= last || !MODAL_OR_MONTH_NAMES.has(this.word(i)) || this.isInHeadline(i) || this.is(i + 1, GAZETTEER_LENGTH_MASK | COMMON_SINGLE_WORD | STOP_WORD) || this.isCommonCompound(i + 1)) return false;
    // Inside a run, only after a title ("What Will Happen" is a headline's words).
    if (i > 0 && this.tokens.flags[i] & JOINED && this.isCapitalized(i - 1)) return this.isOneWordTitle(i - 1);
    return this.isSpeechVerbAt(last + 1) || this.text.charCodeAt(this.tokens.ends[last]) === 0x2c
      || (this.isWordAt(i, 'Will') && !opensSentence(this.text, this.tokens.starts[i]));
  }

  /** Whether token i is a verb of speech written right after the word before it. */
  private isSpeechVerbAt(i: number): boolean {
    return i < this.count && (this.tokens.flags[i] & JOINED) !== 0 && !this.isCapitalized(i) && SPEECH_VERBS.has(this.word(i));
  }

  /** "Samer Obeidat said": two unknown words (no common word among them, as in "Geological Survey said") before a verb of speech. */
  private isSpeakingName(first: number, last: number): boolean {
    // Not the end of a longer name: "the U.S. Geological Survey said", "the Office of Professional Responsibility said".
    const inName = first > 0 && (this.tokens.flags[first] & JOINED) !== 0 && (this.isCapitalized(first - 1) || this.is(first - 1, CONNECTOR));
    return last === first + 1 && !inName && !this.isCommonWord(first) && !this.isCommonWord(last) && !this.is(last, INSTITUTION_WORD) && this.isSpeechVerbAt(last + 1);
  }

  /** A noun for a person that no role list holds ("neighbour", "cousin"), read only in appositions. */
  private isPersonNounAt(i: number): boolean {
    return !this.isCapitalized(i) && (PERSON_NOUNS.has(this.word(i)) || PERSON_NOUN_ENDING.test(this.word(i)));
  }

  /** Where "the cooperative" in "… of the cooperative" (or "for the …") ending at `last` starts (its article), else past `last`. */
  private linkedObjectStart(last: number): number {
    if (last < 2 || this.isCapitalized(last) || this.is(last, STOP_WORD | CLAUSE_WORD) || this.tokens.flags[last] & (POSSESSIVE | HAS_DIGIT)) return last + 1;
    if (!(this.tokens.flags[last] & JOINED)) return last + 1;
    // "the spokesperson for agriculture, Eva Ruiz", "the chairman of the cooperative", "a spokesman for the prosecutor's
    // office": a link, then an article or a common owner or both, before the noun.
    let start = last;
    // "the police department", "the state health department": common words before the noun.
    for (let modifiers = 0; modifiers < OBJECT_MODIFIERS && start > 2 && this.tokens.flags[start] & JOINED && this.isObjectModifierAt(start - 1); modifiers++) start--;
    const noun = start;
    while (start > noun - 2 && this.tokens.flags[start] & JOINED && (this.isArticleAt(start - 1) || (this.tokens.flags[start - 1] & POSSESSIVE && !this.isCapitalized(start - 1)))) start--;
    // Modifiers need an article or an owner before them: "for police department" is no object.
    if (start === noun && noun < last) return last + 1;
    return this.tokens.flags[start] & JOINED && (this.isAnyCaseAt(start - 1, 'of') || this.isAnyCaseAt(start - 1, 'for')) ? start : last + 1;
  }

  /** A lowercase common word that may modify the object of a role's link: "police" of "the police department". */
  private isObjectModifierAt(i: number): boolean {
    return !this.isCapitalized(i) && !this.is(i, STOP_WORD | CLAUSE_WORD | ROLE_LINK | ROLE_NOUN) && !(this.tokens.flags[i] & (POSSESSIVE | HAS_DIGIT)) && !this.isArticleAt(i);
  }

  /** The role phrase opening at token `first` (its article, if any), read from token `from`. */
  private rolePhraseAfter(first: number, from: number): TextSpan | null {
    let last = -1;
    let sawNoun = false;
    // "the director of the advocacy group Open Doses," runs to the punctuation that closes it.
    let clauseAfter = false;
    const articled = first < from;
    for (let i = from; i < this.count && i <= first + MAX_ROLE_PHRASE && (i === first || this.tokens.flags[i] & JOINED); i++) {
      // "a Chinese engineer working on …", "an engineer who …": a clause right after the role noun ends the role.
      if (sawNoun && (this.is(i - 1, ROLE_NOUN) || (articled && this.isPersonNounAt(i - 1))) && this.opensClauseAfterRole(i)) {
        clauseAfter = true;
        break;
      }
      // "president and chief executive of …": "and" between two roles joins them; any other clause word ends the phrase.
      if (this.is(i, CLAUSE_WORD) && !(sawNoun && this.isAnyCaseAt(i, 'and') && i + 1 < this.count && this.is(i + 1, ROLE_NOUN | ROLE_MODIFIER))) {
        // "a chemist at Kell University who was not involved", "… and the study's lead author": the role ends before.
        const closes = this.isWordAt(i, 'and') ? i + 1 < this.count && (this.isArticleAt(i + 1) || this.isPossessiveDeterminerAt(i + 1)) : RELATIVE_PRONOUNS.has(this.word(i));
        if (!sawNoun || !closes) return null;
        clauseAfter = true;
        break;
      }
      // "the Anglican Bishop of Oakmont": a title written with a capital is the noun too; after an article, so is a noun
      // of a person ("a secondary school teacher").
      if (this.is(i, ROLE_NOUN) || (this.isCapitalized(i) && this.isOneWordTitle(i)) || (articled && this.isPersonNounAt(i))) sawNoun = true;
      else if (!sawNoun && !(this.isCapitalized(i) || this.is(i, ROLE_MODIFIER | ROLE_LINK) || this.modifiesRoleNoun(i, articled))) return null;
      last = i;
    }
    if (last < 0 || !sawNoun) return null;
    const end = this.tokens.ends[last];
    const next = this.text[end];
    if (!clauseAfter && next !== ',' && next !== '.' && next !== ';') return null;
    const start = this.tokens.starts[first];
    return { start, end, text: this.text.slice(start, end) };
  }

  /** A lowercase word that may say which role a role noun is: no clause word, and none of a verb's or adverb's endings. */
  private mayModifyRoleAt(i: number): boolean {
    if (this.is(i, CLAUSE_WORD | ROLE_LINK) || this.tokens.flags[i] & (HAS_DIGIT | POSSESSIVE)) return false;
    const word = this.word(i);
    return !LOWERCASE_STOP_WORDS.has(word) && !IRREGULAR_PAST.has(word) && !VERB_OR_ADVERB_ENDING.test(word);
  }

  /** "competition" in "the EU's competition commissioner": a common noun right before the role noun (or one more such noun) modifies it. */
  private modifiesRoleNoun(i: number, orPersonNoun = false): boolean {
    // After an article, up to three words may qualify the noun: "a high school band director".
    for (let next = i + 1; next <= i + (orPersonNoun ? 3 : 2) && next < this.count && this.tokens.flags[next] & JOINED; next++) {
      if (this.is(next, ROLE_NOUN) || (orPersonNoun && this.isPersonNounAt(next))) return !this.isCapitalized(i) && !this.is(i, STOP_WORD | CLAUSE_WORD);
      if (this.isCapitalized(next) || this.is(next, STOP_WORD | ROLE_LINK | CLAUSE_WORD)) return false;
    }
    return false;
  }

  /** Key that ties a role phrase to a person: role noun plus the organization it belongs to. */
  private roleKey(pieces: Piece[], prefixLength: number): string {
    let owner = '';
    let title = '';
    for (let p = 0; p < prefixLength; p++) {
      const part = pieces[p];
      if (!owner && part.entry && (part.kind === 'place' || part.kind === 'organization' || part.kind === 'demonym')) owner = part.entry.name;
      if (part.kind === 'title') title = title ? `${title} ${this.span(part.first, part.last)}` : this.span(part.first, part.last);
    }
    return `${roleNoun(title)}|${owner}`;
  }

  /** "US Secretary of State" in "US Secretary of State Antony Blinken": the prefix without its courtesy titles. */
  private titleRole(pieces: Piece[], prefixLength: number): string {
    let first = 0;
    while (pieces[first].kind === 'honorific') first++;
    let last = prefixLength - 1;
    while (pieces[last].kind === 'honorific') last--;
    const role = this.span(pieces[first].first, pieces[last].last);
    const plural = this.word(pieces[last].last);
    const singular = SINGULAR_TITLES.get(plural);
    this.listTitle = singular === undefined ? null : { role: role.slice(0, role.length - plural.length) + singular, end: -1 };
    return this.listTitle?.role ?? role;
  }

  /**
   * The singular role of a plural title heading the list that the name starting at `start` continues ("Sens. Ana Ruiz
   * and Tom Hale", "Reps. A, B and C"), else null. The list goes on after ", " and " and " only.
   */
  private listTitleRole(start: number): string | null {
    const title = this.listTitle;
    if (title === null || title.end < 0 || start - title.end > LIST_JOINER_LENGTH) return null;
    const joiner = this.text.slice(title.end, start);
    return joiner === ', ' || joiner === ' and ' || joiner === ', and ' ? title.role : null;
  }

  /** "the head of the Alliance" → "head|NATO"; null when the phrase names no role. */
  private rolePhraseKey(start: number, end: number): string | null {
    const written = this.text.slice(start, end);
    // The words between whitespace, read in place between single spaces: spares an array of words per phrase.
    const phrase = hasIrregularSpace(written) ? written.split(/\s+/).join(' ') : written;
    let noun = '';
    /** Start of the words after the first "of"; past the end when there is none. */
    let ownerStart = phrase.length + 1;
    for (let wordStart = 0, w = 0; wordStart <= phrase.length; w++) {
      const space = phrase.indexOf(' ', wordStart);
      const wordEnd = space < 0 ? phrase.length : space;
      if (wordEnd - wordStart === 2 && phrase.startsWith('of', wordStart)) {
        ownerStart = wordEnd + 1;
        break;
      }
      if (w > 0) {
        const word = phrase.slice(wordStart, wordEnd);
        if (wordFacts(word.toLowerCase()) & ROLE_NOUN) noun = noun ? `${noun} ${word}` : word;
      }
      wordStart = wordEnd + 1;
    }
    if (!noun) return null;
    const article = phrase.startsWith('the', ownerStart) && (ownerStart + 3 === phrase.length || phrase.charCodeAt(ownerStart + 3) === 32);
    const ownerName = phrase.slice(article ? ownerStart + 4 : ownerStart);
    const entry = GAZETTEER.get(ownerName);
    return `${roleNoun(noun)}|${entry && (!entry.needsArticle || article) ? entry.name : ownerName}`;
  }

  /** A role without a name: "the head of NATO", "the US Secretary of State". */
  private addRoleReference(pieces: Piece[], titleEnd: number): void {
    const start = this.tokens.starts[pieces[0].first];
    const end = this.tokens.ends[pieces[titleEnd].last];
    if (hasPieceKind(pieces, titleEnd + 1, 'title')) this.roleReferences.push({ key: this.roleKey(pieces, titleEnd + 1), start, end });
  }

  private segment(first: number, last: number): Piece[] {
    const pieces: Piece[] = [];
    for (let i = first; i <= last;) {
      let matched: Piece | null = null;
      // Reading index -1 of an empty array is a slow property lookup, not an array read.
      const previous = pieces.length ? pieces[pieces.length - 1] : undefined;
      const facts = this.facts(i);
      // No gazetteer name starting with this word is longer than `longest` words.
      const longest = facts & GAZETTEER_LENGTH_MASK;
      for (let j = Math.min(last, i + longest - 1); j >= i && !matched; j--) {
        const entry = this.lookup(i, j);
        if (entry && !(j === i && entry.kind === 'place' && (this.startsPersonalName(i, last) || this.opensAgedName(i, last) || closesTitledName(pieces, i, last)))) {
          matched = { kind: entry.kind, first: i, last: j, entry };
        }
      }
      if (matched) {
        pieces.push(matched);
        i = matched.last + 1;
        continue;
      }
      // A first name before a surname starts a new name: "Floridians Jeb Bush" holds the person "Jeb Bush"; not after an
      // initial, which opens the name: "J. Christopher Stevens".
      const firstName = (facts & FIRST_NAME) !== 0;
      const afterInitial = previous !== undefined && previous.first === previous.last && this.isInitialAt(previous.first);
      // "Tamim bin Rashid al-Marri", "Abu Khalid al-Zahrani": a first name after a particle, or after "Abu" or "Umm"
      // (father, mother of), is a parent's or a child's, inside one name.
      const afterParticle = i > first && ((this.is(i - 1, NAME_PARTICLE) && !this.isCapitalized(i - 1)) || PARENT_NAME_WORDS.has(this.word(i - 1)));
      if (previous && previous.kind === 'words' && !(i < last && firstName && !afterInitial && !afterParticle && !this.isUnknownGivenName(first, i, last))) previous.last = i;
      else pieces.push({ kind: 'words', first: i, last: i, entry: null });
      i++;
      // A first name carries the rest of the run with it: "George Washington" is a person. Not past a title that a
      // first name follows: "Westbrook Mayor Daniel Ferreira" names the town before the mayor's title.
      // ("Franklin County Common Pleas Judge …", "Harmon Falls Utilities Director …": a first name before a place's word,
      // or before a word of geography with more words after it, names the place.)
      if (firstName && i <= last && !this.titledNameFrom(i, last) && !this.is(i, ADDRESS_PLACE_WORD) && !(i < last && this.is(i, PLACE_WORD))) {
        pieces[pieces.length - 1].last = last;
        break;
      }
    }
    // "Dr. Aiko Tanaka of Kyoto University": the "of" before a known name joins the two names, it ends neither
    // (a single word left, as in "Republic of Turkey", is no name of its own).
    for (let p = 0; p < pieces.length - 1; p++) {
      const piece = pieces[p];
      while (piece.kind === 'words' && piece.last - 1 > piece.first && this.is(piece.last, CONNECTOR)) piece.last--;
    }
    return pieces;
  }

  /**
   * "said Fatuma Hassan Abdi", "negotiator Fatuma Hassan Abdi": after a verb of speech or a role noun, or before an
   * age, a word no list knows before a first name and a surname is a given name of its own. Elsewhere it is more often
   * a title or a description ("Whip Steve Scalise", "Billionaire Donald Trump"), and one with a demonym's ending is one
   * anywhere ("fellow Kentuckian Rand Paul").
   */
  private isUnknownGivenName(first: number, firstName: number, last: number): boolean {
    if (firstName !== first + 1 || last !== first + 2 || !this.isUnknownPlainWord(first) || DEMONYM_ENDING.test(this.word(first))) return false;
    // "Zaw Lin Htet, 27,": an age set off after the three words makes them one person's name wherever they stand.
    if (statedAgeAfter(this.text, this.tokens.ends[last]) >= 0) return true;
    const before = first - 1;
    return before >= 0 && (this.tokens.flags[first] & JOINED) !== 0 && !this.isCapitalized(before) && (SPEECH_VERBS.has(this.word(before)) || this.is(before, ROLE_NOUN));
  }

  /** The known organization that the run names when all its words are in capitals ("USA TODAY"). */
  private capitalsOrganization(first: number, last: number): GazetteerEntry | undefined {
    for (let i = first; i <= last; i++) if (!(this.tokens.flags[i] & ALL_CAPS)) return undefined;
    return GAZETTEER_BY_LOWERCASE.get(this.span(first, last, false).toLowerCase());
  }

  /** The title's role with the lowercase modifiers right before it ("former Gov. Ellen Marchetti", "former state Sen. Loretta Vance"). */
  private formerTitleRole(pieces: Piece[], prefixLength: number): string | null {
    const role = this.titleRole(pieces, prefixLength);
    let first = pieces[0].first;
    while (first > 0 && first > pieces[0].first - 2 && this.tokens.flags[first] & JOINED && !(this.tokens.flags[first - 1] & POSSESSIVE) && TITLE_MODIFIERS.has(this.word(first - 1).toLowerCase())) first--;
    return role !== null && first < pieces[0].first ? `${this.span(first, pieces[0].first - 1)} ${role}` : role;
  }

  /** The first word after HEADLINE_CAPITALS or more words in capitals that open the run, if a word in lower case follows them; else `first`. */
  private capitalsHeadlineEnd(first: number, last: number): number {
    let end = first;
    while (end <= last && this.tokens.flags[end] & ALL_CAPS) end++;
    return end - first >= HEADLINE_CAPITALS && end <= last ? end : first;
  }

  /** "Republican National Committee Chairman Reince Priebus": a descriptor that opens a known name is part of it. */
  private opensKnownName(first: number, last: number): boolean {
    for (let j = Math.min(last, first + this.gazetteerLength(first) - 1); j > first; j--) if (this.lookup(first, j)) return true;
    return false;
  }

  private lookup(first: number, last: number): GazetteerEntry | undefined {
    if (last - first >= this.gazetteerLength(first)) return undefined;
    // gazetteerLength above looked the first word up.
    const entry = first === last ? GAZETTEER_BY_WORD[this.tokens.wordIds[first]]
      : this.hasNoBreakSpaceBetween(first, last) ? GAZETTEER.get(this.span(first, last, true))
        : GAZETTEER_TABLE.values[GAZETTEER_TABLE.idOfCodes(this.tokens.codes, this.tokens.starts[first] - this.tokens.offset, this.tokens.ends[last] - this.tokens.offset)];
    if (!entry || !entry.needsArticle) return entry;
    return first > 0 && this.isTheAt(first - 1) ? entry : undefined;
  }

  private addPieceMention(piece: Piece, weak: boolean): void {
    this.addGazetteerMention(piece.entry!, piece.first, piece.last, weak);
  }

  /** The place or organization `entry`, named by tokens first…last. */
  private addGazetteerMention(entry: GazetteerEntry, first: number, last: number, weak: boolean): void {
    if (!isNamedKind(entry.kind)) return;
    // "at the end of Mass.", "Miss. Lee": a state's abbreviation follows a town and its comma, a bracket or a party's
    // letter ("Boston, Mass.", "(Ill.)", "R-Miss."); initials stand anywhere ("the U.S.").
    if (entry.kind === 'place' && first === last && this.isAbbreviatedWord(first) && !this.followsPartyLetter(first) && !this.followsCommaOrBracket(first) && !this.inAbbreviationList(first)) return;
    // "the Alliance": the article belongs to the alias.
    const start = this.tokens.starts[entry.needsArticle ? first - 1 : first];
    const end = this.tokens.ends[last];
    const reference = this.roleAround(entry.name, first, last, end);
    if (reference) this.roleReferences.push(reference);
    this.push(entry.kind, entry.name, start, end, false, weak || entry.needsArticle);
  }

  /** "the head of NATO" / "the NATO chief": a role phrase anchored on an organization or country. */
  private roleAround(owner: string, first: number, last: number, end: number): RoleReference | null {
    let i = first - 1;
    if (i >= 0 && this.isTheAt(i)) i--;
    if (i >= 1 && this.isWordAt(i, 'of')) {
      let noun = i - 1;
      if (!this.is(noun, ROLE_NOUN)) return null;
      const nounWord = this.word(noun);
      while (noun > 0 && this.is(noun - 1, ROLE_MODIFIER)) noun--;
      const article = noun - 1;
      if (article < 0 || !this.isTheAt(article)) return null;
      return { key: `${roleNoun(nounWord)}|${owner}`, start: this.tokens.starts[article], end };
    }
    const after = last + 1;
    i = first - 1;
    if (i >= 0 && this.isTheAt(i) && after < this.count && this.tokens.flags[after] & JOINED && this.is(after, ROLE_NOUN)) {
      return { key: `${roleNoun(this.word(after))}|${owner}`, start: this.tokens.starts[i], end: this.tokens.ends[after] };
    }
    return null;
  }

  /** Whether a number of digits alone follows token i after a space ("Bill 388"). */
  private isNumberAfter(i: number): boolean {
    const next = i + 1;
    if (next >= this.count || !(this.tokens.flags[next] & JOINED)) return false;
    for (let at = this.tokens.starts[next]; at < this.tokens.ends[next]; at++) if (!isDigitCode(this.text.charCodeAt(at))) return false;
    return true;
  }

  /** `push` of the name written as tokens first…last. */
  private pushSpan(type: Candidate['type'], first: number, last: number, weak: boolean): void {
    const noBreakSpace = this.hasNoBreakSpaceBetween(first, last);
    this.push(type, this.span(first, last, noBreakSpace), this.tokens.starts[first], this.tokens.ends[last], !noBreakSpace, weak);
  }

  /** A candidate that is only a name: no title, role or appositive. */
  private push(type: Candidate['type'], name: string, start: number, end: number, written: boolean, weak: boolean, rolePhrase: TextSpan | null = null): void {
    this.candidates.push({
      type, name, start, end, written, longForm: null, role: null, roleKeys: NO_KEYS, rolePhrase, weak, honorific: false, tentative: false,
    });
  }
}

const CHUNK = 1 << 16;

/**
 * Ends of the chunks read in order: a line end after CHUNK characters, else a sentence end, a space, a hard cut.
 * Each search resumes where the last one stopped, so a document without line breaks is still read once.
 */
function chunkEnds(text: string): (from: number) => number {
  const lineBreak = forwardSearch(text, '\n');
  const sentenceEnd = forwardSearch(text, '. ');
  const space = forwardSearch(text, ' ');
  return (from) => {
    if (text.length - from <= CHUNK) return text.length;
    const start = from + CHUNK;
    const limit = Math.min(text.length, from + 4 * CHUNK);
    const endWithin = (found: number, length: number) => (found >= 0 && found + length <= limit ? found + length : -1);
    const line = endWithin(lineBreak(start), 1);
    if (line > 0) return line;
    const sentence = endWithin(sentenceEnd(start - 1), 2);
    if (sentence > 0) return sentence;
    const word = endWithin(space(start), 1);
    return word > 0 ? word : limit;
  };
}

/** The first `needle` at or after a position (-1 if none), for positions asked in increasing order. */
function forwardSearch(text: string, needle: string): (from: number) => number {
  let found = text.indexOf(needle);
  return (from) => {
    if (found >= 0 && found < from) found = text.indexOf(needle, from);
    return found;
  };
}

/**
 * A place or nationality before words no gazetteer knows: "Georgia Institute of Technology", "Spanish Ministry for …";
 * or a state or town before a body the gazetteer knows by the country's name: "Ohio Department of Education" is the
 * state's. "U.S. Department of Justice" stays the place and the known Justice Department.
 */
function startsWithOwner(pieces: readonly Piece[]): boolean {
  if (pieces[0].kind === 'demonym') return true;
  return pieces[0].kind === 'place' && pieces.length > 1 && (pieces[1].kind === 'words' || (pieces[1].kind === 'organization' && !COUNTRY_NAMES.has(pieces[0].entry!.name)));
}

/** Capitalized words, "of", "the" and "and" only: "Speaker of the House Rep. Paul Ryan", "Turkish President Recep Tayyip Erdogan". */
function isTitleChain(phrase: string): boolean {
  for (const word of phrase.split(' ')) {
    if (!isUpper(word[0]) && word !== 'of' && word !== 'the' && word !== 'and') return false;
  }
  return true;
}

/** The person whose name, among `mentions` (with their `entities`), ends at `end`. */
function closingPerson(mentions: readonly Mention[], entities: readonly Entity[], end: number): Entity | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    if (mentions[i].end === end && mentions[i].kind === 'name' && entities[i].type === 'person') return entities[i];
  }
  return null;
}

/** "… Advisers Chairman Jason Furman": a title and a name after it end the run, which names that person, not the institution. */
function endsWithTitledName(pieces: Piece[]): boolean {
  return pieces.length > 2 && pieces[pieces.length - 1].kind === 'words' && isTitleAt(pieces, pieces.length - 2);
}

/** A piece of `kind` among the first `count`. */
function hasPieceKind(pieces: Piece[], count: number, kind: Piece['kind']): boolean {
  for (let p = 0; p < count; p++) if (pieces[p].kind === kind) return true;
  return false;
}

/** "Rep. Carlton Brisbane": a one-word place closing a run after a title and one given name is the surname. */
function closesTitledName(pieces: Piece[], i: number, last: number): boolean {
  const given = pieces[pieces.length - 1];
  return i === last && pieces.length >= 2 && given.kind === 'words' && given.first === given.last && given.last === i - 1 && pieces[pieces.length - 2].kind === 'title';
}

/** The index of the title piece that pieces of known names from p on lead to, or -1. */
function titleAfterNames(pieces: Piece[], p: number): number {
  while (p < pieces.length && isNamedKind(pieces[p].kind)) p++;
  return isTitleAt(pieces, p) ? p : -1;
}

function isTitleAt(pieces: Piece[], p: number): boolean {
  return p < pieces.length && pieces[p].kind === 'title';
}

function roleNoun(title: string): string {
  const lower = title.toLowerCase();
  if (HEAD_ROLES.has(lower)) return 'head';
  for (const ending of HEAD_ROLE_ENDINGS) if (lower.endsWith(ending)) return 'head';
  return lower;
}

/** Headline case ("Trump Wins Iowa Caucus") makes every capital ambiguous. Reads `codes[start, end)`. */
function isTitleCase(codes: Uint16Array, start: number, end: number): boolean {
  let words = 0;
  let capitalized = 0;
  // The words between whitespace, read in place.
  for (let wordStart = start; wordStart < end;) {
    let wordEnd = wordStart;
    while (wordEnd < end && !isWhitespaceCode(codes[wordEnd])) wordEnd++;
    const first = wordStart;
    wordStart = wordEnd + 1;
    if (wordEnd - first <= 3) continue;
    // ASCII first letters without a regex; the regexes read the first character, or surrogate pair, of longer words.
    const code = codes[first];
    const firstCharacter = code < 128 ? '' : String.fromCharCode(code, codes[first + 1]);
    if (code < 128 ? (code | 32) < 97 || (code | 32) > 122 : !LETTER_START.test(firstCharacter)) continue;
    words++;
    if (code < 128 ? code <= 90 : UPPER_START.test(firstCharacter)) capitalized++;
  }
  return words >= 3 && capitalized / words > 0.7;
}

/** Lines longer than this are paragraphs, never headlines. */
const MAX_HEADLINE = 160;
/** Function words that a headline capitalizes and running text does not: "… Scores Direct Hit On Donald Trump". */
const HEADLINE_FUNCTION_WORDS = new Set(['On', 'To', 'The', 'Of', 'For', 'In', 'With', 'About', 'After', 'At', 'By', 'From', 'Into', 'Over', 'And', 'But', 'As', 'Is', 'Are', 'Was', 'Its', 'His', 'Her', 'Their', 'A', 'An']);
/** A body line's code units, read once per line. */
const LINE_CODES = new CodeUnits(32);

/** Words of four letters or more that `opensInLowercase` reads: a sentence has a lowercase one among its first. */
const OPENING_WORDS = 3;

/** Whether one of the first long words of codes[start, end) starts with a lowercase ASCII letter: no headline, at once. */
function opensInLowercase(codes: Uint16Array, start: number, end: number): boolean {
  let words = 0;
  for (let i = start; i < end && words < OPENING_WORDS; i++) {
    if (i > start && codes[i - 1] !== 32) continue;
    let wordEnd = i;
    while (wordEnd < end && CHAR_CLASS[codes[wordEnd]] & WORD_CHAR) wordEnd++;
    if (wordEnd - i < 4) continue;
    if (isLowerAsciiCode(codes[i])) return true;
    words++;
  }
  return false;
}

/**
 * The line of `length` code units from `start` in headline case: mostly capitalized words, a capitalized function word after its
 * first word, no quote mark, and no colon at its end (a speaker's label, "Mayor Tadeusz Wrona:").
 */
function isHeadline(codes: Uint16Array, start: number, length: number): boolean {
  let end = start + length;
  while (end > start && isWhitespaceCode(codes[end - 1])) end--;
  if (end === start || codes[end - 1] === 0x3a || opensInLowercase(codes, start, end) || !isTitleCase(codes, start, end)) return false;
  let functionWord = false;
  for (let i = start; i < end; i++) {
    if (CHAR_CLASS[codes[i]] & TITLE_MARK || codes[i] === 0x201d || codes[i] === 0x2018 || codes[i] === 0xbb || codes[i] === 0x201e) return false;
    // Mid-sentence: after a word and a space, not after a period ("… agreed. The mayor …").
    if (i > start + 1 && codes[i - 1] === 32 && !functionWord && CHAR_CLASS[codes[i]] & UPPER_CHAR && CHAR_CLASS[codes[i - 2]] & WORD_CHAR) {
      let wordEnd = i + 1;
      while (wordEnd < end && CHAR_CLASS[codes[wordEnd]] & WORD_CHAR) wordEnd++;
      functionWord = wordEnd - i <= 5 && codes[wordEnd] === 32 && HEADLINE_FUNCTION_WORDS.has(String.fromCharCode(...codes.subarray(i, wordEnd)));
    }
  }
  return functionWord;
}

const LETTER_START = /^\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const LOWERCASE_START = /^\p{Ll}/u;
/** A word in lowercase after the first: " contributed", " de". */
const LOWERCASE_WORD = / \p{Ll}/u;

// ---------------------------------------------------------------------------------------
// The index: merges candidates into entities and answers attribution's questions.

const LONE_NAME = /^\p{Lu}\p{Ll}+$/u;

/** A one-word name that no word list knows but as a first name: not "Republican", "See", "Saudis" or "EB-5". */
function isLoneName(name: string): boolean {
  return LONE_NAME.test(name) && !(wordFacts(name) & ~(FIRST_NAME | GAZETTEER_LENGTH_MASK)) && !(name.endsWith('s') && GAZETTEER.has(name.slice(0, -1)));
}

/** The end of a word, or a possessive's: "Kasich's". */
const LONE_NAME_END = /(?:['’ʼ]s)?(?![\p{L}\p{N}'’ʼ-])/uy;
const CAPITALIZED_WORD_BEFORE = /\p{Lu}[\p{L}'’ʼ-]*\s$/u;
const CAPITALIZED_WORD_AFTER = /^\s\p{Lu}/u;
const SENTENCE_START_BEFORE = /(?:^|[.?!]["”’]?\s|\n)$/;
/** How far around a lone name `addLoneNameMentions` reads for a longer name holding it. */
const NEARBY_CHARS = 40;

class Index implements EntityIndex {
  private readonly list: Entity[] = [];
  private sorted = true;
  /**
   * All mentions, sorted by start, in blocks of 2^MENTION_BLOCK_BITS characters of text: attribution
   * adds mentions all over a long document, and one sorted array would shift on every insertion.
   */
  private readonly mentionBlocks: (Mention[] | undefined)[] = [];
  /** The entity of each mention in `mentionBlocks`, at the same place. */
  private readonly entityBlocks: Entity[][] = [];
  /** Names and aliases, lowercased; `byExactName` spares the lowercasing for names written alike. */
  private readonly byName = new Map<string, Entity>();
  /**
   * A bit per `endsShape` of the keys of `byName`: `find` lowercases a name only if some key ends as its lowercase would.
   * 512 bits: a typed array of at most 64 bytes is made on the heap, a longer one costs a separate buffer.
   */
  private readonly lowercaseEnds = new Int32Array(16);
  private readonly byExactName = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly courtesyGenders = new Map<Entity, Gender>();
  /**
   * The types (TYPE_BITS) whose ids hold each slug, to make a new id unique without building it: one Map. No two
   * entities share a lowercase name, so none share a slug while every name is plain (`plainSlug`): until
   * the first other one, there is no Map to ask.
   */
  private takenSlugs: Map<string, number> | null = null;
  /**
   * Entities whose name, as a surface, would add an alias of its own (other whitespace than single spaces, a leading "The ").
   * Most texts have none: made on the first, so that each plain mention asks no Set.
   */
  private unplainNames: Set<Entity> | null = null;
  /**
   * People by first name, and other entities by their initials ("DNC" for the Democratic National Committee):
   * only a one-word name that is nobody's surname asks, so the entities named in several words wait, in order
   * of creation, until one does; the Maps are made then.
   */
  private byFirstName: Map<string, Entity[]> | null = null;
  /** People by the capitalized words between their first and last: "Tan" of "Jeremy Tan Wei Ming". */
  private readonly byMiddleName = new Map<string, Entity[]>();
  private byAcronym: Map<string, Entity> | null = null;
  private readonly unindexedPeople: Entity[] = [];
  private readonly unindexedOthers: Entity[] = [];
  /** Organizations named with a trade word ("Veltro Motors"), whose short name waits for `settleTradeNames`. */
  private tradeNames: Entity[] | null = null;
  /** Companies named with a legal form ("Acme Corp."), whose short name a person may turn out to go by. */
  private legalNames: Entity[] | null = null;

  constructor(private readonly text: string) {}

  get entities(): Entity[] {
    if (!this.sorted) {
      // Usually still in order (a new entity's first mention comes last): then a sort would change nothing.
      if (!inFirstMentionOrder(this.list)) sortByFirstMention(this.list);
      this.sorted = true;
    }
    return this.list;
  }

  mentionsIn(start: number, end: number, entities?: Entity[]): Mention[] {
    const result: Mention[] = [];
    if (entities) entities.length = 0;
    const first = start >> MENTION_BLOCK_BITS;
    for (let block = first; block <= (end - 1) >> MENTION_BLOCK_BITS && block < this.mentionBlocks.length; block++) {
      const mentions = this.mentionBlocks[block];
      if (mentions === undefined) continue;
      for (let i = block === first ? firstFrom(mentions, start) : 0; i < mentions.length && mentions[i].start < end; i++) {
        if (mentions[i].end > end) continue;
        result.push(mentions[i]);
        entities?.push(this.entityBlocks[block][i]);
      }
    }
    return result;
  }

  resolveName(span: TextSpan, typeHint?: EntityType): Entity {
    const entities: Entity[] = [];
    const mentions = this.mentionsIn(span.start, span.end, entities);
    for (let i = 0; i < mentions.length; i++) if (mentions[i].start === span.start && mentions[i].end === span.end) return entities[i];
    const name = withDemonymKept(span.text, cleanName(span.text));
    // "Speaker of the House Rep. Paul Ryan": a person named at the end of a chain of titles is the one it names
    // (not at the end of "a spokesman for House Speaker Paul Ryan").
    const named = this.find(name, span.start) ?? this.findBeforeAffiliation(name, span.start);
    // A description ("the company") names only an entity the text has named before it.
    const found = (named !== null && (isUpperAt(name, 0) || named.mentions[0].start < span.start) ? named : null)
      ?? (isTitleChain(span.text) ? closingPerson(mentions, entities, span.end) : null);
    if (found) {
      this.addMention(found, span, 'alias');
      return found;
    }
    const gazetteer = GAZETTEER.get(name);
    const type = typeHint ?? (gazetteer && isNamedKind(gazetteer.kind) ? gazetteer.kind : typeByHeadNoun(name));
    const entity = this.create(gazetteer && gazetteer.kind === type ? gazetteer.name : name, type);
    this.addMention(entity, span, 'name');
    if (type === 'person' && !gazetteer && isLoneName(name)) this.addLoneNameMentions(entity, span.start);
    return entity;
  }

  /**
   * "Kasich has refused to endorse. … “I can't do it,” Kasich said": a lone surname the scanner could not tell from a
   * capitalized word is a person's once a cue makes it one, everywhere else the text writes it alone.
   */
  private addLoneNameMentions(entity: Entity, named: number): void {
    const name = entity.name;
    // A sentence may open with the common word ("Price rises …" beside "Price said") if the text writes it in lower case too.
    const alsoLowercase = this.text.includes(name.toLowerCase());
    for (let at = this.text.indexOf(name); at >= 0; at = this.text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      LONE_NAME_END.lastIndex = end;
      if (at === named || (at > 0 && CHAR_CLASS[this.text.charCodeAt(at - 1)] & WORD_CHAR) || !LONE_NAME_END.test(this.text)) continue;
      // Part of a longer name ("Lucas Kasich", "Kasich Foundation"), or inside a name the text already knows.
      if (CAPITALIZED_WORD_BEFORE.test(this.text.slice(Math.max(0, at - NEARBY_CHARS), at)) || CAPITALIZED_WORD_AFTER.test(this.text.slice(end, end + 2))) continue;
      if (alsoLowercase && SENTENCE_START_BEFORE.test(this.text.slice(Math.max(0, at - 3), at))) continue;
      if (this.mentionsIn(Math.max(0, at - NEARBY_CHARS), end + NEARBY_CHARS).some((mention) => mention.start < end && mention.end > at)) continue;
      this.addMentionAt(entity, at, end, name, 'name');
    }
  }

  createDistinct(span: TextSpan, type: EntityType): Entity {
    // Ids of plain names are made unique only once the taken ones are listed.
    this.takenSlugs ??= this.slugsTakenSoFar();
    const entity = this.create(cleanName(span.text), type);
    this.addMention(entity, span, 'role');
    return entity;
  }

  /** "Ann Lee of the PPP": the entity named before an "of" that says whom the one named belongs to, if the text knows it. */
  private findBeforeAffiliation(name: string, position: number): Entity | null {
    const of = name.indexOf(' of ');
    return of > 0 && (isUpper(name.charAt(of + 4)) || name.startsWith('the ', of + 4)) ? this.find(name.slice(0, of), position) : null;
  }

  addMention(entity: Entity, span: TextSpan, kind: MentionKind): void {
    this.addMentionAt(entity, span.start, span.end, span.text, kind);
  }

  /** `addMention` without a span object. */
  addMentionAt(entity: Entity, start: number, end: number, text: string, kind: MentionKind): void {
    const block = start >> MENTION_BLOCK_BITS;
    while (this.mentionBlocks.length <= block) {
      this.mentionBlocks.push(undefined);
      this.entityBlocks.push([]);
    }
    const mentions = (this.mentionBlocks[block] ??= []);
    const at = insertionPoint(mentions, start);
    // The same mention twice (attribution asking again) shares its start with the first one.
    for (let i = at - 1; i >= 0 && mentions[i].start === start; i--) {
      if (mentions[i].end === end && mentions[i].entityId === entity.id) return;
    }
    for (let i = at; i < mentions.length && mentions[i].start === start; i++) {
      if (mentions[i].end === end && mentions[i].entityId === entity.id) return;
    }
    const mention: Mention = { start, end, text, entityId: entity.id, kind };
    insertAt(mentions, at, mention);
    insertAt(this.entityBlocks[block], at, entity);
    const position = insertionPoint(entity.mentions, start);
    insertAt(entity.mentions, position, mention);
    if (kind === 'alias' || kind === 'name') this.addAlias(entity, text);
    // Only a new first mention can change the order of entities.
    if (position === 0) this.sorted = false;
  }

  addAlias(entity: Entity, surface: string): void {
    // Most surfaces are the entity's name, written plainly: nothing to add, and no need to look through it for spaces.
    if (surface === entity.name && !this.unplainNames?.has(entity)) return;
    const spaced = hasIrregularSpace(surface) ? surface.replace(/\s+/g, ' ') : surface;
    const alias = spaced.startsWith('The ') ? `the ${spaced.slice(4)}` : spaced;
    if (alias === entity.name || entity.aliases.includes(alias)) return;
    entity.aliases.push(alias);
    const name = cleanSingleSpacedName(alias);
    // Long forms ("US President Joe Biden") mostly clean down to the entity's name, remembered when it was made.
    if (name !== entity.name) this.remember(name, entity);
  }

  /** An existing entity that `name` (already cleaned) refers to, by name, alias, surname or first name. */
  find(name: string, at: number): Entity | null {
    return this.namesakeByGeneration(name, at) ?? this.byExactName.get(name) ?? this.findInexact(name, null, lastWord(name), at) ?? this.findWithLowercaseParticle(name, at)
      ?? this.findWithOtherApostrophe(name, at);
  }

  /** "the younger Dolan" after "Dolan said" went to his father: the generation word chooses before the surname's first reading. */
  private namesakeByGeneration(name: string, at: number): Entity | null {
    // ("the elder Dennis Pruett": the namesakes whose names open with the whole name, "Dennis Pruett Sr." and "Jr.")
    const namesakes = this.bySurname.get(name.includes(' ') ? lastWord(name) : name)?.filter((person) => !name.includes(' ') || person.name.startsWith(`${name} `));
    return namesakes !== undefined && namesakes.length > 1 ? this.byGeneration(namesakes, at) : null;
  }

  /** `find`, else a new entity: the lowercased name and the last word serve both. */
  findOrCreate(name: string, at: number, type: EntityType): Entity {
    const named = (type === 'person' ? this.namesakeByGeneration(name, at) : null) ?? this.byExactName.get(name);
    if (named) return named;
    const lowercase = name.toLowerCase();
    const surname = lastWord(name);
    // One word read as a person ("Paris, who …" after "Jeremy Paris") is a namesake's surname before any place's name.
    const namesake = type === 'person' && surname === name ? this.closest(this.bySurname.get(name), at) : null;
    return namesake ?? this.findInexact(name, lowercase, surname, at) ?? this.findWithLowercaseParticle(name, at) ?? this.findWithOtherApostrophe(name, at)
      ?? this.knownBodyOfTheUnitedStates(name, at, type) ?? this.withoutLegalForm(name, surname, type) ?? this.create(name, type, lowercase, surname, true);
  }

  /** "Harwell Chemicals Inc." after a headline's "Harwell Chemicals": the company named before without its legal form. */
  private withoutLegalForm(name: string, legalForm: string, type: EntityType): Entity | null {
    if (type !== 'organization' || !LEGAL_FORMS.has(legalForm)) return null;
    const named = this.byExactName.get(shortName(name));
    return named?.type === 'organization' ? named : null;
  }

  /** "the U.S. Food and Drug Administration": a body the gazetteer knows, named with its country before it. */
  private knownBodyOfTheUnitedStates(name: string, at: number, type: EntityType): Entity | null {
    if (type !== 'organization') return null;
    const rest = name.startsWith('U.S. ') ? name.slice(5) : name.startsWith('US ') ? name.slice(3) : null;
    const known = rest === null ? undefined : GAZETTEER.get(rest);
    return known !== undefined && known.kind === 'organization' && known.name !== name ? this.findOrCreate(known.name, at, type) : null;
  }

  /** "OʼNeill" (U+02BC) for an "O’Neill" or an "O'Neill" named before: the same name, written with another apostrophe. */
  private findWithOtherApostrophe(name: string, at: number): Entity | null {
    // Asked of every name not found otherwise: most have no apostrophe at all.
    if (!ANY_APOSTROPHE.test(name)) return null;
    for (const apostrophe of APOSTROPHES) {
      const written = name.replace(APOSTROPHES_EVERYWHERE, apostrophe);
      const found = written === name ? null : this.byExactName.get(written) ?? this.findInexact(written, null, lastWord(written), at);
      if (found) return found;
    }
    return null;
  }

  /** "Van der Berg said", "Al-Mansouri left": a surname's particle capitalized as a sentence opens is the name's. */
  private findWithLowercaseParticle(name: string, at: number): Entity | null {
    // Asked of every name not found otherwise: the first letter turns most away.
    if (!PARTICLE_INITIALS.includes(name.charAt(0))) return null;
    const space = name.indexOf(' ');
    const hyphen = name.indexOf('-');
    const end = space < 0 ? hyphen : hyphen < 0 ? space : Math.min(space, hyphen);
    if (end < 0 || end > LONGEST_PARTICLE) return null;
    const particle = name.slice(0, end).toLowerCase();
    if (!NAME_PARTICLES.has(particle) && !ARABIC_ARTICLES.includes(particle)) return null;
    const lowered = particle + name.slice(end);
    return this.byExactName.get(lowered) ?? this.findInexact(lowered, null, lastWord(lowered), at);
  }

  /**
   * `findOrCreate` for a surname written with a courtesy title: "Mr. Clinton" is not a Hillary Clinton named before,
   * but her namesake of the title's gender, or else a person named as the text names him, "Mr. Clinton".
   */
  findOrCreateTitled(surname: string, at: number, longForm: string): Entity {
    const found = this.findOrCreate(surname, at, 'person');
    // ("Dear Mrs. Finch," opening a letter: the courtesy title among the words before the name is the one that tells.)
    const title = longForm.split(' ').find((word) => COURTESY_GENDERS.has(word)) ?? longForm.slice(0, longForm.indexOf(' '));
    const gender = COURTESY_GENDERS.get(title);
    // "Gov. Whitcombe" after "Gov. Dale Whitcombe" and his wife, "Dr. Patel" after "Dr. Rina Patel" and her brother
    // "Patel": the namesake the text gave that office or title.
    if (gender === undefined && !surname.includes(' ')) {
      const holders = this.bySurname.get(surname)?.filter((person) => (person.role !== null && person.role.split(' ').includes(title))
        || person.aliases.some((alias) => alias.startsWith(title) && alias.charCodeAt(title.length) === 32));
      return holders?.length === 1 ? holders[0] : found;
    }
    if (gender === undefined) return found;
    // "Bryn Jory … His wife, Tamsin Jory … Mrs Jory said": a namesake whose first name, or the relative's noun that
    // brought them in, has the title's gender.
    if (this.namedGender(found) !== gender) {
      const named = this.bySurname.get(surname)?.filter((person) => this.namedGender(person) === gender && firstMentionStart(person) < at);
      if (named?.length) return this.titledAs(this.closest(named, at)!, gender);
    }
    if (this.genderOf(found) !== otherGender(gender)) return this.titledAs(found, gender);
    // (When only an earlier title told the gender, a namesake must show this one: the first title may have gone astray.)
    const byTitle = genderOfName(found) === undefined;
    // (Only one named before: "Mrs. Penhallow" is not the daughter, Isla Penhallow, whom the text names later.)
    const namesakes = this.bySurname.get(surname)?.filter((person) => (byTitle ? this.genderOf(person) === gender : this.genderOf(person) !== otherGender(gender))
      && firstMentionStart(person) < at);
    return this.titledAs(this.closest(namesakes, at) ?? this.findOrCreate(`${title} ${surname}`, at, 'person'), gender);
  }

  /** The gender of a person's name, else of the courtesy title the text first gave them ("Mr. Brandt"). */
  private genderOf(person: Entity): Gender | undefined {
    return genderOfName(person) ?? this.courtesyGenders.get(person);
  }

  /** Notes the gender of the title the text gives `person`, if it gave none before: "Mrs. Brandt" is not a "Mr. Brandt". */
  private titledAs(person: Entity, gender: Gender): Entity {
    if (!this.courtesyGenders.has(person)) this.courtesyGenders.set(person, gender);
    return person;
  }

  /**
   * `find` for a name not known as written; `surname` is its last word, the name itself if it has one word;
   * `lowercase` the name lowercased, or null to lowercase it only if `byName` may hold it.
   */
  private findInexact(name: string, lowercase: string | null, surname: string, at: number): Entity | null {
    const byLowercase = lowercase === null && !this.mayHoldLowercaseOf(name) ? undefined : this.byName.get(lowercase ?? name.toLowerCase());
    if (byLowercase) return byLowercase;
    const gazetteer = GAZETTEER.get(name);
    const inGazetteer = gazetteer !== undefined && isNamedKind(gazetteer.kind);
    // A canonical name (most gazetteer names asked) has just been asked for lowercased, or known to be absent.
    if (inGazetteer && gazetteer.name !== name) {
      const canonical = this.byName.get(gazetteer.lowercaseName);
      if (canonical) return canonical;
    }
    const oneWord = surname === name;
    const bySurname = this.closest(this.bySurname.get(surname), at);
    if (bySurname && !endsInLinkedObject(bySurname.name, name) && (oneWord || bySurname.name.endsWith(` ${name}`) || sameButSuffix(bySurname.name, name) || sameFirstWord(bySurname.name, name))) return bySurname;
    // "Mohammad Nasir" after "Mohammad Nasir Rahimi": the first two words of the one three-word name that opens with
    // them and ends in a plain surname (not "Sr.", "Miss" or "House").
    if (!oneWord && name.indexOf(' ') === name.lastIndexOf(' ')) {
      const longer = surname === name.slice(0, name.indexOf(' ')) ? this.onlySuffixedNamesake(name, surname) : this.onlyLongerName(name);
      if (longer !== null) return longer;
    }
    if (oneWord) {
      // "Jordan" alone is the country, not Jordan Whitfield; "Whitfield" alone is still him.
      const byFirst = inGazetteer ? undefined : this.firstNames().get(name);
      if (byFirst && byFirst.length === 1) return byFirst[0];
      // ("Kim Min-jae … Kim Seo-yeon … Kim said": of several whose names open with the word, the one named last before.)
      if (byFirst && byFirst.length > 1) return this.closest(byFirst, at);
      const byMiddle = inGazetteer || byFirst ? null : this.byMiddleWord(name);
      if (byMiddle) return byMiddle;
      // Initials are capitals only, or capitals each with its period ("the M.T.A."): a name with any other character is
      // nobody's, and needs no initials made.
      const letters = DOTTED_INITIALS.test(name) ? name.replace(/\./g, '') : name;
      const acronym = isCapitalsOnly(letters) ? this.acronyms().get(letters) : undefined;
      if (acronym) return acronym;
    }
    return null;
  }

  /**
   * "Walter Jr." after "Walter Hewlett Jr." (and his father "Walter Hewlett Sr."): a given name and a generational suffix
   * name the one person of that given name who bears the suffix, else null.
   */
  private onlySuffixedNamesake(name: string, givenName: string): Entity | null {
    const suffix = name.slice(givenName.length);
    const bearers = this.firstNames().get(givenName)?.filter((person) => person.name.endsWith(suffix));
    return bearers?.length === 1 ? bearers[0] : null;
  }

  /** The one person whose three-word name opens with the two words of `name` and ends in a plain surname, else null. */
  private onlyLongerName(name: string): Entity | null {
    const people = this.firstNames().get(name.slice(0, name.indexOf(' ')));
    if (people === undefined) return null;
    let found: Entity | null = null;
    for (const person of people) {
      if (!isSurnameAfter(person.name, name)) continue;
      if (found !== null) return null;
      found = person;
    }
    return found;
  }

  /**
   * The person among namesakes mentioned last before `at` (else the first one); "the elder"/"the younger" first choose
   * by generation, and relatives brought in by another's sentence give way to the others named before.
   */
  private closest(candidates: Entity[] | undefined, at: number): Entity | null {
    if (!candidates || !candidates.length) return null;
    if (candidates.length === 1) return candidates[0];
    const ranked = this.byGeneration(candidates, at);
    if (ranked !== null) return ranked;
    // "Skip Hennessy died Monday. His brother, Frank Hennessy, confirmed … Hennessy became harbor master": a namesake
    // brought in as someone's relative is called by the full name, and the surname alone stays with the others.
    // (Only among those named before: "Her husband, Peter Lind, … Lind said" is Peter, whoever the text names later.
    // And not a relative who opened a sentence as its subject, when the surname speaks: "His father, Robert Lyle, said
    // his son was careful. “…,” Lyle said.")
    const speaks = this.speaksAt(at);
    const main = candidates.filter((candidate) => firstMentionStart(candidate) < at
      && !(this.introducedAsKin(candidate) && !(speaks && this.opensSentenceAsKin(candidate))));
    const among = main.length > 0 ? main : candidates;
    let best = among[0];
    let bestSeen = -1;
    for (const candidate of among) {
      const mentions = candidate.mentions;
      const before = firstFrom(mentions, at) - 1;
      const seen = before >= 0 ? mentions[before].start : -1;
      if (seen > bestSeen) {
        best = candidate;
        bestSeen = seen;
      }
    }
    return best;
  }

  /** Whether the person's first mention follows a relative's noun: "His brother, Frank Hennessy", "whose sister Elena". */
  private introducedAsKin(person: Entity): boolean {
    return this.kinNounBefore(person) !== null;
  }

  /**
   * "the elder Ferris" after "her father, Dale Ferris", "the younger Heaney" after "Her grandson, Kyle Heaney": of the
   * namesakes named before, the one a parent's or a child's noun brought in, else the one of the stated age that fits.
   */
  private byGeneration(candidates: Entity[], at: number): Entity | null {
    const generation = GENERATION_BEFORE.exec(this.text.slice(Math.max(0, at - GENERATION_CHARS), at))?.[1];
    if (generation === undefined) return null;
    const elder = generation !== 'younger';
    // (Full names are read before their mentions are counted: then all namesakes are candidates.)
    const mentioned = candidates.filter((candidate) => firstMentionStart(candidate) < at);
    const named = mentioned.length > 0 ? mentioned : candidates;
    const bySuffix = named.filter((candidate) => (elder ? ELDER_SUFFIX : YOUNGER_SUFFIX).test(candidate.name));
    if (bySuffix.length === 1) return bySuffix[0];
    const byKin = named.filter((candidate) => (elder ? PARENT_NOUNS : CHILD_NOUNS).has(this.kinNounBefore(candidate) ?? ''));
    if (byKin.length === 1) return byKin[0];
    // (Ages decide only between namesakes that both have one.)
    let best: Entity | null = null;
    let bestAge = -1;
    let aged = 0;
    for (const candidate of named) {
      // (A namesake read before any of its mentions were counted has no age to give.)
      const first = candidate.mentions[0];
      const age = first === undefined ? -1 : statedAgeAfter(this.text, first.end);
      if (age < 0) continue;
      aged++;
      if (best === null || (elder ? age > bestAge : age < bestAge)) {
        best = candidate;
        bestAge = age;
      }
    }
    return aged > 1 ? best : null;
  }

  /** Whether the name at `at` is the subject of a speech verb: "Lyle said", "said Lyle". */
  private speaksAt(at: number): boolean {
    return SPEECH_AFTER_NAME.test(this.text.slice(at, at + SPEECH_CHARS)) || SPEECH_BEFORE_NAME.test(this.text.slice(Math.max(0, at - SPEECH_CHARS), at));
  }

  /** Whether the person was brought in as a relative opening a sentence, its subject: "His father, Robert Lyle, said". */
  private opensSentenceAsKin(person: Entity): boolean {
    const first = person.mentions[0];
    return first !== undefined && KIN_OPENING_SENTENCE.test(this.text.slice(Math.max(0, first.start - KIN_OPENING_CHARS), first.start));
  }

  /** The relative's noun right before the person's first mention ("wife" in "His wife, Tamsin Jory"), else null. */
  private kinNounBefore(person: Entity): string | null {
    const first = person.mentions[0];
    if (first === undefined) return null;
    const before = KIN_BEFORE_NAME.exec(this.text.slice(Math.max(0, first.start - KIN_BEFORE_CHARS), first.start));
    return before !== null && KIN_NOUNS.has(before[1]) ? before[1] : null;
  }

  /** The gender the person's first name tells, else the relative's noun that brought them in ("His wife, Tamsin Jory"). */
  private namedGender(person: Entity): Gender | undefined {
    const kin = genderOfName(person) === undefined ? this.kinNounBefore(person) : null;
    return kin === null ? genderOfName(person) : KIN_GENDERS.get(kin);
  }

  /** People by first name; the people it indexes go into `byMiddleName` too. */
  private firstNames(): Map<string, Entity[]> {
    const byFirstName = (this.byFirstName ??= new Map());
    // Emptied only when it holds any: setting an array's length is a call of its own.
    if (this.unindexedPeople.length === 0) return byFirstName;
    for (const person of this.unindexedPeople) {
      // The byline's writer is no "Calvin" of the story ("Their son, Calvin, …" under "Author: Calvin Redd").
      if (person.role === BYLINE_ROLE) continue;
      const words = person.name.split(' ');
      push(byFirstName, words[0], person);
      for (let i = 1; i < words.length - 1; i++) if (isUpper(words[i].charAt(0)) && !words[i].endsWith('.')) push(this.byMiddleName, words[i], person);
    }
    this.unindexedPeople.length = 0;
    return byFirstName;
  }

  /** The one person a name's middle word may stand for ("Mr Tan" for Jeremy Tan Wei Ming, as Singapore writes it). */
  private byMiddleWord(word: string): Entity | null {
    this.firstNames();
    const people = this.byMiddleName.get(word);
    return people !== undefined && people.length === 1 ? people[0] : null;
  }

  private acronyms(): Map<string, Entity> {
    const byAcronym = (this.byAcronym ??= new Map());
    if (this.unindexedOthers.length === 0) return byAcronym;
    for (const entity of this.unindexedOthers) {
      // "CISA" for the U.S. Cybersecurity and Infrastructure Security Agency, "CDOT" for the Chicago Department of
      // Transportation: initials after the country's, and with those of the linking words.
      const national = NATIONAL_PREFIX.exec(entity.name);
      const names = national === null ? [entity.name] : [entity.name, entity.name.slice(national[0].length)];
      for (const name of names) {
        for (const initials of [initialsOf(name), initialsOf(name.replace(LINKING_WORDS, (word) => word.toUpperCase()))]) {
          if (!byAcronym.has(initials)) byAcronym.set(initials, entity);
        }
      }
    }
    this.unindexedOthers.length = 0;
    return byAcronym;
  }

  private remember(name: string, entity: Entity, lowercase?: string): void {
    // Both Maps take a name together, and drop it only together (`forget`): a name known as written has its lowercase
    // known too, which spares lowercasing the names that long forms ("US President Joe Biden") clean down to.
    if (this.byExactName.has(name)) return;
    this.byExactName.set(name, entity);
    const lowercaseName = lowercase ?? name.toLowerCase();
    if (!this.byName.has(lowercaseName)) this.addLowercase(lowercaseName, entity);
  }

  private addLowercase(lowercase: string, entity: Entity): void {
    this.byName.set(lowercase, entity);
    const ends = endsShape(lowercase.charCodeAt(0), lowercase.charCodeAt(lowercase.length - 1));
    this.lowercaseEnds[ends >>> 5] |= 1 << (ends & 31);
  }

  /**
   * False only if `byName` holds no key ending as `name` lowercased would: told without lowercasing it
   * when both its ends are ASCII, as an ASCII character lowercases alone, to one character.
   */
  private mayHoldLowercaseOf(name: string): boolean {
    const first = name.charCodeAt(0);
    const last = name.charCodeAt(name.length - 1);
    // Also true for "", whose ends are NaN.
    if (!(first <= 0x7f && last <= 0x7f)) return true;
    const ends = endsShape(asciiLowercase(first), asciiLowercase(last));
    return (this.lowercaseEnds[ends >>> 5] & (1 << (ends & 31))) !== 0;
  }

  /** `unknown`: `find` has just failed on the name, so neither it nor its lowercase is remembered yet. */
  create(name: string, type: EntityType, lowercase = name.toLowerCase(), surname = lastWord(name), unknown = false): Entity {
    const plainNameSlug = plainSlug(lowercase);
    const base = plainNameSlug ?? slug(name, lowercase);
    const unique = this.takenSlugs === null && plainNameSlug !== null ? base : this.uniqueSlug(base, TYPE_BITS[type]);
    const entity: Entity = { id: `${type}:${unique}`, name, type, aliases: [], role: null, mentions: [] };
    // Without mentions it sorts last, where it is: the order holds until its first mention.
    this.list.push(entity);
    if (unknown) {
      this.byExactName.set(name, entity);
      this.addLowercase(lowercase, entity);
    } else {
      this.remember(name, entity, lowercase);
    }
    // Lowercasing moves no whitespace: a plain lowercase has only single spaces between words.
    if ((plainNameSlug === null && hasIrregularSpace(name)) || name.startsWith('The ')) (this.unplainNames ??= new Set()).add(entity);
    if (surname === name) return entity;
    if (type === 'person') {
      push(this.bySurname, surname, entity);
      const paternal = paternalSurname(name, surname);
      if (paternal !== null) push(this.bySurname, paternal, entity);
      // "al-Assad" is "Assad" alone too.
      const article = ARABIC_ARTICLE_BEFORE.exec(surname);
      if (article !== null) push(this.bySurname, surname.slice(article[0].length), entity);
      this.unindexedPeople.push(entity);
    } else {
      this.unindexedOthers.push(entity);
      // "Acme Corp." is "Acme" too, once named in full (unless a person turns out to go by it: `settleTradeNames`).
      const legal = type === 'organization' && LEGAL_FORMS.has(surname);
      if (legal) {
        this.remember(shortName(name), entity);
        (this.legalNames ??= []).push(entity);
      }
      // "Veltro Motors" (or "Veltro Motors Inc.") may be "Veltro" too, settled once all full names are known (`settleTradeNames`).
      // "St. Aldric Regional Medical Center" is "St. Aldric" too: an institution named for a saint, by the saint's name.
      const saint = type === 'organization' ? SAINT_INSTITUTION.exec(name) : null;
      if (saint !== null) this.remember(saint[1], entity);
      if (type === 'organization' && companyShortName(name) !== null) (this.tradeNames ??= []).push(entity);
    }
    return entity;
  }

  /** "Veltro Motors" is "Veltro" too, unless a person goes by that name ("Koch Industries" and Charles Koch). */
  settleTradeNames(): void {
    for (const entity of this.tradeNames ?? []) {
      const short = companyShortName(entity.name)!;
      if (!this.bySurname.has(short) && !this.byExactName.has(short)) this.remember(short, entity);
    }
    // "Garza Holdings v. United States" … "Miguel Garza" … "Garza said": the surname alone is the person's.
    for (const entity of this.legalNames ?? []) {
      const short = shortName(entity.name);
      if (this.bySurname.has(short) && this.byExactName.get(short) === entity) this.forget(short, entity);
    }
    this.tradeNames = null;
    this.legalNames = null;
  }

  /** Drops a name `remember` gave `entity`. */
  private forget(name: string, entity: Entity): void {
    this.byExactName.delete(name);
    const lowercase = name.toLowerCase();
    if (this.byName.get(lowercase) === entity) this.byName.delete(lowercase);
  }

  /** `base`, or `base` and the first number that no entity of the type has after it. */
  private uniqueSlug(base: string, typeBit: number): string {
    const taken = (this.takenSlugs ??= this.slugsTakenSoFar());
    let unique = base;
    let types = taken.get(unique) ?? 0;
    for (let n = 2; types & typeBit; n++) {
      unique = `${base}-${n}`;
      types = taken.get(unique) ?? 0;
    }
    taken.set(unique, types | typeBit);
    return unique;
  }

  /** The slugs of the entities made while every name was plain: their ids after the type. */
  private slugsTakenSoFar(): Map<string, number> {
    const taken = new Map<string, number>();
    for (const entity of this.list) {
      const unique = entity.id.slice(entity.type.length + 1);
      taken.set(unique, (taken.get(unique) ?? 0) | TYPE_BITS[entity.type]);
    }
    return taken;
  }

  span(start: number, end: number): TextSpan {
    return { start, end, text: this.text.slice(start, end) };
  }
}

const TYPE_BITS: Record<EntityType, number> = { person: 1, organization: 2, place: 4, event: 8, work: 16 };

/**
 * The slug of a plain lowercase name, ASCII letters and digits in words between single spaces: the name with dashes
 * for spaces, so no two plain names share one. Null for any other name.
 */
function plainSlug(lowercase: string): string | null {
  const last = lowercase.length - 1;
  if (last < 0) return null;
  let slugged = '';
  let wordStart = 0;
  for (let i = 0; i <= last; i++) {
    const code = lowercase.charCodeAt(i);
    if (code !== 32) {
      if (!isSlugCode(code)) return null;
    } else if (i === 0 || i === last || lowercase.charCodeAt(i - 1) === 32) {
      return null;
    } else {
      // Built by slices as it goes: `replaceAll` takes several times as long.
      slugged += `${lowercase.slice(wordStart, i)}-`;
      wordStart = i + 1;
    }
  }
  // One word is its own slug, not a copy.
  return wordStart === 0 ? lowercase : slugged + lowercase.slice(wordStart);
}

const COURTESY_GENDERS = new Map<string, Gender>([
  ...['Mr.', 'Mr', 'Sir', 'Lord', 'Father', 'Fr.', 'Fr', 'Msgr.', 'Monsignor'].map((title): [string, Gender] => [title, 'masculine']),
  ...['Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Dame', 'Lady', 'Madam'].map((title): [string, Gender] => [title, 'feminine']),
]);

function otherGender(gender: Gender): Gender {
  return gender === 'feminine' ? 'masculine' : 'feminine';
}

/** The gender a person's name shows by its courtesy title or a first name only given to one gender, if any. */
function genderOfName(entity: Entity): Gender | undefined {
  const space = entity.name.indexOf(' ');
  if (entity.type !== 'person' || space < 0) return undefined;
  const first = entity.name.slice(0, space);
  return COURTESY_GENDERS.get(first) ?? firstNameGender(first);
}

/**
 * A speaker named by a description: "the unsigned opinion" is a work; "the drugmaker", "the agency", "the campaign"
 * and "the government" organizations; others people.
 */
function typeByHeadNoun(name: string): EntityType {
  // A body is told by the head before what qualifies it: "a source close to the campaign" is a person, "a statement
  // from Hollis County Schools" a document.
  const link = QUALIFIER_LINK.exec(name);
  const head = lastWord(link === null ? name : name.slice(0, link.index)).toLowerCase();
  const headIsRole = (wordFacts(head.replace(/s$/, '')) & ROLE_NOUN) !== 0;
  // "One Club for Growth ad": a document's noun may end a name that holds a link; not "authors of the report".
  if (DOCUMENT_NOUNS.has(head) || (DOCUMENT_NOUNS.has(lastWord(name).toLowerCase()) && !headIsRole)) return 'work';
  const body = isOrganizationNoun(head) || GOVERNING_NOUNS.has(head)
    // "the campaign", "the network"; not "Clinton advisers", whose word names firms only when capitalized.
    || (head.length > 1 && wordFacts(withCapital(head)) & ORGANIZATION_WORD && !headIsRole);
  return body ? 'organization' : 'person';
}

/** Where what qualifies a description's head begins: "a source | close to the campaign", "one | of those advisers". */
const QUALIFIER_LINK = / (?:of|for|at|to|in|with|close|from|on) /;
/** Nouns for those who govern, which speak as a body: "the government said". */
const GOVERNING_NOUNS = new Set(['government', 'regime', 'embassy', 'military', 'junta', 'cabinet']);

/** Plural words that end the name of a place: "Washington Heights", "Palm Beach Gardens", "Florida Keys". */
const PLURAL_PLACE_WORDS = new Set(['Counties', 'Heights', 'Gardens', 'Estates', 'Keys', 'Hills', 'Springs', 'Falls', 'Woods', 'Parks', 'Islands', 'Isles', 'Lakes', 'Plains', 'Rapids', 'Acres', 'Meadows', 'Flats', 'Shores', 'Pines', 'Oaks', 'Groves', 'Highlands', 'Lowlands', 'Mountains', 'Rockies']);
/** The longest text between two names of a list: ", and ". */
const LIST_JOINER_LENGTH = ', and '.length;
/** Titles of several people, abbreviated: "Florida Sens. Ana Ruiz and Tom Hale". */
const PLURAL_TITLES = new Set(['Sens', 'Reps', 'Govs', 'Drs', 'Profs', 'Gens']);
/** Words that open the name of a storm or a military operation. */
const EVENT_PREFIXES = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Operation']);
/** Words of geography written before a place's own name. */
const PLACE_PREFIXES = ['River', 'Lake', 'Mount', 'Mt.', 'Cape', 'Fort', 'Port', 'Isle', 'Loch'];
/** Shops, organizations that a text may name for their owners: "Falcone's Deli". */
const SHOP_WORDS = new Set(lexicon.shopWords);
/** Words of geography that no surname is: "Corbin Falls", "Harlan Valley" are places though a first name opens them. */
const UNLIKE_SURNAME_PLACE_WORDS = new Set(['Falls', 'Springs', 'Heights', 'Valley', 'Creek', 'Islands', 'Mountains']);
/** Sides of a place: "Northern Luzon", "West Dayton", "Central Sulawesi". */
const COMPASS_WORDS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower']);
/** The last words of a company's name that say its legal form, which a text drops once it has named it. */
const LEGAL_FORMS = new Set(lexicon.legalForms);

/** Last words of a company's name that say its trade, which a text may drop once it has named it: "Veltro Motors". */
const TRADE_WORDS = new Set(['Motors', 'Airlines', 'Airways', 'Systems', 'Technologies', 'Industries', 'Pharmaceuticals', 'Energy', 'Foods', 'Media', 'Entertainment', 'Communications', 'Enterprises', 'Brands', 'Labs', 'Electronics', 'Software', 'Networks', 'Petroleum', 'Telecom', 'Chemicals', 'Mining', 'Metals', 'Pharma', 'Biotech', 'Stores', 'Robotics', 'Semiconductor', 'Aerospace', 'Plastics', 'Textiles',
  'Logistics', 'Holdings', 'Hotels', 'Resorts', 'Homes', 'Properties', 'Builders', 'Solutions', 'Products', 'Supplies', 'Farms', 'Breweries', 'Shipping',
  'Freight', 'Studios', 'Publishing', 'Pictures', 'Films', 'Buses', 'Trucking', 'Therapeutics', 'Biosciences', 'Diagnostics', 'Genomics', 'Grocers', 'Analytics', 'Mutual',
  'Mobility', 'Cloud', 'Microsystems', 'Payments', 'Wireless', 'Computing', 'Interactive', 'Automotive', 'Devices', 'Partners', 'Advisory', 'Advisors',
  'Advisers', 'Assurance', 'Insurance', 'Midstream', 'Data', 'Audio', 'Capital', 'Bank', 'Air', 'Packaging', 'Electric', 'Poll']);

/** Last words of a sports club's name. */
const CLUB_WORDS = new Set(['FC', 'AFC', 'CF', 'SC', 'United', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'Rangers', 'Hotspur']);

/** Whether a name without its trade words is one word no list knows: "Veltro", not "General" or "American". */
function isDistinctiveShortName(short: string): boolean {
  return !hasWhitespace(short) && (wordFacts(short) & (GAZETTEER_LENGTH_MASK | STOP_WORD | COMMON_WORD | DESCRIPTOR | FIRST_NAME | PLACE_WORD)) === 0;
}

/** A saint's name opening an institution's longer name: "St. Aldric" of "St. Aldric Regional Medical Center". */
const SAINT_INSTITUTION = /^((?:St\.|Saint) [A-Z][\w'’-]+) [A-Z]/;

/**
 * The one distinctive word a company goes by: "Crestline" of "Crestline Logistics Partners" (the name without the trade
 * words it ends in, and a legal form after them), or the first word of a name that ends in a trade or a legal form
 * ("Castellan Property Group", "Lumen Candle Co."); null if none. (A body's word may follow a town's name: "Clarkston
 * Community Center" is no "Clarkston".)
 */
function companyShortName(name: string): string | null {
  const legal = LEGAL_FORMS.has(lastWord(name));
  let short = legal ? shortName(name) : name;
  const trade = TRADE_WORDS.has(lastWord(short));
  for (let space = short.lastIndexOf(' '); space > 0 && TRADE_WORDS.has(short.slice(space + 1)); space = short.lastIndexOf(' ')) short = short.slice(0, space);
  if (trade && isDistinctiveShortName(short)) return short;
  const space = name.indexOf(' ');
  const first = space < 0 ? '' : name.slice(0, space);
  return space > 0 && (legal || trade) && isDistinctiveShortName(first) ? first : null;
}

/**
 * The word after the last space, or the one before a generational suffix ("Martin Abernathy Jr." is "Abernathy"
 * when used alone); the name itself, not a copy, if it has no space.
 */
export function lastWord(name: string): string {
  const space = lastSpaceBefore(name, name.length);
  if (space < 0) return name;
  return space > 0 && isGenerationalSuffixAt(name, space + 1) ? name.slice(lastSpaceBefore(name, space) + 1, space) : name.slice(space + 1);
}

/** Whether name[from…] is a generational suffix, told by its length and first letter before any slice. */
function isGenerationalSuffixAt(name: string, from: number): boolean {
  const first = name.charCodeAt(from);
  return name.length - from <= 3 && (first === 0x4a || first === 0x53 || first === 0x49) && GENERATIONAL_SUFFIXES.has(name.slice(from));
}

/**
 * Whether the description `known` ends in `name` as the object of a link, not as its head: "A senior official at the
 * governor's office" is no "governor's office".
 */
function endsInLinkedObject(known: string, name: string): boolean {
  return DESCRIPTION_OPENING.test(known) && known.endsWith(name) && LINKED_OBJECT_BEFORE.test(known.slice(0, known.length - name.length));
}
const DESCRIPTION_OPENING = /^(?:an?|the|one|another) /i;
const LINKED_OBJECT_BEFORE = /\b(?:at|of|for|in|from|with|to|on|by)(?: the| an?)? $/;

/**
 * Whether one name is the other with a generational suffix: "Ann Lee III" and "Ann Lee". Not "Sr.", which a text
 * writes to tell a father from his namesake son.
 */
function sameButSuffix(known: string, name: string): boolean {
  // ("Donald Trump Jr." after "Donald Trump" is his son: only the name known with its suffix may go without it.)
  const knownBase = withoutSuffix(known);
  return knownBase !== known && withoutSuffix(name) === name && (knownBase === name || knownBase.endsWith(` ${name}`));
}

/** The name without a generational suffix other than "Sr." (the only one starting with S), or the name itself. */
function withoutSuffix(name: string): string {
  const space = lastSpaceBefore(name, name.length);
  return space > 0 && isGenerationalSuffixAt(name, space + 1) && name.charCodeAt(space + 1) !== 0x53 ? name.slice(0, space) : name;
}

/** `name.lastIndexOf(' ', end - 1)` for `end > 0`, read by hand: `lastIndexOf` is a call into the runtime, long for a short name. */
function lastSpaceBefore(name: string, end: number): number {
  let at = end - 1;
  while (at >= 0 && name.charCodeAt(at) !== 32) at--;
  return at;
}

/** Where the entity is first mentioned; after any text when it has no mention. */
export function firstMentionStart(entity: Entity): number {
  return entity.mentions[0]?.start ?? Infinity;
}

/** Stable, as `sort` by `firstMentionStart` would be; by insertion while few, which spares a call per comparison. */
function sortByFirstMention(entities: Entity[]): void {
  if (entities.length > FEW_TO_SORT_BY_INSERTION) {
    entities.sort((a, b) => firstMentionStart(a) - firstMentionStart(b));
    return;
  }
  for (let i = 1; i < entities.length; i++) {
    const entity = entities[i];
    const start = firstMentionStart(entity);
    let at = i;
    for (; at > 0 && firstMentionStart(entities[at - 1]) > start; at--) entities[at] = entities[at - 1];
    entities[at] = entity;
  }
}

const FEW_TO_SORT_BY_INSERTION = 64;

function inFirstMentionOrder(entities: readonly Entity[]): boolean {
  for (let i = 1; i < entities.length; i++) if (firstMentionStart(entities[i]) < firstMentionStart(entities[i - 1])) return false;
  return true;
}

/** "M.T.A.", "C.T.A.": initials written each with a period. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;
/** The country's name or initials opening a national body's name: "U.S. ", "US ". */
const NATIONAL_PREFIX = /^(?:U\.S\.|US|U\.K\.|UK) /;
/** Linking words some initials keep: "of" in "DOT", "and" in "B&O"-style names. */
const LINKING_WORDS = /\b(?:of|and)\b/g;

/** Capital first letters of the space-separated words: "Democratic National Committee" → "DNC". */
function initialsOf(name: string): string {
  let initials = '';
  for (let i = 0; i < name.length; i++) {
    if ((i === 0 || name.charCodeAt(i - 1) === 32) && isUpperAt(name, i)) initials += name[i];
  }
  return initials;
}

/** Every character is one `initialsOf` keeps; true for "", the initials of a name without capitals. */
function isCapitalsOnly(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (!isUpperAt(name, i)) return false;
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const MENTION_BLOCK_BITS = 12;

/** Where a mention starting at `start` goes; mentions mostly arrive in document order, so usually at the end. */
function insertionPoint(mentions: readonly Mention[], start: number): number {
  const count = mentions.length;
  return count === 0 || mentions[count - 1].start <= start ? count : firstFrom(mentions, start);
}

/** Mentions mostly arrive in document order: append without shifting when possible. */
function insertAt<T>(list: T[], at: number, item: T): void {
  if (at === list.length) list.push(item);
  else list.splice(at, 0, item);
}



/** A name as attribution or the text wrote it, without article, possessive, titles and the office they belong to. */
function cleanName(surface: string): string {
  // One word (most names attribution asks about) has no article or title to drop.
  if (!hasWhitespace(surface)) return withoutTheOrPossessive(surface);
  const trimmed = withoutPossessive(surface.trim());
  // Words split at any whitespace and joined by single spaces: each word is then the span between two spaces.
  return withoutTitles(hasIrregularSpace(trimmed) ? trimmed.split(/\s+/).join(' ') : trimmed);
}

/**
 * "French foreign ministry" for "The French foreign ministry", whose `cleanName` is "foreign ministry": a people's
 * word before a description (not a name) says whose it is, and two countries' ministries are two bodies.
 */
function withDemonymKept(surface: string, name: string): string {
  if (name.length === 0 || isUpperAt(name, 0)) return name;
  const words = surface.trim().split(/\s+/);
  const at = words.length - name.split(' ').length - 1;
  return at >= 0 && GAZETTEER.get(words[at])?.kind === 'demonym' ? `${words[at]} ${name}` : name;
}

/** `cleanName` of an alias, whose only whitespace is single spaces: spares looking for other whitespace twice. */
function cleanSingleSpacedName(alias: string): string {
  if (lastSpaceBefore(alias, alias.length) < 0) return withoutTheOrPossessive(alias);
  // A single-spaced name has at most one space at each end.
  const trimmed = alias.charCodeAt(0) === 32 || alias.charCodeAt(alias.length - 1) === 32 ? alias.trim() : alias;
  return withoutTitles(withoutPossessive(trimmed));
}

/** One word without its possessive; "the" alone names nothing. */
function withoutTheOrPossessive(word: string): string {
  const name = withoutPossessive(word);
  return name.length === 3 && isTheAt(name, 0) ? '' : name;
}

/** A single-spaced name without its leading article and the titles before the name proper. */
function withoutTitles(name: string): string {
  let start = startsWithThe(name) ? Math.min(4, name.length) : 0;
  let title = start;
  for (let next = afterTitlePrefix(name, start); next > start; next = afterTitlePrefix(name, start)) {
    title = start;
    start = next;
  }
  if (start > title && (name.startsWith('of ', start) || name.startsWith('for ', start))) {
    // "Minister for Foreign Affairs Penny Wong": the office's portfolio runs up to a first name with a surname after it.
    for (let space = name.indexOf(' ', start), next = name.indexOf(' ', space + 1); next > 0; space = next, next = name.indexOf(' ', space + 1)) {
      if (wordFacts(name.slice(space + 1, next)) & FIRST_NAME) return name.slice(space + 1);
    }
    // "The Bishop of Chester": a title that an "of" follows names the office's holder with it ("of Chester" is no name).
    return name.slice(title);
  }
  return start === 0 ? name : name.slice(start);
}

/** The first word of a single-spaced name is "the", "The" or "THE". */
function startsWithThe(name: string): boolean {
  return (name.length === 3 || name.charCodeAt(3) === 32) && isTheAt(name, 0);
}

/**
 * The three characters at `start` are "the" in any case, read in place rather than sliced and lowercased:
 * only "T"/"t", "H"/"h" and "E"/"e" lowercase to those letters, and OR-ing 0x20 lowercases exactly those.
 */
function isTheAt(name: string, start: number): boolean {
  return (name.charCodeAt(start) | 0x20) === 116 && (name.charCodeAt(start + 1) | 0x20) === 104 && (name.charCodeAt(start + 2) | 0x20) === 101;
}

/**
 * Where the single-spaced `name` goes on after the words at `start` that are a title ("Secretary of State"),
 * or the office holding one ("US" in "US President"), with at least one word after them; `start` if none are.
 * Reads the words in place: a name is sliced only for the gazetteer lookups.
 */
function afterTitlePrefix(name: string, start: number): number {
  const firstEnd = name.indexOf(' ', start);
  if (firstEnd < 0) return start;
  // Most names start with a word no gazetteer entry starts with: nothing to look up.
  const longest = WORD_TABLE.values[WORD_TABLE.idOf(name, start, firstEnd)] & GAZETTEER_LENGTH_MASK;
  for (let length = Math.min(4, longest); length > 0; length--) {
    const end = nthSpace(name, firstEnd, length);
    if (end < 0) continue;
    // A single-spaced name holds no no-break space.
    const entry = GAZETTEER_TABLE.values[GAZETTEER_TABLE.idOf(name, start, end)];
    if (!entry) continue;
    if (entry.kind === 'title' || entry.kind === 'honorific' || entry.kind === 'demonym') return end + 1;
    if (afterTitlePrefix(name, end + 1) > end + 1) return end + 1;
  }
  return start;
}

/** Index of the n-th space, counting the one at `firstSpace` as the first; -1 if there are fewer. */
function nthSpace(name: string, firstSpace: number, n: number): number {
  let space = firstSpace;
  for (let i = 1; i < n && space >= 0; i++) space = name.indexOf(' ', space + 1);
  return space;
}

/**
 * "The House is expected to vote Wednesday": in a text that names the Senate or Congress, "the House" is the House of
 * Representatives even where its full name never comes (elsewhere it may be the Commons, and waits for a full name).
 */
function confirmTheHouse(candidates: Candidate[]): void {
  let congress = false;
  for (let i = 0; i < candidates.length && !congress; i++) congress = !candidates[i].weak && CONGRESS_NAMES.has(candidates[i].name);
  if (!congress) return;
  for (let i = 0; i < candidates.length; i++) if (candidates[i].name === 'House of Representatives') candidates[i].weak = false;
}

const CONGRESS_NAMES = new Set(['Senate', 'Congress']);

export function buildEntityIndex(text: string, header: Header): EntityIndex {
  const scanner = new Scanner(text, header);
  const index = new Index(text);
  // The scanner reports in document order; the author sits in the header, after the title.
  const authors = authorCandidates(header);
  const candidates = scanner.candidates;
  if (authors.length) {
    let at = 0;
    while (at < candidates.length && candidates[at].start <= authors[0].start) at++;
    candidates.splice(at, 0, ...authors);
  }
  // Loops over the candidates by index: a long text may run them before V8 optimizes this function, and an
  // unoptimized for-of makes an iterator result per candidate.
  if (anyTentative(candidates)) {
    const usedAlone = new Set<string>();
    // (So is one after a title or Mr./Ms.: "Ms. Ebbington".)
    for (let i = 0; i < candidates.length; i++) if (standsAlone(candidates[i])) usedAlone.add(candidates[i].name);
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i];
      if (candidate.tentative && !usedAlone.has(lastWord(candidate.name))) candidate.weak = true;
    }
  }
  confirmTheHouse(candidates);
  const titleEnd = header.titleSpan?.end ?? 0;
  unconfirmHeadlineTitledWords(candidates, titleEnd);
  const datelines = findDatelines(text, header.bodyStart);
  if (datelines.length) placeDatelineCities(candidates, datelines);
  // Full names first, so that "Trump" early in the text still finds "Donald Trump" later.
  const resolved: (Entity | undefined)[] = new Array(candidates.length);
  let headlineNames: number[] | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    if (candidate.weak || candidate.type === 'single' || candidate.type === 'town' || (candidate.type === 'person' && lastSpaceBefore(candidate.name, candidate.name.length) < 0)) continue;
    // A headline's name without a first name waits for the body, which may give its last word a person of its own.
    if (candidate.tentative && candidate.start < titleEnd) (headlineNames ??= []).push(i);
    else {
      const defined = i > 0 ? definedAcronymOf(text, candidate, candidates[i - 1], resolved[i - 1]) : undefined;
      // Known by the acronym from here on.
      if (defined) index.addAlias(defined, candidate.name);
      resolved[i] = defined ?? index.findOrCreate(candidate.name, candidate.start, candidate.type);
      // The byline's writer is known as such before any first name is looked up.
      if (candidate.role === BYLINE_ROLE) resolved[i]!.role ??= BYLINE_ROLE;
    }
  }
  if (headlineNames !== null) for (const i of headlineNames) resolved[i] = resolveHeadlineName(index, candidates[i]);
  index.settleTradeNames();
  // Towns before the words alone, so that "Westbrook" before "in Westbrook" is the town too.
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    if (candidate.type === 'town' && !index.find(candidate.name, candidate.start)) index.findOrCreate(candidate.name, candidate.start, 'place');
  }
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    const type = candidate.type === 'single' || candidate.type === 'town' || (candidate.weak && !candidate.honorific) ? null : candidate.type;
    const entity = resolved[i] ?? (type === 'person' && candidate.longForm !== null ? index.findOrCreateTitled(candidate.name, candidate.start, candidate.longForm)
      : type ? index.findOrCreate(candidate.name, candidate.start, type) : index.find(candidate.name, candidate.start));
    if (!entity) continue;
    // Slicing costs less than comparing the name with the text character by character.
    const surface = candidate.written ? candidate.name : text.slice(candidate.start, candidate.end);
    // A surface that is the entity's name keeps the name's string: one string for every such mention in the result.
    const named = surface === entity.name;
    index.addMentionAt(entity, candidate.start, candidate.end, named ? entity.name : surface, named ? 'name' : 'alias');
    if (candidate.longForm) index.addAlias(entity, candidate.longForm);
    // A role belongs to a person ("EU Member States" gives none to the United States).
    if (entity.type === 'person') entity.role ??= candidate.role;
    if (candidate.rolePhrase) {
      index.addMention(entity, candidate.rolePhrase, 'role');
      index.addAlias(entity, candidate.rolePhrase.text);
    }
  }
  resolveRoleReferences(index, candidates, scanner.roleReferences);
  resolveHeadReferences(index, text);
  for (const dateline of datelines) addDateline(index, dateline);
  for (const title of titledWorks(text, scanner.titleMarks)) index.addMention(index.findOrCreate(title.text, title.start, 'work'), title, 'name');
  return index;
}

/** Words that tell children apart by age: "The elder, Claire,". */
const BIRTH_ORDERS = new Set(['elder', 'eldest', 'older', 'oldest', 'younger', 'youngest']);

/** What stands between a first name and its nickname, and between the nickname and the surname: ` "Gus" `. */
const NICKNAME_OPENINGS = new Set([' "', ' “', " '", ' ‘']);
const NICKNAME_CLOSINGS = new Set(['" ', '” ', "' ", '’ ']);

/** Marks that close a name set off by a comma: ", Carol," ", Lúcia." */
const CLOSING_MARKS = new Set([0x2c, 0x2e, 0x3b, 0x3a]);

/** Endings of English place names: "Westbrook", "Lynchburg", "Scranton", "Greenville", "Hereford". */
const TOWN_ENDING = /(?:ville|ton|burg|burgh|bury|borough|boro|field|ford|wood|brook|port|mouth|land|dale|haven|stead|wich|wick|shire|chester|cester|minster|worth|view)$/;

function hasTownEnding(word: string): boolean {
  return word.length > 5 && TOWN_ENDING.test(word);
}

/**
 * "Underdog Halvorsen stuns top seed": a headline's word before the surname of a person the body names in full
 * ("Ingrid Halvorsen") describes that person; the mention is the surname alone. (Only a person is tentative.)
 */
function resolveHeadlineName(index: Index, candidate: Candidate): Entity {
  const named = index.find(candidate.name, candidate.start);
  if (named !== null && named.name === candidate.name) return named;
  const surname = lastWord(candidate.name);
  const bearer = index.find(surname, candidate.start);
  if (bearer === null || bearer.type !== 'person' || lastWord(bearer.name) !== surname) return index.findOrCreate(candidate.name, candidate.start, 'person');
  candidate.name = surname;
  candidate.start = candidate.end - surname.length;
  return bearer;
}

/**
 * "Mayor Halvorsen Resigns", "Jury Finds Former Mayor Guilty": a headline's words after a title run on into its verb.
 * Its last words that no name in the body holds are cut off; a name left without its surname there, or with another
 * word neither there nor a first name, only joins an entity found elsewhere.
 */
function unconfirmHeadlineTitledWords(candidates: Candidate[], titleEnd: number): void {
  let bodyWords: Set<string> | null = null;
  for (let i = 0; i < candidates.length && candidates[i].start < titleEnd; i++) {
    const candidate = candidates[i];
    if (candidate.type !== 'person' || !candidate.weak || !candidate.honorific || !candidate.written) continue;
    bodyWords ??= new Set(candidates.filter((other) => other.start >= titleEnd).flatMap((other) => other.name.split(' ')));
    let name = candidate.name;
    for (let space = name.lastIndexOf(' '); space > 0 && !bodyWords.has(name.slice(space + 1)); space = name.lastIndexOf(' ')) name = name.slice(0, space);
    const confirmed = (word: string) => bodyWords!.has(word) || (wordFacts(word) & FIRST_NAME) !== 0;
    if (!bodyWords.has(lastWord(name)) || !name.split(' ').every(confirmed)) candidate.type = 'single';
    candidate.name = name;
    candidate.end = candidate.start + name.length;
  }
}

/** A surname (or any one word) written alone, which confirms a name of two unknown words that ends in it. */
function standsAlone(candidate: Candidate): boolean {
  return candidate.type === 'single' || candidate.type === 'town' || (candidate.type === 'person' && !candidate.name.includes(' '));
}

/**
 * "the Ohio Bureau of Criminal Investigation (BCI)": capitals in parentheses right after a name, which its initials
 * spell in order (any capitals after an organization's), are that name's acronym (even one the gazetteer gives another
 * body); `named` is the name's entity.
 */
function definedAcronymOf(text: string, acronym: Candidate, name: Candidate, named: Entity | undefined): Entity | undefined {
  if (named === undefined || name.type === 'person' || text.charCodeAt(acronym.start - 1) !== 0x28 || text.charCodeAt(acronym.end) !== 0x29) return undefined;
  if (name.end !== acronym.start - 2 || text.charCodeAt(name.end) !== 32) return undefined;
  const surface = text.slice(acronym.start, acronym.end);
  const initials = initialsOf(named.name);
  // An organization's acronym may come from its name in another language ("National Human Rights Commission (CNDH)").
  // Most of its letters are still the name's initials; not after a piece of a longer name: "General Confederation of
  // Labour (CGT)" is no acronym of "Labour", and "The Press Union (PTI)" credits a wire.
  const foreign = named.type === 'organization' && surface.length <= MAX_ACRONYM_LENGTH && 2 * sharedLetters(surface, initials) >= surface.length
    && !NAME_LINK_BEFORE.test(text.slice(Math.max(0, name.start - 5), name.start));
  if (!isCapitalsOnly(surface) || !(foreign || isSubsequence(surface, initials) || sameLettersInAnyOrder(surface, initials))) return undefined;
  acronym.name = surface;
  return named;
}

const NAME_LINK_BEFORE = /(?:\bof|\bfor|\band|&) $/;

/** How many letters of `acronym` the initials hold, each initial counted once. */
function sharedLetters(acronym: string, initials: string): number {
  let left = initials;
  let shared = 0;
  for (const letter of acronym) {
    const at = left.indexOf(letter);
    if (at < 0) continue;
    shared++;
    left = left.slice(0, at) + left.slice(at + 1);
  }
  return shared;
}

/** "the National Electoral Council (CNE)": the acronym of the name in its own language has the same initials in another order. */
function sameLettersInAnyOrder(acronym: string, initials: string): boolean {
  const sorted = (letters: string) => [...letters].sort().join('');
  return acronym.length >= 3 && acronym.length === initials.length && sorted(acronym) === sorted(initials);
}

/** Whether the letters of `part` stand in `whole` in the same order. */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (let i = 0; i < whole.length && at < part.length; i++) if (whole[i] === part[at]) at++;
  return at === part.length;
}

/** Whether `name` is `start` and one more word, a surname no list holds as anything else. */
function isSurnameAfter(name: string, start: string): boolean {
  if (!name.startsWith(`${start} `)) return false;
  const last = name.slice(start.length + 1);
  const kind = GAZETTEER.get(last)?.kind;
  return !last.includes(' ') && !GENERATIONAL_SUFFIXES.has(last) && kind !== 'title' && kind !== 'honorific'
    && (wordFacts(last) & (COMMON_WORD | INSTITUTION_WORD | PLACE_WORD | ADDRESS_PLACE_WORD)) === 0;
}

/**
 * "John Q. Smith" and "John Smith", "Margaret Adebisi Oyelaran" and "Margaret Oyelaran": one of the names is the other's
 * first and last words alone (not "George H.W. Bush" and "George W. Bush", nor "Donald Trump Jr." and "Donald Trump").
 */
function sameFirstWord(a: string, b: string): boolean {
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  const space = shorter.indexOf(' ');
  if (space <= 0 || space !== shorter.lastIndexOf(' ') || !isUpper(shorter.charAt(0))) return false;
  return longer.startsWith(shorter.slice(0, space + 1)) && longer.endsWith(shorter.slice(space));
}

/** The role an appositive gives, without its article or age; none from a relation ("Her rival, Ann Lee"). */
function roleOfAppositive(appositive: TextSpan | null): string | null {
  if (appositive === null || RELATIONS.has(lastWord(appositive.text))) return null;
  return withoutAge(appositive.text.slice(articleLength(appositive.text)));
}

/** "34-year-old pharmacist" → "pharmacist", "then chief selector" → "chief selector": an age or a time describes the person, not the role. */
function withoutAge(role: string): string {
  const age = AGE_BEFORE_ROLE.exec(role);
  return age ? role.slice(age[0].length) : role;
}
const AGE_BEFORE_ROLE = /^(?:\d+-year-old|then) /;

/** `some` without a closure, once per text. */
function anyTentative(candidates: readonly Candidate[]): boolean {
  for (let i = 0; i < candidates.length; i++) if (candidates[i].tentative) return true;
  return false;
}

function authorCandidates(header: Header): Candidate[] {
  if (!header.author || !header.authorSpan) return [];
  const result: Candidate[] = [];
  const value = header.author;
  // Read by hand as `/[^,&]+?(?=\s*(?:,|&|\band\b|$))/y` then `/\s*(?:,|&|and\b)\s*/y` would: the lazy run tries
  // its lookahead at every character, which cost more than the rest of reading the byline.
  let offset = 0;
  while (offset < value.length) {
    const partEnd = authorPartEnd(value, offset);
    if (partEnd < 0) break;
    const part = value.slice(offset, partEnd);
    const leading = part.length - part.trimStart().length;
    const trimmed = part.trim();
    // `/^By /i`: only ASCII letters match "b" and "y" regardless of case. A copied page may lose the space: "byAnn Lee".
    const opensWithBy = (trimmed.charCodeAt(0) | 0x20) === 0x62 && (trimmed.charCodeAt(1) | 0x20) === 0x79;
    let from = opensWithBy && trimmed.charCodeAt(2) === 32 ? 3 : opensWithBy && isUpper(trimmed.charAt(2)) ? 2 : 0;
    // "Richard Wolf, and David Jackson".
    if (trimmed.startsWith('and ', from)) from += 4;
    const name = bylineName(trimmed.slice(from));
    const start = header.authorSpan.start + offset + leading + from;
    // "Staff and agencies": a part in lowercase is a source, not a name.
    if (name && !isLowerAsciiCode(name.charCodeAt(0))) {
      const gazetteer = GAZETTEER.get(name) ?? (mayLowercaseInto(LOWERCASE_ORGANIZATION_SHAPES, name, 0) ? GAZETTEER_BY_LOWERCASE.get(name.toLowerCase()) : undefined);
      // "Acmetron Press Office", "Wire Desk": a byline ending in an organization word is a newsroom or an office.
      const head = lastWord(name);
      const type = gazetteer?.kind === 'organization' || wordFacts(head) & ORGANIZATION_WORD || NEWSROOM_WORDS.has(head) ? 'organization' : 'person';
      // "Courts Reporter", "Staff Writer": a byline that is a job, not a name, names no one.
      if (type === 'organization' || gazetteer || !namesNoOne(name)) {
        // "AMY CHOZICK" is Amy Chozick: a byline in capitals is a name written as a headline is.
        const canonical = gazetteer && type === 'organization' ? gazetteer.name : type === 'person' && isAllCapitals(name) ? titleCased(name) : name;
        result.push({
          type, name: canonical, start, end: start + name.length, written: false,
          longForm: null, role: type === 'person' ? BYLINE_ROLE : null, roleKeys: [], rolePhrase: null, weak: false, honorific: true, tentative: false,
        });
      }
    }
    offset = afterAuthorSeparator(value, partEnd);
    if (offset < 0) break;
  }
  return result;
}

/** End of the shortest run from `offset` without "," or "&" that a separator or the end follows; -1 if none starts there. */
function authorPartEnd(value: string, offset: number): number {
  if (isAuthorListMark(value.charCodeAt(offset))) return -1;
  let end = offset + 1;
  while (end < value.length && !isAuthorListMark(value.charCodeAt(end)) && !separatorFollows(value, end)) end++;
  return end;
}

/** `(?=\s*(?:,|&|\band\b|$))` at `at`: only the longest run of whitespace can be followed by any of them. */
function separatorFollows(value: string, at: number): boolean {
  let next = at;
  while (next < value.length && isWhitespaceCode(value.charCodeAt(next))) next++;
  return next === value.length || isAuthorListMark(value.charCodeAt(next)) || (isWordAnd(value, next) && (next === 0 || !isRegexWordCode(value.charCodeAt(next - 1))));
}

/** Where the text goes on after `\s*(?:,|&|and\b)\s*` at `at`; -1 if no separator is there. */
function afterAuthorSeparator(value: string, at: number): number {
  let next = at;
  while (next < value.length && isWhitespaceCode(value.charCodeAt(next))) next++;
  // Every byline ends here: a read past its end would undo the optimized code (V8 deoptimizes on it).
  if (next === value.length) return -1;
  if (isAuthorListMark(value.charCodeAt(next))) next++;
  else if (isWordAnd(value, next)) next += 3;
  else return -1;
  while (next < value.length && isWhitespaceCode(value.charCodeAt(next))) next++;
  return next;
}

function isAuthorListMark(code: number): boolean {
  return code === 0x2c || code === 0x26;
}

/** "and" at `at`, ending a word (`and\b`). */
function isWordAnd(value: string, at: number): boolean {
  // The first letter alone turns away most places: the byline asks at each of its characters.
  return value.charCodeAt(at) === 0x61 && value.startsWith('and', at) && (at + 3 === value.length || !isRegexWordCode(value.charCodeAt(at + 3)));
}

/** "The head of NATO" → the person introduced as "the head of the Alliance" or "NATO Secretary General". */
function resolveRoleReferences(index: Index, candidates: Candidate[], references: RoleReference[]): void {
  // Most texts name no role without its holder: then the people's role keys answer nothing.
  if (!references.length) return;
  const byKey = new Map<string, Set<Entity>>();
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    if (candidate.type !== 'person' || !candidate.roleKeys.length) continue;
    const entity = index.find(candidate.name, candidate.start);
    if (!entity) continue;
    for (const key of candidate.roleKeys) {
      const set = byKey.get(key) ?? new Set<Entity>();
      set.add(entity);
      byKey.set(key, set);
    }
  }
  for (const reference of references) {
    const people = byKey.get(reference.key);
    if (people && people.size === 1) {
      const [person] = people;
      index.addMention(person, index.span(reference.start, reference.end), 'role');
    }
  }
}

/** "the alliance", "the port authority": the only organization named earlier with that head noun. */
function resolveHeadReferences(index: Index, text: string): void {
  // Heads in order of first use, each with the one organization it names (null: two share it); arrays, as there are few.
  const heads: string[] = [];
  const owners: (Entity | null)[] = [];
  /** Whether the head is a word of its owner's name, which outranks a noun that only introduced another body or a trade's. */
  const inName: boolean[] = [];
  const note = (head: string, entity: Entity, ofName: boolean) => noteHead(heads, owners, inName, head, entity, ofName);
  for (const entity of index.entities) {
    if (entity.type !== 'organization') continue;
    const name = entity.name;
    // "The national water agency, Aquanor, said": the noun that introduced the name stands for it too.
    const introducedAs = appositiveHeadBefore(text, entity.mentions[0].start) ?? nounHeadBefore(text, entity.mentions[0].start);
    if (introducedAs !== null) note(introducedAs, entity, false);
    // A one-word name has no head noun after another word.
    const space = lastSpaceBefore(name, name.length);
    if (space < 0) continue;
    // "Applewood Inc." … "the company", "Veltro Motors" … "the carmaker"? Only "the company" and "the firm" are sure.
    const legalOrTrade = name.slice(space + 1);
    if (LEGAL_FORMS.has(legalOrTrade) || TRADE_WORDS.has(legalOrTrade)) {
      note('company', entity, false);
      note('firm', entity, false);
    }
    // "Harlow United" … "the club".
    if (CLUB_WORDS.has(legalOrTrade)) note('club', entity, false);
    // Lowercasing reads no context across a space (not even a final sigma's), so the last words are lowercased
    // alone, and the last two only for a head noun: most names end in none, and most in a word without its shape.
    if (!mayLowercaseInto(HEAD_SHAPES, name, space + 1)) continue;
    const headNoun = name.slice(space + 1).toLowerCase();
    if (!BACK_REFERENCE_HEADS.has(headNoun)) continue;
    // A space at 0 would only note the same head again.
    const previousSpace = space > 0 ? lastSpaceBefore(name, space) : -1;
    note(headNoun, entity, true);
    if (previousSpace >= 0) note(name.slice(previousSpace + 1).toLowerCase(), entity, true);
  }
  let afterThe: number[] | null = null;
  for (let i = 0; i < heads.length; i++) {
    const entity = owners[i];
    if (entity === null) continue;
    const head = heads[i];
    // Only after its name: "the alliance" before the alliance is named may be another one.
    const from = entity.mentions[0].end;
    if (from < 4 || overlapsItself(head)) {
      addHeadReferencesBySearch(index, text, entity, head, from);
      continue;
    }
    // A head that cannot overlap itself is found wherever it is: at the few places after "the " or "The ", listed
    // once for all heads, rather than by searching the whole text for each head.
    afterThe ??= placesAfterThe(text);
    // "the Commission" is written with a capital too.
    const lowerFirst = head.charCodeAt(0);
    const tail = head.slice(1);
    // In a long text, most places lie before the organization's name: skipped by a binary search.
    for (let place = firstFrom(afterThe, from); place < afterThe.length; place++) {
      const at = afterThe[place];
      // The first character turns most places away without a call.
      const first = text.charCodeAt(at);
      if ((first !== lowerFirst && first !== lowerFirst - 32) || !text.startsWith(tail, at + 1)) continue;
      const end = at + head.length;
      if (CHAR_CLASS[text.charCodeAt(at - 5)] & WORD_CHAR || CHAR_CLASS[text.charCodeAt(end)] & WORD_CHAR) continue;
      // A capitalized one may be a name of its own already ("the Alliance" for NATO).
      if (first !== lowerFirst && index.mentionsIn(at - 4, end).length > 0) continue;
      index.addMention(entity, index.span(at - 4, end), 'alias');
    }
  }
}

/** Whether `name` from `start` on may lowercase to a word of `shapes`: if in ASCII, only with one's `shapeOf`. */
function mayLowercaseInto(shapes: Set<number>, name: string, start: number): boolean {
  for (let i = start; i < name.length; i++) if (name.charCodeAt(i) > 0x7f) return true;
  return shapes.has(shapeOf(name.length - start, asciiLowercase(name.charCodeAt(start)), asciiLowercase(name.charCodeAt(name.length - 1))));
}

/** The first and last characters of a name, folded into 9 bits. */
function endsShape(firstCode: number, lastCode: number): number {
  return ((firstCode & 31) << 4) | (lastCode & 15);
}

function asciiLowercase(code: number): number {
  return code >= 65 && code <= 90 ? code | 0x20 : code;
}

const HEAD_SHAPES = shapesOf(BACK_REFERENCE_HEADS.keys());
const LOWERCASE_ORGANIZATION_SHAPES = shapesOf(GAZETTEER_BY_LOWERCASE.keys());

function shapesOf(lowercaseNames: Iterable<string>): Set<number> {
  return new Set([...lowercaseNames].map((name) => shapeOf(name.length, name.charCodeAt(0), name.charCodeAt(name.length - 1))));
}

/** `resolveHeadReferences` for one head, by searching it after `from`, as each non-overlapping match in turn. */
function addHeadReferencesBySearch(index: Index, text: string, entity: Entity, head: string, from: number): void {
  // Every match follows "the " or "The ": most texts have no "he alliance" at all, found by one longer search.
  if (text.indexOf(`he ${head}`, Math.max(0, from - 3)) < 0) return;
  for (let at = text.indexOf(head, from); at >= 0; at = text.indexOf(head, at + head.length)) {
    const start = at - 4;
    const end = at + head.length;
    if (!text.startsWith('the ', start) && !text.startsWith('The ', start)) continue;
    if ((start > 0 && CHAR_CLASS[text.charCodeAt(start - 1)] & WORD_CHAR) || CHAR_CLASS[text.charCodeAt(end)] & WORD_CHAR) continue;
    index.addMention(entity, index.span(start, end), 'alias');
  }
}

/** Where the text goes on after each "the " or "The ", in order. */
function placesAfterThe(text: string): number[] {
  const places: number[] = [];
  for (let at = text.indexOf('he '); at >= 0; at = text.indexOf('he ', at + 3)) {
    // Only "T" and "t" give 0x74 once 0x20 is set.
    if (at > 0 && (text.charCodeAt(at - 1) | 0x20) === 0x74) places.push(at + 3);
  }
  return places;
}

/** Whether a proper prefix of `head` is also its suffix, so that two occurrences can overlap ("union" cannot). */
function overlapsItself(head: string): boolean {
  const first = head.charCodeAt(0);
  for (let length = 1; length < head.length; length++) {
    if (head.charCodeAt(head.length - length) === first && head.endsWith(head.slice(0, length))) return true;
  }
  return false;
}

/** The organization noun set off by a comma right before `start` ("the water agency, " → "agency"), else null. */
function appositiveHeadBefore(text: string, start: number): string | null {
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 44) return null;
  const end = start - 2;
  const word = text.slice(wordStartBefore(text, end), end);
  return isOrganizationNoun(word) ? word : null;
}

/** The organization noun right before `start` ("the charity Dementia Action" → "charity"), else null. */
function nounHeadBefore(text: string, start: number): string | null {
  if (text.charCodeAt(start - 1) !== 32) return null;
  const end = start - 1;
  const word = text.slice(wordStartBefore(text, end), end);
  return isOrganizationNoun(word) ? word : null;
}

/** "company", "group", and the heads that stand for a body named before: "the agency", "the federation". */
function isOrganizationNoun(word: string): boolean {
  return (wordFacts(word) & ORGANIZATION_NOUN) !== 0 || BACK_REFERENCE_HEADS.has(word);
}

/**
 * "Tomás Echeverría Lugo" is "Echeverría" alone, "Ismael Nieves del Toro" "Nieves": a Spanish or Portuguese name gives
 * the father's surname before the mother's, and the text uses it alone. Null when the word before the last surname
 * is a given name ("Carmen Iris Vázquez"), an initial, or the first word.
 */
function paternalSurname(name: string, surname: string): string | null {
  // "The Rachel Maddow Show" taken for a person has no surnames.
  if (wordFacts(surname) & (INSTITUTION_WORD | COMMON_WORD)) return null;
  const words = name.split(' ');
  let at = words.lastIndexOf(surname) - 1;
  while (at > 0 && NAME_PARTICLES.has(words[at])) at--;
  if (at < 1) return null;
  const word = words[at];
  return word.length > 2 && !word.endsWith('.') && isUpper(word[0]) && !(wordFacts(word) & (FIRST_NAME | COMMON_WORD)) ? word : null;
}

/**
 * Two organizations with the same head leave "the committee" ambiguous, unless it is a word of only one's name:
 * "the district" is the Millbrook School District, not "the district, Tri-Valley Services" that it hired.
 */
function noteHead(heads: string[], owners: (Entity | null)[], inName: boolean[], head: string, entity: Entity, ofName: boolean): void {
  const at = heads.indexOf(head);
  if (at < 0) {
    heads.push(head);
    owners.push(entity);
    inName.push(ofName);
  } else if (owners[at] === entity || (ofName && !inName[at])) {
    owners[at] = entity;
    inName[at] ||= ofName;
  } else if (ofName || !inName[at]) {
    owners[at] = null;
  }
}

/** The states of the United States, by their names. */
const US_STATES: ReadonlySet<string> = new Set(places.usStates);
/** How many children a parent set off by a name has: "a father of four, Mahmoud,", "of 12". */
function isSmallCount(word: string): boolean {
  return SMALL_NUMBER_WORDS.has(word) || /^\d{1,2}$/.test(word);
}
/** Endings of words for where someone is from: "Kentuckian", "Vermonter", "Taiwanese", "Israelite". */
const DEMONYM_ENDING = /(?:an|er|ese|ite)$/;
const TITLE_MARKS = new Map([['"', '"'], ['“', '”'], ['«', '»']]);
const MAX_TITLE_LENGTH = 120;

/**
 * A wire dateline opening a paragraph: the city in capitals (or "NEAR" it), then its region or country, a date, and the
 * agency in brackets before the dash ("KYIV, Ukraine (Reuters) —", "DOVER, Del. —", "TOLEDO, Ohio, March 4 (UPI) –",
 * "RICHMOND --").
 */
const DATELINE = /(?:NEAR |OUTSIDE )?(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+)*)(?:, (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*))?(?:, \p{Lu}\p{Ll}+\.? \d{1,2})?(?: \((\p{Lu}[\w.&’' -]*)\))?(?: (?:[—–-]|--) |: )/uy;

interface Dateline {
  /** The city as a name is written ("Port Vellan"), or the country a known capital stands for, and where its capitals stand. */
  city: string;
  cityStart: number;
  cityEnd: number;
  region: TextSpan | null;
  agency: TextSpan | null;
}

/** The datelines that open paragraphs: each line start is read once, and most fail on their first two letters. */
function findDatelines(text: string, from: number): Dateline[] {
  const datelines: Dateline[] = [];
  for (let start = from; start < text.length; ) {
    if (isUpperAt(text, start) && isUpperAt(text, start + 1)) {
      DATELINE.lastIndex = start;
      const match = DATELINE.exec(text);
      const city = match === null ? '' : titleCased(match[1]);
      if (match !== null && isPlaceName(city) && (match[2] === undefined || isPlaceName(match[2]))) {
        const region = match[2] === undefined ? null : partAfter(text, start, match[2]);
        const agency = match[3] === undefined ? null : partAfter(text, region?.end ?? start, match[3]);
        // A capital the gazetteer knows stands for its country, as everywhere else ("Kyiv" for Ukraine), unless the
        // dateline places it elsewhere ("LIMA, Ohio"). "UNITED NATIONS" is the body's seat, no place of its own.
        const known = GAZETTEER.get(city);
        const elsewhere = known !== undefined && region !== null && GAZETTEER.get(region.text)?.name !== known.name;
        // "NEW DELHI: …" as Indian papers write it; a label in capitals before a colon ("PENCE:") is no known place.
        const colon = match[0].endsWith(': ');
        if (known === undefined ? !colon : known.kind === 'place') {
          // "NEAR POKROVSK, Ukraine —": the town a report comes from the outskirts of.
          const cityStart = start + match[0].indexOf(match[1]);
          datelines.push({ city: known !== undefined && !elsewhere ? known.name : city, cityStart, cityEnd: cityStart + match[1].length, region, agency });
        }
      }
    }
    const lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) break;
    start = lineEnd + 1;
  }
  return datelines;
}

function partAfter(text: string, from: number, part: string): TextSpan {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length, text: part };
}

/** One to three words, none of them common: not a headline in capitals ("NOT SO FAST —", "UPDATE —"). */
function isPlaceName(name: string): boolean {
  const words = name.split(' ');
  return words.length <= MAX_DATELINE_WORDS && words.every((word) => !(wordFacts(word) & COMMON_WORD));
}

const MAX_DATELINE_WORDS = 3;

/** A city in capitals is no acronym: the scanner's candidate for it becomes the place, under its written name. */
function placeDatelineCities(candidates: Candidate[], datelines: readonly Dateline[]): void {
  for (const dateline of datelines) {
    const at = firstFrom(candidates, dateline.cityStart);
    const candidate = candidates[at];
    if (candidate === undefined || candidate.start !== dateline.cityStart || candidate.end !== dateline.cityEnd) continue;
    candidate.type = 'place';
    candidate.name = dateline.city;
    candidate.written = false;
    candidate.weak = false;
  }
}

/** The dateline's city, region and agency, as mentions (a city mention its candidate already gave is not added twice). */
function addDateline(index: Index, dateline: Dateline): void {
  const city = index.findOrCreate(dateline.city, dateline.cityStart, 'place');
  index.addMention(city, index.span(dateline.cityStart, dateline.cityEnd), 'alias');
  for (const [part, type] of [[dateline.region, 'place'], [dateline.agency, 'organization']] as const) {
    // An abbreviation the gazetteer does not know ("Wisc.") makes no entity of its own.
    if (part === null || (part.text.endsWith('.') && !GAZETTEER.has(part.text))) continue;
    const entity = index.findOrCreate(part.text, part.start, type);
    index.addMention(entity, part, part.text === entity.name ? 'name' : 'alias');
  }
}

/** "PORT VELLAN" as a name is written: "Port Vellan". */
function titleCased(capitals: string): string {
  return capitals.split(' ').map(titleCasedWord).join(' ');
}

/** "WHAT" as a word opening a sentence is written: "What". */
function titleCasedWord(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/**
 * A byline part's name without what follows it ("EDUARDO PORTER. Email: …", "JACKIE CALMES. Follow … on Twitter"), or
 * '' for a part that names no one: a handle ("@susanpage"), an address, "Special for USA TODAY".
 */
function bylineName(part: string): string {
  const tail = part.search(BYLINE_TAIL);
  const name = tail < 0 ? part : part.slice(0, tail);
  return name.includes('@') || SPECIAL_TO.test(name) ? '' : beforeBylineSentence(name);
}

/**
 * "Brooks Barnes contributed reporting.", "ROBERT FRANK. ROBERT FRANK is an editor": the name that a sentence about it
 * follows (after two words at least, and not at an initial's period: "James B. Stewart").
 */
function beforeBylineSentence(name: string): string {
  // Most bylines are names alone: no lowercase word, no period before a space.
  if (!LOWERCASE_WORD.test(name) && !name.includes('. ')) return name;
  const words = name.split(' ');
  // `start`: where words[i] starts.
  for (let i = 0, start = 0; i < words.length; start += words[i].length + 1, i++) {
    if (i < 2) continue;
    const previous = words[i - 1];
    if (previous.endsWith('.') && previous.length > 2 && !ABBREVIATIONS.has(previous.slice(0, -1).toLowerCase())) return name.slice(0, start - 2);
    if (LOWERCASE_START.test(words[i]) && !NAME_PARTICLES.has(words[i])) return name.slice(0, start - 1);
  }
  return name;
}

/** Whether the name has letters and all of them are capitals ("AMY CHOZICK", "JAMES B. STEWART"). */
function isAllCapitals(name: string): boolean {
  // Most bylines show a lowercase ASCII letter at once; only others are case-converted.
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (isLowerAsciiCode(code)) return false;
    if (code >= 128) return name !== name.toLowerCase() && name === name.toUpperCase();
  }
  return /[A-Z]/.test(name);
}

/**
 * "Courts Reporter", "Staff Writer": a role noun at the end and no first name at the start. "Staff report", "From wire
 * reports": a lowercase word that is no name's particle describes the piece.
 */
function namesNoOne(name: string): boolean {
  const space = name.indexOf(' ');
  // "Staff Report", "Wire Reports": a byline for unsigned copy.
  if (space > 0 && (name.endsWith(' Report') || name.endsWith(' Reports'))) return true;
  if (LOWERCASE_WORD.test(name) && name.split(' ').some((word) => LOWERCASE_START.test(word) && !NAME_PARTICLES.has(word))) return true;
  return (wordFacts(lastWord(name).toLowerCase()) & ROLE_NOUN) !== 0 && (wordFacts(titleCasedWord(space < 0 ? name : name.slice(0, space))) & FIRST_NAME) === 0;
}

/** A company's name without its last word, the legal form or trade: "Acme Corp." → "Acme". */
function shortName(name: string): string {
  return name.slice(0, name.lastIndexOf(' '));
}

/**
 * The length of a title opened by `open` before `start` up to its closing mark on the same line, or -1. Read within the
 * longest title only, in place, so titles that never close cost no more than that.
 */
function titleLength(text: string, start: number, open: number, close: number): number {
  const end = Math.min(text.length, start + MAX_TITLE_LENGTH + 1);
  let reopenSeen = false;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) return -1;
    if (code === close) return at - start;
    // A sloppy “Frozen“ closes with the opening mark, written as a closer is: right after a word, not after a space.
    if (code === open && !reopenSeen) {
      reopenSeen = true;
      if (at > start && !isWhitespaceCode(text.charCodeAt(at - 1))) return at - start;
    }
  }
  return -1;
}

/** "a report titled “Ready for the Next One”", "the film “…”": a quoted title after "titled" or a work's noun names a work. */
function titledWorks(text: string, titleMarks: readonly number[]): TextSpan[] {
  const works: TextSpan[] = [];
  for (const mark of titleMarks) {
    const start = mark + 1;
    const close = TITLE_MARKS.get(text[mark])!;
    if (!isUpperAt(text, start)) continue;
    const length = titleLength(text, start, text.charCodeAt(mark), close.charCodeAt(0));
    if (length < 0) continue;
    let end = start + length;
    // American style puts the sentence's comma or period inside the marks.
    while (text[end - 1] === ',' || text[end - 1] === '.') end--;
    works.push({ start, end, text: text.slice(start, end) });
  }
  return works;
}
