// Decides who said each speech quote: a cue verb next to the quote or in its sentence, its subject
// (a name, pronoun or role noun), and the fallbacks news writing relies on (continuation, passives).
// Works paragraph by paragraph over tokens in which every quote is a single token.
import { CueMatch, cueAt } from './cues';
import { firstMentionStart, lastWord } from './entities';
import { AttributionRuleId, BYLINE_ROLE, DateExpression, Entity, EntityType, Mention, MentionKind, Quote, Span, TextSpan } from './model';
import { firstNameGender } from './names';
import { ScannedQuote } from './quotes';
import { articleLength, firstFrom, followsGivenNameWords, HEADLINE_CAPITALS, isApostropheCode, isDigitCode, isInCapitals, isLowerAsciiCode, isSpaceCode, isUpper, isWordCode, statedAgeAfter, THE_LENGTH, Token, tokenize, withCapital, withoutPossessive } from './text';
import { DOCUMENT_NOUNS, GENERATIONAL_SUFFIXES, IRREGULAR_PAST, NAME_PARTICLES, NUMBERED_PEOPLE, PERSON_NOUNS, ROLE_NOUN_WORDS, SMALL_NUMBER_WORDS, SPORT_POSITIONS } from './wordLists';
import lexicon from './data/lexicon.json';
import names from './data/names.json';
import places from './data/places.json';

const ROLE_NOUNS = new Set(ROLE_NOUN_WORDS);
/** First words of titles, lowercased: "sen.", "rep.", "attorney". */
const TITLE_FIRST_WORDS = new Set(lexicon.titles.map((title) => title.split(' ')[0].toLowerCase()));
/** Verbs that cannot follow a cue's -s form, which a plural noun then is: "Gulf states had been given". */
const AUXILIARIES_AFTER_NOUN = new Set(['had', 'have', 'were', 'are', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'do', 'did']);
/** Nouns for what someone said: "Trump's claim that …", "her remarks". */
const CLAIM_NOUNS = new Set(lexicon.claimNouns);
/** Tokens looked back from a quote for a claim noun, and adjectives allowed between its owner and it. */
const CLAIM_REACH = 25;
const CLAIM_ADJECTIVES = 3;
/** Party and creed words that modify nouns ("Republican claims"), lower-cased. */
const DESCRIPTOR_WORDS = new Set(lexicon.descriptorWords.map((word) => word.toLowerCase()));

/** What attribution needs from the entity index (see `EntityIndex` in entities.ts). */
export interface SpeakerIndex {
  readonly entities: Entity[];
  mentionsIn(start: number, end: number, entities?: Entity[]): Mention[];
  resolveName(span: TextSpan, typeHint?: EntityType): Entity;
  createDistinct(span: TextSpan, type: EntityType): Entity;
  addMention(entity: Entity, span: TextSpan, kind: MentionKind): void;
  find(name: string, at: number): Entity | null;
}

interface Phrase {
  /** Token range [start, end). */
  start: number;
  end: number;
  kind: 'name' | 'pronoun' | 'role';
}

interface Found {
  phrase: Phrase;
  /** Tokens of the phrase and the cue live in this list. */
  tokens: Token[];
  cue: { start: number; end: number } | null;
  ruleId: AttributionRuleId;
}

/** A sentence as a token range [start, end), with the searches that do not depend on the quote, once done. */
interface Sentence extends Span {
  /** Its "according to X" (`sourceIn`); undefined until searched. */
  source: Found | null | undefined;
  /** The speaker of its first cue that has one (`anyCueSpeaker`); undefined until searched. */
  cueSpeaker: Found | null | undefined;
}

/** Who was quoted last in a paragraph, and in which quote. */
interface ParagraphSpeaker {
  paragraph: number;
  quote: number;
  attribution: Attribution;
}

interface ParagraphTokens {
  tokens: Token[];
  sentences: Sentence[];
  /** Sorted indexes of the tokens that may start a cue. */
  cues: number[];
}

/** Longest name read, in tokens: a page of capitalized words is no name, and reading it per quote would be quadratic. */
const MAX_NAME_WORDS = 16;
/** Words of a speaker's label opening an interview's answer: "Wrona:", "Mayor Tomasz Wrona:". */
const LABEL_WORDS = 4;

/** Mentions of one entity looked at per question (role nouns, pronoun agreement): a long document stays linear. */
const RECENT_MENTIONS = 64;

/** What `titles` found for an entity, and which mentions bounded the windows it read. */
interface Titles {
  mentions: number;
  feminine: boolean;
  masculine: boolean;
  firstWindowLast: Mention | undefined;
  lastWindowFirst: Mention | undefined;
}

/**
 * Whether the first and the last RECENT_MENTIONS mentions are still the ones `titles` read, though mentions came since.
 * Mentions are only ever inserted: one inserted inside the first window moves that window's last mention out of its
 * place, and one inserted inside or after the last window moves that window's first mention. With fewer mentions the
 * windows overlap and are read again.
 */
function sameTitleWindows(titles: Titles, mentions: readonly Mention[]): boolean {
  const windows = 2 * RECENT_MENTIONS;
  return titles.mentions >= windows && mentions.length >= windows && mentions[RECENT_MENTIONS - 1] === titles.firstWindowLast
    && mentions[mentions.length - RECENT_MENTIONS] === titles.lastWindowFirst;
}

/** Cues tried on each side of a quote in its sentence: a run-on sentence costs no more than a normal one. */
const NEAREST_CUES = 8;
/** Characters a role between a possessor and the appositive name after it may span ("’s deputy campaign manager, "). */
const APPOSITIVE_ROLE_CHARS = 40;
/** Paragraphs before the previous one where "he"/"she" may still find the person meant. */
const EARLIER_PARAGRAPHS = 3;

interface Attribution {
  /** The speaker, or null. */
  entity: Entity | null;
  /** The words that name the speaker (also when they name no one). */
  mention: TextSpan | null;
  /** Where the cue is; its words are read only when the quote is made. */
  cue: Span | null;
  ruleId: AttributionRuleId;
  /** How `rule` will read: its words are put together only for the quotes made at the end. */
  wording: RuleWording;
  /** Span of the cue's sentence, to find the statement date. */
  sentence: Span | null;
}

/**
 * The most parts of a quote run over paragraphs that its closing part credits: no real quote runs longer, and an
 * unclosed mark opening every paragraph would otherwise keep each one waiting, and be walked back over, to the end.
 */
const MAX_OPEN_PARTS = 40;

/** Rules by which the cue after a multi-paragraph quote's last part names its speaker: its earlier parts' too. */
const CLOSING_CREDITS: ReadonlySet<AttributionRuleId> = new Set(['adjacent-cue', 'pronoun', 'role-noun']);

/** `cue`: the rule's sentence for its id, with the cue; `without-cue`: the same without it (a quote continued). */
const RULE_WORDINGS = ['cue', 'without-cue', 'transcript', 'no-one', 'previous-subject', 'exchange', 'owner', 'none'] as const;
type RuleWording = (typeof RULE_WORDINGS)[number];
/** Every rule id, so that a finished attribution keeps its rule as a number (`satisfies` checks the list is whole). */
const RULE_IDS = Object.keys({
  'adjacent-cue': 0, 'reported-speech': 0, 'according-to': 0, passive: 0, pronoun: 0, 'role-noun': 0, continuation: 0,
  'subject-verb': 0, 'nearby-speaker': 0, user: 0, none: 0,
} satisfies Record<AttributionRuleId, 0>) as AttributionRuleId[];

const NONE: Attribution = { entity: null, mention: null, cue: null, ruleId: 'none', wording: 'none', sentence: null };

/** What `agrees` takes for a description that tells no gender ("the 19-year-old"): anyone agrees. */
const ANY_GENDER = '';

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const SINGULAR_PERSONS = new Set(['he', 'she']);

/** People a text often leaves unnamed beside the one it named ("the woman"), and descriptions news gives as offices ("the businessman"). */
const NO_EPITHETS = new Set(['man', 'woman', 'boy', 'girl', 'gentleman', 'lady', 'businessman', 'businesswoman']);
/** The states and countries that may follow a town after a comma ("in Muncie, Indiana,"), lower-cased. */
const STATES_AND_COUNTRIES = new Set([...places.usStates, ...places.countries.map((country) => country.name)].map((name) => name.toLowerCase()));
/** "the Colombian", "the Spaniard": a nationality, lower-cased, which sports and feature writing call a person named before by. */
const DEMONYMS = new Set([
  ...places.countries.flatMap((country) => (country.demonyms ?? []).map((demonym) => demonym.toLowerCase())),
  // Nouns of nationality that are no adjective: "the Dutchman", "the Pole".
  'dutchman', 'dutchwoman', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman', 'welshman', 'welshwoman',
  'scotsman', 'scotswoman', 'scot', 'pole', 'spaniard', 'swede', 'dane', 'finn', 'briton', 'turk', 'serb', 'croat', 'kiwi', 'aussie',
  // A city's: "the Sydneysider", "the Glaswegian".
  'sydneysider', 'melburnian', 'aucklander', 'londoner', 'glaswegian', 'liverpudlian', 'mancunian', 'dubliner', 'parisian', 'berliner', 'torontonian', 'montrealer',
]);

/** A description of a person that no office holder goes by: an age ("71-year-old"), a person noun ("veteran") or kin ("mother"). */
function isEpithet(head: string): boolean {
  if (isDigitCode(head.charCodeAt(0))) return AGE_NOUN.test(head) && !head.endsWith('s');
  return SPORT_POSITIONS.has(head) || (!ROLE_NOUNS.has(head) && !NO_EPITHETS.has(head) && (PERSON_NOUNS.has(head) || NOUN_GENDERS.has(head) || DEMONYMS.has(head)));
}

interface AgeRange {
  from: number;
  to: number;
}

/** The ages a description by age means: "the 54-year-old" 54, "the teenager" 13 to 19; null for other nouns. */
function agesOf(head: string): AgeRange | null {
  if (head === 'teenager' || head === 'teen') return { from: 13, to: 19 };
  if (!AGE_NOUN.test(head)) return null;
  const age = Number.parseInt(head, 10);
  return { from: age, to: age };
}

function isWithin(ages: AgeRange, age: number): boolean {
  return age >= ages.from && age <= ages.to;
}

/** The gender the last word of one of `descriptions` gives ("his wife": "she"), if any does. */
function describedGender(descriptions: readonly string[]): string | undefined {
  for (const description of descriptions) {
    const gender = NOUN_GENDERS.get(description.slice(description.lastIndexOf(' ') + 1));
    if (gender !== undefined) return gender;
  }
  return undefined;
}

/** The first mention of a full name among the first few ("Keila Nieves", not "Nieves"), else the first: read in constant time. */
function firstFullMention(mentions: readonly Mention[]): Mention {
  for (let at = 0; at < mentions.length && at < RECENT_MENTIONS; at++) if (mentions[at].text.includes(' ')) return mentions[at];
  return mentions[0];
}

/** Nouns that say whether "he" or "she" stands for them. */
const NOUN_GENDERS = new Map<string, string>([
  ...lexicon.feminineNouns.map((noun): [string, string] => [noun, 'she']),
  ...lexicon.masculineNouns.map((noun): [string, string] => [noun, 'he']),
]);
/** Of those, kin and the like, which an office's noun is not: "Trump spokesman Hope Hicks" is a woman. */
const KIN_GENDERS = new Map([...NOUN_GENDERS].filter(([noun]) => !ROLE_NOUNS.has(noun)));
const INTENSIFYING_PRONOUNS = new Set(['himself', 'herself', 'itself', 'themselves']);
/** Object pronouns with the subject form they stand for. */
const OBJECT_PRONOUNS = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);
/** Possessive determiners with the subject form they stand for. */
const POSSESSIVE_DETERMINERS = new Map([['his', 'he'], ['her', 'she'], ['its', 'it'], ['their', 'they']]);
/** Nouns of what someone said: "her message", "the mayor's response". */
const STATEMENT_NOUNS = new Set(lexicon.statementNouns);

/** "A spokeswoman …", "Hale’s opponent, …", "Their mother, now 78, …": a person noun after the sentence's determiner or possessive. */
function personNounOpening(tokens: Token[], sentence: Span): Phrase | null {
  const opener = tokens[sentence.start];
  if (!isDeterminer(opener)) return null;
  const title = capitalizedRoleAfter(tokens, sentence);
  if (title !== null) return title;
  for (let at = sentence.start + 1; at < sentence.end && at <= sentence.start + 3; at++) {
    const token = tokens[at];
    // "A Vashon adviser": a name may qualify a new person's noun ("The Vermont senator" is someone named before).
    if (!isWord(token) || (token.capitalized && !INDEFINITE_DETERMINERS.has(opener.lower))) return null;
    if (token.capitalized) continue;
    if (isPersonWord(token.lower)) return { start: sentence.start, end: at + 1, kind: 'role' };
  }
  return null;
}

/**
 * "The Chancellor welcomed the decision.", "The Prime Minister said": a capitalized role right after "the" opening the
 * sentence, a lowercase verb after it, is the person who holds it (as British style writes it).
 */
function capitalizedRoleAfter(tokens: Token[], sentence: Span): Phrase | null {
  if (tokens[sentence.start].lower !== 'the') return null;
  let at = sentence.start + 1;
  while (at < sentence.end && at <= sentence.start + 3 && isWord(tokens[at]) && tokens[at].capitalized && !tokens[at].acronym) at++;
  const head = tokens[at - 1];
  const verb = tokens[at];
  return at > sentence.start + 1 && ROLE_NOUNS.has(head.lower) && isWord(verb) && !verb.capitalized && !FUNCTION_WORDS.has(verb.lower) ? { start: sentence.start, end: at, kind: 'role' } : null;
}

/** Whether a personal pronoun follows the first comma after `from` in the sentence ending at `end`: "A retired …, he has". */
function pronounAfterOpeningAside(tokens: Token[], from: number, end: number): boolean {
  let comma = from;
  while (comma < end && tokens[comma].lower !== ',' && tokens[comma].type !== 'quote') comma++;
  return tokens[comma]?.lower === ',' && PERSONAL_PRONOUNS.has(tokens[comma + 1]?.lower);
}

/** The pronoun in a contraction ("he’s" → "he", "they're" → "they"), or the word itself. */
function pronounOf(lower: string): string {
  return hasApostrophe(lower) ? lower.replace(/['’ʼ](s|re|d|ll)$/, '') : lower;
}

/** Most words have no apostrophe: no contraction regex to run on them. */
function hasApostrophe(lower: string): boolean {
  // One pass over a short word rather than two `includes` calls.
  for (let at = 0; at < lower.length; at++) {
    const code = lower.charCodeAt(at);
    if (isApostropheCode(code)) return true;
  }
  return false;
}
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'both']);
/** Words that stand alone for an unnamed speaker ("Another said", "Several added"). */
const INDEFINITE_SPEAKERS = new Set(['another', 'one', 'some', 'many', 'most', 'several', 'others', 'both']);
/** Counts that open a phrase of the people counted: "Dozens of residents", "Hundreds of parents". */
const COUNT_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'millions', 'tens']);
const INDEFINITE_DETERMINERS = new Set(['a', 'an', 'one', 'another']);
/** Words that attach a place to a person: "of Raleigh", "from Ohio". */
const PLACE_LINKS = new Set(['of', 'from', 'in']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
const LINKS = new Set(['of', 'for', 'at', 'with', 'from', 'to', 'on', 'in']);
/** Words that never head a speaker phrase. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'than', 'that', 'this', 'these', 'those', 'which', 'what',
  'when', 'where', 'while', 'who', 'whom', 'whose', 'why', 'how', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'onto',
  'to', 'with', 'without', 'about', 'after', 'before', 'since', 'until', 'because', 'though', 'although', 'is', 'are', 'was', 'were',
  'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must',
  'not', 'no', 'also', 'just', 'even', 'still', 'only', 'there', 'here', 'it', 'its', 'i', 'we', 'you', 'me', 'us', 'him', 'them',
  'his', 'her', 'their', 'our', 'my', 'your', 'all', 'any', 'each', 'every', 'some', 'more', 'most', 'such', 'other', 'over', 'under',
  'again', 'now', 'later', 'once', 'already', 'instead', 'however', 'meanwhile', 'yes', 'well', 'too', 'very', 'much', 'like',
  'whether', 'against', 'during', 'through', 'between', 'among', 'per', 'via', 'up', 'down', 'out', 'off', 'says', 'said', 'ever',
]);
/** Words that may sit between a subject and its cue: "Trump also said", "she has repeatedly said". */
const BETWEEN_SUBJECT_AND_CUE = new Set([
  'also', 'later', 'then', 'once', 'again', 'has', 'have', 'had', 'would', 'will', 'did', 'does', 'do', 'just', 'further',
  'previously', 'recently', 'reportedly', 'repeatedly', 'often', 'never', 'always', 'simply', 'still', 'even', 'earlier', 'first',
  'finally', 'only', 'not', 'had', 'was', 'is', 'were', 'are', 'went', 'on', 'to', 'continued', 'could', 'should', 'might', 'may', 'can', 'been',
  'since', 'already', 'long', 'however', 'too', 'instead', 'meanwhile', 'therefore', 'thus', 'nonetheless', 'nevertheless',
]);
/** Function words and months that are also surnames or first names (Theresa May, George Will, Al From). */
const SURNAME_WORDS = new Set(['may', 'will', 'from', 'june', 'april', 'august']);
/** Between-words that are finite verbs themselves: "Varga went after Haddad, calling him …". */
const FINITE_VERBS = new Set(['went', 'continued', 'did', 'does']);
/** Words between an inverted cue and its speaker: "said Tuesday Jens Stoltenberg", "added later Trump". */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'later', 'earlier', 'recently', 'last', 'this', 'week', 'night', 'morning', 'afternoon', 'evening', 'then', 'also', 'again', 'once']);
const NAME_CONNECTORS = new Set(['of', 'for', '&', ...NAME_PARTICLES]);
/** Days and months, capitalized but naming no one ("May" is left to the surname rules). */
const DATE_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'october', 'november', 'december',
]);
/** Capitalized words that open sentences without naming anyone. */
const CAPITALIZED_FUNCTION = new Set([
  ...FUNCTION_WORDS, 'but', 'and', 'asked', 'told', 'speaking', 'still', 'yet', 'later', 'earlier', 'instead', 'indeed', 'in', 'on',
  'after', 'before', 'during', 'asked', 'yesterday', 'today', 'tonight', 'next', 'last', ...DATE_NAMES,
  // "Another parent, Jerome Whitaker, held up …": an indefinite word opening a sentence opens a phrase as a determiner.
  ...INDEFINITE_SPEAKERS,
]);
/** Nouns that end time or occasion phrases, not speaker phrases ("last year said", "at the rally said"). */
const NON_SPEAKER_NOUNS = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'night', 'nights', 'time', 'times', 'morning', 'afternoon', 'evening', 'decade', 'decades', 'hour', 'hours', 'minutes', 'moment', 'ago', 'weekend', 'era', 'point', 'interview', 'speech', 'rally', 'debate', 'event', 'conference', 'meeting', 'appearance', 'hearing', 'remarks', 'comments', 'way', 'fact', 'words', 'past', 'future', 'chance', 'opportunity', 'question',
  // Figures that "add" jobs or points: "the economy had added “…”".
  'economy', 'economies', 'market', 'markets', 'stocks', 'shares', 'prices', 'index', 'inflation', 'unemployment', 'deficit', 'payrolls',
  // What "suggests" or "shows" a thing without saying it: "saying the evidence suggested they gave “…”".
  'evidence', 'data', 'figures', 'numbers', 'statistics']);
const DASHES = ['—', '–', '―', '-'];
/** A cue of dashes alone ("—", "--") credits without a verb. */
const ONLY_DASHES = /^[—–―-]+$/;
/**
 * A title opening a mention, or the text just before one ("Mrs. Clinton", "…, Mrs. " + "Clinton"); in capitals only as
 * a headline's "MRS." ("Plaid Cymru MS Llinos ap Dafydd" is a Member of the Senedd).
 */
// (Lower case only with its period: "what they would miss. Frank Osterholt" names no Miss.)
const FEMININE_TITLE = /(?:^|[^A-Za-z])(?:(?:Mrs|MRS|Ms|Miss|MISS)\b|(?:mrs|ms)\.)/;
const MASCULINE_TITLE = /(?:^|[^A-Za-z])(?:(?:Mr|MR)\b|mr\.)/;
/** A speaker label in capitals opening a transcript line: "PENCE:", "MR. TRUMP:". */
const TRANSCRIPT_LABEL = /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s/;
/** The first personal pronoun after a name, unless a sentence end, a quote or another capitalized word comes first. */
// ("Leanne Marsh said the family had considered driving him …": an object "him" is someone else.)
const FOLLOWING_PRONOUN = /^[^.!?A-Z"“”]*?\b(he|his|she|hers|(?<!\b(?:[a-z]+ed|told|beat|hit|gave|sent|met|called|asked|thanked|urged|named|made|let|saw|took|brought) )her)\b/;
/** "He" or "she" in the sentence before a name, whose pronouns after the name are most often its own. */
const SUBJECT_PRONOUN_IN_SENTENCE = /\b(he|she)\b/i;
/** How far after a name `FOLLOWING_PRONOUN` looks: "Deja Stewart, who forced me to confront my four unhip decades when she …". */
const FOLLOWING_PRONOUN_CHARS = 80;
const MODALS = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'be', 'is', 'are']);
/** Auxiliaries that make the phrase before them a clause subject ("said the plan would fail"). */
const CLAUSE_VERBS = new Set([...MODALS, ...PASSIVE_AUXILIARIES, 'has', 'have', 'had', 'does', 'did']);
const ANAPHORIC_OPENERS = new Set(['this', 'that', 'these', 'those', 'it', 'such', 'the']);

/** "the", "a", "his", "Lee's": a word that opens a noun phrase. */
function isDeterminer(token: Token | undefined): boolean {
  return isWord(token) && (DETERMINERS.has(token.lower) || isPossessive(token));
}

function isPossessive(token: Token): boolean {
  return token.type === 'word' && token.lower.length > 2 && (endsWithApostropheS(token.lower) || endsWithSApostrophe(token.lower));
}

/** Ends in "'s", "’s" or "ʼs", as `/['’ʼ]s$/` tests, without running a regex per word. */
function endsWithApostropheS(text: string): boolean {
  const last = text.length - 1;
  return last >= 1 && text.charCodeAt(last) === 0x73 && isApostropheCode(text.charCodeAt(last - 1));
}

/** Ends in "s'", "s’" or "sʼ" (a plural possessive), as `/s['’ʼ]$/` tests. */
function endsWithSApostrophe(text: string): boolean {
  const last = text.length - 1;
  return last >= 1 && isApostropheCode(text.charCodeAt(last)) && text.charCodeAt(last - 1) === 0x73;
}

function isSurnameWord(token: Token): boolean {
  return token.type === 'word' && token.capitalized && SURNAME_WORDS.has(token.lower);
}

/** Whether a name opens at token `index`: a name word, or a surname word before one ("Will Ortega", "May Olsen"). */
function opensName(tokens: Token[], index: number): boolean {
  return isNameWord(tokens[index]) || (isWord(tokens[index]) && isSurnameWord(tokens[index]) && isNameWord(tokens[index + 1]));
}

/** "Theresa May", "George Will": a surname word right after a name word. */
function endsName(tokens: Token[], index: number): boolean {
  return isSurnameWord(tokens[index]) && isNameWord(tokens[index - 1]);
}

function isAdverb(token: Token): boolean {
  return token.type === 'word' && !token.capitalized && token.lower.length > 4 && token.lower.endsWith('ly') && !LY_NOUNS.has(token.lower);
}

/** Nouns in -ly, which head phrases ("the family said", "the rally cheered"). */
const LY_NOUNS = new Set(['family', 'rally', 'assembly', 'supply', 'reply', 'tally', 'anomaly', 'monopoly', 'homily', 'folly', 'bully', 'belly', 'jelly', 'lily', 'gully']);

/** "Trump also said", "she has repeatedly said", "Mara Quist on Tuesday said", "Reid later Thursday told". */
function isBetweenSubjectAndCue(token: Token): boolean {
  // Capitalized, such a word is a name: "Mr. Long said", "Ms. Only".
  return token.type === 'word' && ((BETWEEN_SUBJECT_AND_CUE.has(token.lower) && !token.capitalized) || TIME_WORDS.has(token.lower) || isAdverb(token) || (hasApostrophe(token.lower) && NEGATED_AUXILIARY.test(token.lower)));
}

/** Verbs whose subject performs the infinitive after them: "decided to add", "tried to explain". */
const CONTROL_VERBS = new Set(['decided', 'wanted', 'tried', 'chose', 'hoped', 'managed', 'proceeded', 'rushed', 'hastened', 'sought', 'attempted', 'opted']);
/** Adjectives whose infinitive the subject performs: "was quick to add", "was eager to point out". */
const INFINITIVE_ADJECTIVES = new Set(['quick', 'eager', 'careful', 'keen', 'happy', 'able', 'ready', 'willing']);

/**
 * "decided to add", "was prompted to say", "was quick to note": a control verb, or a passive participle or one of
 * those adjectives after "was", before "to" and the cue hands the subject on to the cue. Without "was", a participle
 * is a noun's ("a gesture intended to highlight").
 */
function governsInfinitive(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (tokens[index + 1]?.lower !== 'to' || token.capitalized) return false;
  if (CONTROL_VERBS.has(token.lower)) return true;
  return PASSIVE_AUXILIARIES.has(tokens[index - 1]?.lower) && (token.lower.endsWith('ed') || INFINITIVE_ADJECTIVES.has(token.lower));
}

/** A capitalized word that can be part of a name ("Mr.", "Stoltenberg", "U.S."). */
function isNameWord(token: Token | undefined): boolean {
  if (token === undefined || token.type !== 'word' || !token.capitalized) return false;
  if (token.acronym) return true;
  return !CAPITALIZED_FUNCTION.has(token.lower) && !(hasApostrophe(token.lower) && CONTRACTION.test(token.lower));
}

/** "There’s", "I’m", "We’ll": a function word with a verb attached, never a name. */
const CONTRACTION = /^(there|here|it|that|what|who|i|we|you|they|he|she|let)['’ʼ](s|m|re|ll|ve|d)$|['’ʼ](m|re|ll|ve)$/;

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.type === 'word';
}

/** A lowercase word in -ing: "quoting", "speaking". */
function isPresentParticiple(token: Token | undefined): boolean {
  return isWord(token) && !token.capitalized && token.lower.endsWith('ing');
}

/** Sentences of a paragraph as token ranges [start, end). */
function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const next = tokens[index + 1];
    // Only punctuation and quotes end sentences, and an abbreviation's period before a quote ("… of Acme Corp. “We …").
    if (token.type === 'word') {
      if (next?.type === 'quote' && token.lower.endsWith('.') && opensCapitalized(text, next)) {
        sentences.push({ start, end: index + 1, source: undefined, cueSpeaker: undefined });
        start = index + 1;
      }
      continue;
    }
    if (next === undefined) break;
    let ends = false;
    if (token.type === 'punct') ends = (token.lower === '.' || token.lower === '!' || token.lower === '?') && (next.type === 'quote' || (next.type === 'word' && next.capitalized));
    else {
      // A quote that ends its own sentence ("… win." Then …) unless the speaker follows right away.
      const cue = endsSentence(text, token) && next.type === 'word' && next.capitalized ? cueWithin(tokens, index + 1, 4) : -2;
      // "… win." But, said Pike, …: a conjunction opens a new sentence, whose cue is not this quote's; so do a
      // source ("… much." According to records, …) and an introductory word ("… plumbing." On Thursday she told …).
      // So does a pronoun's cue after a quote that a cue before it already gave its speaker ("X said the firm “followed
      // every rule.” She said engineers …").
      // ("… agency." That quote from X appeared …: a sentence about the quoted words.)
      const pointedNoun = POINTING_OPENERS.has(next.lower) && QUOTATION_NOUNS.has(tokens[index + 2]?.lower);
      ends = cue === -1 || (cue >= 0 && (hasOwnObject(tokens, cue) || CONJUNCTIONS.has(next.lower) || INTRODUCTORY.has(next.lower) || pointedNoun || cueAt(tokens, cue)!.form.source
        || quoteInClauseAfter(tokens, cue) || (PERSONAL_PRONOUNS.has(next.lower) && cueAfter(tokens, start, index))));
    }
    if (ends) {
      sentences.push({ start, end: index + 1, source: undefined, cueSpeaker: undefined });
      start = index + 1;
    }
  }
  if (start < tokens.length) sentences.push({ start, end: tokens.length, source: undefined, cueSpeaker: undefined });
  return sentences;
}

/** "no", "every", "the" before "one": a quantified "one" is no speaker of its own. */
function isQuantifier(token: Token | undefined): boolean {
  return token?.type === 'word' && FUNCTION_WORDS.has(token.lower) && !CONJUNCTIONS.has(token.lower);
}

/** The cue starting at token `index` in its context (not a noun after a determiner…), or null. */
function cueAtToken(tokens: Token[], index: number): CueMatch | null {
  const token = tokens[index];
  if (!isWord(token) || token.capitalized && index > 0 && tokens[index - 1].type === 'word') return null;
  const cue = cueAt(tokens, index);
  if (cue === null) return null;
  // The searches ask about the same cues again and again: the verdict on the context is kept on the token.
  if (token.contextCue === undefined) token.contextCue = cueInContext(tokens, index, token, cue);
  return token.contextCue;
}

/** A question's last mark before its closing quote mark. */
const QUESTION_END = /\?['"’”»]*$/;
/** "“…?” one reporter asked", "“…?” asked a reporter": a cue of asking right after the question, before or after its asker. */
const ASKED_AFTER_QUOTE = /^,? (?:[\w-]+ ){0,3}(?:asked|asks|pressed)\b/;
const ASKED_AFTER_QUOTE_CHARS = 40;

/** What opens the question after the one asked: "asked Corrigan whether …", "asked her about …". */
const QUESTION_OPENERS = new Set(['whether', 'if', 'about', 'why', 'what', 'how', 'when', 'where', 'who', 'to', ',']);

/** Nouns of places, which no one speaks for: "the state of Punjab", "a village near Aleppo". */
const PLACE_NOUNS = new Set([...lexicon.placeNouns, 'state', 'county', 'country', 'territory', 'area', 'neighborhood', 'neighbourhood']);

/** What stands between a name and the role set off after it: ", ", ", 72, ". */
const OWN_APPOSITIVE_GAP = /^, (?:\d{1,3}, )?$/;

/** Generational suffixes written with a period, lowercased as the tokenizer's `lower` keeps them. */
const SUFFIXES_WITH_PERIOD = new Set([...GENERATIONAL_SUFFIXES].filter((suffix) => suffix.endsWith('.')).map((suffix) => suffix.toLowerCase()));

/** Words that place someone by a thing: "a man near the door". */
const SPATIAL_LINKS = new Set(['near', 'behind', 'beside', 'outside', 'inside', 'by']);

/** Words that name a kind of call right before "call": "earnings call", "phone call". */
const CALL_KINDS = new Set(['earnings', 'conference', 'phone', 'telephone', 'video', 'roll', 'wake-up', '911', 'radio']);

/** "not", "never", "didn't", "won’t". */
function isNegation(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && (token.lower === 'not' || token.lower === 'never' || NEGATED_AUXILIARY.test(token.lower));
}
const NEGATED_AUXILIARY = /n[’'ʼ]t$/;

/** `cue` unless its context makes it a noun or denies it. */
function cueInContext(tokens: Token[], index: number, token: Token, cue: CueMatch): CueMatch | null {
  // "did not (immediately) respond to a request for comment", "never said": a negated verb reports no words.
  if (isNegation(tokens[index - 1]) || (index > 1 && isAdverb(tokens[index - 1]) && isNegation(tokens[index - 2]))) return null;
  // A noun after a determiner ("the report", "his claims", "a snappy retort") is no cue.
  const before = tokens[index - 1];
  // "Another said", "and one added" is a verb after a pronoun ("another claim" stays a noun; "no one said" is nobody).
  const standsAlone = INDEFINITE_SPEAKERS.has(before?.lower) && !cue.form.nounLike && !isQuantifier(tokens[index - 2]);
  if (isDeterminer(before) && !standsAlone) return null;
  // "the snappy retort", "her economically depressed state": a modifier (and its adverb) after a determiner.
  const twoBefore = tokens[index - 2];
  const determiner = isWord(twoBefore) && isAdverb(twoBefore) ? tokens[index - 3] : twoBefore;
  // ("the statement reads", "his letter states": after a text's noun, the form is its verb.)
  // ("a change the union calls “…”", "The dispatcher replies, “…”": a form in -s right before a quote, or a reply's comma
  // before one, agrees with the singular noun before it, as a verb.)
  const punctuated = tokens[index + cue.length]?.lower === ',' || tokens[index + cue.length]?.lower === ':';
  const afterCue = punctuated && REPLY_LEMMAS.has(cue.form.lemma) ? index + cue.length + 1 : index + cue.length;
  const agreesBeforeQuote = token.lower.endsWith('s') && tokens[afterCue]?.type === 'quote' && !isPlural(before?.lower ?? '');
  // ("the Hungarian demand": a people's word is a modifier too. "what some scholars call": a bare form after a plural
  // agrees with it, as a verb.)
  // (Not after "a" or another singular determiner: "a no-new-taxes pledge" is a noun.)
  const agreesWithPlural = token.lower === cue.form.lemma && isWord(before) && isPlural(before.lower) && !SINGULAR_DETERMINERS.has(determiner?.lower ?? '');
  if (cue.form.nounLike && isWord(before) && (!before.capitalized || DEMONYMS.has(before.lower)) && !isDocumentNoun(before) && isDeterminer(determiner) && !agreesBeforeQuote && !agreesWithPlural) return null;
  // "denounced by small island states as “…”": a form in -s before "as" is a plural noun ("as" follows the verb of "described … as").
  if (cue.form.nounLike && token.lower.endsWith('s') && tokens[index + cue.length]?.lower === 'as' && isWord(before) && !before.capitalized) return null;
  // "the small early primary state to …": a bare form after a singular noun would be a verb without a subject that agrees.
  if (cue.form.nounLike && token.lower === cue.form.lemma && isCommonNoun(before) && !isPlural(before.lower) && !isDocumentNoun(before) && determinedModifiers(tokens, index)) return null;
  // "dismissed reports of a rift", "denied claims that …": right after a verb in the past, a form in -s is its object.
  if (cue.form.nounLike && token.lower.endsWith('s') && isWord(before) && !before.capitalized && before.lower.endsWith('ed')) return null;
  // "warned in written comments to lawmakers", "said in brief remarks": a form after a preposition and a modifier is a noun.
  if (cue.form.nounLike && token.lower.endsWith('s') && isWord(before) && !before.capitalized && NOUN_PREPOSITIONS.has(twoBefore?.lower ?? '')) return null;
  // "said in a statement translated from Russian": "translated" right after a document's noun modifies it.
  if (cue.form.lemma === 'translate' && isDocumentNoun(before)) return null;
  // "added buses to meet demand": a bare form after an infinitive's verb is its object.
  if (cue.form.nounLike && token.lower === cue.form.lemma && twoBefore?.lower === 'to' && isWord(before) && !before.capitalized && !isAdverb(before)
    && !BETWEEN_SUBJECT_AND_CUE.has(before.lower) && cueAt(tokens, index - 1) === null) return null;
  // "the island state of Vailoa": "state of" is the noun (the verb takes no "of").
  if (token.lower === 'state' && tokens[index + 1]?.lower === 'of') return null;
  // "laughed at the idea", "chuckled about it": a laugh with an object reports no words (but "“…,” laughed Tom Arbus").
  if ((cue.form.lemma === 'laugh' || cue.form.lemma === 'chuckle') && isWord(tokens[index + 1]) && !tokens[index + 1].capitalized) return null;
  // "on the last earnings call", "a conference call": a kind of call before the word makes it the noun.
  if ((token.lower === 'call' || token.lower === 'calls') && CALL_KINDS.has(before?.lower ?? '')) return null;
  // "the two lengthy investigative reports": after a plural count, a form in -s is the plural noun, not the verb.
  if (cue.form.nounLike && token.lower.endsWith('s') && pluralCountBefore(tokens, index)) return null;
  // "the council goes on recess": an object after a cue that takes none makes it another verb.
  const object = tokens[index + cue.length];
  // "the server email story": a bare form between a singular noun and another noun is a word of a compound
  // (a present-tense verb after a singular noun would end in -s).
  if (cue.form.nounLike && token.lower === cue.form.lemma && isCommonNoun(before) && !isPlural(before.lower) && isCommonNoun(object)) return null;
  // "Pentagon press secretary Col. James Whitaker told …", "Texas state Rep. Wade Hale said": a bare form before a
  // role noun or a title names the role.
  if (cue.form.nounLike && token.lower === cue.form.lemma && isWord(object) && (ROLE_NOUNS.has(object.lower) || (object.capitalized && TITLE_FIRST_WORDS.has(object.lower)))) return null;
  // "Gulf states had been given", "the claims were false": a form in -s before an auxiliary is a plural noun.
  if (cue.form.nounLike && token.lower.endsWith('s') && token.lower !== cue.form.lemma && isWord(object) && AUXILIARIES_AFTER_NOUN.has(object.lower)) return null;
  // "went on to say", "went on about", "went on saying" go on speaking; "began to chant", "started a fund" do not speak.
  const goesOnSpeaking = cue.form.lemma === 'go on' && isWord(object) && (object.lower === 'to' || object.lower === 'about' || isPresentParticiple(object));
  // ("cut in at one point": after a verb and its particle, a preposition other than "to", or an adverb, is no object;
  // "the presentations began on Monday" still speaks of no words.)
  const adjunct = cue.length > 1 && isWord(object) && ((LINKS.has(object.lower) && object.lower !== 'to') || isAdverb(object) || TIME_WORDS.has(object.lower));
  if (cue.form.noObject && isWord(object) && !goesOnSpeaking && !adjunct) return null;
  // "the study added to “a growing body of evidence”", "adding to the confusion": "add to" a thing is no speech (but "added to People").
  if (cue.form.lemma === 'add' && object?.lower === 'to' && !tokens[index + cue.length + 1]?.capitalized) return null;
  // "secretary of state", "in reply", "for comment": right after a preposition (not the infinitive "to"), a noun.
  if (cue.form.nounLike && isWord(before) && LINKS.has(before.lower) && before.lower !== 'to') return null;
  // "32% of Republican claims", "a flurry of late-night tweets": after "of" and a modifier, a noun.
  if (cue.form.nounLike && twoBefore?.lower === 'of' && isWord(before) && (!before.capitalized || DESCRIPTOR_WORDS.has(before.lower))) return null;
  // "a Twitter comment", "a Trump-style retort": after "a" and a name, an unmarked form is a noun.
  if (cue.form.nounLike && isNameWord(before) && (twoBefore?.lower === 'a' || twoBefore?.lower === 'an') && !token.lower.endsWith('ed')) return null;
  return cue;
}

const SINGULAR_DETERMINERS = new Set(['a', 'an', 'another', 'one', 'each', 'every', 'this', 'that']);

/** How many lowercase modifiers may stand between a determiner and its noun: "the small early primary state". */
const MODIFIER_REACH = 3;

/** Whether lowercase words, no more than MODIFIER_REACH of them, lead back from token `index` to a determiner or possessive. */
function determinedModifiers(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - MODIFIER_REACH - 1; at--) {
    const token = tokens[at];
    if (!isWord(token)) return false;
    if (isDeterminer(token)) return at < index - 1;
    if (token.capitalized || FUNCTION_WORDS.has(token.lower)) return false;
  }
  return false;
}

/** Counts that make the noun after them plural: "two reports", "several lengthy claims". */
const PLURAL_COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'few', 'both', 'these', 'those', 'numerous', 'multiple', 'various']);
/** How far before a noun its count may stand, over modifiers. */
const COUNT_REACH = 3;

/** A plural count among the few lowercase words right before token `index` ("two lengthy investigative"). */
function pluralCountBefore(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - COUNT_REACH; at--) {
    const token = tokens[at];
    if (!isWord(token) || token.capitalized) return false;
    if (PLURAL_COUNTS.has(token.lower) || isDigitCode(token.lower.charCodeAt(0))) return true;
  }
  return false;
}

/**
 * `"…," the letter reads.`: right after a quote, a noun-like cue that closes the clause is the verb of
 * the phrase before it, even when that phrase looks like "the snappy retort".
 */
function cueClosingClause(tokens: Token[], index: number): CueMatch | null {
  const cue = cueAt(tokens, index);
  // Not after an owner: "… “carefully consider” the coroner's remarks." names the remarks.
  if (cue === null || !cue.form.nounLike || tokens[index].capitalized || DETERMINERS.has(tokens[index - 1]?.lower) || isPossessive(tokens[index - 1])) return null;
  const next = tokens[index + cue.length];
  return next === undefined || next.type === 'punct' ? cue : null;
}

/** Pronouns that open a reported clause right after a cue ("said he would"). */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/**
 * "Sanders called Trump a liar", "Russia insisted that …": the cue at `index` has an object of its own
 * (the person after "told" is only the one spoken to).
 */
function hasOwnObject(tokens: Token[], index: number): boolean {
  const cue = cueAt(tokens, index);
  const length = cue?.length ?? 1;
  const object = tokens[index + length];
  if (object === undefined) return false;
  // "said she would …" opens a clause; "…," said she. is an inverted subject.
  const clause = CLAUSE_SUBJECTS.has(object.lower) && tokens[index + length + 1]?.type === 'word';
  // "One wonders whether …": a question of its own; "The billionaire has pledged to put …": an act of its own.
  const infinitive = object.lower === 'to' && INFINITIVE_CUES.has(cue?.form.lemma ?? '');
  // "The church has asked for police help": a request of its own.
  const request = object.lower === 'for' && REQUEST_CUES.has(cue?.form.lemma ?? '');
  return object.lower === 'that' || object.lower === 'whether' || infinitive || request || clause || (!ADDRESSEE_CUES.has(cue?.form.lemma ?? '') && isNameWord(object) && tokens[index + length + 1]?.type === 'word')
    || thatAfterPhrase(tokens, index + length) || (!ADDRESSEE_CUES.has(cue?.form.lemma ?? '') && opensNounObject(tokens, index + length));
}

/** "The Red Cross said 22 people had …", "said the driver had …": a number or a determiner before a noun opens a clause (not "said a day later"). */
function opensNounObject(tokens: Token[], at: number): boolean {
  const opener = tokens[at];
  if (!(/^\d/.test(opener.lower) || OBJECT_DETERMINERS.has(opener.lower))) return false;
  for (let i = at + 1; i <= at + 2; i++) if (tokens[i]?.type !== 'word' || TIME_WORDS.has(tokens[i].lower) || PERIOD_NOUNS.has(tokens[i].lower) || RELATIVE_TIME.has(tokens[i].lower)) return false;
  return true;
}

/** Cues that ask "for" something: "asked for help", "called for a recount". */
const REQUEST_CUES = new Set(['ask', 'call']);
/** Cues whose object is the one spoken to: "Todd asked the real estate mogul." */
const ADDRESSEE_CUES = new Set(['tell', 'ask', 'remind', 'assure', 'inform', 'warn', 'urge', 'promise']);
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'some', 'many', 'several', 'most', 'no']);
/** Nouns of a stretch of time: "said a day later", "said the next morning". */
const PERIOD_NOUNS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes', 'moment', 'moments', 'time', 'next', 'following', 'same', 'other', 'few']);

/** Whether "that" before token `start` closes a cue of saying earlier in the sentence ("said in a statement that"). */
function reportedClauseOpensAt(tokens: Token[], start: number, sentenceStart: number): boolean {
  // "that a preliminary inspection by divers had found": the subject may end in its own object.
  let that = start - 1;
  while (that > sentenceStart && that >= start - SUBJECT_WORDS && isWord(tokens[that]) && tokens[that].lower !== 'that') that--;
  if (tokens[that]?.lower !== 'that') return false;
  for (let at = that - 1; at >= sentenceStart && at >= that + 1 - REPORTED_CLAUSE_REACH; at--) {
    if (tokens[at].type === 'quote') return false;
    if (REPORTING_LEMMAS.has(cueAtToken(tokens, at)?.form.lemma ?? '')) return true;
  }
  return false;
}

/** How many words a reported clause's subject may run before the phrase found at its end. */
const SUBJECT_WORDS = 6;

/** Endings of nouns of agents: "biologist", "trapper", "surveyor", "historian", "attendant". */
const AGENT_ENDING = /(?:ist|er|or|ian|ant|ent)$/;

/** A role phrase whose head is no person, office or organization ("the department's models", "the inspection"). */
function isThing(tokens: Token[], phrase: Phrase): boolean {
  if (phrase.kind !== 'role') return false;
  const plural = roleHead(tokens, phrase).lower;
  const head = isPlural(plural) ? plural.slice(0, -1) : plural;
  // A noun of an agent's ending ("biologist", "trapper", "surveyor", "historian") may be a job no list holds.
  return !AGENT_ENDING.test(head) && ![head, plural].some((noun) => isPersonWord(noun) || ORGANIZATION_NOUNS.has(noun) || DEMONYMS.has(noun));
}

const REPORTING_LEMMAS = new Set(['say', 'tell', 'write', 'state', 'announce', 'claim', 'insist', 'note']);
/** How far before its "that" the cue of a reported clause may stand ("said in a statement released Tuesday that"). */
const REPORTED_CLAUSE_REACH = 10;

/** Prepositions that open a noun phrase: "in written comments", "with prepared remarks". */
const NOUN_PREPOSITIONS = new Set(['in', 'with', 'during', 'through', 'via', 'at', 'of']);

/** Cues of answering, whose -s form before a comma and a quote is a verb: "The dispatcher replies, “…”". */
const REPLY_LEMMAS = new Set(['reply', 'respond', 'answer', 'retort', 'counter']);

/** Cues of rejecting what someone else claimed. */
const DENIAL_LEMMAS = new Set(['deny', 'reject', 'dispute', 'dismiss', 'rebut', 'refute', 'contest']);

/** Cues that take an infinitive for what is promised or asked ("pledged to put"), not a quote. */
const INFINITIVE_CUES = new Set(['pledge', 'promise', 'vow', 'agree', 'offer', 'threaten', 'urge', 'ask', 'beg', 'plead', 'demand', 'continue', 'begin', 'start']);

/** The end of the part of a longer name that a possessive cut off: "European People's ". */
const POSSESSIVE_BEFORE_NAME = /['’ʼ]s $/;
/** How far before a phrase `coveringEntity` looks for the start of a longer name. */
const COVERING_NAME_CHARS = 40;
/** How far after a cue `quoteInClauseAfter` looks for the quote it introduces. */
const QUOTE_AFTER_CUE = 10;

/** "… back." Beijing warned against what it called “…”: a quote after the cue, before the clause ends, is the cue's own. */
function quoteInClauseAfter(tokens: Token[], cue: number): boolean {
  for (let index = cue + 1; index < tokens.length && index <= cue + QUOTE_AFTER_CUE; index++) {
    const token = tokens[index];
    if (token.type === 'quote') return true;
    if (token.type === 'punct' && token.lower !== '-') return false;
  }
  return false;
}

/** Words before "that" after a cue: "said in 2024 that", "said on Tuesday that". */
const WORDS_BEFORE_THAT = 4;

/** Whether "that" follows within a few words, none of them punctuation or a quote ("said in a statement that …"). */
function thatAfterPhrase(tokens: Token[], from: number): boolean {
  for (let index = from + 1; index <= from + WORDS_BEFORE_THAT && isWord(tokens[index]); index++) {
    if (tokens[index].lower === 'that') return isWord(tokens[from]);
  }
  return false;
}

/** Index of the first cue among the next `limit` tokens from `from`, or -1. */
function cueWithin(tokens: Token[], from: number, limit: number): number {
  for (let index = from; index < from + limit && index < tokens.length; index++) {
    if (tokens[index].type === 'quote') return -1;
    if (cueAt(tokens, index) !== null) return index;
  }
  return -1;
}

/** Longest role phrase read back from its noun: "the former harbor master and current city council chairman". */
const ROLE_WORDS = 10;
/** "the 43-year-old said": an age is the one number that names a person. */
const AGE_NOUN = /^\d+-year-olds?$/;
/** Last words of a company's name, lower-cased as tokens are: "Roadfix Ltd", "Acme Inc.". */
const COMPANY_ENDINGS = new Set(lexicon.legalForms.map((form) => form.toLowerCase()));
/** Nouns for an organization: "the company", "his firm". */
const ORGANIZATION_NOUNS = new Set(lexicon.organizationNouns);
/** Nouns for a body of people, which no one person is: "the campaign", "his office". */
const COLLECTIVE_NOUNS = new Set([...ORGANIZATION_NOUNS, 'campaign', 'office', 'team', 'staff', 'administration', 'government', 'camp', 'committee', 'department', 'ministry', 'agency', 'party', 'police']);
/** How many words may open a sentence before the noun of the body it is about: "The city council". */
const BODY_SUBJECT_WORDS = 3;
/** The last `search` that starts in text[from, to), or -1. */
function lastIndexWithin(text: string, search: string, from: number, to: number): number {
  const first = search.charCodeAt(0);
  for (let at = to - 1; at >= from; at--) if (text.charCodeAt(at) === first && text.startsWith(search, at)) return at;
  return -1;
}

/** Whether a date covers more than a month: a season, a quarter, a year. */
function spansMonths(date: DateExpression): boolean {
  return date.value !== null && date.rangeEnd !== null && Date.parse(date.rangeEnd) - Date.parse(date.value) > MONTH_MS;
}
const MONTH_MS = 31 * 86_400_000;

/** "'s" or "’s" right after a date. */
const POSSESSIVE_AFTER_DATE = /^['’ʼ]s/;
/** The opening of a relative clause set off by a comma or a dash: ", who has …", " — which …". */
const RELATIVE_ASIDE = /^(?:who|whose|whom|which) /;
const RELATIVE_IN_ASIDE = / (?:who|whose|which) /;

/** A role phrase ending at `end` (inclusive): "the official", "Trump's spokesman", "Republican officials". */
function roleEndingAt(tokens: Token[], end: number, low: number): Phrase | null {
  const head = tokens[end];
  // A past-tense verb heads no role: "as the crowd began to chant".
  if (!isWord(head) || (head.capitalized && !opensWithRolePlural(tokens, end, low)) || FUNCTION_WORDS.has(head.lower) || NON_SPEAKER_NOUNS.has(head.lower) || IRREGULAR_PAST.has(head.lower) || isAdverb(head) || (/^\d/.test(head.lower) && !AGE_NOUN.test(head.lower))) return null;
  for (let index = end - 1; index >= low && index >= end - ROLE_WORDS; index--) {
    const token = tokens[index];
    if (!isWord(token)) break;
    // A number counts as a determiner: "38 percent said", "12 ferry captains said"; not after one ("a 2020 campaign").
    const determinedNumber = isDigitCode(token.lower.charCodeAt(0)) && index - 1 >= low && isDeterminer(tokens[index - 1]);
    if (isDeterminer(token) || (isDigitCode(token.lower.charCodeAt(0)) && !determinedNumber)) return { start: isPossessive(token) ? articleBeforeOwner(tokens, index, low) : index, end: end + 1, kind: 'role' };
    // "the harbor master and county party chairman": two roles of one person; not "The plan drew objections from residents".
    if ((FUNCTION_WORDS.has(token.lower) && !LINKS.has(token.lower) && token.lower !== 'and') || IRREGULAR_PAST.has(token.lower)) break;
  }
  // A bare plural: "officials said", "Republican leaders said", "fishermen warn", "people said"; or a body of people:
  // "police said", "state police said".
  if ((head.lower.endsWith('s') && !head.lower.endsWith('ss')) || head.lower.endsWith('men') || head.lower === 'people' || head.lower === 'children' || head.lower === 'police') {
    let start = end;
    while (start - 1 >= low && isWord(tokens[start - 1]) && !FUNCTION_WORDS.has(tokens[start - 1].lower) && end - start < 2) start--;
    return { start, end: end + 1, kind: 'role' };
  }
  return null;
}

/**
 * "the prime minister's office", "the state attorney general's office": the article before an owner's lower-case
 * modifiers opens the phrase, else the owner itself does ("the governor's office" keeps its article out, as before).
 */
function articleBeforeOwner(tokens: Token[], owner: number, low: number): number {
  for (let at = owner - 1; at >= low && at >= owner - OWNER_MODIFIERS; at--) {
    const token = tokens[at];
    if (!isWord(token)) return owner;
    if (DETERMINERS.has(token.lower)) return at < owner - 1 ? at : owner;
    if (token.capitalized) return owner;
    if (FUNCTION_WORDS.has(token.lower)) return owner;
  }
  return owner;
}
/** The most modifiers between an owner and its article: "the state attorney general's". */
const OWNER_MODIFIERS = 3;

/** "Analysts at Harwick wrote": a role noun in the plural, capitalized only because it opens the phrase. */
function opensWithRolePlural(tokens: Token[], index: number, low: number): boolean {
  const { lower, acronym } = tokens[index];
  return index === low && !acronym && isPlural(lower) && isPeopleNounPlural(lower);
}

/**
 * "issued a statement saying", "released a brief letter Thursday night calling": the verb that put out the document
 * named right before a participle cue (and its time), or -1.
 */
function issuingVerbBefore(tokens: Token[], participle: number, low: number): number {
  let at = participle - 1;
  while (at > low && isWord(tokens[at]) && TIME_WORDS.has(tokens[at].lower)) at--;
  if (!isWord(tokens[at]) || !isDocumentWord(tokens[at].lower)) return -1;
  for (let verb = at - 1; verb >= low && verb >= at - ISSUED_DOCUMENT_WORDS && isWord(tokens[verb]); verb--) {
    if (ISSUING_VERBS.has(tokens[verb].lower)) return verb;
  }
  return -1;
}
const ISSUING_VERBS = new Set(['issued', 'released', 'posted', 'published', 'sent', 'put', 'circulated', 'distributed', 'signed', 'filed']);
/** How many words (an article and adjectives) may stand between the verb and the document's noun. */
const ISSUED_DOCUMENT_WORDS = 4;

/**
 * "Text messages obtained by …", "Court documents show …": a capitalized document's noun opening the sentence, or the
 * word before one, is no name ("Article 33 states", "Hoff's letter makes" are).
 */
function opensWithDocumentNoun(tokens: Token[], phrase: Phrase): boolean {
  const first = tokens[phrase.start];
  const next = tokens[phrase.end];
  return phrase.kind === 'name' && phrase.end === phrase.start + 1 && !isPossessive(first) && isWord(next) && !next.capitalized && !isDigitCode(next.lower.charCodeAt(0))
    && (isDocumentWord(first.lower) || isDocumentWord(next.lower));
}

/** A document's noun, in the singular or the plural: "memo", "emails". */
function isDocumentWord(lower: string): boolean {
  return DOCUMENT_NOUNS.has(lower) || (lower.endsWith('s') && DOCUMENT_NOUNS.has(lower.slice(0, -1)));
}

/** A plural of a role or person noun ("officials", "critics"), which `isPlural` has already told. */
function isPeopleNounPlural(plural: string): boolean {
  return isPeopleNoun(plural.slice(0, -1));
}

/** A role or person noun: "official", "barista". */
function isPeopleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || PERSON_NOUNS.has(word);
}

/** A role or person noun, or a noun that tells a gender: "official", "barista", "woman", "grandfather". */
function isPersonWord(word: string): boolean {
  return isPeopleNoun(word) || NOUN_GENDERS.has(word);
}

/** How far back a description opening a paragraph looks for the person it stands for: a long feature's length. */
const DESCRIBED_SUBJECT_CHARS = 20_000;
/** The longest turn of a question-and-answer exchange that asks its question before its last sentence. */
const SHORT_TURN_CHARS = 160;
/** How far past a name-like title its person's name may start ("Special Agent| in Charge |Dominic Reale"). */
const LONGEST_TITLE_AFTER = 24;
/** How long that person's name may be. */
const LONGEST_TITLED_NAME = 40;
/** How many words may stand before the plural noun of a source: "according to internal court documents". */
const PLURAL_SOURCE_MODIFIERS = 2;
/** Links from a person to where they are: "a consultant at Northgate Hospital in Leeds". */
const LOCATING_LINKS = new Set(['in', 'at', 'near']);
/** Links from a role to what qualifies it: "a spokesman for the campaign", "a voice-over in the ad", "a message on the site". */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'in', 'on']);
/** Roles of one who serves someone, named after "to": "an adviser to Mr. Kinsey", "an aide to the governor". */
const SERVING_ROLES = new Set(['adviser', 'advisers', 'advisor', 'advisors', 'aide', 'aides', 'assistant', 'assistants', 'consultant', 'consultants', 'counsel', 'counselor', 'counsellor', 'envoy', 'ambassador', 'liaison', 'successor', 'heir']);
/** Links from a person's name to where they come from or work: "Ann Lee of the union", "Ann Lee from Ohio". */
const NAME_LINKS = new Set(['of', 'from', 'at']);

/** The speaker phrase ending at token `end` (inclusive), not reaching before `low`. */
function phraseEndingAt(tokens: Token[], end: number, low: number): Phrase | null {
  const token = tokens[end];
  if (token?.lower === ')') {
    // "Rep. Zoe Lofgren (D-Calif.)": the phrase before the parenthesis.
    for (let open = end - 1; open >= low && open >= end - 8; open--) if (tokens[open].lower === '(') return phraseEndingAt(tokens, open - 1, low);
    return null;
  }
  if (end < low || !isWord(token)) return null;
  // "Mendez himself said", "the union itself": the pronoun stresses the phrase before it.
  if (INTENSIFYING_PRONOUNS.has(token.lower)) return isWord(tokens[end - 1]) ? phraseEndingAt(tokens, end - 1, low) : null;
  if (PERSONAL_PRONOUNS.has(pronounOf(token.lower))) return { start: end, end: end + 1, kind: 'pronoun' };
  // "protesters, many of whom chanted": the group before the comma.
  if (token.lower === 'whom' && tokens[end - 1]?.lower === 'of' && INDEFINITE_SPEAKERS.has(tokens[end - 2]?.lower) && tokens[end - 3]?.lower === ',') {
    return end - 4 >= low ? phraseEndingAt(tokens, end - 4, low) : null;
  }
  // "one of them said": an unnamed one of the group named before.
  if (token.lower === 'them' && tokens[end - 1]?.lower === 'of' && end - 2 >= low && INDEFINITE_SPEAKERS.has(tokens[end - 2]?.lower)) return { start: end - 2, end: end + 1, kind: 'role' };
  // "Another said", "Most said": an unnamed new speaker, not the last one quoted ("most recently said" is an adverb).
  if (INDEFINITE_SPEAKERS.has(token.lower) && !(isWord(tokens[end + 1]) && isAdverb(tokens[end + 1]))) return { start: end, end: end + 1, kind: 'role' };
  // "Mike Lee, who declared": the relative pronoun stands for the phrase before it, and for the name a role after it
  // describes ("Owen Lindqvist, its manager, who argued", "Caritas Europa, the charity network, which said").
  if (opensRelativeAside(tokens, end)) {
    let phrase = phraseEndingAt(tokens, end - 2, low);
    // "a consultant at Northgate Hospital in Leeds, who": where someone is stands between them and "who".
    for (let holder = phrase; holder !== null && LOCATING_LINKS.has(tokens[holder.start - 1]?.lower) && holder.start - 2 >= low;) {
      holder = phraseEndingAt(tokens, holder.start - 2, low);
      if (holder !== null) phrase = holder;
    }
    const named = phrase?.kind === 'role' && tokens[phrase.start - 1]?.lower === ',' ? phraseEndingAt(tokens, phrase.start - 2, low)
      : phrase?.kind === 'role' && isThing(tokens, phrase) ? nameAfterOf(tokens, phrase) : null;
    return named?.kind === 'name' ? named : phrase;
  }
  const numbered = personNumberedAt(tokens, end);
  if (numbered >= low) return { start: numbered, end: end + 1, kind: 'name' };
  let phrase: Phrase | null = null;
  if (isNameWord(token) || endsName(tokens, end)) {
    let start = end;
    while (start - 1 >= low && end - start < MAX_NAME_WORDS) {
      const previous = tokens[start - 1];
      if (isNameWord(previous) && !isPossessive(previous)) start--;
      // "Morrow & Pike": the ampersand is a token of its own.
      else if (previous !== undefined && (previous.type === 'word' || previous.lower === '&') && NAME_CONNECTORS.has(previous.lower) && isNameWord(tokens[start - 2])) start -= 2;
      // "Ministry for the Ecological Transition", "Bank of the West".
      else if (previous?.lower === 'the' && NAME_CONNECTORS.has(tokens[start - 2]?.lower) && isNameWord(tokens[start - 3])) start -= 3;
      // "Oregon Teachers' Retirement Trust": a plural's apostrophe inside a name, before its next capitalized word.
      else if ((previous?.lower === "'" || previous?.lower === '’') && isNameWord(tokens[start - 2]) && tokens[start - 2].lower.endsWith('s')) start -= 2;
      // "Her campaign manager, Will Ortega,", "June Kasprzak": a surname word opens the name, unless a preposition makes
      // it a month ("in June Kasprzak …").
      else if (start === end && isSurnameWord(previous) && !LINKS.has(tokens[start - 2]?.lower)) {
        start--;
        break;
      } else break;
    }
    phrase = { start, end: end + 1, kind: 'name' };
    if (tokens[start - 1]?.lower === 'the' && start - 1 >= low) phrase.start--;
  } else {
    phrase = roleEndingAt(tokens, end, low);
  }
  if (phrase === null) return null;
  // "the head of the Alliance", "a spokesman for the campaign": the phrase heads on the role before the link.
  let linkIndex = (phrase.kind === 'name' ? descriptorStart(tokens, phrase.start, low) : phrase.start) - 1;
  // "A source at the commission's office": an owner's phrase leaves its article before it.
  if (phrase.kind === 'role' && isPossessive(tokens[phrase.start]) && tokens[linkIndex]?.lower === 'the') linkIndex--;
  const link = linkIndex >= 0 ? tokens[linkIndex] : undefined;
  // "in"/"on" link a role only to a common noun ("a voice-over in the ad"); "a woman in Ohio" says where she is, and
  // she speaks, not Ohio ("The Russian embassy in London dismissed …").
  const placeLink = (link?.lower === 'in' || link?.lower === 'on') && phrase.kind !== 'role';
  const placed = tokens[linkIndex - 1];
  // "Officials in Ohio said": a plural opening the sentence is capitalized, and needs no determiner.
  const bareOpening = linkIndex - 1 === low && isWord(placed) && isPlural(placed.lower);
  if (placeLink && link.lower === 'in' && (isCommonNoun(placed) || bareOpening)) {
    const holder = phraseEndingAt(tokens, linkIndex - 1, low);
    if (holder !== null && (bareOpening || (holder.kind === 'role' && (isDeterminer(tokens[holder.start]) || isPlural(placed.lower))))) return holder;
  }
  // "A man near the door shouted", "a woman outside the hall said": a person placed by a thing speaks, not the thing.
  if (SPATIAL_LINKS.has(link?.lower ?? '') && linkIndex - 1 >= low && isPersonWord(placed?.lower ?? '')) {
    const holder = phraseEndingAt(tokens, linkIndex - 1, low);
    if (holder?.kind === 'role') return holder;
  }
  // "Ann Lee in Ohio said", "The Peoples Democratic Party (PDP) in Lagos accused": a name placed somewhere speaks, not the place.
  if (placeLink && link.lower === 'in' && linkIndex - 1 >= low && (isNameWord(placed) || placed?.lower === ')')) {
    const holder = phraseEndingAt(tokens, linkIndex - 1, low);
    // ("Six in 10 Republicans said": a share, not a name.)
    if (holder?.kind === 'name' && !SMALL_NUMBER_WORDS.has(tokens[holder.start].lower)) return holder;
  }
  // "Voters in Iowa and New Hampshire say": the places joined by "and" share the holder before the first.
  if (phrase.kind === 'name' && (link?.lower === 'and' || link?.lower === 'or') && isNameWord(tokens[linkIndex - 1])) {
    const first = phraseEndingAt(tokens, linkIndex - 1, low);
    if (first !== null && first.end < linkIndex && (tokens[first.end].lower === 'in' || tokens[first.end].lower === 'from')) return first;
  }
  // ("A longtime adviser to Mr. Kinsey said": a role that serves someone links to them with "to".)
  const servesLink = link?.lower === 'to' && SERVING_ROLES.has(tokens[linkIndex - 1]?.lower);
  if (isWord(link) && (ROLE_LINKS.has(link.lower) || servesLink) && !placeLink && linkIndex - 1 >= low) {
    const role = roleEndingAt(tokens, linkIndex - 1, low);
    if (role !== null) {
      // "the foreign minister of the island nation of Tuvalu": the role before each link heads the phrase.
      let start = role.start;
      for (let outer: Phrase | null = role; outer !== null && tokens[outer.start - 1]?.lower === 'of' && outer.start - 2 >= low;) {
        outer = roleEndingAt(tokens, outer.start - 2, low);
        if (outer !== null) start = outer.start;
      }
      // "Farmers in the northern state of Punjab said": the people placed in a place's noun and its name speak.
      if (PLACE_NOUNS.has(tokens[linkIndex - 1].lower) && tokens[start - 1]?.lower === 'in' && start - 2 >= low) {
        const holder = phraseEndingAt(tokens, start - 2, low);
        if (holder !== null) return holder;
      }
      return { start, end: phrase.end, kind: 'role' };
    }
  }
  // "Ann Lee of the dock union said", "Ann Lee from Ohio said": the name before the link heads the phrase ("Dozens of
  // residents say": not a count of the people).
  if (isWord(link) && NAME_LINKS.has(link.lower) && linkIndex - 1 >= low && isNameWord(tokens[linkIndex - 1]) && !COUNT_NOUNS.has(tokens[linkIndex - 1].lower)) {
    const name = phraseEndingAt(tokens, linkIndex - 1, low);
    if (name?.kind === 'name') return name;
  }
  // "A blogger with more than a million followers wrote": the one who has what "with" adds speaks.
  const withIndex = link?.lower === 'than' && (tokens[linkIndex - 1]?.lower === 'more' || tokens[linkIndex - 1]?.lower === 'fewer') ? linkIndex - 2 : linkIndex;
  const holderNoun = tokens[withIndex - 1]?.lower;
  if (tokens[withIndex]?.lower === 'with' && withIndex - 1 >= low && isPeopleNoun(holderNoun)) {
    const holder = phraseEndingAt(tokens, withIndex - 1, low);
    if (holder?.kind === 'role') return holder;
  }
  return phrase;
}

/** A quote, or the mark that ends a sentence or clause (". ! ? ; :"): where a cue's search after a quote stops. */
function closesClause(token: Token): boolean {
  return token.type === 'quote' || (token.type === 'punct' && '.!?;:'.includes(token.lower));
}

/** The comma closing the aside that opens at token `from`, before the sentence ends or `limit`; null when none does. */
function closingComma(tokens: Token[], from: number, limit: number): number | null {
  for (let index = from; index < limit; index++) {
    const token = tokens[index];
    if (token.lower === ',') return index;
    if (closesClause(token)) return null;
  }
  return null;
}

/** How many lowercase words a descriptor of a name may have after its "the": "the consumer group Pier Watch". */
const DESCRIPTOR_NOUNS = 3;

/**
 * Where "the" opens a descriptor of the name starting at token `start` ("the group Pier Watch"), or where one starts
 * after a role's link ("chief executive of supermarket giant FreshWay"); else `start`.
 */
function descriptorStart(tokens: Token[], start: number, low: number): number {
  for (let at = start - 1; at >= low && at >= start - DESCRIPTOR_NOUNS - 1; at--) {
    if (tokens[at].lower === 'the') return at < start - 1 ? at : start;
    if (ROLE_LINKS.has(tokens[at].lower) && at < start - 1) return at + 1;
    if (!isCommonNoun(tokens[at])) return start;
  }
  return start;
}

/** Set phrases of time that may stand between a subject and its cue, as an adverb does; and their last words. */
const TIME_PHRASES_BEFORE_CUE = new Set(['at the time', 'at one point', 'at that point', 'in the past', 'for his part', 'for her part', 'for their part']);
const TIME_PHRASE_ENDS = new Set([...TIME_PHRASES_BEFORE_CUE].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)));

/** Back from `index` past the adverbs, times and verbs of control between a subject and its cue. */
function pastWordsBetween(tokens: Token[], index: number, low: number): number {
  while (index >= low && isWord(tokens[index]) && (isBetweenSubjectAndCue(tokens[index]) || governsInfinitive(tokens, index)) && !endsName(tokens, index)) index--;
  return index;
}

/** Subject of the cue at `cue`: the phrase before it, skipping adverbs and a ", who …," or ", the …," aside. */
function subjectBefore(tokens: Token[], cue: number, low: number): Phrase | null {
  // "“…,” May said", "Will wrote": a capitalized modal or month alone before the cue is a surname.
  if (cue === low + 1 && isSurnameWord(tokens[low])) return { start: low, end: cue, kind: 'name' };
  let index = cue - 1;
  // "Student body president Marcus Delaney ’24 called …": a class year after the name.
  if (index - 1 > low && /^\d\d$/.test(tokens[index].lower) && isApostropheCode(tokens[index - 1].lower.charCodeAt(0)) && tokens[index - 1].type === 'punct') index -= 2;
  index = pastWordsBetween(tokens, index, low);
  // "Trump at the time said", "she at one point told": a set phrase of time between the subject and the cue.
  if (index - 2 >= low && TIME_PHRASE_ENDS.has(tokens[index].lower) && TIME_PHRASES_BEFORE_CUE.has(`${tokens[index - 2].lower} ${tokens[index - 1].lower} ${tokens[index].lower}`)) {
    index = pastWordsBetween(tokens, index - 3, low);
  }
  // "Katherine Greaves – no relation – said": an aside between dashes, as one between commas.
  const asideOpening = DASHES.includes(tokens[index]?.lower) ? openingDashBefore(tokens, index, low) : -1;
  if (asideOpening > low) index = pastWordsBetween(tokens, asideOpening - 1, low);
  // "A … report released Wednesday concluded": a participle and its day modify the subject.
  if (index > low && index < cue - 1 && isWord(tokens[index]) && !tokens[index].capitalized && tokens[index].lower.endsWith('ed') && DATE_NAMES.has(tokens[index + 1].lower)) index--;
  if (index < low) return null;
  // "Pike, quoting “…,” said": the quote closes a participle aside whose comma it holds.
  const participle = tokens[index - 1];
  if (tokens[index].type === 'quote' && isPresentParticiple(participle) && tokens[index - 2]?.lower === ',') {
    return phraseEndingAt(tokens, index - 3, low);
  }
  // "Jane Roe, author of “The Quiet Bench,” said": a quote holds the comma closing an aside after the name.
  if (tokens[index].type === 'quote' && !tokens[cue].capitalized) return nameBeforeAside(tokens, index, low);
  const phrase = notRecipient(tokens, leaderOfCompanions(tokens, withoutRelativeOpening(tokens, relativeClauseHead(tokens, index, low) ?? affiliatedName(tokens, participleHead(tokens, subjectEndingAt(tokens, index, low), low), low)), low), low);
  // "A former Republican presidential candidate -- John McCain, who … -- said": the name opening the aside after a role.
  if (asideOpening > low && phrase?.kind === 'role') {
    let named = asideOpening;
    while (DASHES.includes(tokens[named].lower)) named++;
    const holder = phraseStartingAt(tokens, named, cue);
    if (holder?.kind === 'name') return holder;
  }
  // "Giovanni Vian, the editor of the paper, L'Osservatore Romano, said": the name opening the chain speaks.
  const inChain = phrase !== null && tokens[index].lower === ',' && phrase.start > low && tokens[phrase.start - 1].lower === ',';
  return inChain ? openingName(tokens, { start: low, end: cue }) ?? phrase : phrase;
}

/** The dash that opens a short aside closed by the dash at `closing`, or -1 (no quote in between). */
function openingDashBefore(tokens: Token[], closing: number, low: number): number {
  // ("--" is two tokens.)
  let inside = closing - 1;
  while (inside > low && DASHES.includes(tokens[inside].lower)) inside--;
  for (let open = inside; open > low && open >= inside - ASIDE_WORDS; open--) {
    if (tokens[open].type === 'quote') return -1;
    if (!DASHES.includes(tokens[open].lower)) continue;
    while (open - 1 > low && DASHES.includes(tokens[open - 1].lower)) open--;
    return open;
  }
  return -1;
}

/**
 * The name before the comma that opens the aside a quote at `closing` ends, if the aside is short and holds no other
 * quote ("Clinton, and said he “…”" opens a clause, no aside).
 */
function nameBeforeAside(tokens: Token[], closing: number, low: number): Phrase | null {
  for (let open = closing - 1; open > low && open >= closing - ASIDE_WORDS; open--) {
    if (tokens[open].type === 'quote') return null;
    if (tokens[open].lower === ',') {
      if (CONJUNCTIONS.has(tokens[open + 1].lower)) return null;
      const named = phraseEndingAt(tokens, open - 1, low);
      return named?.kind === 'name' ? named : null;
    }
  }
  return null;
}

/** How many words an aside set off after a name may hold before a quote closes it. */
const ASIDE_WORDS = 12;

/**
 * "Another message, sent to a retired electrician, Bruce Halloran, in March 2019, said": a name the words were sent to
 * receives them; the phrase before the participle (the message) speaks.
 */
function notRecipient(tokens: Token[], phrase: Phrase | null, low: number): Phrase | null {
  if (phrase?.kind !== 'name') return phrase;
  for (let at = phrase.start - 1; at > low + 1 && at >= phrase.start - RECIPIENT_REACH; at--) {
    if (tokens[at].lower !== 'to' || !SENDING_PARTICIPLES.has(tokens[at - 1].lower)) continue;
    // (Only in an aside: "In a letter sent to parents Thursday, Pruitt wrote" keeps its subject.)
    return tokens[at - 2].lower === ',' ? phraseEndingAt(tokens, at - 3, low) : phrase;
  }
  return phrase;
}

/** Participles of sending before "to" and its recipient: "sent to", "addressed to". */
const SENDING_PARTICIPLES = new Set(['sent', 'addressed', 'delivered', 'forwarded', 'mailed', 'emailed', 'texted', 'copied', 'written']);
/** How far before the name "sent to" may stand: "sent to a retired electrician, Bruce Halloran". */
const RECIPIENT_REACH = 8;

/** "Mark Hole and his wife said": the one named speaks for those the phrase gives him ("his wife", "her lawyers"). */
function leaderOfCompanions(tokens: Token[], phrase: Phrase | null, low: number): Phrase | null {
  if (phrase?.kind !== 'role' || (tokens[phrase.start].lower !== 'his' && tokens[phrase.start].lower !== 'her') || tokens[phrase.start - 1]?.lower !== 'and') return phrase;
  const leader = phraseEndingAt(tokens, phrase.start - 2, low);
  return leader?.kind === 'name' && leader.end === phrase.start - 1 ? leader : phrase;
}

/** "a label scientists dismissed": the subject of a relative clause after a label's noun, without the noun. */
function withoutRelativeOpening(tokens: Token[], phrase: Phrase | null): Phrase | null {
  if (phrase?.kind !== 'role' || phrase.end - phrase.start < 2 || !isDeterminer(tokens[phrase.start])) return phrase;
  // "a project critics have called", "a measure advocates for homeless people called": a thing, then people in the plural.
  if (!LABEL_NOUNS.has(tokens[phrase.start + 1].lower)) {
    const people: Phrase = { start: phrase.start + 2, end: phrase.end, kind: 'role' };
    const plural = tokens[phrase.start + 2];
    const singular = tokens[phrase.start].lower === 'a' || tokens[phrase.start].lower === 'an' || tokens[phrase.start].lower === 'the';
    return singular && phrase.end - phrase.start >= 3 && isWord(plural) && !plural.capitalized && isPlural(plural.lower) && isThing(tokens, { start: phrase.start, end: phrase.start + 2, kind: 'role' }) && !isThing(tokens, people) ? people : phrase;
  }
  // "“second-class ordination,” a phrase repeated from the floor": a name for something says nothing ("a statement" does).
  if (phrase.end - phrase.start === 2) return NAMING_NOUNS.has(tokens[phrase.start + 1].lower) ? null : phrase;
  return { ...phrase, start: phrase.start + 2 };
}

/**
 * "a reading that controllers described as “…”": the subject of a relative clause whose cue takes the quote after it,
 * without "that" (a clause after the quote, "“…,” a standard that critics say is …", credits no one).
 */
function withoutRelativeThat(tokens: Token[], phrase: Phrase | null, cue: number, quoteIndex: number): Phrase | null {
  const relative = phrase?.kind === 'role' && phrase.end - phrase.start > 1 && tokens[phrase.start].lower === 'that' && isCommonNoun(tokens[phrase.start - 1]);
  return relative && quoteIndex > cue ? { ...phrase, start: phrase.start + 1 } : phrase;
}

/**
 * Nouns of what a text calls something, which a relative clause may follow: "a charge she denies", "a label scientists
 * dismissed", "a process forecasters call".
 */
const NAMING_NOUNS = new Set(['label', 'term', 'nickname', 'moniker', 'phrase', 'word', 'expression', 'name', 'process', 'practice', 'phenomenon', 'strategy', 'tactic', 'concept']);
const LABEL_NOUNS = new Set([...CLAIM_NOUNS, ...NAMING_NOUNS]);

/** How many words may describe an organization between its link and its name ("of the Hamburg-based group"). */
const AFFILIATION_WORDS = 4;

/**
 * "Ann Lee of the Hamburg-based group Elbe Alive said": a name after its organization's noun and a link is the
 * affiliation of the person named before the link, who speaks.
 */
function affiliatedName(tokens: Token[], phrase: Phrase | null, low: number): Phrase | null {
  if (phrase?.kind !== 'name' || !ORGANIZATION_NOUNS.has(tokens[phrase.start - 1]?.lower)) return phrase;
  let link = phrase.start - 2;
  while (link > low && link >= phrase.start - 1 - AFFILIATION_WORDS && isWord(tokens[link]) && !LINKS.has(tokens[link].lower)) link--;
  if (!LINKS.has(tokens[link]?.lower) || link - 1 < low) return phrase;
  const person = phraseEndingAt(tokens, link - 1, low);
  return person?.kind === 'name' ? person : phrase;
}

/** Prepositions of a phrase that may open a clause before its verb: "and in an interview last fall promised". */
const OPENING_PREPOSITIONS = new Set(['in', 'during', 'at', 'on', 'with', 'through', 'via']);

/** The part of the sentence after its last semicolon, or ", but" and a new subject, before token `index`; else the whole sentence. */
function clauseWithOwnSubject(tokens: Token[], sentence: Span, index: number): Span {
  for (let at = index - 1; at > sentence.start; at--) {
    if (tokens[at].lower === ';') return { start: at + 1, end: sentence.end };
    // "She did not return my call, but a district spokesman, Terrence Voight, sent an email saying …": so does ", but",
    // and ", while" ("Brandt signed an order, while Mark Hollis proposed we “…”").
    if (CONTRASTING.has(tokens[at].lower) && tokens[at - 1].lower === ',' && isWord(tokens[at + 1]) && subjectOpensAt(tokens, at + 1)) return { start: at + 1, end: sentence.end };
  }
  return sentence;
}

const CONTRASTING = new Set(['but', 'while', 'whereas']);

/**
 * "in a clip that Judge Ann Morrow called “distasteful,” Pete Santos expressed …": where the clause opens that a name
 * starts right after the cue's own quote, before `quoteIndex` (the cue speaks no further); -1 when there is none.
 */
function clauseAfterCueQuote(tokens: Token[], cueIndex: number, quoteIndex: number): number {
  const cue = cueAtToken(tokens, cueIndex);
  if (cue === null) return -1;
  let object = cueIndex + cue.length;
  if (tokens[object]?.lower === 'it' || OBJECT_PRONOUNS.has(tokens[object]?.lower)) object++;
  return object + 1 < quoteIndex && tokens[object].type === 'quote' && isNameWord(tokens[object + 1]) ? object + 1 : -1;
}

/**
 * The name right before the verb in the past nearest before the "and" at `and`, within its clause; null when there is
 * none. (A pronoun or a role is left to the rules that read the sentence's subject.)
 */
function joinedVerbSubject(tokens: Token[], and: number, low: number): Phrase | null {
  for (let at = and - 1; at > low && at >= and - JOINED_VERB_REACH && tokens[at].lower !== ','; at--) {
    const token = tokens[at];
    if (!isWord(token) || token.capitalized || !(token.lower.endsWith('ed') || IRREGULAR_PAST.has(token.lower))) continue;
    const subject = isNameWord(tokens[at - 1]) ? subjectBefore(tokens, at, low) : null;
    if (subject !== null) return subject.kind === 'name' ? subject : null;
  }
  return null;
}

/** How many tokens before "and" the verb it joins may stand: "handed him a knife and said". */
const JOINED_VERB_REACH = 10;

/** Whether a noun phrase, a name or a pronoun opens a clause at `at` ("a district spokesman", "Ann Lee", "she"), not a verb. */
function subjectOpensAt(tokens: Token[], at: number): boolean {
  return isDeterminer(tokens[at]) || isNameWord(tokens[at]) || PERSONAL_PRONOUNS.has(tokens[at].lower);
}

/** Verbs whose object may be a cue in -ing: "she regretted saying", "he denied calling it". */
const GERUND_VERBS = new Set(['regretted', 'regrets', 'denied', 'denies', 'recalled', 'recalls', 'remembered', 'remembers', 'admitted', 'admits', 'defended', 'defends', 'avoided', 'stopped', 'kept', 'keeps']);

/** "Pruitt asked whether she regretted saying …": the cue in -ing is the verb's object, and the verb's subject speaks. */
function gerundSubject(tokens: Token[], participle: number, low: number): Phrase | null {
  return participle - 2 >= low && GERUND_VERBS.has(tokens[participle - 1].lower) ? subjectBefore(tokens, participle - 1, low) : null;
}

/** Verbs that report someone else's words: "the agency quoted X as saying". */
const QUOTING_VERBS = new Set(['quoted', 'quoting', 'quotes', 'quote']);

/**
 * "The agency quoted X as saying …", "X was quoted as saying …": wire copy credits the person quoted, not the
 * medium quoting them, with a participle after "as".
 */
function quotedAsSaying(tokens: Token[], participle: number, low: number): Phrase | null {
  const as = participle - 1;
  if (tokens[as]?.lower !== 'as') return null;
  // "X, a mother of three who …, was quoted as saying": the subject before an aside.
  // ("was quoted by the Courier as saying": the medium named after "by".)
  const verb = passiveQuotingVerbBefore(tokens, as);
  if (verb >= 0 && PASSIVE_AUXILIARIES.has(tokens[verb - 1]?.lower)) return verb - 2 >= low ? subjectEndingAt(tokens, verb - 2, low) : null;
  // The person quoted, with any role before the name: "quoted interior minister Ann Lee as saying".
  const activeVerb = quotingVerbBefore(tokens, as - 1, low);
  // "Xinhua quoted him as saying": the one the pronoun stands for.
  if (activeVerb >= 0 && activeVerb === as - 2 && OBJECT_PRONOUNS.has(tokens[as - 1].lower)) return { start: as - 1, end: as, kind: 'pronoun' };
  if (activeVerb >= 0) {
    const quoted = phraseStartingAt(tokens, activeVerb + 1, as);
    return quoted !== null && quoted.end === as ? quoted : null;
  }
  // Or the name set off after the role: "quoted a councillor, Sylvie Perrottet, as saying".
  if (tokens[as - 1]?.lower !== ',') return null;
  let comma = as - 2;
  while (comma > low && comma >= as - 1 - ROLE_WORDS && isWord(tokens[comma])) comma--;
  if (tokens[comma]?.lower !== ',' || quotingVerbBefore(tokens, comma, low) < 0) return null;
  const named = phraseStartingAt(tokens, comma + 1, as - 1);
  return named !== null && named.end === as - 1 ? named : null;
}

/** "said one, Natalie Borowski, a nurse": the name set off after an indefinite "one" or "another". */
function namedAfterIndefinite(tokens: Token[], at: number, high: number): Phrase | null {
  if (!INDEFINITE_SPEAKERS.has(tokens[at]?.lower) || tokens[at + 1]?.lower !== ',') return null;
  const named = phraseStartingAt(tokens, at + 2, high);
  return named?.kind === 'name' ? named : null;
}

/** The quoting verb right before "as", or before "by" and the few words of a medium before it ("quoted by the Courier as"); else -1. */
function passiveQuotingVerbBefore(tokens: Token[], as: number): number {
  if (QUOTING_VERBS.has(tokens[as - 1]?.lower)) return as - 1;
  for (let by = as - 2; by >= 1 && by >= as - 1 - ROLE_WORDS && isWord(tokens[by]); by--) {
    if (tokens[by].lower === 'by') return QUOTING_VERBS.has(tokens[by - 1].lower) ? by - 1 : -1;
  }
  return -1;
}

/** The quoting verb among the few words right before token `end` (exclusive), or -1. */
function quotingVerbBefore(tokens: Token[], end: number, low: number): number {
  for (let verb = end - 1; verb >= low && verb >= end - ROLE_WORDS && isWord(tokens[verb]); verb--) {
    if (QUOTING_VERBS.has(tokens[verb].lower)) return verb;
  }
  return -1;
}

/** Words a relative clause may span before its verb's subject ("pilots who have sailed the channel argue"). */
const RELATIVE_CLAUSE_WORDS = 16;

/**
 * "pilots who have sailed the channel argue", "an official who spoke on condition of anonymity because he was not
 * authorized to discuss the matter said": the words before the cue end a relative clause without commas; the phrase
 * before "who" is the subject. A "that" or another cue on the way back is a clause of its own ("reporters who
 * asked whether the mayor said"), and stops the search.
 */
function relativeClauseHead(tokens: Token[], index: number, low: number): Phrase | null {
  // "X, a retiree who voted for Y, said": a clause closed by a comma is inside an aside, which the aside rules read;
  // in "who gained fame when he yelled" the pronoun is the cue's own subject.
  if (!isWord(tokens[index]) || PERSONAL_PRONOUNS.has(pronounOf(tokens[index].lower))) return null;
  for (let who = index - 1; who > low && who >= index - RELATIVE_CLAUSE_WORDS; who--) {
    const token = tokens[who];
    if (!isWord(token) || token.lower === 'that') return null;
    if (token.lower === 'who') return isWord(tokens[who - 1]) ? phraseEndingAt(tokens, who - 1, low) : null;
    if (tokens[who - 1]?.lower !== 'who' && cueAtToken(tokens, who) !== null) return null;
  }
  return null;
}

/** Prepositions of a participle's object: the links, and those of place and motion ("marching through the streets"). */
const PARTICIPLE_LINKS = new Set([...LINKS, 'through', 'across', 'into', 'outside', 'inside', 'near', 'along', 'around', 'toward', 'towards', 'past', 'behind', 'beside', 'under', 'over']);

/**
 * "a source speaking to the Ledger said", "a group working for farmers said": a phrase after a
 * participle and its preposition is the participle's object; the subject is the phrase before it.
 */
function participleHead(tokens: Token[], phrase: Phrase | null, low: number): Phrase | null {
  if (phrase === null || phrase.kind === 'pronoun' || !PARTICIPLE_LINKS.has(tokens[phrase.start - 1]?.lower)) return phrase;
  const participle = tokens[phrase.start - 2];
  const linkedAdjective = isWord(participle) && LINKED_ADJECTIVES.has(participle.lower);
  if (!(isPresentParticiple(participle) || linkedAdjective) || phrase.start - 3 < low) return phrase;
  const head = phraseEndingAt(tokens, phrase.start - 3, low);
  // "a person familiar with the talks" says who the person is only whole.
  return linkedAdjective && head?.kind === 'role' ? { start: head.start, end: phrase.end, kind: 'role' } : head ?? phrase;
}

/** Words that tie a speaker to what the link names: "a person familiar with the talks", "a source close to the couple". */
const LINKED_ADJECTIVES = new Set(['familiar', 'close', 'closest', 'privy', 'knowledgeable', 'briefed', 'involved', 'allied', 'aligned', 'loyal', 'opposed', 'sympathetic', 'friendly']);

/**
 * The participle's own subject: "with X calling it …", and "X saying …" opening the sentence or a
 * clause after a dash or "and" ("… – Roth saying she was “…” and Reis calling it “…”").
 */
function participleOwnSubject(tokens: Token[], participle: number, sentence: Span): Phrase | null {
  // "Kowalczyk can be heard shouting “…”": the one heard or seen doing it, before the passive.
  const witnessed = heardSubjectEnd(tokens, participle, sentence.start);
  if (witnessed >= 0) return phraseEndingAt(tokens, witnessed, sentence.start);
  // "with X reportedly yelling": an adverb may sit between the participle and its subject.
  let end = participle - 1;
  while (end > sentence.start && isWord(tokens[end]) && isAdverb(tokens[end])) end--;
  // "what conservationists are calling “…”": a progressive's subject stands before its auxiliary, when the quote is
  // its object (not in "the vision Democrats are offering, in contrast to “…”").
  const object = tokens[participle + 1]?.type === 'quote' || (DETERMINERS.has(tokens[participle + 1]?.lower) && tokens[participle + 2]?.type === 'quote');
  if (object && PROGRESSIVE_AUXILIARIES.has(tokens[end]?.lower) && end - 1 >= sentence.start) return isWord(tokens[end - 1]) ? phraseEndingAt(tokens, end - 1, sentence.start) : null;
  const phrase = isWord(tokens[end]) ? phraseEndingAt(tokens, end, sentence.start) : null;
  if (phrase === null) return null;
  // "a video of Lee saying …": the one recorded doing it.
  for (let at = phrase.start + 1; at < end; at++) {
    if (tokens[at].lower === 'of' && RECORDING_NOUNS.has(tokens[at - 1].lower)) return phraseEndingAt(tokens, end, at + 1);
  }
  const opener = tokens[phrase.start - 1]?.lower;
  // "The recording shows Kessing telling supporters …": seen or heard doing it.
  const own = opener === 'with' || WITNESS_VERBS.has(opener ?? '') || (isNameWord(tokens[end]) && (phrase.start === sentence.start || opener === 'and' || DASHES.includes(opener ?? '')));
  return own ? phrase : null;
}

const PROGRESSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am']);

/** "X can be heard shouting", "X was seen telling": the last token of X, before the passive of hearing or seeing; else -1. */
function heardSubjectEnd(tokens: Token[], participle: number, low: number): number {
  const verb = tokens[participle - 1]?.lower;
  if ((verb !== 'heard' && verb !== 'seen') || !PROGRESSIVE_AUXILIARIES.has(tokens[participle - 2]?.lower)) return -1;
  const end = MODALS.has(tokens[participle - 3]?.lower) ? participle - 4 : participle - 3;
  return end >= low && isWord(tokens[end]) ? end : -1;
}

/** Whether a comma before `before` (not before `low`) opens an aside with an article: ", a lawyer at …". */
function opensAppositiveBefore(tokens: Token[], before: number, low: number): boolean {
  for (let comma = before - 1; comma > low; comma--) {
    if (tokens[comma].type === 'quote') return false;
    if (tokens[comma].lower === ',') return INDEFINITE_DETERMINERS.has(tokens[comma + 1]?.lower) || tokens[comma + 1]?.lower === 'the';
  }
  return false;
}

/** Verbs whose object is seen or heard doing what the participle after it says. */
const WITNESS_VERBS = new Set(['show', 'shows', 'showed', 'shown', 'showing', 'see', 'sees', 'saw', 'seen', 'hear', 'hears', 'heard', 'watch', 'watched', 'caught', 'captured', 'captures', 'depicts', 'depicted', 'features', 'featured']);
/** Recordings "of" someone doing something. */
const RECORDING_NOUNS = new Set(['video', 'videos', 'footage', 'recording', 'recordings', 'clip', 'clips', 'audio', 'tape', 'tapes']);

/** The subject ending at token `index`, skipping back over an aside that `index` closes. */
function subjectEndingAt(tokens: Token[], index: number, low: number): Phrase | null {
  if (tokens[index].lower === ',' || tokens[index].lower === '—' || tokens[index].lower === ')') {
    // Skip back over an aside to the phrase before it: "Trump, the nominee, said".
    let placedHolder: Phrase | null = null;
    for (let open = index - 1; open >= low && open >= index - 25; open--) {
      const token = tokens[open];
      // "Lila Brandt, a lawyer at the Foundation for Free Speech (FFS), said": a parenthesis inside a longer aside.
      if (token.lower === '(' && opensAppositiveBefore(tokens, open, Math.max(low, index - 25))) continue;
      if (token.lower === ',' || token.lower === '—' || token.lower === '(') {
        // "The paper, Lind said, called it …": the aside's speaker reports the whole clause.
        const asideCue = cueAtToken(tokens, index - 1);
        const reporter = asideCue !== null && !asideCue.form.participle ? phraseEndingAt(tokens, index - 2, open + 1) : null;
        if (reporter !== null && reporter.start === open + 1) return reporter;
        // "the alliance's chairwoman, Grace Mwangi, told": a name filling the aside is the speaker
        // (not a tag such as "R-Ky." or "Md.", nor a party or place in brackets: "Ann Lee (Greens) said").
        const aside = phraseEndingAt(tokens, index - 1, open + 1);
        // "The post, written by volunteer Caitlin Morrow, described …": a document's writer, set off after it, speaks.
        if (aside?.kind === 'name' && isWriterSetOff(tokens, open)) return aside;
        // "One, a retired British Army officer named Geoffrey Ainsworth, wrote": the one the aside names.
        if (aside?.kind === 'name' && tokens[aside.start - 1]?.lower === 'named' && aside.start - 2 > open) return aside;
        const tag = aside !== null && ((aside.end - aside.start === 1 && /\.$|^[a-z]-/.test(tokens[aside.start].lower)) || token.lower === '(');
        const phrase = phraseEndingAt(tokens, open - 1, low);
        // "Jane Roe, CEO of Acme, said": a capitalized role filling the aside describes the name before it.
        const describesName = aside !== null && ROLE_NOUNS.has(tokens[aside.start].lower) && phrase?.kind === 'name';
        // "A spokesman for the contractor, Roadfix Ltd, said": a company filling the aside names the noun before it
        // (which speaks), unless that noun is the company ("His company, Pike Holdings, said").
        const company = aside !== null && COMPANY_ENDINGS.has(tokens[aside.end - 1].lower) && phrase?.kind === 'role' && !ORGANIZATION_NOUNS.has(roleHead(tokens, phrase).lower);
        // The name may follow descriptors: "One of the protesters, nurse Ann Lee, said", "One of them, the filmmaker Amara Nwosu, said".
        const descriptorsStart = tokens[open + 1]?.lower === 'the' && isCommonNoun(tokens[open + 2]) ? open + 2 : open + 1;
        // ("in Muncie, Indiana, wrote": a state after a town the aside placed someone in is no name filling it, and
        // "Leah Brandvold, who ran the plant in Muncie, Indiana, wrote": a relative clause is no name at all.)
        const stateOfTown = aside !== null && isStateOfTown(tokens, aside, open, low);
        const relative = RELATIVE_PRONOUNS.has(tokens[open + 1]?.lower);
        if (aside !== null && aside.kind === 'name' && descriptorsFrom(tokens, descriptorsStart, aside.start) === aside.start && !tag && !describesName && !company && !stateOfTown && !relative) return aside;
        // "Johnnie Wilson, 59, of Springfield, Va., said", "…, a cardiologist in Bethesda, Md., who …, said": ages and
        // places belong to a longer aside.
        const stateTag = phrase !== null && phrase.end - phrase.start === 1 && tokens[phrase.start].lower.endsWith('.') && tokens[phrase.start - 1]?.lower === ',';
        // The place may also follow the phrase's holder, which leaves it out ("a cardiologist" in Bethesda).
        const placed = phrase !== null && phrase.end < open && PLACE_LINKS.has(tokens[phrase.end].lower);
        // "A worker in Dayton, Ohio, who …, said": the state closes the aside that placed someone in its town.
        const townState = phrase !== null && tokens[phrase.start - 1]?.lower === ',' && isStateOfTown(tokens, phrase, phrase.start - 1, low);
        if (townState) {
          const holder = phraseEndingAt(tokens, phrase.start - 2, low);
          if (holder !== null && holder.kind === 'role' && holder.end < phrase.start - 1 && PLACE_LINKS.has(tokens[holder.end].lower)) placedHolder ??= holder;
        }
        const partOfAside = phrase === null ? /^\d/.test(tokens[open - 1]?.lower ?? '') : PLACE_LINKS.has(tokens[phrase.start - 1]?.lower) || stateTag || placed || townState
          || inRelativeClause(tokens, phrase.start, low)
          // "Ann Lee, policy director at the Heartland Alliance, a small group, said": the object of an earlier aside.
          || (LINKS.has(tokens[phrase.start - 1]?.lower) && commaBefore(tokens, phrase.start - 1, low))
          // "Ann Lee, mayor of Springfield and Dayton, who …, said": before "who", the object of a longer aside.
          || (relative && OBJECT_LINKS.has(tokens[phrase.start - 1]?.lower));
        // "a woman in Worcester, Massachusetts, told him": the one placed there speaks, unless a longer aside holds her.
        if (stateOfTown && placed && phrase.kind === 'role') placedHolder = phrase;
        // "One buyer from a London store, who asked not to be named, described …": the one the place or body holds speaks.
        if (relative && phrase !== null && PLACE_LINKS.has(tokens[phrase.start - 1]?.lower) && phrase.start - 2 >= low) {
          const holder = phraseEndingAt(tokens, phrase.start - 2, low);
          if (holder !== null && holder.kind === 'role') placedHolder ??= { start: holder.start, end: phrase.end, kind: 'role' };
        }
        if (partOfAside) continue;
        // "One strategist who has worked on Colorado House races, speaking on condition of anonymity, said": the one "who" did.
        const relativeHead = phrase === null ? null : headBeforeWho(tokens, phrase.start, low);
        if (relativeHead !== null) return relativeHead;
        // "Standing by a pile of tyres, a farmer from Wallonia, who …, shouted": the object of a preposition is no subject.
        if (placedHolder !== null && phrase !== null && (OBJECT_PREPOSITIONS.has(tokens[phrase.start - 1]?.lower) || tokens[phrase.start - 1]?.lower === 'by')) return placedHolder;
        return phrase !== null && phrase.kind !== 'pronoun' ? phrase : null;
      }
    }
    return placedHolder;
  }
  const phrase = phraseEndingAt(tokens, index, low);
  // "A Gold Star father whose son was killed in Afghanistan said": a place in the relative clause is no subject.
  if (phrase?.kind === 'name' && PLACE_LINKS.has(tokens[phrase.start - 1]?.lower)) {
    const head = headBeforeWho(tokens, phrase.start - 1, low);
    if (head !== null) return head;
  }
  // "A young farmer from Wallonia shouted": the one a place holds speaks, not the place.
  if (phrase?.kind === 'name' && ORIGIN_LINKS.has(tokens[phrase.start - 1]?.lower) && phrase.start - 2 >= low) {
    const holder = phraseEndingAt(tokens, phrase.start - 2, low);
    // (Not "a damning reaction from President Obama", whose head is a thing: there the name speaks.)
    if (holder?.kind === 'role' && holder.end === phrase.start - 1 && !isThing(tokens, holder)) return { start: holder.start, end: phrase.end, kind: 'role' };
  }
  // "A Western diplomat accredited to the IAEA put it", "a lawyer based in Miami said": the one a participle and its
  // object describe speaks, not the object.
  if (phrase !== null && phrase.start - 3 >= low && PARTICIPLE_LINKS.has(tokens[phrase.start - 1].lower) && tokens[phrase.start - 2].lower.endsWith('ed')) {
    const holder = phraseEndingAt(tokens, phrase.start - 3, low);
    if (holder?.kind === 'role' && holder.end === phrase.start - 2 && !isThing(tokens, holder)) return holder;
  }
  return phrase;
}

/** Links between someone and the place they are from or in: "a farmer from Wallonia", "officials in Beijing". */
const ORIGIN_LINKS = new Set(['from', 'in']);

/**
 * The phrase before a "who" or "whose" that opens the clause holding token `at`, with no comma between: "One strategist
 * who has worked on …", "A Gold Star father whose son was killed in Afghanistan said".
 */
function headBeforeWho(tokens: Token[], at: number, low: number): Phrase | null {
  for (let index = at - 1; index > low && isWord(tokens[index]); index--) {
    if (tokens[index].lower !== 'who' && tokens[index].lower !== 'whose') continue;
    const head = phraseEndingAt(tokens, index - 1, low);
    return head !== null && head.kind !== 'pronoun' ? head : null;
  }
  return null;
}

/** Whether a comma stands in tokens [low, end). */
function commaBefore(tokens: Token[], end: number, low: number): boolean {
  for (let at = end - 1; at >= low; at--) if (tokens[at].lower === ',') return true;
  return false;
}

/** Whether `state` (after the comma at `comma`) names a state or country after a town placed by "in", "of" or the like. */
function isStateOfTown(tokens: Token[], state: Phrase, comma: number, low: number): boolean {
  let town = comma - 1;
  while (town > low && isNameWord(tokens[town])) town--;
  return town < comma - 1 && PLACE_LINKS.has(tokens[town].lower) && STATES_AND_COUNTRIES.has(tokens.slice(state.start, state.end).map((token) => token.lower).join(' '));
}

/** The subject of a cue set off by commas inside the sentence: "…, she says, …", "…, Lee said, …". */
function parentheticalSpeaker(tokens: Token[], sentence: Span): Phrase | null {
  for (let index = sentence.start + 2; index + 1 < sentence.end; index++) {
    if (tokens[index + 1].lower !== ',' || cueAtToken(tokens, index) === null) continue;
    const phrase = phraseEndingAt(tokens, index - 1, sentence.start + 1);
    if (phrase !== null && tokens[phrase.start - 1].lower === ',') return phrase;
  }
  return null;
}

/**
 * "Giles Fenwick-Thorne, who sits on the Culture, Media and Sport Committee, said": whether token `index` is inside a
 * relative clause set off by a comma, whose own commas (of a name's list) open no aside.
 */
function inRelativeClause(tokens: Token[], index: number, low: number): boolean {
  for (let at = index - 1; at > low; at--) {
    const token = tokens[at];
    if (token.type !== 'word') return false;
    if (opensRelativeAside(tokens, at)) return true;
  }
  return false;
}

/**
 * The agent of a passive modifier: in "riders added by the opposition" a past participle between a noun
 * and "by" modifies the noun, whose words come from the agent ("said by" stays open to "the mayor said
 * by phone"; "added by way of …" has no agent).
 */
function passiveAgent(tokens: Token[], index: number, cue: CueMatch, high: number): Phrase | null {
  const word = tokens[index].lower;
  const participle = word.endsWith('ed') || word.endsWith('en') || IRREGULAR_PAST.has(word);
  const after = index + cue.length;
  if (!participle || cue.form.lemma === 'say' || tokens[after]?.lower !== 'by' || !isCommonNoun(tokens[index - 1])) return null;
  return phraseStartingAt(tokens, after + 1, high);
}

/** A lower-case content word that a noun phrase can end on ("leader", "aides"), not a time word or adverb. */
function isCommonNoun(token: Token | undefined): boolean {
  return isWord(token) && !token.capitalized && !FUNCTION_WORDS.has(token.lower) && !TIME_WORDS.has(token.lower) && !isAdverb(token);
}

/** "the case of Rep. Bradley Fensom of Kansas, who …": the person a thing's "of" names inside `phrase`, who "who" stands for. */
function nameAfterOf(tokens: Token[], phrase: Phrase): Phrase | null {
  for (let at = phrase.start; at < phrase.end - 1; at++) {
    if (tokens[at].lower === 'of' && opensName(tokens, at + 1)) return phraseStartingAt(tokens, at + 1, phrase.end);
  }
  return null;
}

/** How many words of a role may come between a capitalized word opening it and the name: "Radio host and former sheriff". */
const ROLE_CHAIN_WORDS = 6;

/**
 * Whether a role's head noun names who holds an office or a body of its own: "chief executive", "ministry". (A person's
 * office, campaign or staff speaks for the person: "said Dana Cole's office".)
 */
function isHolderNoun(head: Token): boolean {
  return ROLE_NOUNS.has(head.lower) || (COLLECTIVE_NOUNS.has(head.lower) && !PERSONAL_BODIES.has(head.lower));
}

const PERSONAL_BODIES = new Set(['office', 'campaign', 'camp', 'team', 'staff']);

/** A body of the state, which no story calls a company: "the transport ministry", "Harlan County Council". */
function isPublicBody(entity: Entity): boolean {
  return PUBLIC_BODY_WORDS.has(lastWord(entity.name).toLowerCase());
}
const PUBLIC_BODY_WORDS = new Set(['ministry', 'department', 'agency', 'council', 'government', 'police', 'office', 'committee', 'commission', 'court', 'parliament', 'senate', 'congress', 'administration', 'authority', 'assembly', 'cabinet', 'army', 'navy', 'party']);

/** Nouns a story calls a company by once it has named it: "the company said", "the carmaker said". */
const COMPANY_NOUNS = new Set(['company', 'firm', 'startup', 'carmaker', 'automaker', 'retailer', 'airline', 'insurer', 'manufacturer', 'conglomerate', 'chain', 'lender', 'bank']);

/** The speaker phrase starting at token `start` ("said Stoltenberg", "said the head of the Alliance, Jens Stoltenberg"). */
function phraseStartingAt(tokens: Token[], start: number, high: number, subject = false): Phrase | null {
  let index = start;
  while (!subject && index < high && isWord(tokens[index]) && (TIME_WORDS.has(tokens[index].lower) || isAdverb(tokens[index]))) index++;
  const token = tokens[index];
  if (index >= high || !isWord(token)) return null;
  const pronoun = pronounOf(token.lower);
  if (PERSONAL_PRONOUNS.has(pronoun) && pronoun !== 'it') return { start: index, end: index + 1, kind: 'pronoun' };
  const nameRun = (from: number): number => nameRunFrom(tokens, from, high);
  // "Wednesday's opinion": a day's or month's possessive is a determiner, not a name.
  if (isPossessive(token) && DATE_NAMES.has(token.lower.slice(0, -2))) return determinedPhrase(tokens, index, high, subject);
  if (opensName(tokens, index)) {
    const end = nameRun(index);
    // "Analysts were divided.": a role in the plural opening the sentence names no one.
    if (subject && end === index + 1 && opensWithRolePlural(tokens, index, start)) return null;
    // "WHO chief scientist Dr. Ravi Menon", "Trump campaign manager Kellyanne Conway": the person closes the phrase.
    // A subject needs a role noun right before the person ("Republican presidential candidate Jeb Bush"), not a verb.
    // ("Opposition spokesman on finance Julian Samms-Ferguson": a role noun's portfolio may follow it.)
    const portfolio = (at: number) => ROLE_LINKS.has(tokens[at]?.lower) && ROLE_NOUNS.has(tokens[at - 1]?.lower) && isCommonNoun(tokens[at + 1]);
    // ("Radio host and former sheriff Buck Lindqvist": "and" may join two roles.)
    const joinsRoles = (at: number) => tokens[at].lower === 'and' && ROLE_NOUNS.has(tokens[at - 1]?.lower);
    // (A name closed by "Jr." has no role chain after it: "said Lucien Baptiste Jr. He was …".)
    const closed = SUFFIXES_WITH_PERIOD.has(tokens[end - 1].lower);
    for (let next = end; !closed && next < high && next < end + ROLE_CHAIN_WORDS && isWord(tokens[next]) && (!FUNCTION_WORDS.has(tokens[next].lower) || portfolio(next) || joinsRoles(next)); next++) {
      if (!isNameWord(tokens[next])) continue;
      // ("Environmental group Amazonia Viva welcomed …": a body's noun before its name heads the phrase as well.)
      // ("Republican nominee-in-waiting Greg Amundsen": a role noun may head a hyphenated compound.)
      const before = tokens[next - 1].lower;
      const head = before.includes('-') ? before.slice(0, before.indexOf('-')) : before;
      // ("Millbrook resident Danielle Sorensen described …": a person's noun as well.)
      if (subject && !isPeopleNoun(head) && !ORGANIZATION_NOUNS.has(head) && !portfolio(next - 2)) break;
      return next > end ? { start: next, end: nameRun(next), kind: 'name' } : null;
    }
    // "Britain's Foreign Secretary, John Smith, said": a capitalized role after an owner gives way to the name set off after
    // it; so does a lower-case role noun that follows the owner's names ("Sudan's U.N. ambassador, Idris Karrar,").
    const holder = (end > index + 1 ? nameSetOffAfterRole(tokens, index, end - 1, high) : null)
      ?? (tokens[end] !== undefined && !tokens[end].capitalized ? nameSetOffAfterRole(tokens, index, end, high) : null);
    if (holder !== null) return holder;
    // "said Acme's chief executive, Jane Roe": the name after the possessive's role speaks, not the possessor.
    const appositive = isPossessive(tokens[end - 1]) ? determinedPhrase(tokens, end - 1, high, subject) : null;
    if (appositive?.kind === 'name') return appositive;
    // "said China's commerce ministry", "Acme's chief executive welcomed …": the owner's role or body speaks, not the owner.
    if (appositive?.kind === 'role' && isHolderNoun(roleHead(tokens, appositive))) return { start: index, end: appositive.end, kind: 'role' };
    return { start: index, end, kind: 'name' };
  }
  // "On Tuesday, analyst Carla Diaz stood up": after an opening phrase, a subject's role noun may stand bare before the name.
  if (subject && !token.capitalized && isPeopleNoun(token.lower) && isNameWord(tokens[index + 1])) {
    return { start: index + 1, end: nameRun(index + 1), kind: 'name' };
  }
  if (!subject && !token.capitalized && !FUNCTION_WORDS.has(token.lower)) {
    // A bare descriptor before the name: "said pollster Frank Luntz", "said former Gov. Jim Doyle",
    // "said former secretary of state Alma Reyes".
    for (let name = index + 1; name < high && name < index + 6 && isWord(tokens[name]); name++) {
      if (!isNameWord(tokens[name])) {
        const ofDescriptor = tokens[name].lower === 'of' && isWord(tokens[name + 1]) && !tokens[name + 1].capitalized && !FUNCTION_WORDS.has(tokens[name + 1].lower);
        if (FUNCTION_WORDS.has(tokens[name].lower) && !ofDescriptor) break;
        continue;
      }
      const end = nameRun(name);
      // A name followed by a common noun only modifies it: "said one district GOP leader", "said former
      // Obama adviser David Axelrod". (Not by its verb: "how poll worker Gladys Emmerich summed up", "from
      // commissioner Thomas Krebb appeared".)
      // (A word alone is a modifier still: "one Republican involved in the planning".)
      const verb = (tokens[end]?.lower.endsWith('ed') && end - name > 1) || cueAtToken(tokens, end) !== null;
      if (end < high && isCommonNoun(tokens[end]) && !verb) {
        name = end;
        continue;
      }
      return { start: name, end, kind: 'name' };
    }
  }
  // "…," read one. / "…," said another.: a lone indefinite speaker closing the clause.
  if (INDEFINITE_SPEAKERS.has(token.lower) && tokens[index + 1]?.type !== 'word') return { start: index, end: index + 1, kind: 'role' };
  // "said that Trump …" is a clause, not a speaker: demonstratives do not open a phrase here. A share opens a
  // subject ("62 percent of renters backed …").
  const share = subject && isDigitCode(token.lower.charCodeAt(0)) && (tokens[index + 1]?.lower === 'percent' || token.lower.endsWith('%'));
  // ("“…,” said that supporter, Mark Lindqvist": a demonstrative before one common noun and a comma does.)
  const pointed = !subject && DEMONSTRATIVES.has(token.lower) && isCommonNoun(tokens[index + 1]) && !isPlural(tokens[index + 1].lower) && tokens[index + 2]?.lower === ',';
  if ((!DETERMINERS.has(token.lower) || (DEMONSTRATIVES.has(token.lower) && !pointed)) && !isPossessive(token) && !share) return null;
  return determinedPhrase(tokens, index, high, subject);
}

/** The name set off by commas after the role noun at `role`, when a possessive among tokens [owner, role) owns the role. */
function nameSetOffAfterRole(tokens: Token[], owner: number, role: number, high: number): Phrase | null {
  if (!ROLE_NOUNS.has(tokens[role]?.lower ?? '') || tokens[role + 1]?.lower !== ',' || !opensName(tokens, role + 2) || !hasPossessive(tokens, owner, role)) return null;
  const holderEnd = nameRunFrom(tokens, role + 2, high);
  return tokens[holderEnd]?.lower === ',' ? { start: role + 2, end: holderEnd, kind: 'name' } : null;
}

/** Whether a token in [from, to) is a possessive. */
function hasPossessive(tokens: Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (isPossessive(tokens[at])) return true;
  return false;
}

/** "was told by aides": a role noun in the plural, with no determiner. */
function pluralRoleAt(tokens: Token[], index: number): Phrase | null {
  const token = tokens[index];
  return isWord(token) && isPlural(token.lower) && ROLE_NOUNS.has(token.lower.slice(0, -1)) ? { start: index, end: index + 1, kind: 'role' } : null;
}

/** Past the lower-case descriptors before a name ("nurse", "retired teacher", "former Ghanaian foreign minister"): the index of the first other token. */
function descriptorsFrom(tokens: Token[], from: number, high: number): number {
  let at = from;
  while (at < high && at < from + ROLE_WORDS && isWord(tokens[at]) && (!tokens[at].capitalized || DEMONYMS.has(tokens[at].lower)) && !FUNCTION_WORDS.has(tokens[at].lower) && cueAtToken(tokens, at) === null) at++;
  return at;
}

/** The words of a name from `from`, not reaching `high`: the index after its last word. */
function nameRunFrom(tokens: Token[], from: number, high: number): number {
  let end = from;
  while (end < high && end < from + MAX_NAME_WORDS) {
    // A surname word may open a name too: "said Will Doyle", "said May Olsen".
    if (isNameWord(tokens[end]) || (isSurnameWord(tokens[end]) && (end > from || isNameWord(tokens[end + 1])))) end++;
    else if (isWord(tokens[end]) && NAME_CONNECTORS.has(tokens[end].lower) && isNameWord(tokens[end + 1])) end += 2;
    else break;
    // "said Lucien Baptiste Jr. He was …": a suffix with its period closes the name.
    if (end > from + 1 && SUFFIXES_WITH_PERIOD.has(tokens[end - 1].lower) && tokens[end]?.lower !== 'day') break;
  }
  // "Juror No. 7": the number closes the name.
  if (end < high && personNumberedAt(tokens, end) >= from) end++;
  return end;
}

/** "Juror No. 7", "Witness 3": where the person a number at `index` names starts, else -1. */
function personNumberedAt(tokens: Token[], index: number): number {
  const number = tokens[index];
  if (!isWord(number) || !isDigitCode(number.lower.charCodeAt(0)) || !/^\d{1,3}$/.test(number.lower)) return -1;
  const noun = tokens[index - 1]?.lower === 'no.' ? index - 2 : index - 1;
  return tokens[noun]?.capitalized && NUMBERED_PEOPLE.has(tokens[noun].lower) ? noun : -1;
}

/** A phrase opened by a determiner, a possessive or a share at `index`: the role, or the name set off after it. */
function determinedPhrase(tokens: Token[], index: number, high: number, subject: boolean): Phrase | null {
  let end = index + 1;
  while (end < high && end < index + 9 && isWord(tokens[end]) && continuesPhrase(tokens, end)) {
    if (cueAtToken(tokens, end) !== null) break;
    // A past-tense word ends a subject: "the campaign released …", "the senator sought …" (but right
    // after the determiner it is an adjective: "the retired surgeon"). After a name, a word in -ed is its verb
    // in any phrase: "A Plus reporter Isaac Saul tweeted back …".
    // So does one before its agent: "a copy obtained by reporters".
    const past = tokens[end].lower.endsWith('ed') && end > index + 1 && (subject || tokens[end - 1].capitalized || tokens[end + 1]?.lower === 'by');
    if (!tokens[end].capitalized && (past || (subject && IRREGULAR_PAST.has(tokens[end].lower)))) break;
    if (subject && end > index + 1 && isPresentVerb(tokens, end)) break;
    // "one GOP strategist working on a Senate race": a participle in -ing after a role noun opens what describes it.
    if (tokens[end].lower.endsWith('ing') && ROLE_NOUNS.has(tokens[end - 1].lower)) break;
    // "the family on Monday …": a date after its preposition is no part of the role.
    if (LINKS.has(tokens[end].lower) && DATE_NAMES.has(tokens[end + 1]?.lower)) break;
    end++;
  }
  // A phrase the word limit cut ("an interview with The New York Times at the | time") ends before its last link or "and".
  while (end > index + 1 && isWord(tokens[end - 1]) && (LINKS.has(tokens[end - 1].lower) || DETERMINERS.has(tokens[end - 1].lower) || isAdverb(tokens[end - 1]) || tokens[end - 1].lower === 'and')) end--;
  if (end === index + 1) return null;
  // "A local reporter Isaac Saul": the name after the role noun closes the phrase and speaks (not in "an aide to President X").
  for (let at = index + 1; at < end - 1 && !LINKS.has(tokens[at].lower); at++) {
    if (ROLE_NOUNS.has(tokens[at].lower) && opensName(tokens, at + 1) && nameRunFrom(tokens, at + 1, high) === end) return { start: at + 1, end, kind: 'name' };
  }
  // Appositive name after the role: "the head of the Alliance, Jens Stoltenberg", "one protester, nurse Ann Lee", "the chair
  // of judges, the critic Harriet Vossberg".
  if (tokens[end]?.lower === ',' && isWord(tokens[end + 1])) {
    const descriptorsStart = tokens[end + 1].lower === 'the' && isCommonNoun(tokens[end + 2]) ? end + 2 : end + 1;
    const nameStart = descriptorsFrom(tokens, descriptorsStart, high);
    const nameEnd = opensName(tokens, nameStart) ? nameRunFrom(tokens, nameStart, high) : nameStart;
    const after = tokens[nameEnd];
    // "…, Andrew Pinkerton of the law firm …": the name may be followed by its affiliation.
    if (nameEnd > nameStart && (after === undefined || after.type === 'punct' || after.lower === 'who' || NAME_LINKS.has(after.lower))) return { start: nameStart, end: nameEnd, kind: 'name' };
  }
  return { start: index, end, kind: 'role' };
}

/**
 * "the flyer claims “…”", "the board projects that …", "the mayor likes the show": a lower-case -s form
 * after a noun, followed by what opens an object or a clause, is the verb, not a plural noun.
 */
function isPresentVerb(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (token.capitalized || !isPlural(token.lower) || isPossessive(token)) return false;
  const next = tokens[at + 1];
  return next !== undefined && (next.type === 'quote' || next.lower === 'that' || DETERMINERS.has(next.lower) || (isNameWord(next) && !isPossessive(next))
    || (next.lower === 'to' && VERBS_BEFORE_INFINITIVE.has(token.lower)));
}

/** Verbs in -s that an infinitive follows and no noun spells alike: "The mayor likes to say, “…”" (not "plans to"). */
const VERBS_BEFORE_INFINITIVE = new Set(['likes', 'loves', 'wants', 'needs', 'tends', 'hopes', 'prefers', 'continues', 'refuses', 'tries', 'wishes', 'declines']);

/** Whether a role phrase runs on over token `at`; "one of those aides": a determiner after "of" opens its second part. */
function continuesPhrase(tokens: Token[], at: number): boolean {
  const lower = tokens[at].lower;
  return !FUNCTION_WORDS.has(lower) || LINKS.has(lower) || lower === 'the' || (tokens[at - 1].lower === 'of' && DETERMINERS.has(lower))
    // "the Securities and Exchange Commission": "and" inside a name.
    || (lower === 'and' && tokens[at - 1].capitalized && tokens[at + 1]?.capitalized === true);
}

/** "would like Trump to explain", "the president's refusal to call": the phrase before an infinitive cue is another verb's object. */
function isObjectOfInfinitive(tokens: Token[], phrase: Phrase, cue: number): boolean {
  let to = cue - 1;
  while (to > phrase.end && tokens[to].lower !== 'to' && isBetweenSubjectAndCue(tokens[to])) to--;
  const before = tokens[phrase.start - 1];
  return to === phrase.end && tokens[to].lower === 'to' && isWord(before) && !before.capitalized;
}

/** Prepositions whose object a participle after it may describe: "in a statement posted on Facebook". */
const OBJECT_PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'with', 'into', 'through', 'via']);

/** "said in a statement posted on Facebook that …": a participle after a preposition's object describes it; no one posts. */
function isReducedRelative(tokens: Token[], phrase: Phrase, cue: number): boolean {
  return phrase.end === cue && phrase.kind === 'role' && tokens[cue].lower.endsWith('ed') && OBJECT_PREPOSITIONS.has(tokens[phrase.start - 1]?.lower);
}

/**
 * "… the wave of layoffs and closures demands that …": a plural role noun is no subject of a verb in
 * its -s form; the subject is further left.
 */
function disagreesInNumber(tokens: Token[], phrase: Phrase, cue: number): boolean {
  return phrase.kind === 'role' && phrase.end === cue && isPlural(tokens[phrase.end - 1].lower) && isPlural(tokens[cue].lower);
}

/** Nouns of something said, which a quote before them names: "his “read my lips” pledge", "her “basket of deplorables” remark". */
const SAYING_NOUNS = new Set([...CLAIM_NOUNS, ...STATEMENT_NOUNS, 'line', 'phrase', 'catchphrase', 'quote', 'speech', 'jab', 'gaffe', 'joke', 'tweet', 'post']);

/** Verbs in the plural right after a subject: "Insurers are", "Analysts have". */
const PLURAL_VERBS = new Set(['are', 'were', 'have']);

/**
 * "to show that a college “knowingly” misled them, a standard that critics say is …": "that" before a plural noun is
 * no determiner but a relative clause about a noun after the quote, whose speakers did not say the quoted words.
 */
function opensRelativeClause(tokens: Token[], phrase: Phrase): boolean {
  // "…, a phrase that one delegate called …": after a noun, "that" opens a clause whatever its subject.
  if (tokens[phrase.start - 1]?.lower === 'that' && isCommonNoun(tokens[phrase.start - 2])) return true;
  if (tokens[phrase.start].lower !== 'that') return false;
  // The noun the lowercase words after "that" end on: "that critics", "that privacy experts", "that negotiators for …".
  let head = phrase.start;
  while (head + 1 < phrase.end && isWord(tokens[head + 1]) && !tokens[head + 1].capitalized && !LINKS.has(tokens[head + 1].lower)) head++;
  return head > phrase.start && isPlural(tokens[head].lower);
}

/** An -s form: a plural noun ("protests") or a third-person verb ("demands"). */
function isPlural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us');
}

/**
 * "… looked into Vance's claim that the city had lost “…”", "Sund's boldest claim was that …":
 * the owner of a claim noun before the quote said it, unless a cue comes before the claim or
 * between it and the quote ("Roth said that Vance's claim that … is “…”" is Roth's).
 */
function claimOwner(tokens: Token[], cues: readonly number[], quoteIndex: number, sentence: Span): Found | null {
  for (let index = quoteIndex - 1; index > sentence.start && index >= quoteIndex - CLAIM_REACH; index--) {
    const token = tokens[index];
    const claim = isWord(token) && !token.capitalized && CLAIM_NOUNS.has(token.lower);
    if (!claim && (token.type === 'quote' || cueAtToken(tokens, index) !== null)) return null;
    if (!claim) continue;
    const that = tokens[index + 1]?.lower === 'that' || (PASSIVE_AUXILIARIES.has(tokens[index + 1]?.lower) && tokens[index + 2]?.lower === 'that');
    if (!that || cueBefore(tokens, cues, sentence.start, index)) return null;
    let owner = index - 1;
    while (owner > index - CLAIM_ADJECTIVES && owner > sentence.start && isAdjectiveLike(tokens[owner])) owner--;
    const possessor = tokens[owner];
    if (!isPossessive(possessor) || !possessor.capitalized) return null;
    const phrase = phraseEndingAt(tokens, owner, sentence.start);
    return phrase !== null && phrase.kind === 'name' ? { phrase, tokens, cue: { start: index, end: index + 1 }, ruleId: 'reported-speech' } : null;
  }
  return null;
}

/**
 * "…, the Ledger reported." / "…, reports the Herald.": a report verb with a name in a last clause after a
 * comma credits the whole sentence to that source, as "according to" does.
 */
function closingReport(tokens: Token[], index: number, sentence: Span): Phrase | null {
  if (cueAtToken(tokens, index)?.form.lemma !== 'report' || tokens[index].lower === 'reporting') return null;
  const closes = (at: number) => at >= sentence.end || (at === sentence.end - 1 && tokens[at].type === 'punct');
  if (tokens[index - 1]?.lower === ',') {
    // "…, reports the Herald."
    const first = tokens[index + 1]?.lower === 'the' ? index + 2 : index + 1;
    let end = first;
    // After its first word, a capitalized word other than a date goes on with the name ("Valley Today", "Good Morning Riverton").
    const goesOn = (token: Token) => isWord(token) && token.capitalized && !DATE_NAMES.has(token.lower);
    while (end < sentence.end && (isNameWord(tokens[end]) || (end > first && goesOn(tokens[end])))) end++;
    return end > first && closes(end) ? { start: index + 1, end, kind: 'name' } : null;
  }
  // "…, the Ledger reported."
  if (!closes(index + 1)) return null;
  let start = index;
  while (start - 1 > sentence.start && isNameWord(tokens[start - 1])) start--;
  if (start === index) return null;
  if (tokens[start - 1]?.lower === 'the') start--;
  return tokens[start - 1]?.lower === ',' ? { start, end: index, kind: 'name' } : null;
}

/**
 * A name label after a dash ("Voters agree - Paul Orlov: “…”") names the speaker more directly than any cue earlier
 * in the sentence (not "The minister warned:", whose cue the search finds).
 */
function nameLabelBefore(tokens: Token[], quoteIndex: number, sentence: Span): Found | null {
  const label = labelBefore(tokens, quoteIndex, sentence);
  return label !== null && label.phrase.kind === 'name' && cueAtToken(tokens, label.phrase.end - 1) === null ? label : null;
}

/**
 * "Source: “…”" opening the sentence, or a label after a dash ("TURNOUT ROSE - Paul Orlov: “…”"); of two names
 * ("Ann Lee and Paul Orlov:"), the first.
 */
function labelBefore(tokens: Token[], quoteIndex: number, sentence: Span): Found | null {
  if (tokens[quoteIndex - 1]?.lower !== ':') return null;
  let label = phraseEndingAt(tokens, quoteIndex - 2, sentence.start);
  if (label !== null && tokens[label.start - 1]?.lower === 'and') label = phraseEndingAt(tokens, label.start - 2, sentence.start) ?? label;
  // "From the report: “…”" names its source as a label does (a text or a name, not "From the start:").
  const source = (phrase: Phrase) => phrase.kind === 'name' || isDocumentNoun(tokens[phrase.end - 1]);
  let start = firstWordAfterNumbers(tokens, sentence);
  // "Added Lee: “…”": a cue opening the sentence is inverted before the name, no part of it.
  if (isNameWord(tokens[start + 1]) && cueAtToken(tokens, start) !== null) start++;
  // A role label is a noun phrase: "The retort came fast:" and "The statement read:" are clauses.
  const nounPhrase = (phrase: Phrase) => phrase.kind !== 'role' || isRoleOnly(tokens, phrase.start, phrase.end);
  const opening = label !== null && nounPhrase(label) && (label.start === start || (label.start === start + 1 && tokens[start].lower === 'from' && source(label))
    || (label.kind === 'name' && fromStatementBefore(tokens, label.start)));
  if (label === null || (!opening && !DASHES.includes(tokens[label.start - 1]?.lower))) label = roleNameLabel(tokens, quoteIndex - 1, start) ?? platformLabel(tokens, quoteIndex - 1, start);
  return label && { phrase: label, tokens, cue: { start: quoteIndex - 1, end: quoteIndex }, ruleId: 'adjacent-cue' };
}

/**
 * "Sen. Marisol Dunleavy (D-Nev.) on Instagram, after a practice: “…”": a newsletter's label, a name and the platform
 * it posted on, with no verb before the colon at `colon`.
 */
function platformLabel(tokens: Token[], colon: number, start: number): Phrase | null {
  const name = phraseStartingAt(tokens, start, colon, true);
  if (name?.kind !== 'name') return null;
  const on = afterParenthesis(tokens, name.end, colon);
  if (tokens[on]?.lower !== 'on' || !isNameWord(tokens[on + 1])) return null;
  for (let at = on + 2; at < colon; at++) if (cueAtToken(tokens, at) !== null || (isWord(tokens[at]) && !tokens[at].capitalized && tokens[at].lower.endsWith('ed'))) return null;
  return name;
}

/** Past a parenthesis opening at `at` ("Harry Reid (D-Nev.) said"): the index after its ")", or `at` when none opens there. */
function afterParenthesis(tokens: Token[], at: number, limit: number): number {
  if (tokens[at]?.lower !== '(') return at;
  let close = at;
  while (close < limit && tokens[close].lower !== ')') close++;
  return close + 1;
}

/** "… with a statement from spokesman Eli Ward:", "a letter by Ann Lee:": a text's author, with the role before the name. */
function fromStatementBefore(tokens: Token[], nameStart: number): boolean {
  let at = nameStart - 1;
  while (at > 0 && isWord(tokens[at]) && !tokens[at].capitalized && ROLE_NOUNS.has(tokens[at].lower)) at--;
  return (tokens[at]?.lower === 'from' || tokens[at]?.lower === 'by') && isDocumentNoun(tokens[at - 1]);
}

/** The sentence's first word after the numbers and marks of a time stamp ("14:05", "[9.30]") or a list number. */
function firstWordAfterNumbers(tokens: Token[], sentence: Span): number {
  let at = sentence.start;
  while (at < sentence.end && (tokens[at].type === 'punct' || (isWord(tokens[at]) && isDigitCode(tokens[at].lower.charCodeAt(0))))) at++;
  return at;
}

/**
 * A sentence that is only a person and their role before the colon: "Union leader Ann Lee: “…”",
 * "The head of the union, Ann Lee: “…”", "Ann Lee, union leader: “…”". A verb anywhere before the
 * colon ("Ann Lee told Paul Orlov:") makes it a clause, not a label.
 */
function roleNameLabel(tokens: Token[], colon: number, start: number): Phrase | null {
  const name = phraseStartingAt(tokens, start, colon);
  if (name === null || name.kind !== 'name') return null;
  if (name.end === colon) return isRoleOnly(tokens, start, name.start) ? name : null;
  return tokens[name.end].lower === ',' && isRoleOnly(tokens, name.end + 1, colon) ? name : null;
}

/** "Ann Lee, 76, who ran the shelter:" — a paragraph that only says who the person quoted next is. */
function describedNameLabel(tokens: Token[], sentence: Span): Found | null {
  const colon = sentence.end - 1;
  const name = phraseStartingAt(tokens, firstWordAfterNumbers(tokens, sentence), colon);
  if (name?.kind !== 'name' || tokens[name.end]?.lower !== ',') return null;
  let described = name.end + 1;
  if (isWord(tokens[described]) && isDigitCode(tokens[described].lower.charCodeAt(0)) && tokens[described + 1]?.lower === ',') described += 2;
  return tokens[described]?.lower === 'who' ? { phrase: name, tokens, cue: { start: colon, end: colon + 1 }, ruleId: 'adjacent-cue' } : null;
}

/**
 * Whether the tokens are a short role ("the head of the union", "union leader,", "Chief Executive, Acme Inc."):
 * words with no cue, clause word or verb form.
 */
function isRoleOnly(tokens: Token[], from: number, to: number): boolean {
  if (to - from > ROLE_WORDS) return false;
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (token.lower === ',') continue;
    if (!isWord(token) || cueAtToken(tokens, index) !== null || IRREGULAR_PAST.has(token.lower) || token.lower.endsWith('ed')) return false;
    if (FUNCTION_WORDS.has(token.lower) && !LINKS.has(token.lower) && !DETERMINERS.has(token.lower)) return false;
  }
  return true;
}

/** "Ruiz was asked", "she had been told": a cue in the passive after the phrase (not "was saying", nor "is quoted as"). */
function isSpokenTo(tokens: Token[], phrase: Phrase): boolean {
  let at = phrase.end;
  if (tokens[at]?.lower === 'has' || tokens[at]?.lower === 'had' || tokens[at]?.lower === 'have') at++;
  if (!PASSIVE_AUXILIARIES.has(tokens[at]?.lower)) return false;
  const cue = cueAt(tokens, at + 1);
  return cue !== null && !cue.form.participle && tokens[at + 1].lower !== cue.form.lemma && !QUOTING_VERBS.has(tokens[at + 1].lower);
}

/** Participles that give something a name, spoken by their agent: "called “…” by X". */
const NAMING_PARTICIPLES = new Set(['called', 'labeled', 'labelled', 'dubbed', 'branded', 'termed', 'described']);

/** "a survey called “Trust”": a naming participle between a noun and a quote names the noun, and has no subject. */
function namesNounBefore(tokens: Token[], index: number): boolean {
  return NAMING_PARTICIPLES.has(tokens[index].lower) && isCommonNoun(tokens[index - 1]) && tokens[index + 1]?.type === 'quote';
}

/**
 * "has been called “a quiet stall” by X", "labeled as a “fishing trip” by Y": the agent after the quote named it
 * (not in "been “detained” by police", whose verb is the quote's own).
 */
function namingAgent(tokens: Token[], quoteIndex: number, agentStart: number, high: number): Found | null {
  let participle = quoteIndex - 1;
  while (participle > quoteIndex - 3 && (INDEFINITE_DETERMINERS.has(tokens[participle]?.lower) || tokens[participle]?.lower === 'the' || tokens[participle]?.lower === 'as')) participle--;
  if (!NAMING_PARTICIPLES.has(tokens[participle]?.lower)) return null;
  // "what he called “endless stalling” by the office": a verb with its subject before it is no passive participle.
  if (tokens[participle - 2]?.lower === 'what' && tokens[participle - 1]?.type === 'word') return null;
  const phrase = phraseStartingAt(tokens, agentStart, high);
  return phrase && { phrase, tokens, cue: { start: participle, end: participle + 1 }, ruleId: 'passive' };
}

/** Nouns for a poll, the source of what the shares of people it asked "say". */
const POLL_NOUNS = new Set(['poll', 'survey']);
/** Tokens looked back from a speaker phrase for its share ("62% of renters and owners"). */
const SHARE_REACH = 4;

/**
 * "In a Ledger poll, 62% of renters said …", "The survey finds that 40 percent of farmers say …": a share of people
 * speaks for the poll that frames its sentence, which the quote is credited to.
 */
function pollBehind(found: Found, sentence: Span): Found | null {
  const { tokens, phrase } = found;
  if (phrase.kind !== 'role' || !hasShareBefore(tokens, phrase, sentence)) return null;
  for (let index = sentence.start; index < phrase.start; index++) {
    if (!POLL_NOUNS.has(tokens[index].lower)) continue;
    const poll = roleEndingAt(tokens, index, sentence.start);
    return poll && { phrase: poll, tokens, cue: found.cue, ruleId: 'according-to' };
  }
  return null;
}

/** Whether a percentage ("62%", "40 percent") sits in or just before the phrase. */
function hasShareBefore(tokens: Token[], phrase: Phrase, sentence: Span): boolean {
  for (let index = Math.max(sentence.start, phrase.start - SHARE_REACH); index < phrase.end; index++) {
    const lower = tokens[index].lower;
    if (lower === 'percent' || lower.endsWith('%')) return true;
  }
  return false;
}

/** A lower-case text noun ("report", "post"): a text speaks for its authors. */
function isDocumentNoun(token: Token | undefined): boolean {
  return isWord(token) && !token.capitalized && DOCUMENT_NOUNS.has(token.lower);
}

/** Words that join phrases, which no modifier of a role's noun is ("a question for the president" brings in no president). */
const LINK_WORDS_PATTERN = `(?:${[...LINKS, 'the', 'by', 'and', 'or', 'that', 'who'].join('|')})`;
/** After a role's noun, whom it serves: " for Danish carrier Norhavn Line", " of the Harbor Authority". */
const SERVED_AFTER_ROLE = "(?: (?:for|of|at|with) (?:the |a |an )?(?:[\\w’'-]+ ){0,2}\\p{Lu}[\\w’'&.-]*(?: \\p{Lu}[\\w’'&.-]*)*)?";

/** Words a source may run before its participle ("a report prepared by …"). */
const SOURCE_WORDS = 4;

/** "according to a report prepared by X", "according to a recording obtained by Y": the agent is the source. */
function sourceAgent(tokens: Token[], start: number, high: number): Phrase | null {
  for (let index = start + 1; index < high && index <= start + SOURCE_WORDS && isWord(tokens[index]); index++) {
    if (tokens[index + 1]?.lower === 'by' && tokens[index].lower.endsWith('ed')) return phraseStartingAt(tokens, index + 2, high);
  }
  return null;
}

/** Texts that render someone's own words: "according to his prepared remarks" credits him, not the remarks. */
const RENDERINGS = new Set(['remarks', 'testimony', 'transcript', 'translation', 'excerpts', 'text']);
/** Words that may stand between the possessive and the rendering: "her prepared opening remarks". */
const RENDERING_MODIFIERS = 2;

/**
 * "according to his prepared remarks": the owner, as a pronoun, else null. ("according to a transcript of the show"
 * stays the source: the corpora we measure on credit the record, not the speaker it records.)
 */
function renderingOwner(tokens: Token[], start: number, high: number): Phrase | null {
  if (!POSSESSIVE_DETERMINERS.has(tokens[start]?.lower)) return null;
  for (let noun = start + 1; noun < high && noun <= start + 1 + RENDERING_MODIFIERS && isWord(tokens[noun]) && !tokens[noun].capitalized; noun++) {
    if (RENDERINGS.has(tokens[noun].lower)) return { start, end: start + 1, kind: 'pronoun' };
  }
  return null;
}

const TRANSLATION_NOUNS = new Set(['translation', 'translations', 'interpreter', 'interpretation']);

/** The source after "according to": an agent ("a report prepared by X"), a speaker phrase, or a bare plural ("officials", "estimates by X"). */
function sourcePhrase(tokens: Token[], start: number, high: number): Phrase | null {
  const phrase = renderingOwner(tokens, start, high) ?? sourceAgent(tokens, start, high) ?? phraseStartingAt(tokens, start, high);
  // "…," he said, according to a Reuters translation: a translation renders the words, and their speaker speaks.
  if (phrase?.kind === 'role' && TRANSLATION_NOUNS.has(roleHead(tokens, phrase).lower)) return null;
  if (phrase !== null) return phrase;
  const token = tokens[start];
  // "According to him, …": an object pronoun standing alone (not "according to her lawyer") is the source.
  if (isWord(token) && OBJECT_PRONOUNS.has(token.lower) && !isWord(tokens[start + 1])) return { start, end: start + 1, kind: 'pronoun' };
  // "according to officials with knowledge of …", "according to sources", "according to court documents"; "according to
  // estimates by X" is X's.
  let noun = start;
  while (noun < high && noun < start + PLURAL_SOURCE_MODIFIERS && isCommonNoun(tokens[noun]) && !isPlural(tokens[noun].lower)) noun++;
  const plural = noun < high && isCommonNoun(tokens[noun]) && isPlural(tokens[noun].lower) && !NON_SPEAKER_NOUNS.has(tokens[noun].lower);
  if (!plural) return null;
  return (tokens[noun + 1]?.lower === 'by' ? phraseStartingAt(tokens, noun + 2, high) : null) ?? { start, end: noun + 1, kind: 'role' };
}

/** Whether "was", "were", "is" or another passive auxiliary stands in tokens [from, end). */
function hasPassiveAuxiliary(tokens: Token[], from: number, end: number): boolean {
  for (let index = from; index < end; index++) if (PASSIVE_AUXILIARIES.has(tokens[index].lower)) return true;
  return false;
}

/** Whether a cue stands in tokens [from, end). */
function cueAfter(tokens: Token[], from: number, end: number): boolean {
  for (let index = from; index < end; index++) if (cueAtToken(tokens, index) !== null) return true;
  return false;
}

/** Whether one of the first cues of the sentence comes before token `end`. */
function cueBefore(tokens: Token[], cues: readonly number[], start: number, end: number): boolean {
  const first = firstFrom(cues, start);
  for (let cue = first; cue < cues.length && cues[cue] < end && cue - first < NEAREST_CUES; cue++) {
    if (cueAtToken(tokens, cues[cue]) !== null) return true;
  }
  return false;
}

/** A lower-case word that may modify a noun ("most explosive", "latest"), not another function word. */
function isAdjectiveLike(token: Token): boolean {
  return isWord(token) && !token.capitalized && (!FUNCTION_WORDS.has(token.lower) || COMPARATIVES.has(token.lower)) && !isPossessive(token);
}

const COMPARATIVES = new Set(['most', 'more']);

/** A name opening the sentence and followed by an aside ("Giovanni Vian, the editor of …"); not a dateline. */
function openingName(tokens: Token[], sentence: Span): Phrase | null {
  const phrase = phraseStartingAt(tokens, sentence.start, sentence.end, true);
  const first = tokens[sentence.start];
  if (first.acronym || /(ly|ed|ing)$/.test(first.lower)) return null;
  return phrase !== null && phrase.kind === 'name' && tokens[phrase.end]?.lower === ',' ? phrase : null;
}

/** Openers of a sentence that come before its subject: "During the debate, Clinton said…". */
const CONJUNCTIONS = new Set(['and', 'but', 'still', 'yet', 'so', 'or', 'then', 'now', 'also', 'even', 'just', 'only']);
/** The pattern of a phrase bringing in a new holder of each role word asked about (`introductionSince`), made once. */
const INTRODUCTIONS = new Map<string, RegExp>();

/** A sentence's end and the next one's capital. */
const SENTENCE_BREAK = /[.!?]["”’']?\s+["“]?[A-Z]/;

/** Words that open a sentence before a comma and its subject ("Moreover, Cole said"), but may start a name without one ("First Lady"). */
const SENTENCE_ADVERBS = new Set([
  'instead', 'indeed', 'moreover', 'furthermore', 'further', 'first', 'second', 'third', 'finally', 'overall', 'nevertheless', 'nonetheless',
  'rather', 'additionally', 'already', 'together', 'thus', 'therefore', 'otherwise', 'likewise', 'afterward', 'afterwards', 'besides', 'again',
  'today', 'yesterday', 'tonight', 'well', 'yes', 'no', 'plus', 'regardless', 'accordingly', 'elsewhere', 'separately', 'next',
]);
/** ", who", ", which": token `at` opens a relative clause set off by a comma. */
function opensRelativeAside(tokens: Token[], at: number): boolean {
  const lower = tokens[at].lower;
  return (lower === 'who' || lower === 'which') && tokens[at - 1]?.lower === ',';
}

/** "Hours later,", "Two days earlier,": a time phrase opening the sentence. */
const RELATIVE_TIME = new Set(['later', 'earlier', 'ago', 'afterward', 'afterwards']);
const INTRODUCTORY = new Set(['in', 'on', 'at', 'during', 'ever', 'before', 'after', 'for', 'with', 'while', 'when', 'as', 'since', 'last', 'late', 'early', 'earlier', 'later', 'here', 'there', 'meanwhile', 'however', 'asked', 'speaking', 'on', 'over', 'from', 'despite', 'under', 'like', 'unlike', 'according', 'if', 'although', 'though', 'because', 'once', 'unless', 'until', 'whether', 'upon', 'amid', 'among', 'by', 'through', 'without', 'within', 'beyond', 'toward', 'towards', 'following', 'ahead', 'throughout', 'back', 'outside', 'inside', 'across', 'near', 'around', 'behind', 'alongside', 'regarding', 'besides', 'beneath', 'above', 'below', 'beside', 'against', 'into', 'onto', 'off', 'past', 'aboard', 'nearby', 'afterward', 'afterwards']);

const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'which']);

/** Conjunctions that open a clause before the sentence's own subject: "When Cole spoke, …". */
const SUBORDINATORS = new Set(['when', 'as', 'while', 'after', 'before', 'since', 'because', 'although', 'though', 'if', 'once', 'until', 'unless', 'whether']);

/** Tokens a dateline may take before its agency: "TOLEDO, Ohio, March 4 (UPI) —". */
const DATELINE_WORDS = 10;

/**
 * The dash closing a dateline in capitals ("WASHINGTON —", "RIVERTON, Ore. —") that opens at `start`, or the colon
 * after capitals alone opening the paragraph ("NEW DELHI:", as Indian papers write it); -1 for none.
 */
function datelineDash(tokens: Token[], start: number, limit: number): number {
  let index = start + 1;
  while (index < limit && index <= start + DATELINE_WORDS && (tokens[index].lower === ',' || tokens[index].lower === '.' || isNameWord(tokens[index]))) index++;
  if (DASHES.includes(tokens[index]?.lower)) return index;
  const capitalsOnly = () => tokens.slice(start, index).every((token) => token.acronym);
  // (Not a headline in capitals: "UN: PEACEKEEPERS PAYING …".)
  return start === 0 && tokens[index]?.lower === ':' && !tokens[index + 1]?.acronym && capitalsOnly() ? index : -1;
}

/** Where the text starts after a wire dateline ending in "(UPI) —" or "(AFP) –", or `start` when there is none. */
function agencyDatelineEnd(tokens: Token[], start: number, limit: number): number {
  for (let close = start + 2; close < limit && close <= start + DATELINE_WORDS; close++) {
    if (tokens[close].lower !== ')' || !DASHES.includes(tokens[close + 1]?.lower)) continue;
    if (tokens[close - 2].lower !== '(' || !tokens[close - 1].capitalized) return start;
    let end = close + 1;
    while (DASHES.includes(tokens[end]?.lower)) end++;
    return end;
  }
  return start;
}

/** First names in -ly, -ed or -ing ("Emily", "Fred", "Sterling"), which open a name, not an introductory phrase. */
const FIRST_NAMES = new Set(names.firstNames.map((name) => name.toLowerCase()));

/** Past participles that may open a sentence's modifier: "Known to everyone as Neil, he …", "Born in Ohio, she …". */
const PARTICIPLES_IN_N = new Set(['known', 'born', 'given', 'seen', 'shown', 'written', 'chosen', 'driven', 'taken', 'beaten', 'hidden', 'grown', 'drawn', 'sworn', 'torn', 'worn']);

/**
 * "Hastily …,", "Speaking in Salem,", "Known to all as Dee,": a word in -ly, -ed or -ing, or a participle in -n,
 * opening an introductory phrase; "Fred Nash said", "Kelly Ruiz threw …" open with a first name (a known one, or a
 * name whose run a verb follows).
 */
function opensWithModifier(tokens: Token[], start: number): boolean {
  const first = tokens[start];
  if (!(/(ing|ed|ly)$/.test(first.lower) || PARTICIPLES_IN_N.has(first.lower)) || FIRST_NAMES.has(first.lower)) return false;
  // "Beijing warned …", "Wyoming voted …", "Kessling said …": a name in -ing that a verb in the past or a cue follows
  // opens no participle's phrase.
  const next = tokens[start + 1];
  if (first.lower.endsWith('ing') && isWord(next) && !next.capitalized && (next.lower.endsWith('ed') || IRREGULAR_PAST.has(next.lower) || cueAtToken(tokens, start + 1) !== null)) return false;
  // "Retired nurse Danielle Sorensen described …": the modifier of a person's noun before the name.
  if (isWord(next) && !next.capitalized && isPeopleNoun(next.lower) && isNameWord(tokens[start + 2])) return false;
  let end = start + 1;
  while (end < start + MAX_NAME_WORDS && isNameWord(tokens[end]) && !isPossessive(tokens[end])) end++;
  const after = tokens[end];
  return end === start + 1 || !(isWord(after) && !after.capitalized && !FUNCTION_WORDS.has(after.lower));
}

/** Words of an opening time phrase before "later" or "ago" ("A few days later,"). */
const TIME_PHRASE_WORDS = 5;

/** "Days later,", "A few days later,", "Two weeks ago,": a phrase of words that ends in a relative time word and a comma. */
function opensWithTimePhrase(tokens: Token[], start: number): boolean {
  for (let at = start + 1; at <= start + TIME_PHRASE_WORDS && isWord(tokens[at]); at++) {
    if (RELATIVE_TIME.has(tokens[at].lower)) return tokens[at + 1]?.lower === ',';
  }
  return false;
}

/** The index of the sentence that holds text offset `offset` (the number of sentences if none does). */
function sentenceIndexAt(tokens: Token[], sentences: readonly Span[], offset: number): number {
  let index = 0;
  while (index < sentences.length && tokens[sentences[index].end - 1].end <= offset) index++;
  return index;
}

/** Whether the phrase is a name set off by a comma after the words from `start` ("The spokesman, Radu Ilescu"). */
function isSetOffIn(tokens: Token[], phrase: Phrase, start: number): boolean {
  return phrase.start > start && tokens[phrase.start - 1].lower === ',';
}

/** The subject opening the sentence (after an introductory phrase), if a speaker phrase followed by a verb. */
function sentenceSubject(tokens: Token[], sentence: Span, limit: number, copulaVerbs = false): Phrase | null {
  let start = sentence.start;
  // "Still, …", "Moreover, …", "First, …": a sentence adverb and its comma come before the subject.
  while (CONJUNCTIONS.has(tokens[start]?.lower) || (SENTENCE_ADVERBS.has(tokens[start]?.lower) && tokens[start + 1]?.lower === ',')) {
    start++;
    if (tokens[start]?.lower === ',') start++;
  }
  const first = tokens[start];
  if (!isWord(first)) return null;
  // An introductory phrase ("During the debate,", "Speaking in Salem, New Hampshire,", "Hastily …,", a dateline
  // "PHILADELPHIA,") ends at a comma; the subject is the phrase after it that a verb follows.
  const dash = first.acronym ? datelineDash(tokens, start, limit) : -1;
  if (dash >= 0) {
    // A dateline: "WASHINGTON -- President Obama …", "RIVERTON, Ore. — Judge Holm …", "JAIPUR: Chief Minister …".
    start = dash;
    while (DASHES.includes(tokens[start]?.lower) || tokens[start]?.lower === ':') start++;
    return sentenceSubject(tokens, { start, end: sentence.end }, limit, copulaVerbs);
  }
  const dateline = agencyDatelineEnd(tokens, start, limit);
  if (dateline > start) return sentenceSubject(tokens, { start: dateline, end: sentence.end }, limit, copulaVerbs);
  const introduced = INTRODUCTORY.has(first.lower) || opensWithTimePhrase(tokens, start) || opensWithModifier(tokens, start) || /^\d/.test(first.lower) || (first.acronym && tokens[start + 1]?.lower === ',');
  let phrase: Phrase | null = null;
  for (let comma = start, round = 0; round < 3; round++) {
    if (introduced || round > 0) {
      // ("Speaking on the “Unfiltered” podcast last year, Ivy said …": a title quoted in the phrase is part of it.)
      while (comma < limit && tokens[comma].lower !== ',') comma++;
      if (comma >= limit || tokens[comma].lower !== ',') {
        // "When Cole later said she would “…,” the crowd …": the quote sits in the opening clause, whose named subject speaks.
        if (round > 0 || !SUBORDINATORS.has(first.lower)) return null;
        phrase = phraseStartingAt(tokens, start + 1, limit, true);
        if (phrase?.kind !== 'name') return null;
        break;
      }
      start = comma + 1;
    }
    phrase = phraseStartingAt(tokens, start, limit, true);
    if (!introduced || (phrase !== null && (tokens[phrase.end]?.lower !== ',' || isSetOffIn(tokens, phrase, start)))) break;
    // Another introductory piece ("At a meeting in Dover, Del., on Friday, Okafor …").
    comma = phrase?.end ?? start;
  }
  if (phrase === null || opensWithDocumentNoun(tokens, phrase)) return null;
  // "A second email, sent by Lowell Brandt two days later, referred to …": a document's writer, set off after it, speaks.
  const writer = phrase.kind === 'role' && tokens[phrase.end]?.lower === ',' && isWriterSetOff(tokens, phrase.end) ? phraseStartingAt(tokens, phrase.end + 3, limit) : null;
  if (writer?.kind === 'name') return writer;
  let next = phrase.end;
  // "The spokesman, Radu Ilescu, dismissed …": the comma that closes a name set off after its role comes before the verb.
  if (isSetOffIn(tokens, phrase, start) && tokens[next]?.lower === ',') {
    next++;
    // "One supporter, Rep. Lee Zeldin, Republican of New York, gave …", "The candidate, Carson Vale, who has been
    // polling …, issued …": the name's party and state, or a relative clause about it, are set off too.
    if ((PARTY_WORDS.has(tokens[next]?.lower) && tokens[next + 1]?.lower === 'of') || RELATIVE_PRONOUNS.has(tokens[next]?.lower)) {
      while (next < limit && tokens[next].lower !== ',') next++;
      next++;
    }
  }
  next = afterParenthesis(tokens, next, limit);
  // Skip an affiliation: "Nadia Throssel of the outlet PixelFront awarded …".
  if (phrase.kind === 'name') next = afterCompanions(tokens, afterAffiliation(tokens, next, limit), limit);
  // Skip an aside: "Trump, the nominee, said"; one that a relative clause or a participle follows goes on to the next
  // comma ("Cole, meanwhile, who lost the vote, said", "Vance, who ran the port, becoming its chief, wrote").
  // ("Linda Moss, 62, a retired bank teller, offered …": so does an age before the aside that describes the name.)
  for (let asides = 0; tokens[next]?.lower === ',' && asides < 3; asides++) {
    next++;
    const age = next + 1 < limit && isDigitCode(tokens[next].lower.charCodeAt(0)) && tokens[next + 1].lower === ',';
    while (next < limit && tokens[next].lower !== ',' && tokens[next].type !== 'quote') next++;
    const after = tokens[next + 1];
    if (tokens[next]?.lower !== ',' || !isWord(after) || !(RELATIVE_PRONOUNS.has(after.lower) || isPresentParticiple(after) || age)) {
      next++;
      break;
    }
  }
  // A finite verb from the between-words is a verb already: "Varga went after Haddad".
  if (FINITE_VERBS.has(tokens[next]?.lower)) return phrase;
  for (; next < limit; next++) {
    // "a judge in October sentenced …": a date after its preposition sits between them too.
    if (LINKS.has(tokens[next].lower) && DATE_NAMES.has(tokens[next + 1]?.lower)) next++;
    else if (!isBetweenSubjectAndCue(tokens[next])) break;
  }
  const verb = tokens[next];
  // "said" and "says" are function words to phrases, but verbs here: a subject before an aside too long for the cue's own
  // search; with `copulaVerbs`, so are the forms of "be" and "have" ("Leah Castellano was more measured."), which the
  // between-words may have skipped.
  // "State media reported", "Kremlin television said": the name qualifies an outlet, which is the subject; "Cocoa
  // farmers … rejected": or people, who are (not "Mills forwards", whose word in -s a sport's position also is).
  if (next === phrase.end && MEDIA_NOUNS.has(verb?.lower)) return null;
  if (next === phrase.end && phrase.kind === 'name' && isWord(verb) && isPlural(verb.lower) && isPeopleNounPlural(verb.lower) && !SPORT_POSITIONS.has(verb.lower.slice(0, -1))) return { start: phrase.start, end: next + 1, kind: 'role' };
  const copula = copulaVerbs && next <= limit && (COPULAS.has(verb?.lower) || (next > phrase.end && COPULAS.has(tokens[next - 1]?.lower)));
  return next < limit && isWord(verb) && !verb.capitalized && (!FUNCTION_WORDS.has(verb.lower) || verb.lower === 'said' || verb.lower === 'says' || copula) ? ownerOfStatement(tokens, phrase) : null;
}

/** Where "and his aides" after a name at `at` ends: the name leads them (see `leaderOfCompanions`); `at` when none is there. */
function afterCompanions(tokens: Token[], at: number, limit: number): number {
  if (tokens[at]?.lower !== 'and' || (tokens[at + 1]?.lower !== 'his' && tokens[at + 1]?.lower !== 'her')) return at;
  let next = at + 2;
  while (next < limit && next < at + 5 && isWord(tokens[next]) && !tokens[next].capitalized && !FUNCTION_WORDS.has(tokens[next].lower)) next++;
  return next > at + 2 ? next : at;
}

/**
 * Where the words after an affiliation that follows a name at `at` end ("of the outlet PixelFront", "from Acme Corp."):
 * its link, lower-case nouns, and a name closing it; `at` itself when none is there.
 */
function afterAffiliation(tokens: Token[], at: number, limit: number): number {
  if (!PLACE_LINKS.has(tokens[at]?.lower) && tokens[at]?.lower !== 'at') return at;
  let next = at + 1;
  if (isDeterminer(tokens[next])) next++;
  for (let nouns = 0; nouns < AFFILIATION_WORDS && isWord(tokens[next]) && !tokens[next].capitalized && !FUNCTION_WORDS.has(tokens[next].lower); nouns++) next++;
  if (!isNameWord(tokens[next])) return at;
  while (next < limit && isNameWord(tokens[next])) next++;
  return next;
}

/** Whether the mark at `open` sets off a document's writer after the document's noun: "a second email, sent by …". */
function isWriterSetOff(tokens: Token[], open: number): boolean {
  return isDocumentNoun(tokens[open - 1]) && WRITING_PARTICIPLES.has(tokens[open + 1]?.lower) && tokens[open + 2]?.lower === 'by';
}

/** Participles that give a document its writer: "an email sent by", "a letter signed by". */
const WRITING_PARTICIPLES = new Set(['sent', 'written', 'signed', 'posted', 'penned', 'authored', 'drafted']);

/** Outlets in general, which a name before them qualifies: "State media", "Kremlin television". */
const MEDIA_NOUNS = new Set(['media', 'television', 'tv', 'radio', 'press', 'outlets', 'newspapers', 'broadcaster', 'broadcasters']);

/** "Nobody asked", "Everyone agreed": pronouns, capitalized as they open a sentence. */
const INDEFINITE_PRONOUN = /^(?:no|every|some|any)(?:body|one)$/;
/** Bodies of people named by a word in the singular: "Police said". */
const BODIES_OF_PEOPLE = new Set(['police', 'military', 'security', 'management', 'clergy', 'youth']);

/** "Police", "Management", "Staff": a noun for people or a body of them, which names no one person. */
function isBodyOfPeople(word: string): boolean {
  return isPeopleNoun(word) || COLLECTIVE_NOUNS.has(word) || BODIES_OF_PEOPLE.has(word);
}

/** Roles that sports and business pages name by another word: "the New Zealand skipper" is its captain. */
const ROLE_SYNONYMS = new Map([['skipper', 'captain'], ['gaffer', 'manager']]);

/** A quote's opening mark inside another quote. */
const NESTED_OPENING = /(?:^|\s)['‘"“]/;
/** Whether `name` is called out in `inner`: "Trust us, Felix.", "Felix, box now!", "Well, Mr. Ruiz?". */
function vocativeIn(inner: string, name: string): boolean {
  for (let at = inner.indexOf(name); at >= 0; at = inner.indexOf(name, at + 1)) {
    const after = inner.charAt(at + name.length);
    // A name called out in a quote within the quote is someone else's speech to them ("they'll say, 'Mr. Khan, …'").
    if (NESTED_OPENING.test(inner.slice(0, at))) return false;
    const opens = at === 0 || inner.startsWith(', ', at - 2) || inner.startsWith('. ', at - 2);
    if (opens && (after === ',' || after === '.' || after === '!' || after === '?') && (at > 0 || after === ',')) return true;
  }
  return false;
}

/**
 * Abbreviated ranks and titles, and the words "the general", "the admiral" use for them (not "Sen." or "Gov.": "the
 * senator" after a name is a description our gold sets leave unresolved, as they leave "the New Jersey governor").
 */
const RANK_WORDS = new Map([
  ['gen.', 'general'], ['adm.', 'admiral'], ['col.', 'colonel'], ['lt.', 'lieutenant'], ['capt.', 'captain'], ['sgt.', 'sergeant'],
  ['maj.', 'major'], ['cmdr.', 'commander'], ['det.', 'detective'], ['insp.', 'inspector'], ['supt.', 'superintendent'], ['prof.', 'professor'],
]);
const RANK_ABBREVIATION = /\b(?:gen|adm|col|lt|capt|sgt|maj|cmdr|det|insp|supt|prof)\./g;

/** Labels with each abbreviated rank followed by its word: "maj. gen. dana reyes" also holds "general". */
function withRanksSpelledOut(labels: string): string {
  return labels.includes('.') ? labels.replace(RANK_ABBREVIATION, (abbreviation) => `${abbreviation} ${RANK_WORDS.get(abbreviation)}`) : labels;
}

/** Words before the object of an aside's role: "mayor of Dayton", "head of Springfield and Dayton". */
const OBJECT_LINKS = new Set(['and', 'of', 'for', 'in', 'at', 'from']);

/** What marks the one asking a question: the verb after the name, or "asked by" before it. */
const ASKS_AFTER = /^,? (?:asked|asks|pressed)\b/;
const ASKED_BY_BEFORE = /\b[Aa]sked by (?:host |moderator |anchor )?$/;
/** "Asked on Tuesday whether she had endorsed ": an opening question's words before a name, with no comma closing them. */
const ASKED_ABOUT_BEFORE = /(?:^|[.!?]["”’']?\s+|\n)Asked\b[^,.;\n]*$/;
const ASKED_ABOUT_CHARS = 80;
/** The periods of titles before names, which end no sentence: "Mrs.", "Gov.". */
const TITLE_PERIODS = /\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Sgt|Lt|Col|Capt|Prof|St)\./g;

/** Parties whose member a tag names after a name: "Republican of New York". */
const PARTY_WORDS = new Set(['republican', 'democrat', 'independent']);
/** Words of the parties whose holders a role may tell apart: "the Republican nominee", "the Green Party nominee". */
const RIVAL_PARTIES = new Set(['republican', 'democratic', 'democrat', 'green', 'libertarian', 'labour', 'conservative', 'liberal', 'reform']);

/** Whether `labels` name a party other than `party`, and not `party` itself. */
function holdsRivalParty(labels: string, party: string): boolean {
  const ally = party === 'democrat' ? 'democratic' : party === 'democratic' ? 'democrat' : party;
  if (containsWord(labels, party) || containsWord(labels, ally)) return false;
  for (const rival of RIVAL_PARTIES) if (rival !== party && rival !== ally && containsWord(labels, rival)) return true;
  return false;
}

/** Forms of "be" and "have" that are a sentence's verb after its subject. */
const COPULAS = new Set(['was', 'were', 'is', 'are', 'been', 'has', 'had', 'have']);

/** Words that open a clause before its subject: "…, while Democrats have warned …". */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'and', 'but', 'as', 'because', 'though', 'although', 'when', 'since']);

/** Openers that point back to what was just quoted: "Those were the words of …". */
const POINTING_OPENERS = new Set(['this', 'that', 'these', 'those', 'such']);
/** Nouns of quoted words that "That … from X" points back to. */
const QUOTATION_NOUNS = new Set(['quote', 'quotation', 'remark', 'remarks', 'line', 'words', 'comment', 'comments', 'statement', 'message', 'quip', 'warning']);

/** "His diary is, in Krall's words, “…”", "In his words, it was “…”": the owner of the words, as "according to" names one. */
function ownWordsIn(tokens: Token[], sentence: Span): Found | null {
  for (let at = sentence.start + 2; at < sentence.end; at++) {
    if (tokens[at].lower !== 'words' || tokens[at - 2].lower !== 'in') continue;
    const owner = tokens[at - 1];
    const phrase: Phrase | null = POSSESSIVE_DETERMINERS.has(owner.lower) ? { start: at - 1, end: at, kind: 'pronoun' }
      : isPossessive(owner) && owner.capitalized ? phraseEndingAt(tokens, at - 1, sentence.start) : null;
    if (phrase !== null) return { phrase, tokens, cue: { start: at - 2, end: at + 1 }, ruleId: 'according-to' };
  }
  return null;
}

/** "Those were the words of X.", "That was the blunt verdict from X.": the owner of the statement the sentence points back to. */
function statementOwner(tokens: Token[], sentence: Span): Found | null {
  // "That quote from commissioner Thomas Krebb appeared …": the noun of the words names their owner right after it.
  const link = tokens[sentence.start + 2]?.lower;
  if (POINTING_OPENERS.has(tokens[sentence.start]?.lower) && QUOTATION_NOUNS.has(tokens[sentence.start + 1]?.lower) && (link === 'from' || link === 'by' || link === 'of')) {
    const phrase = phraseStartingAt(tokens, sentence.start + 3, sentence.end);
    return phrase && { phrase, tokens, cue: { start: sentence.start + 1, end: sentence.start + 3 }, ruleId: 'passive' };
  }
  if (!POINTING_OPENERS.has(tokens[sentence.start]?.lower) || !PASSIVE_AUXILIARIES.has(tokens[sentence.start + 1]?.lower)) return null;
  // "That was how one senior European diplomat summed up the mood.": the one whose cue follows "how".
  // ("That was how poll worker Gladys Emmerich, 74, summed up …": an aside may stand between the name and its cue.)
  if (tokens[sentence.start + 2]?.lower === 'how') {
    // (Read as after a cue, so a bare descriptor may open it: "how poll worker Gladys Emmerich".)
    const phrase = phraseStartingAt(tokens, sentence.start + 3, sentence.end);
    if (phrase === null) return null;
    let at = phrase.end;
    if (tokens[at]?.lower === ',') {
      // (Read within the aside's reach only, not over the paragraph's tokens.)
      for (let close = at + 1; close < sentence.end && close < at + HOW_ASIDE_TOKENS; close++) {
        if (tokens[close].lower !== ',') continue;
        at = close + 1;
        break;
      }
    }
    const cue = cueAtToken(tokens, at);
    return cue && { phrase, tokens, cue: { start: at, end: at + cue.length }, ruleId: 'reported-speech' };
  }
  for (let at = sentence.start + 2; at < sentence.end && at <= sentence.start + 5; at++) {
    const token = tokens[at];
    if (!isWord(token) || token.capitalized) return null;
    // ("That was the message Monday from Senator Oscar Lindqvist": a time may stand between the noun and its link.)
    let linkAt = at + 1;
    while (linkAt < sentence.end && linkAt <= at + 2 && TIME_WORDS.has(tokens[linkAt].lower)) linkAt++;
    const link = tokens[linkAt]?.lower;
    if (STATEMENT_NOUNS.has(token.lower) && (link === 'of' || link === 'from')) {
      let phrase = phraseStartingAt(tokens, linkAt + 1, sentence.end);
      // "the words of the commander in the region, Adm. Harry Harris": the name set off after the role.
      if (phrase?.kind === 'role') {
        let comma = phrase.end;
        while (comma < sentence.end && comma < phrase.end + 8 && isWord(tokens[comma])) comma++;
        const named = tokens[comma]?.lower === ',' ? phraseStartingAt(tokens, comma + 1, sentence.end) : null;
        if (named?.kind === 'name') phrase = named;
      }
      return phrase && { phrase, tokens, cue: { start: at, end: linkAt + 1 }, ruleId: 'passive' };
    }
  }
  return null;
}

/**
 * "The Food and Drug Administration said": a name read from the cue back stops at "and", but the entity's own mention
 * around it is whole; the speaker's mention takes that span.
 */
function widenToMention(mention: TextSpan, entity: Entity): void {
  const around = entity.mentions[lastMentionBefore(entity.mentions, mention.start)];
  if (around === undefined || around.end < mention.end || around.kind !== 'name') return;
  mention.start = around.start;
  mention.end = around.end;
  mention.text = around.text;
}

/** "according to a statement from the airline", "a letter by the board": the one a document or statement came from. */
function issuerOf(tokens: Token[], phrase: Phrase): Phrase | null {
  if (phrase.kind !== 'role') return null;
  const head = firstFrom(tokens, roleHead(tokens, phrase).start);
  const link = tokens[head + 1]?.lower;
  if (head + 2 >= phrase.end || (link !== 'from' && link !== 'by') || !(DOCUMENT_NOUNS.has(tokens[head].lower) || STATEMENT_NOUNS.has(tokens[head].lower))) return null;
  return phraseStartingAt(tokens, head + 2, phrase.end);
}

/** "“…” — that was the advice from Oslo Airport": the owner of the statement a dash after the quote points back to. */
function statementAfterDash(tokens: Token[], quoteIndex: number, sentence: Span): Found | null {
  return DASHES.includes(tokens[quoteIndex + 1]?.lower) ? statementOwner(tokens, { start: quoteIndex + 2, end: sentence.end }) : null;
}

/** How long an aside after the name in "That was how X, …, summed up" may run. */
const HOW_ASIDE_TOKENS = 8;

/**
 * "Her message to supporters was clear:", "The mayor's response was swift:": a subject that is someone's statement
 * stands for its owner, and one of nobody's ("The advice was simple:") for no one.
 */
function ownerOfStatement(tokens: Token[], phrase: Phrase, documents = false): Phrase | null {
  if (phrase.kind !== 'role') return phrase;
  const head = firstFrom(tokens, roleHead(tokens, phrase).start);
  if (!STATEMENT_NOUNS.has(tokens[head].lower) && !(documents && DOCUMENT_NOUNS.has(tokens[head].lower))) return phrase;
  const owner = tokens[head - 1];
  if (head - 1 < phrase.start || !isWord(owner)) return null;
  if (POSSESSIVE_DETERMINERS.has(owner.lower)) return { start: head - 1, end: head, kind: 'pronoun' };
  return isPossessive(owner) ? { start: phrase.start, end: head, kind: owner.capitalized ? 'name' : 'role' } : null;
}

/** Why this speaker, in words: `mention` and `cue` as written, `name` the speaker's; `cueAfter`: the cue follows the quote. */
function ruleText(wording: RuleWording, ruleId: AttributionRuleId, mention: string, name: string, cue: string | null, cueAfter: boolean): string {
  switch (wording) {
    case 'transcript': return `“${mention}:” labels the line, as in a transcript`;
    case 'no-one': return `“${mention}” names no one earlier in the text`;
    case 'previous-subject': return `“${mention}” is the subject of the sentence before this quote paragraph`;
    case 'exchange': return `${name}’s turn in a question-and-answer exchange`;
    case 'owner': return `“${mention}” right before the quote: the words are ${name}’s`;
    case 'none': return 'no speaker found';
    case 'without-cue': return cueRuleText(ruleId, mention, name, null, cueAfter);
    case 'cue': return cueRuleText(ruleId, mention, name, cue, cueAfter);
  }
}

function cueRuleText(ruleId: AttributionRuleId, mention: string, name: string, cue: string | null, cueAfter: boolean): string {
  const who = mention === name ? `“${name}”` : `“${mention}” → ${name}`;
  switch (ruleId) {
    case 'adjacent-cue': return cue === null || ONLY_DASHES.test(cue) ? `${who} credited after the quote` : `${who} with “${cue}” right next to the quote`;
    case 'reported-speech': return `${who} “${cue}” ${cueAfter ? 'later' : 'earlier'} in the same sentence`;
    case 'according-to': return `“${cue === null || cue.toLowerCase() === 'according to' ? 'according to' : cue}${cue?.includes(mention) ? '' : ` ${mention}`}”${mention === name ? '' : ` → ${name}`}`;
    // "stated by X", and "the words of X" with its own link.
    case 'passive': return `“${cue !== null && / (?:of|from)$/.test(cue) ? cue : `${cue} by`} ${mention}”${mention === name ? '' : ` → ${name}`}`;
    case 'pronoun': return `“${mention}” → ${name}, the person last named or quoted before it`;
    case 'role-noun': return `${who}, a role the text gives this speaker`;
    case 'continuation': return `continues the previous quote by ${name}`;
    case 'subject-verb': return `${who} is the subject of the quote’s sentence`;
    case 'nearby-speaker': return `${name} is quoted in the same paragraph`;
    default: return 'no speaker found';
  }
}

export interface AttributionInput {
  text: string;
  paragraphs: readonly Span[];
  quotes: readonly ScannedQuote[];
  index: SpeakerIndex;
  dates: readonly DateExpression[];
  /** ISO date the text was published (or the reference date): no statement in it is made later. */
  published: string | null;
}

/** Attributes every speech quote; terms get no speaker. Returns quotes in input order. */
export function attributeQuotes(input: AttributionInput): Quote[] {
  return new Attributor(input).run();
}

class Attributor {
  private readonly text: string;
  /** Attributions of the quotes still being decided, by quote index; the others are in `finished`. */
  private readonly results: (Attribution | undefined)[];
  private readonly finished: FinishedAttributions;
  /** Last person and group quoted, for pronouns. */
  private lastPerson: Entity | null = null;
  private currentParagraph = 0;
  /** The first quote of the paragraph being attributed. */
  private currentFirstQuote = 0;
  private lastGroup: Entity | null = null;
  /** The speakers of the last two paragraphs that quoted someone, latest first: an exchange of questions and answers alternates them. */
  private lastSpeaker: ParagraphSpeaker | null = null;
  private speakerBefore: ParagraphSpeaker | null = null;
  /** The paragraph of the quote that `lastGroup` spoke: "they" reaches back a few paragraphs, not across the text. */
  private lastGroupParagraph = 0;
  /** Tokens of the paragraphs being attributed, by paragraph index (an array: a Map would hash each index). */
  private readonly tokenCache: (ParagraphTokens | undefined)[];
  /** The paragraphs `tokenCache` holds, in the order they came: an earlier one can come back after it was dropped. */
  private readonly cachedParagraphs: number[] = [];
  private readonly genderByEntity = new Map<Entity, { masculine: number; feminine: number }>();
  private readonly titlesByEntity = new Map<Entity, Titles>();
  private readonly titleByMention = new Map<Mention, 'feminine' | 'masculine' | null>();
  private readonly labelsByEntity = new Map<Entity, { aliases: number; text: string }>();
  private nextStatementDate: number[] | null = null;
  private readonly wordBeforeOffset = new Map<number, string>();
  private roleIndex: RoleCandidates | null = null;
  /** The candidates of the role question being asked, by recency, and the records they use (reused: made once per document, not per question). */
  private readonly roleOrder: RoleCandidate[] = [];
  private readonly roleRecords: RoleCandidate[] = [];
  /** The entities of the mentions the index listed last (reused: one array per document, not per question). */
  private readonly mentionEntities: Entity[] = [];
  /** Where the body starts, after the header's fields. */
  private readonly bodyStart: number;

  constructor(private readonly input: AttributionInput) {
    this.text = input.text;
    this.bodyStart = input.paragraphs[0]?.start ?? 0;
    this.tokenCache = new Array<ParagraphTokens | undefined>(input.paragraphs.length);
    this.results = new Array<Attribution | undefined>(input.quotes.length);
    this.finished = new FinishedAttributions(input.quotes.length);
  }

  run(): Quote[] {
    const { quotes } = this.input;
    let first = 0;
    let finished = 0;
    while (first < quotes.length) {
      const paragraph = quotes[first].paragraph;
      let last = first;
      while (last < quotes.length && quotes[last].paragraph === paragraph) last++;
      this.attributeParagraph(paragraph, first, last);
      this.creditOpeningParts(first);
      // Later quotes read their own paragraph and the ones right before and after it: tokens of the paragraphs
      // before this one are dropped, or a long document would keep them all alive for the garbage collector to copy.
      this.dropTokensBefore(paragraph);
      // The attributions decided by now wait as numbers; the last one stays, since the next paragraph may continue it,
      // and so do the parts of a quote still running over paragraphs, which its closing part may credit.
      let open = last - 1;
      while (open > finished && open > last - 1 - MAX_OPEN_PARTS && quotes[open].continuesPrevious) open--;
      for (; finished < open; finished++) this.finish(finished);
      first = last;
    }
    for (; finished < quotes.length; finished++) this.finish(finished);
    const made = quotes.map((quote, index) => this.finished.quote(quote, index, this.text, this.input.dates));
    this.finished.release();
    return made;
  }

  /**
   * A multi-paragraph quote whose speaker is named only by a cue right after its last part ("…," said X. / "…," she
   * said.): the parts before it, still unfinished, take the same speaker and cue, back to one that has a speaker.
   */
  private creditOpeningParts(closing: number): void {
    const { quotes } = this.input;
    const credit = this.results[closing];
    if (!quotes[closing].continuesPrevious || quotes[closing].continuesNext || !credit?.entity || !CLOSING_CREDITS.has(credit.ruleId)) return;
    if (credit.cue === null || credit.cue.start < quotes[closing].end || credit.mention === null || credit.mention.start < quotes[closing].end) return;
    // Parts that open with another mark are a quoted passage around the quote, not its earlier words.
    const mark = this.text.charCodeAt(quotes[closing].start);
    // (A part given only the subject of the sentence before it was a guess, which the closing cue outranks.)
    for (let part = closing - 1; part >= 0 && part >= closing - MAX_OPEN_PARTS && quotes[part].continuesNext
      && (!this.results[part]?.entity || this.results[part]?.wording === 'previous-subject') && this.text.charCodeAt(quotes[part].start) === mark; part--) {
      this.results[part] = credit;
    }
  }

  private finish(quote: number): void {
    const attribution = this.results[quote] ?? NONE;
    const { quotes } = this.input;
    let date = quotes[quote].kind === 'speech' && attribution.sentence ? this.dateIn(attribution.sentence, quotes[quote].start, attribution.cue) : -1;
    // "Speaking on Monday, he urged …" then "“…,” Kaspar said. “That time is not today.”": the speaker's next words, in
    // that paragraph or the next, with no day of their own, were said on the same occasion.
    const before = quote - 1;
    if (date < 0 && before >= 0 && quotes[quote].kind === 'speech' && attribution.entity !== null && quotes[quote].paragraph - quotes[before].paragraph <= 1
      && this.finished.entityOf(before) === attribution.entity) date = this.finished.dateOf(before);
    this.finished.keep(quote, attribution, date);
    this.results[quote] = undefined;
  }

  private paragraphTokens(paragraph: number): ParagraphTokens {
    let cached = this.tokenCache[paragraph];
    if (cached === undefined) {
      const tokens = this.tokenizeParagraph(paragraph);
      cached = { tokens, sentences: splitSentences(this.text, tokens), cues: cueIndexes(tokens) };
      this.tokenCache[paragraph] = cached;
      this.cachedParagraphs.push(paragraph);
    }
    return cached;
  }

  private dropTokensBefore(paragraph: number): void {
    const cached = this.cachedParagraphs;
    let kept = 0;
    for (const index of cached) {
      if (index < paragraph) this.tokenCache[index] = undefined;
      else cached[kept++] = index;
    }
    cached.length = kept;
  }

  /** The paragraph's first token, without tokenizing the rest unless it already is. */
  private firstToken(paragraph: number): Token {
    const cached = this.tokenCache[paragraph];
    return cached !== undefined ? cached.tokens[0] : this.tokenizeParagraph(paragraph, 1)[0];
  }

  private tokenizeParagraph(paragraph: number, maxTokens?: number): Token[] {
    const span = this.input.paragraphs[paragraph];
    return tokenize(this.text, span.start, span.end, this.input.quotes, firstFrom(this.input.quotes, span.start), maxTokens);
  }

  private attributeParagraph(paragraph: number, first: number, last: number): void {
    const { quotes } = this.input;
    if (allTerms(quotes, first, last)) return;
    this.currentParagraph = paragraph;
    this.currentFirstQuote = first;
    const { tokens, sentences, cues } = this.paragraphTokens(paragraph);
    let previousInParagraph: Attribution | null = null;
    let lastQuoted = -1;
    for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
      const sentence = sentences[sentenceIndex];
      for (let index = sentence.start; index < sentence.end; index++) {
        const token = tokens[index];
        if (token.type !== 'quote' || quotes[token.quote].kind === 'term' || this.isProgramTitle(tokens, index, sentence, cues)) continue;
        // "…," X said, according to Y: the text credits the quote to Y's report.
        const found = this.sourceIn(tokens, cues, sentence) ?? statementAfterDash(tokens, index, sentence) ?? this.adjacentAfter(tokens, index, sentence.start, cues)
          ?? claimOwner(tokens, cues, index, sentence) ?? nameLabelBefore(tokens, index, sentence) ?? this.inSentence(tokens, cues, index, sentence);
        let attribution = found !== null ? this.resolve(pollBehind(found, sentence) ?? found, sentence) : this.ownerBefore(tokens, index, sentence);
        if (attribution?.entity == null) {
          // "“Your Honor,” I said, “…”": the writer speaks, whom no one else quoted stands for.
          const writer = (tokens[index + 1]?.lower === 'i' && cueAtToken(tokens, index + 2) !== null)
            || (tokens[index - 1]?.lower === ',' && tokens[index - 3]?.lower === 'i' && cueAtToken(tokens, index - 2) !== null);
          const fallback: Attribution | null = writer ? null : this.fallback(token.quote, index, sentenceIndex, previousInParagraph);
          // "“…,” she says." after a man's turn: the quote is not his, even when no woman is found for "she".
          if (fallback !== null && !this.contradictsPronoun(attribution, fallback) && !this.addresses(token.quote, fallback.entity)) attribution = fallback;
        }
        if (attribution === null) continue;
        this.results[token.quote] = attribution;
        if (attribution.entity !== null) {
          previousInParagraph = attribution;
          lastQuoted = token.quote;
        }
      }
    }
    this.attributeFromNextParagraph(paragraph, first, last);
    if (previousInParagraph?.entity) this.noteSpeaker(paragraph, lastQuoted, previousInParagraph);
  }

  /** Whether `unresolved` came from "he" or "she" and `other` gives the quote to a person of the other gender. */
  private contradictsPronoun(unresolved: Attribution | null, other: Attribution): boolean {
    const word = unresolved?.mention?.text.toLowerCase();
    return (word === 'he' || word === 'she') && other.entity?.type === 'person' && !this.agrees(other.entity, word);
  }

  /**
   * "Obama's “if you like your plan, you can keep it” promise": a name's possessive right before the quote, and a noun of
   * saying right after it, make the words the name's (not "Trump's “coarse, vulgar effusion”", a critic's description).
   */
  private ownerBefore(tokens: Token[], quoteIndex: number, sentence: Span): Attribution | null {
    const owner = tokens[quoteIndex - 1];
    const noun = tokens[quoteIndex + 1];
    if (quoteIndex - 1 < sentence.start || !isWord(owner) || !owner.capitalized || !isPossessive(owner) || !isWord(noun) || !SAYING_NOUNS.has(noun.lower)) return null;
    const phrase = phraseEndingAt(tokens, quoteIndex - 1, sentence.start);
    if (phrase?.kind !== 'name') return null;
    const attribution = this.resolve({ phrase, tokens, cue: null, ruleId: 'subject-verb' }, sentence);
    if (!attribution?.entity) return null;
    attribution.wording = 'owner';
    return attribution;
  }

  private noteSpeaker(paragraph: number, quote: number, attribution: Attribution): void {
    if (this.lastSpeaker?.paragraph !== paragraph) this.speakerBefore = this.lastSpeaker;
    this.lastSpeaker = { paragraph, quote, attribution };
  }

  /**
   * "“Can you take it back?” Kirkpatrick asked.⏎“No, senator,” Oyelaran replied.⏎“So anyone can use it?”": a quote
   * standing alone in an exchange of two speakers, one paragraph each opening with their quote, where a question is
   * asked or answered, is the other speaker's turn, not a continuation.
   */
  private exchangePartner(quote: ScannedQuote, previousQuote: ScannedQuote): Attribution | null {
    const before = this.speakerBefore;
    const last = this.lastSpeaker;
    if (before === null || last === null || last.paragraph !== quote.paragraph - 1 || before.paragraph !== quote.paragraph - 2) return null;
    if (before.attribution.entity === last.attribution.entity || !(this.asksQuestion(quote) || this.asksQuestion(previousQuote))) return null;
    // The answer opens its paragraph with the quote (not a paragraph that tells of someone before quoting them); the
    // question before it may close a paragraph that introduced its asker.
    if (this.firstToken(last.paragraph).type !== 'quote') return null;
    if (this.firstToken(before.paragraph).type !== 'quote' && !this.asksQuestion(this.input.quotes[before.quote])) return null;
    const turn = this.continued(before.attribution);
    if (turn !== null) turn.wording = 'exchange';
    return turn;
  }

  /**
   * A quote ending in a question, or a short one asking one anywhere ("But you need them to drive, don't you? It says
   * so on your license."): a long answer may ask itself questions.
   */
  private asksQuestion(quote: ScannedQuote): boolean {
    let end = quote.innerEnd;
    while (end > quote.innerStart && isSpaceCode(this.text.charCodeAt(end - 1))) end--;
    const from = end - quote.innerStart <= SHORT_TURN_CHARS ? quote.innerStart : end - 1;
    for (let at = from; at < end; at++) if (this.text.charCodeAt(at) === 0x3f) return true;
    return false;
  }

  /**
   * "Speaking Sunday on Valley Channel's “Harbor Hour,” Cole admitted …": a quote after "on" (and a network's name)
   * set off by a comma in the phrase that opens the sentence, before any cue, names a program, which no one says.
   * (After the cue, "X said on Valley Channel's “…”" keeps the speaker, as the corpora we measure on credit it.)
   */
  private isProgramTitle(tokens: Token[], index: number, sentence: Span, cues: readonly number[]): boolean {
    let before = index - 1;
    if (isWord(tokens[before]) && isPossessive(tokens[before]) && tokens[before].capitalized) {
      before--;
      while (before > 0 && isNameWord(tokens[before])) before--;
    }
    if (tokens[before]?.lower !== 'on') return false;
    const quote = this.input.quotes[tokens[index].quote];
    let last = quote.innerEnd - 1;
    while (last > quote.innerStart && this.text.charCodeAt(last) === 0x20) last--;
    return (this.text.charCodeAt(last) === 0x2c || tokens[index + 1]?.lower === ',') && !cueBefore(tokens, cues, sentence.start, index);
  }

  /** `"…," said X` / `"…," X said` / `"…," X, the …, said` right after the quote. */
  private adjacentAfter(tokens: Token[], quoteIndex: number, sentenceStart: number, cues: readonly number[]): Found | null {
    let start = quoteIndex + 1;
    // A stray apostrophe closes a quote within the quote: ''… 'a builder,''' said X.
    while (tokens[start]?.lower === ',' || tokens[start]?.lower === "'" || DASHES.includes(tokens[start]?.lower)) start++;
    const limit = Math.min(tokens.length, start + 30);
    const credit = this.creditLine(tokens, quoteIndex, start);
    if (credit !== null) return credit;
    const agent = tokens[start]?.lower === 'by' ? namingAgent(tokens, quoteIndex, start + 1, limit) : null;
    if (agent !== null) return agent;
    // "“Absolutely not,” came the reply from Deputy Mayor Tom Feld.": the one the statement came from.
    if (tokens[start]?.lower === 'came' && tokens[start + 1]?.lower === 'the' && STATEMENT_NOUNS.has(tokens[start + 2]?.lower) && tokens[start + 3]?.lower === 'from') {
      const phrase = phraseStartingAt(tokens, start + 4, limit);
      if (phrase !== null) return { phrase, tokens, cue: { start, end: start + 4 }, ruleId: 'adjacent-cue' };
    }
    const cue = cueAtToken(tokens, start);
    // ("…seriously." According to her testimony, …: a capital after the quote's period opens the next sentence's source.)
    if (cue !== null && cue.form.source && !(tokens[start].capitalized && endsSentence(this.text, tokens[quoteIndex]))) {
      const phrase = sourcePhrase(tokens, start + cue.length, limit);
      if (phrase !== null) return { phrase, tokens, cue: { start, end: start + cue.length }, ruleId: 'according-to' };
    }
    if (cue !== null && cue.form.inverts) {
      const phrase = namedAfterIndefinite(tokens, start + cue.length, limit) ?? phraseStartingAt(tokens, start + cue.length, limit);
      // "…," said the ferry might run: a verb after the phrase makes it a clause's subject.
      if (phrase !== null && !CLAUSE_VERBS.has(tokens[phrase.end]?.lower)) return { phrase, tokens, cue: { start, end: start + cue.length }, ruleId: 'adjacent-cue' };
    }
    // A cue right before the quote ("what Mr. Hedge called "…" the club …") outranks one further on,
    // and a quote closing a sentence that began before it belongs to that sentence, not the next one.
    if (quoteIndex > 0 && cueAtToken(tokens, quoteIndex - 1) !== null) return null;
    const firstCue = cues[firstFrom(cues, sentenceStart)];
    const cueBefore = firstCue !== undefined && firstCue < quoteIndex;
    if (cueBefore && endsSentence(this.text, tokens[quoteIndex]) && tokens[start]?.capitalized) return null;
    for (let index = start + 1; index < limit; index++) {
      const token = tokens[index];
      if (closesClause(token)) break;
      // "one aide, who asked not to be named, told the paper": a cue inside a closed relative clause is not the speaker's.
      if (token.lower === ',' && tokens[index + 1]?.lower === 'who') {
        index = closingComma(tokens, index + 1, limit) ?? index;
        continue;
      }
      const found = cueAtToken(tokens, index) ?? cueClosingClause(tokens, index);
      if (found === null) continue;
      // After a quote that ends its sentence, a cue with an object of its own starts a new statement.
      if (endsSentence(this.text, tokens[quoteIndex]) && hasOwnObject(tokens, index)) break;
      // "X said:" announces the next quote, not this one; "… riders added by Y" has no subject here.
      if (tokens[index + found.length]?.lower === ':' || passiveAgent(tokens, index, found, limit) !== null) break;
      const phrase = subjectBefore(tokens, index, start);
      // ("…" Will Estrada, the chairman, said: a modal may open the name.)
      const afterModal = phrase !== null && phrase.start === start + 1 && phrase.kind === 'name' && isSurnameWord(tokens[start]);
      if (phrase !== null && (phrase.start === start || afterModal)) return { phrase: afterModal ? { ...phrase, start } : phrase, tokens, cue: { start: index, end: index + found.length }, ruleId: 'adjacent-cue' };
      break;
    }
    return null;
  }

  /** A credit line after the quote: “…” ― Pamela Padilla. */
  private creditLine(tokens: Token[], quoteIndex: number, start: number): Found | null {
    // Only a quote standing alone is credited; after a partial quote the dash starts a byline.
    if (quoteIndex > 0) return null;
    // "“…” (Ann Lee, mayor of Lindholm)": a name in brackets right after the quote credits it too.
    if (start === quoteIndex + 1 && tokens[start]?.lower === '(') return creditedName(tokens, start + 1, { start, end: start + 1 });
    const dash = start - 1;
    if (dash === quoteIndex || !DASHES.includes(tokens[dash].lower)) return null;
    return creditedName(tokens, start, { start: dash, end: dash + 1 });
  }

  /**
   * A cue elsewhere in the quote's sentence, nearest first: `X said that … "…"`, `according to X, "…"`,
   * `"…" was stated by X`. Only the nearest cues on each side count, so a run-on sentence stays linear.
   */
  private inSentence(tokens: Token[], cues: readonly number[], quoteIndex: number, sentence: Span): Found | null {
    const next = firstFrom(cues, quoteIndex);
    // ("X accused Y …, while Y referred to X as “…”": a cue before ", while" or ", but" and a subject of its own speaks no further.)
    const clause = clauseWithOwnSubject(tokens, sentence, quoteIndex);
    for (let cue = next - 1; cue >= 0 && cues[cue] >= clause.start && next - cue <= NEAREST_CUES; cue--) {
      const clauseStart = clauseAfterCueQuote(tokens, cues[cue], quoteIndex);
      if (clauseStart >= 0) {
        const subject = phraseStartingAt(tokens, clauseStart, quoteIndex, true);
        return subject?.kind === 'name' ? { phrase: subject, tokens, cue: null, ruleId: 'subject-verb' } : null;
      }
      const found = this.cueSpeaker(tokens, cues[cue], sentence, quoteIndex);
      if (found !== null) return this.reporterOf(tokens, found, sentence) ?? found;
    }
    for (let cue = next; cue < cues.length && cues[cue] < sentence.end && cue - next < NEAREST_CUES; cue++) {
      const found = this.cueSpeaker(tokens, cues[cue], sentence, quoteIndex);
      if (found !== null) return opensRelativeClause(tokens, found.phrase) ? null : found;
    }
    return null;
  }

  /**
   * "Ortiz said the mayor asked the council to stay “…”", "neighbors have said he said “…”": a cue whose
   * subject opens the clause of an earlier "said" is reported by that cue's speaker, the quote's source.
   */
  private reporterOf(tokens: Token[], found: Found, sentence: Span): Found | null {
    if ((found.ruleId !== 'reported-speech' && found.ruleId !== 'adjacent-cue') || found.cue === null || found.phrase.end > found.cue.start) return null;
    let outer = found.phrase.start - 1;
    if (tokens[outer]?.lower === 'that') outer--;
    const cue = outer > sentence.start ? cueAtToken(tokens, outer) : null;
    if (cue === null || cue.form.lemma !== 'say' || cue.form.participle) return null;
    return this.cueSpeaker(tokens, outer, sentence);
  }

  /** The speaker of the cue at token `index`, if it is one. */
  private cueSpeaker(tokens: Token[], index: number, sentence: Span, quoteIndex = -1): Found | null {
    const cue = cueAtToken(tokens, index);
    if (cue === null) return null;
    const cueSpan = { start: index, end: index + cue.length };
    const after = index + cue.length;
    if (cue.form.source) {
      const phrase = sourcePhrase(tokens, after, sentence.end);
      // "According to her prepared testimony, the facilities chief, Renata Solís, will tell …": a possessive opening the
      // sentence points forward to the subject whose own cue follows.
      if (phrase?.kind === 'pronoun' && index === sentence.start && cueAfter(tokens, phrase.end, sentence.end)) return null;
      return phrase && { phrase, tokens, cue: cueSpan, ruleId: 'according-to' };
    }
    // ("was immediately denounced by", "was later told by": an adverb or a time word may stand between the auxiliary and
    // the participle.)
    let auxiliary = index - 1;
    while (auxiliary > sentence.start && isWord(tokens[auxiliary]) && (isAdverb(tokens[auxiliary]) || TIME_WORDS.has(tokens[auxiliary].lower))) auxiliary--;
    if (PASSIVE_AUXILIARIES.has(tokens[auxiliary]?.lower) && tokens[after]?.lower === 'by') {
      const phrase = phraseStartingAt(tokens, after + 1, sentence.end) ?? pluralRoleAt(tokens, after + 1);
      return phrase && { phrase, tokens, cue: cueSpan, ruleId: 'passive' };
    }
    const agent = passiveAgent(tokens, index, cue, sentence.end);
    // "the records described by The Ledger were “…”": a quote after the modified noun's own verb is said of it, not by the agent.
    const predicate = agent !== null && quoteIndex > agent.end && hasPassiveAuxiliary(tokens, agent.end, quoteIndex);
    if (agent !== null) return predicate ? null : { phrase: agent, tokens, cue: cueSpan, ruleId: 'passive' };
    // "Reis will continue to be", "the board should repeat": a cue after a modal is what someone
    // expects, not what was said.
    if (MODALS.has(tokens[index - 1]?.lower) && cue.form.lemma !== 'say') return null;
    // "a claim she neither confirmed nor denied": what is neither confirmed nor denied was not said.
    if (tokens[index - 1]?.lower === 'neither') return null;
    // "Trump was asked", "she was told": the subject of a passive cue is spoken to, not speaking.
    if (PASSIVE_AUXILIARIES.has(tokens[index - 1]?.lower) && !cue.form.participle && tokens[index].lower !== cue.form.lemma) return null;
    let phrase: Phrase | null;
    const ownSubject = cue.form.participle ? participleOwnSubject(tokens, index, sentence) : null;
    if (cue.form.participle && ownSubject === null) {
      // "…, saying": the phrase right before a participle is its object's tail. Its subject is the one of
      // the nearest cue before it ("Lewandowski added, saying …"), else the one opening the sentence.
      // ("with McCain calling it …" keeps its subject right before the participle.)
      // ("Kettering called it “…”; Oyelaran declined, saying …": a semicolon opens a clause with a subject of its own.)
      const clause = clauseWithOwnSubject(tokens, sentence, index);
      // "Relatives of the gunman issued a statement saying …": the one who put the document out, as with "said".
      const issuer = issuingVerbBefore(tokens, index, clause.start);
      phrase = (issuer > clause.start ? subjectBefore(tokens, issuer, clause.start) : null) ?? quotedAsSaying(tokens, index, clause.start) ?? gerundSubject(tokens, index, clause.start) ?? this.previousCueSubject(tokens, index, clause)
        ?? this.clauseSubjectBefore(tokens, index, clause) ?? sentenceSubject(tokens, clause, index, quoteIndex > index);
    } else {
      phrase = withoutRelativeThat(tokens, subjectBefore(tokens, index, sentence.start), index, quoteIndex);
      // "Verlaque handed him a knife and said, “…”": a cue joined by "and" to a verb before it shares that verb's subject.
      if (phrase === null && tokens[index - 1]?.lower === 'and') phrase = joinedVerbSubject(tokens, index - 1, sentence.start);
      // "X has called it “…,” and in an interview last fall promised “…”": the object of a phrase that opens a verb joined
      // by "and" is no subject; the first verb's subject is.
      const link = phrase === null ? -1 : phrase.start - 1;
      if (phrase !== null && phrase.kind === 'role' && OPENING_PREPOSITIONS.has(tokens[link]?.lower) && tokens[link - 1]?.lower === 'and') {
        phrase = this.previousCueSubject(tokens, link - 1, sentence) ?? phrase;
      }
      // "used his homily in St. Peter's Square to urge …": the noun right before an infinitive of purpose is no subject.
      if (phrase !== null && phrase.end === index - 1 && tokens[index - 1].lower === 'to') phrase = sentenceSubject(tokens, sentence, index) ?? phrase;
      // "the FBI's decision not to recommend charges": a noun's infinitive is no one's cue.
      if (phrase !== null && phrase.end === index - 2 && tokens[index - 2].lower === 'not' && tokens[index - 1].lower === 'to') return null;
      // "A video of Lee saying": the participle's own subject is the end of the phrase before it.
      if (ownSubject !== null && (phrase === null || ownSubject.start > phrase.start)) phrase = ownSubject;
      if (phrase !== null && (isObjectOfInfinitive(tokens, phrase, index) || disagreesInNumber(tokens, phrase, index) || isReducedRelative(tokens, phrase, index))) return null;
      // "attacking her as a “Washington insider,” a charge she denies", "a label scientists dismissed": one who denies
      // the claim does not make it.
      if (phrase !== null && DENIAL_LEMMAS.has(cue.form.lemma) && LABEL_NOUNS.has(tokens[phrase.start - 1]?.lower ?? '')) return null;
      // "Nyquist said in a statement that the hospitals had offered “…”": a past perfect inside a reported clause is
      // the reporter's account, whose own cue speaks.
      // So is a thing's finding there: "Lee said that the department's models suggest …".
      if (phrase !== null && (tokens[index - 1]?.lower === 'had' || isThing(tokens, phrase)) && reportedClauseOpensAt(tokens, phrase.start, sentence.start)) return null;
    }
    // "declining to repeat the slogan “…”": an infinitive has no inverted subject, nor a verb joined by "and" to an
    // earlier one ("X opposes … and recalled the flood: “…”"), whose subject is the first verb's.
    const joined = tokens[index - 1]?.lower === 'to' || tokens[index - 1]?.lower === 'and';
    // "Under the rules, the firm must hold “…” all year, said Ann Lee": a clause holding the quote is no aside of the
    // phrase before it; the name after the cue speaks.
    const quoteInAside = phrase !== null && tokens[index - 1]?.lower === ',' && quoteIndex > phrase.end && quoteIndex < index;
    if ((phrase === null || quoteInAside) && cue.form.inverts && !joined) phrase = this.invertedSubject(tokens, index, after, sentence, quoteIndex) ?? phrase;
    // "said it would tell …": "it" speaks only for an organization quoted before or named earlier in the paragraph.
    if (phrase === null || (phrase.kind === 'pronoun' && pronounOf(tokens[phrase.start].lower) === 'it' && this.groupFor(tokens[phrase.start].start) === null)) return null;
    // "X said: "…"" is as direct as a cue can be.
    let next = Math.max(after, phrase.end);
    while (tokens[next]?.lower === ',' || tokens[next]?.lower === ':') next++;
    const adjacent = quoteIndex >= 0 && next === quoteIndex;
    // "“…” X said: “…”": a cue after the quote announcing another quote is that quote's.
    if (quoteIndex >= 0 && index > quoteIndex && tokens[next]?.type === 'quote' && tokens[next - 1].lower === ':' && !adjacent) return null;
    return { phrase, tokens, cue: cueSpan, ruleId: adjacent ? 'adjacent-cue' : 'reported-speech' };
  }

  /**
   * No cue next to the quote or in its sentence: a continued multi-paragraph quote, a "Source:" label,
   * the sentence subject (Cruz praised Bush as "a man who…"), the paragraph's speaker so far, or the
   * previous paragraph's.
   */
  private fallback(quoteNumber: number, tokenIndex: number, sentenceIndex: number, previousInParagraph: Attribution | null): Attribution | null {
    const quote = this.input.quotes[quoteNumber];
    const previous = this.results[quoteNumber - 1];
    const label = this.transcriptLabel(quote);
    if (label !== null) return label;
    if (quote.continuesPrevious && previous?.entity) return this.continued(previous);
    const { tokens, sentences, cues } = this.paragraphTokens(quote.paragraph);
    const sentence = sentences[sentenceIndex];
    const sourceLabel = labelBefore(tokens, tokenIndex, sentence);
    const labelled = sourceLabel && this.resolve(sourceLabel, sentence);
    if (labelled?.entity) return labelled;
    if (tokenIndex > sentence.start) {
      // The subject of any verb: Cruz praised Bush as "a man who…". Before a colon, of "be" and "have" too: "Sheriff
      // Ruiz had a blunt message for them: “…”".
      // ("Brandt signed it, while Hollis proposed we “…”": the clause's own subject, if it has one, comes first.)
      const copula = tokens[tokenIndex - 1].lower === ':';
      const clause = clauseWithOwnSubject(tokens, sentence, tokenIndex);
      const subject = (clause !== sentence ? sentenceSubject(tokens, clause, tokenIndex, copula) : null) ?? sentenceSubject(tokens, sentence, tokenIndex, copula);
      // "Ruiz was asked, “…?”": the quote was said to its subject, by someone the sentence does not name.
      if (subject !== null && isSpokenTo(tokens, subject)) return null;
      if (subject !== null) {
        const attribution = this.resolve({ phrase: subject, tokens, cue: null, ruleId: 'subject-verb' }, sentence);
        if (attribution?.entity) return attribution;
      }
    }
    // A short phrase quoted mid-sentence with no cue of its own belongs to no one nearby.
    if (tokenIndex > sentence.start && countWordsIn(this.text, quote.innerStart, quote.innerEnd, 6) < 6) return null;
    if (previousInParagraph !== null) return this.continued(previousInParagraph, 'nearby-speaker');
    for (let earlier = sentenceIndex - 1; earlier >= 0 && earlier >= sentenceIndex - 2; earlier--) {
      const found = this.anyCueSpeaker(tokens, cues, sentences[earlier]);
      if (found !== null) {
        const attribution = this.resolve(found, sentences[earlier]);
        if (attribution?.entity) return this.continued(attribution, 'nearby-speaker');
      }
    }
    // "Cole was blunt. “We have no money.”": a quote that is a sentence of its own speaks for the named subject before it,
    // or for the agent the next sentence credits ("“…”. This was stated by X.").
    if (onlyQuoteIn(tokens, sentence)) {
      const next = sentences[sentenceIndex + 1];
      const credit = next !== undefined && ANAPHORIC_OPENERS.has(tokens[next.start].lower) ? this.passiveCredit(tokens, next) : null;
      if (credit?.entity) return credit;
      // "“Not one more dollar.” With that, Carla Diaz walked out.": the one who acted on the words spoke them.
      const actor = next !== undefined ? this.subjectWithThat(tokens, next) : null;
      if (actor?.entity) return actor;
      if (sentenceIndex > 0) return this.namedSubject(tokens, sentences[sentenceIndex - 1]);
    }
    // "Wrona: Because … “Build it and they will come” works …": an interview's answer speaks for its label.
    const answer = this.answerLabel(quote.paragraph);
    if (answer !== null) return answer;
    if (tokenIndex !== 0 || quote.paragraph === 0) return null;
    // A paragraph opening with a quote takes the speaker announced at the end of the previous
    // paragraph ("Trump said:"), or continues its last quote.
    const announced = this.announcedSpeaker(quote.paragraph - 1);
    if (announced !== null) return announced;
    if (previous?.entity && this.input.quotes[quoteNumber - 1].paragraph === quote.paragraph - 1) {
      const previousTokens = this.paragraphTokens(quote.paragraph - 1).tokens;
      // Only when the previous paragraph closed on that quote's sentence (no new subject in between).
      if (previousTokens[previousTokens.length - 1].end >= this.input.quotes[quoteNumber - 1].end - 1 || endsWithCueSentence(previousTokens)) {
        return this.exchangePartner(quote, this.input.quotes[quoteNumber - 1]) ?? this.continued(previous);
      }
    }
    return onlyQuote(tokens) ? this.previousSubject(quote.paragraph - 1) : null;
  }

  /**
   * "Quist expects the levy to pass." followed by a paragraph that is only a quote: the named subject of
   * the sentence before it speaks, or the person "he" or "she" there stands for (not a common noun such as "the
   * legislation").
   */
  private previousSubject(paragraph: number): Attribution | null {
    const { tokens, sentences } = this.paragraphTokens(paragraph);
    const sentence = sentences[sentences.length - 1];
    return sentence ? this.namedSubject(tokens, sentence) : null;
  }

  /** "With that, Carla Diaz walked out": the named subject of a sentence opening "With that," or "With those words,". */
  private subjectWithThat(tokens: Token[], sentence: Sentence): Attribution | null {
    if (tokens[sentence.start].lower !== 'with' || !POINTING_OPENERS.has(tokens[sentence.start + 1]?.lower)) return null;
    const comma = tokens[sentence.start + 2]?.lower === 'words' ? sentence.start + 3 : sentence.start + 2;
    return tokens[comma]?.lower === ',' ? this.namedSubject(tokens, sentence) : null;
  }

  /** The sentence's subject when it is a name or "he" or "she", as the speaker of a quote standing alone after it. */
  private namedSubject(tokens: Token[], sentence: Sentence): Attribution | null {
    // "Women behind the camera, she says, were rare then.": a cue set off inside the sentence names who speaks in it,
    // even by a role ("Life underground, one woman says, has become normal.").
    const parenthetical = parentheticalSpeaker(tokens, sentence);
    const subject = parenthetical ?? sentenceSubject(tokens, sentence, sentence.end);
    // "they" and "it" stand for groups and things more often than for the speaker of the quote after them.
    const person = subject?.kind === 'name' || (subject?.kind === 'pronoun' && SINGULAR_PERSONS.has(pronounOf(tokens[subject.start].lower)))
      || parenthetical?.kind === 'role' || (subject !== null && this.knownRoleSubject(tokens, subject));
    if (!subject || !person) return null;
    const attribution = this.resolve({ phrase: subject, tokens, cue: null, ruleId: 'subject-verb' }, sentence);
    if (!attribution?.entity) return null;
    attribution.wording = 'previous-subject';
    return attribution;
  }

  /**
   * "The senator addressed the critics in her speech.": a role after "the" that the text gave a person named before;
   * "the 52-year-old was blunter.": an epithet, which stands for the person the text goes on about.
   */
  private knownRoleSubject(tokens: Token[], subject: Phrase): boolean {
    if (subject.kind !== 'role' || tokens[subject.start].lower !== 'the') return false;
    const head = roleHead(tokens, subject);
    return isEpithet(head.lower) || (ROLE_NOUNS.has(head.lower) && this.entityWithRole(head.lower, tokens[subject.start].start, null)?.type === 'person');
  }

  /** An inverted subject right before the quote ("said Trump: "…""), or closing the clause ("…, said Trump."). */
  private invertedSubject(tokens: Token[], index: number, after: number, sentence: Span, quoteIndex: number): Phrase | null {
    const inverted = phraseStartingAt(tokens, after, sentence.end);
    if (inverted === null) return null;
    let next = inverted.end;
    while (tokens[next]?.lower === ',' || tokens[next]?.lower === ':') next++;
    const before = tokens[index - 1];
    // The subject ends the clause, or an aside follows it ("…," said Tom Grimm, a supporter.).
    const closesClause = (before === undefined || index === sentence.start || before.lower === ',' || before.type === 'quote') && (inverted.end >= sentence.end || tokens[inverted.end].type === 'punct');
    // "said the line “landed like a brick.”": a noun before a quote that goes on in lowercase is its clause's subject.
    const opensQuote = tokens[next]?.type === 'quote' && (quoteIndex < 0 || next === quoteIndex) && !(inverted.kind === 'role' && !opensCapitalized(this.text, tokens[next]));
    const announces = tokens[next - 1]?.lower === ':' && next >= sentence.end;
    // "…," said he. may invert a pronoun, but in "and said she “skipped …”" the pronoun opens a clause.
    if (inverted.kind === 'pronoun') return closesClause ? inverted : null;
    return closesClause || opensQuote || announces ? inverted : null;
  }

  /**
   * "…, though Whitfield declined to do so, saying …": the person named (or "he"/"she") opening the clause the participle
   * closes, after a word that opens a clause; null when the participle belongs to the sentence's first clause.
   */
  private clauseSubjectBefore(tokens: Token[], participle: number, sentence: Span): Phrase | null {
    for (let at = participle - 1; at > sentence.start; at--) {
      if (tokens[at].type === 'quote') return null;
      if (!CLAUSE_OPENERS.has(tokens[at - 1].lower) || !(isNameWord(tokens[at]) || SINGULAR_PERSONS.has(tokens[at].lower))) continue;
      const phrase = phraseStartingAt(tokens, at, participle, true);
      if (phrase === null || phrase.kind === 'role') return null;
      const named = phrase.kind === 'pronoun' || this.namesPerson(tokens[phrase.start].start, tokens[phrase.end - 1].end);
      return named ? phrase : null;
    }
    return null;
  }

  /** The subject of the nearest finite cue left of a participle in the same sentence. */
  private previousCueSubject(tokens: Token[], participle: number, sentence: Span): Phrase | null {
    for (let index = participle - 1; index >= sentence.start && index >= participle - 12; index--) {
      if (tokens[index].type === 'quote') continue;
      const cue = cueAtToken(tokens, index);
      // "a rule that required clinics to report data, calling it …": an infinitive or a modal's verb is not the finite
      // cue, nor a passive one ("after the race was called, saying …").
      // Nor one before its agent: "the price announced by the board, describing it as …" (the board's verb modifies the price).
      const infinitive = tokens[index - 1]?.lower === 'to' || MODALS.has(tokens[index - 1]?.lower) || PASSIVE_AUXILIARIES.has(tokens[index - 1]?.lower)
        || tokens[index + 1]?.lower === 'by';
      // "conceded in a statement posted to Facebook, writing …": a document's participle is no one's verb.
      if (cue === null || cue.form.source || namesNounBefore(tokens, index) || infinitive || isDocumentNoun(tokens[index - 1])) continue;
      // "with the mayor writing that … and adding": both participles share their own subject.
      if (cue.form.participle) {
        const own = participleOwnSubject(tokens, index, sentence);
        if (own !== null) return own;
        continue;
      }
      return subjectBefore(tokens, index, sentence.start);
    }
    return null;
  }

  /** An "according to X" anywhere in the sentence. */
  private sourceIn(tokens: Token[], cues: readonly number[], sentence: Sentence): Found | null {
    if (sentence.source !== undefined) return sentence.source;
    let source: Found | null = null;
    for (let cue = firstFrom(cues, sentence.start); cue < cues.length && cues[cue] < sentence.end && source === null; cue++) {
      if (tokens[cues[cue]].lower === 'according') {
        const found = this.cueSpeaker(tokens, cues[cue], sentence);
        if (found?.ruleId === 'according-to') source = { ...found, phrase: issuerOf(tokens, found.phrase) ?? found.phrase };
      } else {
        const phrase = closingReport(tokens, cues[cue], sentence);
        if (phrase !== null) source = { phrase, tokens, cue: { start: cues[cue], end: cues[cue] + 1 }, ruleId: 'according-to' };
      }
    }
    sentence.source = source ?? ownWordsIn(tokens, sentence);
    return sentence.source;
  }

  /** A transcript line quoted whole: "PENCE: Well, look, …" names its speaker in capitals. */
  private transcriptLabel(quote: ScannedQuote): Attribution | null {
    // The label opens with a capital: most quotes are ruled out before slicing for the regex.
    const first = this.text.charCodeAt(quote.innerStart);
    if (first < 65 || first > 90) return null;
    const match = TRANSCRIPT_LABEL.exec(this.text.slice(quote.innerStart, Math.min(quote.innerEnd, quote.innerStart + 40)));
    if (match === null) return null;
    const start = quote.innerStart;
    const mention = { start, end: start + match[1].length, text: match[1] };
    // "PYLE:" after "WRAL anchor Dominic Pyle": the person of that surname, written in capitals.
    const label = match[1].includes(' ') ? null : this.input.index.find(withCapital(match[1].toLowerCase()), start);
    const entity = label?.type === 'person' ? label : this.resolveName(mention, 'person');
    if (entity === label) this.input.index.addMention(entity, mention, 'alias');
    return { entity, mention, cue: null, ruleId: 'adjacent-cue', wording: 'transcript', sentence: null };
  }

  /** The person named by a label opening the paragraph, as an interview's answers are ("Wrona: …"), else null. */
  private answerLabel(paragraph: number): Attribution | null {
    const { tokens } = this.paragraphTokens(paragraph);
    if (tokens[0]?.lower === 'a' && tokens[1]?.lower === ':') return this.interviewee(paragraph, { start: tokens[0].start, end: tokens[0].end, text: 'A' });
    let colon = 0;
    while (colon < tokens.length && colon < LABEL_WORDS && isNameWord(tokens[colon])) colon++;
    if (colon === 0 || tokens[colon]?.lower !== ':') return null;
    const mention = { start: tokens[0].start, end: tokens[colon - 1].end, text: this.text.slice(tokens[0].start, tokens[colon - 1].end) };
    const named = this.input.index.mentionsIn(mention.start, mention.end, this.mentionEntities);
    for (let i = 0; i < named.length; i++) {
      const entity = this.mentionEntities[i];
      if (entity.type === 'person') return { entity, mention, cue: null, ruleId: 'adjacent-cue', wording: 'transcript', sentence: null };
    }
    return null;
  }

  /**
   * "Q: …⏎A: “…”": an answer after a question speaks for the one the interview is with, the first person the body
   * names ("Councillor Dana Whitcombe has led …").
   */
  private interviewee(paragraph: number, mention: TextSpan): Attribution | null {
    const { paragraphs } = this.input;
    if (paragraph === 0 || !this.text.startsWith('Q:', paragraphs[paragraph - 1].start)) return null;
    const entity = this.firstPersonIn(paragraphs[0].start, paragraphs[paragraph].start, ANY_GENDER);
    return entity && { entity, mention, cue: null, ruleId: 'adjacent-cue', wording: 'transcript', sentence: null };
  }

  /** The first cue with a speaker anywhere in the sentence. */
  private anyCueSpeaker(tokens: Token[], cues: readonly number[], sentence: Sentence): Found | null {
    if (sentence.cueSpeaker !== undefined) return sentence.cueSpeaker;
    let speaker: Found | null = null;
    for (let cue = firstFrom(cues, sentence.start); cue < cues.length && cues[cue] < sentence.end && speaker === null; cue++) {
      speaker = this.cueSpeaker(tokens, cues[cue], sentence);
    }
    sentence.cueSpeaker = speaker;
    return speaker;
  }

  /** "… Trump said:" closing the previous paragraph. */
  private announcedSpeaker(paragraph: number): Attribution | null {
    // Its last token is the paragraph's last character: most paragraphs need no tokens to say no.
    if (this.text.charCodeAt(this.input.paragraphs[paragraph].end - 1) !== 0x3a) return null;
    const { tokens, sentences } = this.paragraphTokens(paragraph);
    const last = tokens[tokens.length - 1];
    if (last === undefined || last.lower !== ':') return null;
    const sentence = sentences[sentences.length - 1];
    for (let index = tokens.length - 2; index >= sentence.start; index--) {
      const found = this.cueSpeaker(tokens, index, sentence);
      if (found !== null) return this.resolve(found, sentence);
    }
    // "Mayor Ann Lee:" — a label alone, the quote in the next paragraph.
    const label = labelBefore(tokens, tokens.length, sentence) ?? describedNameLabel(tokens, sentence);
    if (label !== null) return this.resolve(label, sentence);
    // "Trump issued the following statement:" — the subject of any verb announcing the quote.
    const subject = sentenceSubject(tokens, sentence, sentence.end);
    return subject && this.resolve({ phrase: subject, tokens, cue: null, ruleId: 'subject-verb' }, sentence);
  }

  /** "This was stated by X" opening the next paragraph attributes this paragraph's unattributed quotes. */
  private attributeFromNextParagraph(paragraph: number, first: number, last: number): void {
    const pending: number[] = [];
    for (let quote = first; quote < last; quote++) {
      const result = this.results[quote];
      const weak = !result?.entity || result.ruleId === 'subject-verb' || result.ruleId === 'nearby-speaker' || result.ruleId === 'continuation';
      if (this.input.quotes[quote].kind === 'speech' && weak) pending.push(quote);
    }
    if (pending.length === 0 || paragraph + 1 >= this.input.paragraphs.length) return;
    // Most next paragraphs neither credit the quote paragraph nor say "This was stated by …": their first
    // token and a search for "by" tell, without tokenizing them.
    const firstToken = this.firstToken(paragraph + 1);
    // A paragraph that only credits the quote paragraph above it: "- Bernie Sanders." (the dash may be read as a bullet).
    const dashed = this.paragraphTokens(paragraph).tokens[0].type === 'quote' ? this.dashedParagraph(paragraph + 1, firstToken) : null;
    if (dashed !== null) {
      const { tokens, sentences } = this.paragraphTokens(paragraph + 1);
      // "-- Television ad from Bradley Voss": two hyphens for a dash.
      let nameStart = dashed.cue?.end ?? 0;
      while (DASHES.includes(tokens[nameStart]?.lower)) nameStart++;
      const credit = creditedName(tokens, nameStart, dashed.cue && { start: 0, end: nameStart });
      const credited = credit && this.resolve(credit, sentences[0]);
      if (credited?.entity) {
        // The credit outranks the weak guesses too (a subject or speaker nearby).
        for (const quote of pending) this.results[quote] = credited;
        return;
      }
    }
    if (!ANAPHORIC_OPENERS.has(firstToken.lower) || !(this.mayContainBy(paragraph + 1) || POINTING_OPENERS.has(firstToken.lower))) return;
    const { tokens, sentences } = this.paragraphTokens(paragraph + 1);
    // "The drop was described by X as ‘…’": a passive sentence with a quote of its own credits that one.
    if (hasQuoteIn(tokens, sentences[0])) return;
    const attribution = this.passiveCredit(tokens, sentences[0]);
    if (attribution?.entity) for (const quote of pending) this.results[quote] = attribution;
  }

  /**
   * "This was stated by X.", "Those were the words of X.": the agent of the sentence's first passive cue, or the
   * owner of the statement it points back to, resolved; null when there is none.
   */
  private passiveCredit(tokens: Token[], sentence: Sentence): Attribution | null {
    // ("That quote from Ridley, …, was condemned by Republicans": the quote's owner, not the passive's agent.)
    const owner = statementOwner(tokens, sentence);
    if (owner !== null) return this.resolve(owner, sentence);
    for (let index = sentence.start; index < sentence.end; index++) {
      if (!PASSIVE_AUXILIARIES.has(tokens[index].lower)) continue;
      const found = this.cueSpeaker(tokens, index + 1, sentence);
      if (found !== null && found.ruleId === 'passive') return this.resolve(found, sentence);
    }
    return null;
  }

  /** Whether the paragraph has "by" in any case, even inside a word: a passive cue needs the word. */
  private mayContainBy(paragraph: number): boolean {
    const { start, end } = this.input.paragraphs[paragraph];
    for (let at = start; at < end - 1; at++) {
      if ((this.text.charCodeAt(at) | 0x20) === 0x62 && (this.text.charCodeAt(at + 1) | 0x20) === 0x79) return true;
    }
    return false;
  }

  /** Whether the paragraph opens with a dash, and the dash token (null when it was read as a bullet). */
  private dashedParagraph(paragraph: number, firstToken: Token): { cue: Span | null } | null {
    if (DASHES.includes(firstToken.lower)) return { cue: { start: 0, end: 1 } };
    const start = this.input.paragraphs[paragraph].start;
    const bullet = this.text.slice(this.text.lastIndexOf('\n', start - 1) + 1, start).trim();
    return bullet !== '' && DASHES.includes(bullet) ? { cue: null } : null;
  }

  /** "“Trust us, Felix. Box this lap.”": a quote that calls a person by name is said to them, not by them. */
  private addresses(quoteNumber: number, entity: Entity | null): boolean {
    if (entity === null || entity.type !== 'person') return false;
    const quote = this.input.quotes[quoteNumber];
    const inner = this.text.slice(quote.innerStart, quote.innerEnd);
    const words = entity.name.split(' ');
    return [words[0], words[words.length - 1]].some((word) => word.length > 1 && vocativeIn(inner, word));
  }

  private continued(previous: Attribution, ruleId: AttributionRuleId = 'continuation'): Attribution | null {
    if (previous.entity === null) return null;
    // Written out: V8 copies a spread object on a slow path.
    const { entity, mention, cue, sentence } = previous;
    return { entity, mention, cue, ruleId, wording: 'without-cue', sentence };
  }

  private sentenceSpan(tokens: Token[], sentence: Span): Span {
    return { start: tokens[sentence.start].start, end: tokens[sentence.end - 1].end };
  }

  /** Turns a found phrase into an entity: pronouns to the last person or group, names and roles through the index. */
  private resolve(found: Found, sentence: Span): Attribution | null {
    const { tokens } = found;
    // "Prusak's reply … read in full:": the one whose reply it is speaks.
    const owner = found.phrase.kind === 'role' ? ownerOfStatement(tokens, found.phrase, true) : null;
    // (Not "Wednesday's opinion": a day's possessive is a date.)
    const given = owner?.kind === 'name' && !DATE_NAMES.has(withoutPossessive(tokens[owner.end - 1].lower)) ? owner : found.phrase;
    const phrase = given.kind === 'name' ? this.withoutCapitalsHeadline(tokens, given) : given;
    let start = tokens[phrase.start].start;
    let end = tokens[phrase.end - 1].end;
    let mentionText = this.text.slice(start, end);
    if (phrase.kind === 'name' && endsWithApostropheS(mentionText)) {
      end -= 2;
      mentionText = mentionText.slice(0, -2);
    }
    const mention: TextSpan = { start, end, text: mentionText };
    const cue = found.cue && { start: tokens[found.cue.start].start, end: tokens[found.cue.end - 1].end };
    const sentenceSpan = this.sentenceSpan(tokens, sentence);
    let entity: Entity | null;
    let ruleId = found.ruleId;
    if (phrase.kind === 'pronoun') {
      const lemma = found.cue === null ? '' : cueAt(tokens, found.cue.start)?.form.lemma ?? '';
      entity = (REPLY_LEMMAS.has(lemma) ? this.personAskedBefore(mention) : null)
        ?? (lemma === 'read' && mention.text.toLowerCase() === 'it' ? this.documentBefore(mention.start) : null) ?? this.antecedent(mention, ruleId);
      if (entity !== null && this.askedTheQuestionBefore(entity)) entity = this.otherPersonBefore(entity, pronounOf(mention.text.toLowerCase())) ?? entity;
      if (entity !== null) this.input.index.addMention(entity, mention, 'pronoun');
      if (ruleId === 'adjacent-cue' || ruleId === 'reported-speech') ruleId = 'pronoun';
    } else {
      const head = roleHead(tokens, phrase);
      // "His response: “…”": the one whose statement it is speaks.
      const owner = phrase.kind === 'role' && phrase.end === phrase.start + 2 && POSSESSIVE_DETERMINERS.has(tokens[phrase.start].lower) && STATEMENT_NOUNS.has(head.lower)
        ? this.antecedent({ start: tokens[phrase.start].start, end: tokens[phrase.start].end, text: tokens[phrase.start].lower }, 'adjacent-cue') : null;
      entity = owner ?? this.entityFor(mention, head, phrase.kind === 'role', tokenBeforeHead(tokens, phrase, head));
      if (phrase.kind === 'role' && ruleId === 'adjacent-cue' && entity.name !== mentionText) ruleId = 'role-noun';
      if (phrase.kind === 'name' && entity !== null) widenToMention(mention, entity);
    }
    start = mention.start;
    if (entity === null) {
      return { entity: null, mention, cue, ruleId, wording: 'no-one', sentence: sentenceSpan };
    }
    if (entity.type === 'person') this.lastPerson = entity;
    else {
      this.lastGroup = entity;
      this.lastGroupParagraph = this.currentParagraph;
    }
    return { entity, mention, cue, ruleId, wording: 'cue', sentence: sentenceSpan };
  }

  /** "RACE TAKES ANOTHER TURN Rep. Colin Ashby": a news roundup's headline in capitals run into a name is no part of it. */
  private withoutCapitalsHeadline(tokens: Token[], phrase: Phrase): Phrase {
    let first = phrase.start;
    while (first < phrase.end - 1 && isInCapitals(this.text, tokens[first].start, tokens[first].end)) first++;
    return first - phrase.start >= HEADLINE_CAPITALS ? { ...phrase, start: first } : phrase;
  }

  private entityFor(mention: TextSpan, head: Token, role: boolean, modifier: Token | null = null): Entity {
    const { index } = this.input;
    let found: Entity | undefined;
    const candidates = index.mentionsIn(mention.start, mention.end, this.mentionEntities);
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i];
      if (candidate.start <= head.start && candidate.end >= Math.min(head.end, mention.end)) {
        // A place closing a longer name is part of it: "Priorities USA" is no country.
        if (this.mentionEntities[i].type === 'place' && candidate.start > mention.start && !role) continue;
        found = this.mentionEntities[i];
        break;
      }
    }
    // A role noun with no entity of its own ("the minister") names someone introduced with that role;
    // an indefinite one ("a senior aide", "one official") introduces someone new.
    const indefinite = role && INDEFINITE_DETERMINERS.has(firstWordOf(mention.text.toLowerCase()));
    const demonym = head.capitalized && articleLength(mention.text) === THE_LENGTH && DEMONYMS.has(head.lower);
    if (((role && !head.capitalized) || demonym) && !indefinite && !DOCUMENT_NOUNS.has(head.lower) && (found === undefined || !isUpper(found.name[0]) || demonym)) {
      const described = this.epithetReferent(mention, head) ?? this.kinReferent(mention, head);
      if (described !== null) {
        index.addMention(described, mention, 'role');
        return described;
      }
      const roleWord = hasApostrophe(head.lower) ? head.lower.replace(/['’ʼ]s$/, '') : head.lower;
      const synonym = ROLE_SYNONYMS.get(roleWord);
      const owner = ownerWordOf(mention.text, head);
      // ("SpaceX scrubbed the launch. “…,” the company said": a company's noun that no entity has for a role names the
      // one organization named just before it.)
      const known = this.entityWithRole(roleWord, mention.start, modifier, owner) ?? (synonym === undefined ? null : this.entityWithRole(synonym, mention.start, modifier, owner))
        ?? (COMPANY_NOUNS.has(roleWord) ? this.onlyOrganizationBefore(mention.start) : null);
      // "A spokesperson for the carrier said …" since the one named before brings in someone new, whom "the spokesperson"
      // then means.
      // (So does one since a holder the text only described: "a senior Egyptian official … A State Department official".)
      const holder = known ?? this.describedHolder(roleWord, mention.start);
      const introduction = holder?.type === 'person' ? this.introductionSince(holder, roleWord, mention.start) : null;
      if (introduction !== null) {
        const introduced = index.createDistinct(introduction, 'person');
        index.addMention(introduced, mention, 'role');
        return introduced;
      }
      // "registered voters", "officials": a plural role is a group, never one person named before.
      if (known !== null && !(known.type === 'person' && isPlural(head.lower))) {
        index.addMention(known, mention, 'role');
        this.roleIndex?.note(known, mention.start);
        return known;
      }
    }
    // "Special Agent in Charge Howard Benning … called": the title the index read as a person of its own is the holder's.
    const titled = found === undefined || (found.type === 'person' && found.name === mention.text) ? this.titledPersonAfter(mention) : null;
    return titled ?? found ?? this.coveringEntity(mention) ?? this.resolveName(mention);
  }

  /** The person last mentioned before `offset` whose description ends in `role` ("a senior Egyptian official"), if any. */
  private describedHolder(role: string, offset: number): Entity | null {
    let best: Entity | null = null;
    let bestStart = -1;
    for (const entity of this.candidatesForRole(role)) {
      if (entity.type !== 'person' || isUpper(entity.name[0]) || !entity.name.endsWith(` ${role}`)) continue;
      const last = lastMentionBefore(entity.mentions, offset);
      if (last >= 0 && entity.mentions[last].start > bestStart) {
        best = entity;
        bestStart = entity.mentions[last].start;
      }
    }
    return best;
  }

  /**
   * The last phrase with "a", "an", "another" or "one" that brings in a new holder of `role` between the entity's last
   * mention and `offset` ("A spokesperson for Danish carrier Norhavn Line"), with whom it serves; else null.
   */
  private introductionSince(entity: Entity, role: string, offset: number): TextSpan | null {
    const last = entity.mentions[lastMentionBefore(entity.mentions, offset)];
    if (last === undefined || !isPlainWord(role) || !this.text.slice(last.end, offset).includes(role)) return null;
    let introduction = INTRODUCTIONS.get(role);
    if (introduction === undefined) {
      introduction = new RegExp(`\\b(?:[Aa]n?|[Aa]nother|[Oo]ne) (?:(?!${LINK_WORDS_PATTERN}\\b)[\\w’'-]+ ){0,3}${role}\\b${SERVED_AFTER_ROLE}`, 'gu');
      INTRODUCTIONS.set(role, introduction);
    }
    introduction.lastIndex = last.end;
    let found: RegExpExecArray | null = null;
    for (let match = introduction.exec(this.text); match !== null && match.index < offset; match = introduction.exec(this.text)) found = match;
    // ("Hal Lindgren, 72, a retired machinist," describes him: no one new.)
    if (found === null || OWN_APPOSITIVE_GAP.test(this.text.slice(last.end, found.index))) return null;
    return { start: found.index, end: found.index + found[0].length, text: found[0] };
  }

  /** "said Special Agent in Charge Dominic Reale": capitals read as a name that are the title of the person named next. */
  private titledPersonAfter(mention: TextSpan): Entity | null {
    const after = this.input.index.mentionsIn(mention.end, mention.end + LONGEST_TITLE_AFTER + LONGEST_TITLED_NAME, this.mentionEntities);
    for (let i = 0; i < after.length; i++) {
      const { role, type } = this.mentionEntities[i];
      if (type === 'person' && role !== null && role.startsWith(mention.text) && this.text.slice(mention.start, after[i].start).trimEnd() === role) return this.mentionEntities[i];
    }
    return null;
  }

  /**
   * "The European People's Party said", "The Centers for Disease Control and Prevention said": a name the index read
   * longer than the phrase, ending where it ends (the phrase stopped at a possessive or a word like "and" inside it).
   */
  private coveringEntity(mention: TextSpan): Entity | null {
    const mentions = this.input.index.mentionsIn(Math.max(0, mention.start - COVERING_NAME_CHARS), mention.end, this.mentionEntities);
    for (let i = 0; i < mentions.length; i++) {
      const covering = mentions[i];
      if (covering.end !== mention.end || covering.start >= mention.start || this.mentionEntities[i].type === 'place') continue;
      // "The Centers for Disease Control and Prevention said": the words of a body's longer name.
      if (this.mentionEntities[i].type === 'organization' || POSSESSIVE_BEFORE_NAME.test(this.text.slice(covering.start, mention.start))) return this.mentionEntities[i];
    }
    return null;
  }

  /**
   * The entity most recently mentioned before `before` that carries `head` in its name, role or
   * aliases, or right before a name mention ("Transport Minister Elena Vasquez" for "the minister").
   * One whose labels carry the modifier too ("press secretary") beats one with the head alone ("Treasury Secretary");
   * a name as the modifier must be in them if the role names something else ("the Florida senator" is no senator from
   * Vermont, "the England captain" may be a captain), unless it is a people's or a party's word ("the Mexican president").
   */
  private entityWithRole(head: string, before: number, modifier: Token | null, owner: string | null = null): Entity | null {
    const { entities } = this.input.index;
    const candidates = this.candidatesForRole(head);
    // The most recently mentioned first: no score is above an entity's latest mention (plus `before`, the labels'
    // bonus), so once the best so far is above that, none of the rest can win, and their mentions go unread.
    const order = this.roleOrder;
    order.length = 0;
    // "Pruett's campaign said": a body's noun in a person's role ("deputy campaign manager") does not name the person.
    const collective = COLLECTIVE_NOUNS.has(head);
    for (const entity of candidates) {
      if (!isUpper(entity.name[0]) || (collective && entity.type === 'person')) continue;
      const last = lastMentionBefore(entity.mentions, before);
      if (last < 0) continue;
      const record = (this.roleRecords[order.length] ??= { entity, last, start: 0 });
      record.entity = entity;
      record.last = last;
      record.start = entity.mentions[last].start;
      order.push(record);
    }
    order.sort((a, b) => b.start - a.start);
    // A match in the entity's own labels beats one in the words before a mention.
    let best: Entity | null = null;
    let bestScore = -1;
    const phrase = modifier === null ? null : `${modifier.lower} ${head}`;
    // "Mr. Harrington's office": an owner's name must be among the labels, whatever the role names.
    const owned = modifier !== null && modifier.capitalized && isPossessive(modifier);
    const requiredName = owned ? withoutPossessive(modifier.lower) : modifier?.capitalized && !DEMONYMS.has(modifier.lower) && !DESCRIPTOR_WORDS.has(modifier.lower) ? modifier.lower : null;
    const highestBonus = phrase === null ? before : 2 * before;
    for (const { entity, last, start } of order) {
      if (start + highestBonus < bestScore) break;
      // One as recent as the best wins if it comes first among all entities, as it would in their order.
      // "The German foreign ministry" is not the French one: a body's owner named before the description must be its own.
      if (owner !== null && entity.type !== 'person' && !containsWord(this.labels(entity), owner)) continue;
      const score = this.roleScore(entity, last, head, phrase, requiredName, owned, before, bestScore - 1);
      if (score > bestScore || (score === bestScore && score >= 0 && entities.indexOf(entity) < entities.indexOf(best!))) {
        best = entity;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * How recently `entity` was introduced with the role word `head`, if after `floor`, else -1: the start of
   * its latest mention before `before`, plus `before` when its labels carry the word, twice that when they carry
   * the whole `phrase`; -1 when they lack `requiredName` and the role names somewhere else ("senator from Vermont")
   * or the name is the role's owner (`owned`).
   */
  private roleScore(entity: Entity, last: number, head: string, phrase: string | null, requiredName: string | null, owned: boolean, before: number, floor: number): number {
    // Mentions are sorted: walk back from the last one before `before` (`last`) while a mention can still win,
    // over the latest few only, so that a long document stays linear.
    const { mentions } = entity;
    // No mention that could win even with the labels' bonus: spare building the labels.
    if (mentions[last].start + (phrase === null ? before : 2 * before) <= floor) return -1;
    const labels = this.labels(entity);
    // "the Republican nominee" is no "Green Party nominee": a party's word before the role rules out another party's holder.
    const party = phrase === null ? '' : phrase.slice(0, phrase.indexOf(' '));
    if (RIVAL_PARTIES.has(party) && holdsRivalParty(labels, party)) return -1;
    // "The Voss campaign" is not the Castellanos campaign: a body whose own name holds the word names whose it is.
    if (requiredName !== null && !containsWord(labels, requiredName) && (owned || namesSomething(entity.role) || (entity.type !== 'person' && containsWord(entity.name.toLowerCase(), head)))) return -1;
    // ("the governor" is not the deputy governor named beside her.)
    const named = containsWord(labels, head) && (phrase !== null || !onlyAsDeputy(labels, head));
    const bonus = !named ? 0 : phrase !== null && containsPhrase(labels, phrase) ? 2 * before : before;
    for (let at = last; at >= 0 && at > last - RECENT_MENTIONS; at--) {
      const mention = mentions[at];
      const score = mention.start + bonus;
      if (score <= floor) break;
      if (mention.kind === 'pronoun') continue;
      // Or the role word right before a person's name: "Transport Minister Elena Vasquez", "chairwoman, Grace Mwangi"
      // (not the header's "Author:" before the byline).
      if (named || (entity.type === 'person' && mention.start >= this.bodyStart && this.wordBefore(mention.start) === head)) return score;
    }
    return -1;
  }

  /** The entities that may hold `role`: all of them, or in a long document only those the role-word index gives for it. */
  private candidatesForRole(role: string): Iterable<Entity> {
    const { entities } = this.input.index;
    // (The index's entities for the word are a superset of the ones that can win.)
    return entities.length < ROLE_INDEX_ENTITIES || !isPlainWord(role) ? entities : this.roleCandidates(entities).for(role);
  }

  /** The role-word index of the entities, built on first use and kept up to date by `note`. */
  private roleCandidates(entities: readonly Entity[]): RoleCandidates {
    if (this.roleIndex === null) {
      this.roleIndex = new RoleCandidates((entity) => this.labels(entity), (offset) => this.wordBefore(offset));
      for (const entity of entities) {
        this.roleIndex.note(entity, null);
        if (entity.type !== 'person') continue;
        for (const mention of entity.mentions) if (mention.kind !== 'pronoun') this.roleIndex.note(entity, mention.start);
      }
    }
    return this.roleIndex;
  }

  /** Resolves a name through the index, keeping the role-word index up to date. */
  private resolveName(span: TextSpan, typeHint?: EntityType): Entity {
    const entity = this.input.index.resolveName(span, typeHint);
    this.roleIndex?.note(entity, span.start);
    return entity;
  }

  /** The entity's name, role and aliases, lower-cased (aliases only grow during attribution). */
  private labels(entity: Entity): string {
    let cached = this.labelsByEntity.get(entity);
    if (cached === undefined || cached.aliases !== entity.aliases.length) {
      // A role or alias counts up to its first "of"/"for": "chief executive of the company" is an executive, not a company;
      // and from its owner's possessive on: "the Massachusetts senator's older brother" is a brother, not a senator.
      // (The byline's "author" is the article's writer, whom the text never calls "the author".)
      const role = entity.role === BYLINE_ROLE ? '' : roleOfItsOwn(entity.role ?? '');
      const text = [entity.name, role, ...entity.aliases.map(roleOfItsOwn)].join(' ').toLowerCase();
      cached = { aliases: entity.aliases.length, text: withRanksSpelledOut(text) };
      this.labelsByEntity.set(entity, cached);
    }
    return cached.text;
  }

  /** The lower-cased word right before `offset` ("minister" before "Elena Vasquez"). */
  private wordBefore(offset: number): string {
    let word = this.wordBeforeOffset.get(offset);
    if (word === undefined) {
      word = secondToLastWord(this.text.slice(Math.max(0, offset - 40), offset).toLowerCase());
      this.wordBeforeOffset.set(offset, word);
    }
    return word;
  }

  /**
   * He/she → the person the sentence before describes or names as its subject (for the subject of a cue, `ruleId`
   * 'adjacent-cue' or 'reported-speech'), else the first person named (outside quotes) earlier in the pronoun's
   * paragraph, else in the previous paragraph (for a quote run over paragraphs, back to the one that opened it and
   * the one before), else the last person quoted, else (for a cue of its own) a person named a few paragraphs before;
   * it → the organization its paragraph names (`groupFor`); they → a plural of people opening a clause before it in
   * its sentence, else the last group quoted, a few paragraphs back at most.
   */
  private antecedent(pronoun: TextSpan, ruleId: AttributionRuleId): Entity | null {
    const speaking = ruleId === 'adjacent-cue';
    const word = pronounOf(pronoun.text.toLowerCase());
    const lower = OBJECT_PRONOUNS.get(word) ?? POSSESSIVE_DETERMINERS.get(word) ?? word;
    if (lower === 'it') return this.groupFor(pronoun.start);
    if (lower === 'they') return this.pluralSubjectBefore(pronoun.start) ?? this.recentGroup();
    const { paragraphs } = this.input;
    const current = paragraphs[this.currentParagraph];
    // The closing part of a quote run over paragraphs looks back to the paragraph that opened it, then before that one.
    const opening = this.openingParagraph();
    const previous = paragraphs[this.currentParagraph - 1];
    // "A spokesman for the ministry rejected it. He told the agency that …": so for the subject of reported speech too.
    const described = speaking || ruleId === 'reported-speech' ? this.describedPersonBefore(pronoun.start, lower) ?? this.namedSubjectBefore(pronoun.start, lower) : null;
    if (described !== null) return described;
    const last = this.lastPerson && this.agrees(this.lastPerson, lower) ? this.lastPerson : null;
    return this.subjectOfOwnSentence(pronoun.start, lower) ?? this.firstPersonIn(current.start, pronoun.start, lower, (mention) => !this.isQuestioner(mention))
      ?? (speaking && last !== null && isUpper(last.name[0]) && this.previousEndsQuoted() ? last : null)
      ?? (previous && this.firstPersonInPrevious(paragraphs[Math.min(opening, this.currentParagraph - 1)].start, previous.end, lower))
      ?? (opening < this.currentParagraph && opening > 0 ? this.firstPersonIn(paragraphs[opening - 1].start, paragraphs[opening - 1].end, lower) : null)
      ?? (speaking && this.continuesPronounOfParagraphBefore(lower) ? this.personNamedBeforePronounIn(this.currentParagraph - 2, lower) : null)
      ?? last ?? (speaking || ruleId === 'reported-speech' ? this.personInEarlierParagraphs(lower) : null);
  }

  /**
   * "His father, Mark Lee, stood by.⏎Asked how he felt, he paused.⏎“Proud,” he said.": a paragraph between that quotes
   * and names no one but tells of "he" carries on with the person named before it, not with the one quoted last.
   */
  private continuesPronounOfParagraphBefore(pronoun: string): boolean {
    const previous = this.input.paragraphs[this.currentParagraph - 1];
    // (A term quoted there, "pledged to “cancel”", quotes no one.)
    const quoteBefore = this.input.quotes[this.currentFirstQuote - 1];
    if (previous === undefined || (quoteBefore?.paragraph === this.currentParagraph - 1 && quoteBefore.kind === 'speech')) return false;
    return this.firstPronounIn(this.currentParagraph - 1, pronoun) !== undefined;
  }

  /** The person named in a paragraph before it says `pronoun` (whose "she" may stand for someone quoted before). */
  private personNamedBeforePronounIn(paragraph: number, pronoun: string): Entity | null {
    if (paragraph < 1) return null;
    const end = this.firstPronounIn(paragraph, pronoun)?.start ?? this.input.paragraphs[paragraph].end;
    return this.firstPersonIn(this.input.paragraphs[paragraph].start, end, pronoun);
  }

  private firstPronounIn(paragraph: number, pronoun: string): Token | undefined {
    return this.paragraphTokens(paragraph).tokens.find((token) => token.lower === pronoun);
  }

  /**
   * "… Her fellow panellist, Rafe Moore, called that view “a bit hysterical.”⏎“Writers have survived …,” he said.": the
   * last sentence of the paragraph before quotes someone (the person last quoted, by name), whom a speaking pronoun
   * opening this one goes on with.
   */
  private previousEndsQuoted(): boolean {
    const quote = this.input.quotes[this.currentFirstQuote - 1];
    const previous = this.input.paragraphs[this.currentParagraph - 1];
    return quote !== undefined && previous !== undefined && quote.paragraph === this.currentParagraph - 1 && quote.kind === 'speech' && !quote.continuesNext
      && !SENTENCE_BREAK.test(this.text.slice(quote.end, previous.end));
  }

  /** "Host Chad Tolliver asked Whitacre …", "Asked by host Jake Lindgren whether …": the one asking, whom the answer is not. */
  private isQuestioner(mention: Mention): boolean {
    const before = this.text.slice(Math.max(0, mention.start - ASKED_ABOUT_CHARS), mention.start);
    // "Asked whether she had endorsed Mrs. Marsh, she said …": a person asked about is no more the one answering.
    return ASKS_AFTER.test(this.text.slice(mention.end, mention.end + 12)) || ASKED_BY_BEFORE.test(before)
      || (before.includes('Asked') && ASKED_ABOUT_BEFORE.test(before.replace(TITLE_PERIODS, 'X')));
  }

  /**
   * "Last November, the chief selector, Imtiaz Haider, resigned over what he called “…”": a pronoun after its own
   * sentence's named subject stands for that subject, before anyone named earlier in the paragraph.
   */
  private subjectOfOwnSentence(offset: number, pronoun: string): Entity | null {
    const { tokens, sentences } = this.paragraphTokens(this.currentParagraph);
    const sentence = sentences[sentenceIndexAt(tokens, sentences, offset)];
    if (sentence === undefined) return null;
    const pronounIndex = firstFrom(tokens, offset);
    const subject = sentenceSubject(tokens, sentence, pronounIndex);
    if (subject?.kind !== 'name' || subject.end > pronounIndex) return null;
    // Only a person the entity index knows there ("Cost", "Eyebrows" opening a sentence are no one).
    return this.firstPersonIn(tokens[subject.start].start, tokens[subject.end - 1].end, pronoun);
  }

  /** The paragraph where the quote that opens the current paragraph began, when it runs on from earlier paragraphs. */
  private openingParagraph(): number {
    const { quotes } = this.input;
    let part = this.currentFirstQuote;
    while (part > 0 && part > this.currentFirstQuote - MAX_OPEN_PARTS && quotes[part].continuesPrevious) part--;
    return quotes[part].paragraph;
  }

  /**
   * "Hale’s opponent, a retired teacher, was blunt. “…,” he said.": a person the text describes without a name, as
   * the subject of the sentence right before the quote's, is whom the speaking pronoun means (not a name inside it).
   */
  private describedPersonBefore(offset: number, pronoun: string): Entity | null {
    const own = this.paragraphTokens(this.currentParagraph);
    const index = sentenceIndexAt(own.tokens, own.sentences, offset);
    // The sentence before, else the last one of a paragraph before that quotes no one, when it introduces someone new
    // ("A neighbor who … said she had seen him.⏎“…,” she said.").
    const quotedBefore = this.input.quotes[this.currentFirstQuote - 1]?.paragraph === this.currentParagraph - 1;
    const before = index > 0 ? { tokens: own.tokens, previous: own.sentences[index - 1] } : quotedBefore ? null : this.lastSentenceOf(this.currentParagraph - 1);
    if (before === null) return null;
    const { tokens, previous } = before;
    const subject = previous && personNounOpening(tokens, previous);
    if (index === 0 && subject && !INDEFINITE_DETERMINERS.has(tokens[subject.start].lower)) return null;
    // "A retired union organizer from Worcester, he has become …": a description set before a pronoun is of someone known.
    if (subject && pronounAfterOpeningAside(tokens, subject.end, previous.end)) return null;
    // A person named in that sentence after the noun ("The other man, his cousin Jim York, …", "A reporter asked Lee …")
    // comes first; not one that qualifies it ("A Vashon adviser").
    if (!subject || (subject.end < previous.end && this.namesPerson(tokens[subject.end].start, tokens[previous.end - 1].end))) return null;
    const head = tokens[subject.end - 1];
    const gender = NOUN_GENDERS.get(head.lower);
    if (gender !== undefined && gender !== pronoun) return null;
    const start = tokens[subject.start].start;
    const end = tokens[subject.end - 1].end;
    return this.entityFor({ start, end, text: this.text.slice(start, end) }, head, true);
  }

  /**
   * "Vance disagreed. “…,” he said.": the person named as the subject of the sentence right before a quote that opens
   * its own sentence is whom the speaking pronoun after it means, though the paragraph named another person first.
   */
  private namedSubjectBefore(offset: number, pronoun: string): Entity | null {
    const { tokens, sentences } = this.paragraphTokens(this.currentParagraph);
    const index = sentenceIndexAt(tokens, sentences, offset);
    // "Reyes responded that … . He said the governor …": a pronoun opening its sentence continues the subject before.
    const opens = index < sentences.length && (tokens[sentences[index].start].type === 'quote' || (index > 0 && tokens[sentences[index].start].start === offset));
    if (!opens) return null;
    // A quote opening its paragraph follows the last sentence of the paragraph before ("His aunt, Celeste Hollis, told
    // reporters the family would appeal.⏎“…,” she said.").
    const before = index > 0 ? { tokens, previous: sentences[index - 1] } : this.lastSentenceOf(this.currentParagraph - 1);
    if (before === null || before.previous === undefined) return null;
    const subject = sentenceSubject(before.tokens, before.previous, before.previous.end, true);
    // "Pressed on whether he agreed with Pruett's comments, the senator was blunt.⏎“No,” he said.": the holder of the
    // role, not the last one named.
    if (subject?.kind === 'role' && subject.end === subject.start + 2 && before.tokens[subject.start].lower === 'the') {
      const holder = this.entityWithRole(before.tokens[subject.start + 1].lower, before.tokens[subject.start].start, null);
      return holder?.type === 'person' && this.agrees(holder, pronoun) ? holder : null;
    }
    // "Pryce’s absence leaves …": an owner is no subject.
    if (subject === null || subject.kind !== 'name' || isPossessive(before.tokens[subject.end - 1])) return null;
    // Only a person the text names as such: a capitalized "Sometimes" opens sentences too.
    const start = before.tokens[subject.start].start;
    const end = before.tokens[subject.end - 1].end;
    return this.firstPersonIn(start, end, pronoun) ?? this.speakingSingleName(before.tokens, subject, pronoun);
  }

  /**
   * "Sutrisno said villagers would return. “…,” he said.": one name no list knows, before a verb of speech, is a person
   * known by one name when a speaking "he" or "she" follows.
   */
  private speakingSingleName(tokens: Token[], subject: Phrase, pronoun: string): Entity | null {
    if (subject.end !== subject.start + 1 || cueAtToken(tokens, subject.end) === null) return null;
    const token = tokens[subject.start];
    // Not a word the index knows, nor people in general ("Critics said", "Police said").
    if (token.acronym || isPlural(token.lower) || INDEFINITE_PRONOUN.test(token.lower) || isBodyOfPeople(token.lower)) return null;
    if (this.input.index.mentionsIn(token.start, token.end, this.mentionEntities).length > 0) return null;
    const person = this.resolveName({ start: token.start, end: token.end, text: this.text.slice(token.start, token.end) }, 'person');
    return person.type === 'person' && this.agrees(person, pronoun) ? person : null;
  }

  /**
   * "“What would change your mind?” one reporter asked.⏎“Two more reports,” she said.": whether `entity` asked the
   * question that closes the paragraph before, which the pronoun opening this one answers.
   */
  private askedTheQuestionBefore(entity: Entity): boolean {
    const before = this.currentFirstQuote - 1;
    const quote = this.input.quotes[before];
    // (The last quote of the paragraph before waits unfinished, as the next may go on with it.)
    const asker = this.results[before] !== undefined ? this.results[before]!.entity : this.finished.entityOf(before);
    if (quote === undefined || quote.paragraph !== this.currentParagraph - 1 || asker !== entity) return false;
    return QUESTION_END.test(this.text.slice(quote.start, quote.end)) && ASKED_AFTER_QUOTE.test(this.text.slice(quote.end, quote.end + ASKED_AFTER_QUOTE_CHARS));
  }

  /** The last person named (not as a pronoun) in the two paragraphs before this one whom `pronoun` may stand for, other than `entity`. */
  private otherPersonBefore(entity: Entity, pronoun: string): Entity | null {
    const from = this.input.paragraphs[Math.max(0, this.currentParagraph - 2)].start;
    const mentions = this.input.index.mentionsIn(from, this.input.paragraphs[this.currentParagraph].start, this.mentionEntities);
    for (let i = mentions.length - 1; i >= 0; i--) {
      const other = this.mentionEntities[i];
      if (other !== entity && other.type === 'person' && mentions[i].kind !== 'pronoun' && isUpper(other.name[0]) && this.agrees(other, pronoun)) return other;
    }
    return null;
  }

  /**
   * "A letter signed by 41 teachers was read into the record. “…,” it read.": the text last named in the sentence before
   * or in this one, as its noun ("the note read" speaks for the note).
   */
  private documentBefore(offset: number): Entity | null {
    for (let paragraph = this.currentParagraph; paragraph >= Math.max(0, this.currentParagraph - 1); paragraph--) {
      const { tokens } = this.paragraphTokens(paragraph);
      for (let index = tokens.length - 1; index > 0; index--) {
        const token = tokens[index];
        if (token.start >= offset || !isDocumentNoun(token)) continue;
        let start = index - 1;
        while (start > 0 && start >= index - 3 && isWord(tokens[start]) && !isDeterminer(tokens[start])) start--;
        if (!isDeterminer(tokens[start])) continue;
        const mention = { start: tokens[start].start, end: token.end, text: this.text.slice(tokens[start].start, token.end) };
        return this.entityFor(mention, token, true);
      }
    }
    return null;
  }

  /**
   * "Prosecutor Alan Mbeki asked Detective Wade Corrigan whether …⏎“None whatsoever,” he replied.": the one asked in
   * the sentence before answers, not the one asking.
   */
  private personAskedBefore(pronoun: TextSpan): Entity | null {
    const own = this.paragraphTokens(this.currentParagraph);
    const index = sentenceIndexAt(own.tokens, own.sentences, pronoun.start);
    const before = index > 0 ? { tokens: own.tokens, previous: own.sentences[index - 1] } : this.lastSentenceOf(this.currentParagraph - 1);
    if (!before?.previous) return null;
    const { tokens, previous } = before;
    for (let asked = previous.start; asked < previous.end - 1; asked++) {
      if (tokens[asked].lower !== 'asked' && tokens[asked].lower !== 'asks') continue;
      let end = asked + 1;
      while (end < previous.end && isWord(tokens[end]) && !QUESTION_OPENERS.has(tokens[end].lower)) end++;
      if (end === asked + 1 || !QUESTION_OPENERS.has(tokens[end]?.lower)) return null;
      return this.firstPersonIn(tokens[asked + 1].start, tokens[end - 1].end, pronounOf(pronoun.text.toLowerCase()));
    }
    return null;
  }

  /** The tokens of a paragraph and its last sentence; null before the first paragraph. */
  private lastSentenceOf(paragraph: number): { tokens: Token[]; previous: Sentence | undefined } | null {
    if (paragraph < 0) return null;
    const { tokens, sentences } = this.paragraphTokens(paragraph);
    return { tokens, previous: sentences[sentences.length - 1] };
  }

  /**
   * "Walter and Joan Pekarek … Mrs. Pekarek said. Her husband laughed.": "his"/"her" and a kin noun stand for the one
   * person of that noun's gender who shares a surname with the last person of the possessive's gender named before.
   */
  private kinReferent(mention: TextSpan, head: Token): Entity | null {
    const owner = POSSESSIVE_DETERMINERS.get(firstWordOf(mention.text.toLowerCase()));
    const kin = KIN_GENDERS.get(head.lower);
    if ((owner !== 'he' && owner !== 'she') || kin === undefined) return null;
    const from = this.input.paragraphs[Math.max(0, this.currentParagraph - 1)].start;
    const mentions = this.input.index.mentionsIn(from, mention.start, this.mentionEntities);
    let ownerEntity: Entity | null = null;
    for (let i = mentions.length - 1; i >= 0 && ownerEntity === null; i--) {
      const entity = this.mentionEntities[i];
      if (entity.type === 'person' && mentions[i].kind !== 'pronoun' && this.agrees(entity, owner)) ownerEntity = entity;
    }
    if (ownerEntity === null) return null;
    const surname = lastWord(ownerEntity.name);
    let found: Entity | null = null;
    for (const entity of this.input.index.entities) {
      if (entity === ownerEntity || entity.type !== 'person' || !entity.name.includes(' ') || lastWord(entity.name) !== surname || !this.agrees(entity, kin)) continue;
      // (Only one named before: "His wife … she said. Their daughter, Karin Halvorsen, …" is still Ingrid.)
      if (firstMentionStart(entity) > mention.start) continue;
      if (found !== null) return null;
      found = entity;
    }
    return found;
  }

  /**
   * "Emil Brandvold has run the ferry for forty years. “…,” the 71-year-old says.": a description by age or by a
   * person noun that is no office ("the veteran", "the mother") names the one person named just before it, in its
   * paragraph or the one before; not when two people were named there. An office ("the senator") is left as written,
   * as the text may mean someone it never named.
   */
  private epithetReferent(mention: TextSpan, head: Token): Entity | null {
    if (!isEpithet(head.lower) || articleLength(mention.text) !== THE_LENGTH) return null;
    const ages = agesOf(head.lower);
    if (ages !== null) {
      const aged = this.personOfStatedAge(ages, mention.start);
      if (aged !== null) return aged;
    }
    const from = this.input.paragraphs[Math.max(0, this.currentParagraph - 1)].start;
    // "Ingrid Halvorsen said … A doctor at the hospital said … “…,” said the doctor": the one the text brought in since.
    if (introducesAnother(this.text.slice(from, mention.start), head.lower)) return null;
    // "South Korean defender Park Ji-yeon tripped … The defender said": the one the noun stood before.
    const labelled = this.personAfterWord(from, mention.start, head.lower);
    if (labelled !== null) return labelled;
    const named = this.onlyPersonNamed(from, mention.start, (mentioned) => !this.insideQuote(mentioned));
    // Of several named, an age in years, a nationality or a position in a sport means the one the text goes on about
    // ("Halvorsen beat Restrepo. “…,” the 19-year-old said."), if no other age was given them; a person noun ("the
    // Christie supporter") may well describe someone new, and of two teenagers neither is the one.
    if (named !== null || !(isDigitCode(head.lower.charCodeAt(0)) || DEMONYMS.has(head.lower) || SPORT_POSITIONS.has(head.lower))) return named;
    const ofAge = (mentioned: Mention) => {
      if (ages === null) return true;
      const age = statedAgeAfter(this.text, mentioned.end);
      return age < 0 || isWithin(ages, age);
    };
    return this.firstPersonIn(this.input.paragraphs[this.currentParagraph].start, mention.start, ANY_GENDER, ofAge)
      ?? (this.currentParagraph > 0 ? this.firstPersonIn(from, this.input.paragraphs[this.currentParagraph - 1].end, ANY_GENDER, ofAge) : null);
  }

  /** The last person in text[from, to) whose name the word `noun` stands right before ("defender Park Ji-yeon"). */
  private personAfterWord(from: number, to: number, noun: string): Entity | null {
    const mentions = this.input.index.mentionsIn(from, to, this.mentionEntities);
    for (let i = mentions.length - 1; i >= 0; i--) {
      if (this.mentionEntities[i].type === 'person' && mentions[i].kind !== 'pronoun' && this.wordBefore(mentions[i].start) === noun) return this.mentionEntities[i];
    }
    return null;
  }

  /**
   * "Ann Cole, 19, … the teenager said": the one person whose age, set off by commas after their name in the last few
   * paragraphs, is within `ages`; null when none or several are.
   */
  private personOfStatedAge(ages: AgeRange, before: number): Entity | null {
    const from = this.input.paragraphs[Math.max(0, this.currentParagraph - EARLIER_PARAGRAPHS)].start;
    return this.onlyPersonNamed(from, before, (named) => isWithin(ages, statedAgeAfter(this.text, named.end)));
  }

  /** The one person named (not by a pronoun) in text[from, before) with a mention `accepts` keeps; null when none or several are. */
  private onlyPersonNamed(from: number, before: number, accepts: (mention: Mention) => boolean): Entity | null {
    const mentions = this.input.index.mentionsIn(from, before, this.mentionEntities);
    let person: Entity | null = null;
    for (let i = 0; i < mentions.length; i++) {
      const entity = this.mentionEntities[i];
      if (entity.type !== 'person' || mentions[i].kind === 'pronoun' || !accepts(mentions[i])) continue;
      if (person !== null && person !== entity) return null;
      person = entity;
    }
    return person;
  }

  /** Whether a person is mentioned by name in text[start, end). */
  private namesPerson(start: number, end: number): boolean {
    const mentions = this.input.index.mentionsIn(start, end, this.mentionEntities);
    for (let i = 0; i < mentions.length; i++) if (mentions[i].kind !== 'pronoun' && this.mentionEntities[i].type === 'person') return true;
    return false;
  }

  /**
   * "“…,” she replied." after a man spoke in between: the nearest of the few paragraphs before the previous
   * one that names a person the pronoun agrees with.
   */
  private personInEarlierParagraphs(pronoun: string): Entity | null {
    const { paragraphs } = this.input;
    const low = Math.max(0, this.currentParagraph - 1 - EARLIER_PARAGRAPHS);
    for (let paragraph = this.currentParagraph - 2; paragraph >= low; paragraph--) {
      // A pronoun already resolved there ("“…,” she says.") names whom the paragraph was about.
      const person = this.firstPersonIn(paragraphs[paragraph].start, paragraphs[paragraph].end, pronoun, undefined, true);
      if (person !== null) return person;
    }
    return null;
  }

  /** Whether `mention` names the organization `entity` in the text's own words: not by a pronoun, not inside a quote. */
  private namesOrganization(mention: Mention, entity: Entity): boolean {
    return entity.type === 'organization' && mention.kind !== 'pronoun' && !this.insideQuote(mention);
  }

  /** The one organization named (outside quotes) in this paragraph before `offset` or in the one before, else null. */
  private onlyOrganizationBefore(offset: number): Entity | null {
    const { paragraphs } = this.input;
    const from = paragraphs[Math.max(0, this.currentParagraph - 1)].start;
    const mentions = this.input.index.mentionsIn(from, offset, this.mentionEntities);
    let only: Entity | null = null;
    for (let i = 0; i < mentions.length; i++) {
      const entity = this.mentionEntities[i];
      if (!this.namesOrganization(mentions[i], entity) || entity === only || isPublicBody(entity)) continue;
      if (only !== null) return null;
      only = entity;
    }
    return only;
  }

  /**
   * What "it" speaks for: the first organization named (outside quotes) earlier in its paragraph ("The union
   * welcomed the deal. “…,” it said."), else the body an earlier sentence of it opens with, else the last group quoted.
   */
  private groupFor(offset: number): Entity | null {
    const place = this.placeSubjectAt(offset);
    if (place !== null) return place;
    const mentions = this.input.index.mentionsIn(this.input.paragraphs[this.currentParagraph].start, offset, this.mentionEntities);
    for (let i = 0; i < mentions.length; i++) {
      if (this.namesOrganization(mentions[i], this.mentionEntities[i])) return this.mentionEntities[i];
    }
    return this.bodySubjectBefore(offset) ?? this.recentGroup();
  }

  /**
   * "The ministry disagrees. In a statement, it said …": the body a sentence of this paragraph before `offset` opens
   * with, "The" and its noun ("The ministry", "The city council"), the nearest first.
   */
  private bodySubjectBefore(offset: number): Entity | null {
    const { tokens, sentences } = this.paragraphTokens(this.currentParagraph);
    for (let s = sentenceIndexAt(tokens, sentences, offset) - 1; s >= 0; s--) {
      const start = sentences[s].start;
      if (tokens[start].lower !== 'the') continue;
      for (let head = start + 1; head <= start + BODY_SUBJECT_WORDS && head < sentences[s].end && isWord(tokens[head]) && !tokens[head].capitalized; head++) {
        if (!COLLECTIVE_NOUNS.has(tokens[head].lower)) continue;
        const mention: TextSpan = { start: tokens[start].start, end: tokens[head].end, text: this.text.slice(tokens[start].start, tokens[head].end) };
        return this.entityFor(mention, tokens[head], true);
      }
    }
    return null;
  }

  /**
   * "Beijing, meanwhile, warned against what it called …": the place that opens the sentence at `offset`, for its "it"
   * (not one that owns the subject: "Ukraine's army said it …").
   */
  private placeSubjectAt(offset: number): Entity | null {
    const { tokens, sentences } = this.paragraphTokens(this.currentParagraph);
    const sentence = sentences[sentenceIndexAt(tokens, sentences, offset)];
    const first = sentence && tokens[sentence.start];
    if (!isNameWord(first)) return null;
    const mentions = this.input.index.mentionsIn(first.start, first.end, this.mentionEntities);
    for (let i = 0; i < mentions.length; i++) {
      const mention = mentions[i];
      if (this.mentionEntities[i].type === 'place' && mention.start === first.start && !isPossessive(tokens[firstFrom(tokens, mention.end) - 1])) return this.mentionEntities[i];
    }
    return null;
  }

  /**
   * "…, while Democrats have warned against what they describe as “…”": the nearest plural opening a clause earlier in
   * the pronoun's sentence.
   */
  private pluralSubjectBefore(offset: number): Entity | null {
    const { tokens, sentences } = this.paragraphTokens(this.currentParagraph);
    const sentence = sentences[sentenceIndexAt(tokens, sentences, offset)];
    if (sentence === undefined) return null;
    for (let at = firstFrom(tokens, offset) - 1; at >= sentence.start; at--) {
      const token = tokens[at];
      if (token.type === 'quote') return null;
      const opensClause = at === sentence.start || tokens[at - 1].lower === ',' || CLAUSE_OPENERS.has(tokens[at - 1].lower);
      if (!isWord(token) || !opensClause || !isPlural(token.lower) || FUNCTION_WORDS.has(token.lower) || !isWord(tokens[at + 1])) continue;
      // People: a party or nation ("Democrats"), or a role or person noun ("officials", "critics"); not "areas".
      if (!(token.capitalized && at > sentence.start) && !isPeopleNounPlural(token.lower)) continue;
      return this.entityFor({ start: token.start, end: token.end, text: this.text.slice(token.start, token.end) }, token, true);
    }
    return null;
  }

  /** The last group quoted, if that was in this paragraph or in the few before the previous one. */
  private recentGroup(): Entity | null {
    return this.currentParagraph - this.lastGroupParagraph <= EARLIER_PARAGRAPHS + 1 ? this.lastGroup : null;
  }

  /** "he" or "she" by the kin noun right before a mention, or set off by a comma before it ("his daughter, Keila"). */
  private nounGenderBefore(mention: Mention): string | undefined {
    let end = mention.start;
    while (end > 0 && this.text.charCodeAt(end - 1) === 32) end--;
    if (this.text.charCodeAt(end - 1) === 44) end--;
    let start = end;
    while (start > 0 && isLowerAsciiCode(this.text.charCodeAt(start - 1))) start--;
    return start < end ? KIN_GENDERS.get(this.text.slice(start, end)) : undefined;
  }

  /** Whether "he"/"she" can refer to the person: not when the text calls them Mrs./Ms. (or Mr.). */
  private agrees(entity: Entity, pronoun: string): boolean {
    if (pronoun === ANY_GENDER) return true;
    const titles = this.titles(entity);
    if (pronoun === 'he' ? titles.feminine : titles.masculine) return false;
    // "Their mother", "a spokesman": a person described by a noun is as that noun says (a name's last word is
    // capitalized, a description's is not).
    const lastWordStart = entity.name.lastIndexOf(' ') + 1;
    const byNoun = isLowerAsciiCode(entity.name.charCodeAt(lastWordStart));
    const nounGender = byNoun ? NOUN_GENDERS.get(entity.name.slice(lastWordStart)) : undefined;
    if (nounGender !== undefined) return pronoun === nounGender;
    // "her former law clerks": a group is no "he" or "she" ("the head of operations" is one person); nor is a text
    // ("One entry", "the letter").
    if (byNoun && (isPlural(roleOfItsOwn(entity.name).split(' ').pop()!) || DOCUMENT_NOUNS.has(entity.name.slice(lastWordStart)))) return false;
    // A first name settles it; else the pronouns right after their name ("Clinton said her …") must not mostly say otherwise.
    // Only a full name has a first name: a lone "Warren" or "Graham" is a surname.
    const space = entity.name.indexOf(' ');
    const firstName = space > 0 ? entity.name.slice(0, space) : '';
    const gender = firstNameGender(firstName);
    if (gender !== undefined) return pronoun === (gender === 'feminine' ? 'she' : 'he');
    // "James Murdoch's wife, Kathryn": a person whose description tells it (also one named in full later, "Marion
    // Lattimore" after "his wife, Marion"); "His daughter, Keila Nieves,": a kin noun set off before the name.
    const described = describedGender(entity.aliases) ?? this.nounGenderBefore(firstFullMention(entity.mentions));
    if (described !== undefined) return pronoun === described;
    const votes = this.genderVotes(entity);
    return pronoun === 'he' ? votes.feminine <= votes.masculine : votes.masculine <= votes.feminine;
  }

  /**
   * Whether the text calls the person Mrs./Ms./Miss or Mr., in a mention ("Mrs. Clinton" as a speaker) or
   * right before one (a name mention of "Clinton"). Read again only when a mention comes into the windows read.
   */
  private titles(entity: Entity): Titles {
    const { mentions } = entity;
    const count = mentions.length;
    const cached = this.titlesByEntity.get(entity);
    if (cached !== undefined && (cached.mentions === count || sameTitleWindows(cached, mentions))) {
      cached.mentions = count;
      return cached;
    }
    const found: Titles = { mentions: count, feminine: false, masculine: false, firstWindowLast: mentions[RECENT_MENTIONS - 1], lastWindowFirst: count >= RECENT_MENTIONS ? mentions[count - RECENT_MENTIONS] : undefined };
    const note = (mention: Mention) => {
      // "Ms. Vollmer's husband, Dale": a description's title may be its owner's.
      if (mention.kind === 'pronoun' || mention.kind === 'role') return;
      const title = this.titleOf(mention);
      found.feminine ||= title === 'feminine';
      found.masculine ||= title === 'masculine';
    };
    // The first and the last mentions show how the text titles someone; a long document stays linear.
    for (let at = 0; at < mentions.length && at < RECENT_MENTIONS; at++) note(mentions[at]);
    for (let at = Math.max(RECENT_MENTIONS, mentions.length - RECENT_MENTIONS); at < mentions.length; at++) note(mentions[at]);
    this.titlesByEntity.set(entity, found);
    return found;
  }

  /** The Mrs./Ms./Miss or Mr. title in a mention or right before it (once per mention). */
  private titleOf(mention: Mention): 'feminine' | 'masculine' | null {
    let title = this.titleByMention.get(mention);
    if (title === undefined) {
      // Six characters hold "Mrs. " and the space after it; one more shows the word a title must open ("museums.\n\n"
      // before a name is no "Ms.").
      const before = Math.max(0, mention.start - 7);
      // Every title has an "m": without one, no strings to build and lower-case for the regexes.
      if (!hasM(this.text, before, mention.start) && !hasM(mention.text, 0, mention.text.length)) title = null;
      else {
        const text = `${this.text.slice(before, mention.start)}${mention.text}`;
        title = FEMININE_TITLE.test(text) ? 'feminine' : MASCULINE_TITLE.test(text) ? 'masculine' : null;
      }
      this.titleByMention.set(mention, title);
    }
    return title;
  }

  /** Counts of he/his/him and she/her/hers right after the person's name mentions (once per entity). */
  private genderVotes(entity: Entity): { masculine: number; feminine: number } {
    let votes = this.genderByEntity.get(entity);
    if (votes === undefined) {
      votes = { masculine: 0, feminine: 0 };
      for (const mention of entity.mentions) {
        if (mention.kind === 'pronoun') continue;
        const follower = FOLLOWING_PRONOUN.exec(this.text.slice(mention.end, mention.end + FOLLOWING_PRONOUN_CHARS));
        if (follower === null) continue;
        const masculine = follower[1] === 'he' || follower[1] === 'his';
        // "He added that he had not spoken to Moraleda since and that he …": the pronoun goes on with the sentence's own.
        const before = this.text.slice(Math.max(0, mention.start - FOLLOWING_PRONOUN_CHARS), mention.start);
        const own = SUBJECT_PRONOUN_IN_SENTENCE.exec(before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1));
        if (own !== null && (own[1].toLowerCase() === 'he') === masculine) continue;
        if (masculine) votes.masculine++;
        else votes.feminine++;
      }
      this.genderByEntity.set(entity, votes);
    }
    return votes;
  }

  /** A name opening the paragraph's first sentence ("Henrik Dahl spoke to farmers."), as a person. */
  private subjectNameOf(paragraph: number, pronoun: string): Entity | null {
    const { tokens, sentences } = this.paragraphTokens(paragraph);
    const sentence = sentences[0];
    const subject = sentence && sentenceSubject(tokens, sentence, sentence.end);
    if (!subject || subject.kind !== 'name') return null;
    // "Insurers are bracing": one capitalized plural before a plural verb opens the sentence as a common noun.
    if (subject.end === subject.start + 1 && isPlural(tokens[subject.start].lower) && PLURAL_VERBS.has(tokens[subject.end]?.lower)) return null;
    // "Police believe …": a body of people is no one person.
    if (subject.end === subject.start + 1 && isBodyOfPeople(tokens[subject.start].lower)) return null;
    const start = tokens[subject.start].start;
    const end = tokens[subject.end - 1].end;
    const entity = this.resolveName({ start, end, text: this.text.slice(start, end) }, 'person');
    return entity.type === 'person' && this.agrees(entity, pronoun) ? entity : null;
  }

  /** The first person named outside quotes in text[start, end) that `pronoun` may stand for, and that `accepts` keeps. */
  private firstPersonIn(start: number, end: number, pronoun: string, accepts?: (mention: Mention) => boolean, pronouns = false): Entity | null {
    const mentions = this.input.index.mentionsIn(start, end, this.mentionEntities);
    for (let i = 0; i < mentions.length; i++) {
      if ((mentions[i].kind === 'pronoun' && !pronouns) || this.insideQuote(mentions[i]) || this.modifiesNoun(mentions[i])) continue;
      const entity = this.mentionEntities[i];
      if (entity.type === 'person' && this.agrees(entity, pronoun) && !this.qualifiesNext(mentions[i], mentions[i + 1]) && (accepts?.(mentions[i]) ?? true)) return entity;
    }
    return null;
  }

  /** "The Harrington campaign", "a Trump rally": a name after an article names a thing of the person's, not the person. */
  private modifiesNoun(mention: Mention): boolean {
    const { text } = this;
    const at = mention.start;
    return (at >= 4 && (text.startsWith('the ', at - 4) || text.startsWith('The ', at - 4) || text.startsWith(' an ', at - 4))) || (at >= 3 && text.startsWith(' a ', at - 3))
      || this.ownsPersonNounAfter(mention.end);
  }

  /** "Caldwell surrogate Sen. Wade Holcomb", "Trump aide Jason Miller": a name before a person's noun names whom they serve. */
  private ownsPersonNounAfter(end: number): boolean {
    if (this.text.charCodeAt(end) !== 32 || !isLowerAsciiCode(this.text.charCodeAt(end + 1))) return false;
    let wordEnd = end + 1;
    while (isLowerAsciiCode(this.text.charCodeAt(wordEnd))) wordEnd++;
    const word = this.text.slice(end + 1, wordEnd);
    return ROLE_NOUNS.has(word) || SERVING_NOUNS.has(word);
  }

  /**
   * The person a pronoun opening the paragraph after [start, end) stands for: the first one named there, an owner
   * ("Pryce’s absence …, and Bexley admitted …") or a description only when no one else is named, else the subject
   * of its last sentence.
   */
  private firstPersonInPrevious(start: number, end: number, pronoun: string): Entity | null {
    // A name ends in a capitalized word; "The couple" does not. "President Bill Clinton named him ambassador", "was
    // appointed by Mayor Franklin Odell": one who acts on another, whom "him" or a passive names, is not who goes on.
    const named = (mention: Mention) => isUpper(mention.text[mention.text.lastIndexOf(' ') + 1]) && !isPossessiveAt(this.text, mention.end) && !this.actsOnAnother(mention, pronoun);
    return this.firstPersonIn(start, end, pronoun, named)
      ?? this.firstPersonIn(start, end, pronoun) ?? this.subjectNameOf(this.currentParagraph - 1, pronoun)
      ?? this.describedSubjectOf(this.currentParagraph - 1, pronoun);
  }

  /** Whether the person of `mention` does something to someone "him" or "her" (as `pronoun` says) stands for, or is a passive's agent. */
  private actsOnAnother(mention: Mention, pronoun: string): boolean {
    const object = pronoun === 'he' ? 'him' : pronoun === 'she' ? 'her' : null;
    if (object === null) return false;
    if (this.text.startsWith('by ', mention.start - 3)) return true;
    const after = ACTS_ON_AFTER.exec(this.text.slice(mention.end, mention.end + ACTS_ON_CHARS));
    return after !== null && after[1] === object;
  }

  /**
   * "The former surgeon says she has no regrets." before "“…,” she said.": a description opening the paragraph stands
   * for the person given that role or of that age, else for the person of its gender named most often in the two
   * paragraphs before, else in the text before (the person a feature is about).
   */
  private describedSubjectOf(paragraph: number, pronoun: string): Entity | null {
    if (paragraph < 1) return null;
    const { tokens, sentences } = this.paragraphTokens(paragraph);
    const sentence = sentences[0];
    const subject = sentence && sentenceSubject(tokens, sentence, sentence.end);
    if (subject?.kind !== 'role' || articleLength(this.text.slice(tokens[subject.start].start, tokens[subject.end - 1].end)) === 0) return null;
    const head = roleHead(tokens, subject).lower;
    if ((!isEpithet(head) && !ROLE_NOUNS.has(head)) || isPeopleNounPlural(head)) return null;
    const start = tokens[subject.start].start;
    // One the text has given that role ("Helen Marsby, a surgeon who …"), else the one named just before.
    const known = this.entityWithRole(head, start, null);
    if (known !== null && known.type === 'person' && this.agrees(known, pronoun)) return known;
    const ages = agesOf(head);
    const aged = ages !== null ? this.personOfStatedAge(ages, start) : null;
    if (aged !== null) return this.agrees(aged, pronoun) ? aged : null;
    return this.mostNamedPerson(this.input.paragraphs[Math.max(0, paragraph - 2)].start, start, pronoun)
      ?? this.mostNamedPerson(Math.max(0, start - DESCRIBED_SUBJECT_CHARS), start, pronoun);
  }

  /** Of the people `pronoun` may stand for named in text[from, before), the one named most often (null on a tie). */
  private mostNamedPerson(from: number, before: number, pronoun: string): Entity | null {
    const counts = new Map<Entity, number>();
    const mentions = this.input.index.mentionsIn(from, before, this.mentionEntities);
    for (let i = 0; i < mentions.length; i++) {
      const entity = this.mentionEntities[i];
      if (entity.type !== 'person' || mentions[i].kind === 'pronoun' || this.insideQuote(mentions[i]) || !this.agrees(entity, pronoun)) continue;
      counts.set(entity, (counts.get(entity) ?? 0) + 1);
    }
    let person: Entity | null = null;
    let most = 0;
    for (const [entity, count] of counts) {
      if (count > most) [person, most] = [entity, count];
      else if (count === most) person = null;
    }
    return person;
  }

  /**
   * Whether the mention only qualifies the role of the person named right after it: "Lee's lawyer, Ann Orlov,",
   * "City manager Ann Orlov".
   */
  private qualifiesNext(mention: Mention, next: Mention | undefined): boolean {
    if (next === undefined || next.start - mention.end > APPOSITIVE_ROLE_CHARS) return false;
    const between = this.text.slice(mention.end, next.start);
    if (between.includes('.')) return false;
    if (/^['’ʼ]s /.test(between)) return between.endsWith(', ');
    const role = /^ ([a-z]+ )+$/.exec(between);
    return role !== null && ROLE_NOUNS.has(between.slice(between.lastIndexOf(' ', between.length - 2) + 1, -1));
  }

  private insideQuote(span: Span): boolean {
    const quote = this.input.quotes[firstFrom(this.input.quotes, span.start + 1) - 1];
    if (quote === undefined || quote.start > span.start || span.end > quote.end) return false;
    // A name quoted on its own after words that give it ("a rifleman with the call sign “Monakh”") is the text's own
    // mention of that person.
    return !(quote.kind === 'term' && span.start === quote.innerStart && followsGivenNameWords(this.text, span.start) && !/\w/.test(this.text.slice(span.end, quote.innerEnd)));
  }

  /** Index of the first resolved date expression in the sentence, outside quotes and asides (`datesAside`), else -1. */
  private dateIn(sentence: Span, quoteStart: number, cue: Span | null): number {
    const { dates } = this.input;
    const next = this.statementDates();
    for (let index = next[firstFrom(dates, sentence.start)]; index < dates.length && dates[index].start < sentence.end; index = next[index + 1]) {
      if (!this.datesAside(dates[index], sentence, quoteStart, cue) && !datesReport(this.text, dates[index], cue)) return index;
    }
    return -1;
  }

  /**
   * "Pratt, who has opposed every budget since she took office in 2021, said …": a date after "since", in a relative
   * clause set off by commas or dashes that closes before the quote or its cue, or of a period that owns a thing, dates
   * something else than the statement.
   */
  private datesAside(date: DateExpression, sentence: Span, quoteStart: number, cue: Span | null): boolean {
    const text = this.text;
    // "since 2019", "before Christmas": a time the statement is counted from or comes before.
    if (date.start - 6 >= sentence.start && TIME_SIDES.has(text.slice(text.lastIndexOf(' ', date.start - 2) + 1, date.start - 1).toLowerCase())) return true;
    // "In his first address since taking office in January, Chen told …": so is a date in a clause that "since" opens.
    if (SINCE_CLAUSE_BEFORE.test(text.slice(Math.max(sentence.start, date.start - SINCE_CLAUSE_CHARS), date.start))) return true;
    // "“…,” said Feld, who won the top prize in 2019", "…, whose son died in 2019": a relative clause after the cue (or the quote, without one),
    // unless it tells of the speaking ("who spoke on Tuesday").
    const relative = lastRelativePronoun(text, Math.max(sentence.start, cue?.end ?? quoteStart), date.start);
    if (relative >= 0 && !SPEAKING_VERB.test(text.slice(relative, date.start))) return true;
    // "this year's slate": a period that owns a thing dates the thing ("Saturday's debate" may be where it was said).
    if (POSSESSIVE_AFTER_DATE.test(text.slice(date.end, date.end + 2)) && spansMonths(date)) return true;
    // "Pratt, who took office in 2021, said “…”", "“…,” Cole — who took over in 2021 — told the committee".
    const before = cue !== null && cue.start > quoteStart ? cue.start : quoteStart;
    return this.inRelativeAside(date, sentence, before, cue, ', ', ',') || this.inRelativeAside(date, sentence, before, cue, ' — ', ' —');
  }

  /** Whether the date sits in a relative clause that `open` sets off and `close` closes before `end`. */
  private inRelativeAside(date: Span, sentence: Span, end: number, cue: Span | null, open: string, close: string): boolean {
    const text = this.text;
    // Searched within the sentence only: a mark the text never uses would be searched for across all of it.
    const opening = lastIndexWithin(text, open, sentence.start, date.start);
    // "…, a White House official who spoke anonymously said Wednesday, “…”": a date after the cue is no aside's.
    if (opening < 0 || (cue !== null && cue.start > opening && cue.start < date.start)) return false;
    // "Pratt, who took office in 2021,", "Gregory Pell, a strategist who served a rival in 2008,".
    const aside = text.slice(opening + open.length, date.start);
    if (!RELATIVE_ASIDE.test(aside.slice(0, 6)) && !RELATIVE_IN_ASIDE.test(aside)) return false;
    const closing = text.slice(date.end, Math.min(sentence.end, end)).indexOf(close);
    return closing >= 0;
  }

  /**
   * For each date index, the index of the first date from there on that `maySayWhen` (a date inside a quote is
   * what the speaker talks about, not when they spoke); computed once,
   * so that a sentence full of quoted dates costs no more than a normal one.
   */
  private statementDates(): number[] {
    if (this.nextStatementDate === null) {
      const { dates } = this.input;
      const next = new Array<number>(dates.length + 1);
      next[dates.length] = dates.length;
      for (let index = dates.length - 1; index >= 0; index--) {
        next[index] = this.maySayWhen(dates[index]) ? index : next[index + 1];
      }
      this.nextStatementDate = next;
    }
    return this.nextStatementDate;
  }

  /** A resolved date outside quotes, not after publication ("said they would meet next week" dates the meeting). */
  private maySayWhen(date: DateExpression): boolean {
    const { published } = this.input;
    // "said of Monday's episode", "citing last week's attack": a day's possessive dates the thing it owns, which is
    // when words were said only during it ("said during Saturday night's debate", "At Sunday's rally, …").
    return date.value !== null && !this.insideQuote(date) && (published === null || date.value <= published)
      && (!isPossessiveAt(this.text, date.end) || DURING_BEFORE.test(this.text.slice(Math.max(0, date.start - 8), date.start)));
  }
}

/**
 * "X said the deal was “fair” and that Y had signed one last month", "X said that on Friday the board …", "X said she
 * had met him last autumn": a date in the clause after the cue that "that" or its subject opens dates what is
 * reported, not the statement ("X said Tuesday that …" is the statement's).
 */
function datesReport(text: string, date: Span, cue: Span | null): boolean {
  // Searched between the two only: a search from the cue on would read to the text's end when no clause follows.
  return cue !== null && date.start >= cue.end && REPORTED_CLAUSE.test(text.slice(cue.end, date.start + 1));
}

/**
 * What opens a reported clause: "that", or its subject right after the cue when "that" is left out, a pronoun or a
 * determined noun and its verb ("said the couple had …").
 */
const REPORTED_CLAUSE = / that |^ (?:he|she|they|it|we|I) |^ (?:the|a|an|his|her|their|its|this) [\w'’-]+(?: [\w'’-]+)? (?:had|has|have|was|were|is|are|would|will|could|did)\b/;

/** The offset of the last " who " or " which " in text[from, to), or -1. */
function lastRelativePronoun(text: string, from: number, to: number): number {
  // Read in the window only: a search back from `to` would read to the text's start when none is there.
  const window = text.slice(from, to);
  const at = Math.max(window.lastIndexOf(' who '), window.lastIndexOf(' which '), window.lastIndexOf(' whose '));
  return at >= 0 ? from + at : -1;
}

/** Verbs of the speaking itself, which a relative clause may date: "who spoke on Tuesday". */
const SPEAKING_VERB = / (?:said|spoke|told|wrote|testified|announced|tweeted|posted|remarked) /;

/** A name alone after a credit dash (`cue`), up to the end or punctuation: "― Pamela Padilla", "- Michelle Marks, Philadelphia". */
function creditedName(tokens: Token[], start: number, cue: Span | null): Found | null {
  const phrase = phraseStartingAt(tokens, start, tokens.length, true);
  if (phrase === null || phrase.kind !== 'name') return null;
  const after = tokens[phrase.end];
  if (after === undefined || after.type === 'punct') return { phrase, tokens, cue, ruleId: 'adjacent-cue' };
  // "— Wisconsin state Sen. Brent Lindahl, in a campaign ad": a name closing a short label before its comma.
  let comma = phrase.end;
  while (comma < tokens.length && comma < start + CREDIT_LABEL_WORDS && isWord(tokens[comma])) comma++;
  if (tokens[comma]?.lower !== ',') return null;
  const named = phraseEndingAt(tokens, comma - 1, start);
  return named?.kind === 'name' ? { phrase: named, tokens, cue, ruleId: 'adjacent-cue' } : null;
}
/** "named him", "quietly appointed her": a verb (and an adverb in -ly) and an object pronoun right after a name. */
const ACTS_ON_AFTER = /^ (?:[a-z]+ly )?[a-z]+ed (him|her)\b/;
const ACTS_ON_CHARS = 32;
/** Words a credit line's label may run to before the name that closes it. */
const CREDIT_LABEL_WORDS = 8;

/** Whether text[start, end) has an "m" or "M" (the only characters that lower-case to "m"). */
function hasM(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if ((text.charCodeAt(at) | 0x20) === 0x6d) return true;
  return false;
}

/** Whether the quote's first letter is a capital. */
function opensCapitalized(text: string, quote: Token): boolean {
  let index = quote.start;
  while (index < quote.end && !isWordCode(text.charCodeAt(index))) index++;
  return index < quote.end && isUpper(text[index]);
}

/** Whether a quote's text ends its sentence: "… win." / "… win?" */
function endsSentence(text: string, quote: Token): boolean {
  // By character code: closing marks (” ») would each be a new one-character string.
  let index = quote.end - 1;
  while (index > quote.start && !isPunctuationCode(text.charCodeAt(index)) && !isWordCode(text.charCodeAt(index))) index--;
  const code = text.charCodeAt(index);
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/** . ! ? , ; : */
function isPunctuationCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2c || code === 0x3b || code === 0x3a;
}

/** Words in text[start, end), counting up to `limit`. */
function countWordsIn(text: string, start: number, end: number, limit: number): number {
  let count = 0;
  for (let index = start; index < end && count < limit; index++) {
    const previous = text.charCodeAt(index - 1);
    if (isWordCode(text.charCodeAt(index)) && !isWordCode(previous) && previous !== 0x2019 && previous !== 0x27) count++;
  }
  return count;
}

/** Entities from which a document walks an index instead of every entity per role phrase (fewer are walked faster). */
const ROLE_INDEX_ENTITIES = 200;

/**
 * Entities by the words of their labels and, for people, by the word right before each of their mentions:
 * the ones `entityWithRole` may pick for a role word, and more (it checks each).
 */
class RoleCandidates {
  private readonly byWord = new Map<string, Set<Entity>>();
  /** Aliases already read, per entity: its labels only grow with them. */
  private readonly aliasesRead = new Map<Entity, number>();
  private static readonly NONE: ReadonlySet<Entity> = new Set();

  constructor(private readonly labels: (entity: Entity) => string, private readonly wordBefore: (offset: number) => string) {}

  for(word: string): ReadonlySet<Entity> {
    return this.byWord.get(word) ?? RoleCandidates.NONE;
  }

  /** An entity that may have new labels, and for a person, a mention starting at `mentionStart`. */
  note(entity: Entity, mentionStart: number | null): void {
    if (this.aliasesRead.get(entity) !== entity.aliases.length) {
      this.aliasesRead.set(entity, entity.aliases.length);
      const labels = this.labels(entity);
      for (let start = 0; start < labels.length; start++) {
        if (!isWordCode(labels.charCodeAt(start))) continue;
        let end = start + 1;
        while (end < labels.length && isWordCode(labels.charCodeAt(end))) end++;
        this.add(labels.slice(start, end), entity);
        start = end;
      }
    }
    if (mentionStart !== null && entity.type === 'person') this.add(this.wordBefore(mentionStart), entity);
  }

  private add(word: string, entity: Entity): void {
    const entities = this.byWord.get(word);
    if (entities === undefined) this.byWord.set(word, new Set([entity]));
    else entities.add(entity);
  }
}

/** An entity asked about for a role noun, with its last mention before the noun (index and start). */
interface RoleCandidate {
  entity: Entity;
  last: number;
  start: number;
}

/** Index of the last mention that starts before `offset`, or -1. */
function lastMentionBefore(mentions: readonly Mention[], offset: number): number {
  const count = mentions.length;
  return count > 0 && mentions[count - 1].start < offset ? count - 1 : firstFrom(mentions, offset) - 1;
}

/** Letters and digits only: the word is found in a text exactly where it stands as a whole run of them. */
function isPlainWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let at = 0; at < word.length; at++) if (!isWordCode(word.charCodeAt(at))) return false;
  return true;
}

/** Whether `word` is one of the words of `text` (as split by `wordsOf`), without splitting it. */
function containsWord(text: string, word: string): boolean {
  return containsPhrase(text, word) && !NOT_LETTER_OR_DIGIT.test(word);
}

/** Whether every `head` in the labels is a deputy's or an assistant's: "deputy governor", "vice president". */
function onlyAsDeputy(labels: string, head: string): boolean {
  let deputy = false;
  for (let at = labels.indexOf(head); at >= 0; at = labels.indexOf(head, at + 1)) {
    if (isLetterOrDigit(labels, at - 1) || isLetterOrDigit(labels, at + head.length)) continue;
    if (!DEPUTY_BEFORE.test(labels.slice(Math.max(0, at - DEPUTY_CHARS), at))) return false;
    deputy = true;
  }
  return deputy;
}
const DEPUTY_BEFORE = /\b(?:deputy|vice|assistant|associate|acting)[ -]$/;
const DEPUTY_CHARS = 'associate '.length;

/** Whether `phrase` stands in `text` with no letter or digit right before or after it. */
function containsPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!isLetterOrDigit(text, at - 1) && !isLetterOrDigit(text, at + phrase.length)) return true;
  }
  return false;
}

function isLetterOrDigit(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isWordCode(text.charCodeAt(index));
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/u;

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u);
}

const SURROGATE = /[\ud800-\udfff]/;

/** `wordsOf(text)[0]`, the first piece ('' when the text opens with a separator), without splitting the whole text. */
function firstWordOf(text: string): string {
  // Letters beyond the BMP need the regex's view of code points.
  if (SURROGATE.test(text)) return wordsOf(text)[0];
  let end = 0;
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  return text.slice(0, end);
}

/** `wordsOf(text).slice(-2, -1)[0] ?? ''`, the word before the last piece, without splitting the whole text. */
function secondToLastWord(text: string): string {
  // Letters beyond the BMP need the regex's view of code points.
  if (SURROGATE.test(text)) return wordsOf(text).slice(-2, -1)[0] ?? '';
  let end = text.length;
  while (end > 0 && isWordCode(text.charCodeAt(end - 1))) end--;
  if (end === 0) return '';
  while (end > 0 && !isWordCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

const ROLE_LINK_SPACED = [' of ', ' for ', ' at '];

/** A role up to its first link (`roleBeforeLink`), after the last possessive of its owner ("senator's older brother"). */
function roleOfItsOwn(role: string): string {
  const before = roleBeforeLink(role);
  const owner = OWNER_POSSESSIVE.exec(before);
  return owner === null ? before : before.slice(owner.index + owner[0].length);
}

/** The last "'s " in a role: the owner's possessive before the role's own words. */
const OWNER_POSSESSIVE = /['’ʼ]s (?!.*['’ʼ]s )/;

/** A role up to its first " of ", " for " or " at ", as `role.split(/ (?:of|for|at) /)[0]`. */
function roleBeforeLink(role: string): string {
  let end = role.length;
  for (const link of ROLE_LINK_SPACED) {
    const at = role.indexOf(link);
    if (at >= 0 && at < end) end = at;
  }
  return end === role.length ? role : role.slice(0, end);
}

function allTerms(quotes: readonly ScannedQuote[], first: number, last: number): boolean {
  for (let quote = first; quote < last; quote++) if (quotes[quote].kind !== 'term') return false;
  return true;
}

/** Whether a role has a capitalized word after its first that is no abbreviated title: "senator from Vermont", not "Sen.". */
function namesSomething(role: string | null): boolean {
  return role !== null && /\s\p{Lu}[\p{L}'’-]*(?![\p{L}.])/u.test(role);
}

/** Whether `text` brings in someone new as `noun`: "A doctor at the hospital", "one nurse", "another local fisherman". */
function introducesAnother(text: string, noun: string): boolean {
  for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + noun.length)) {
    if (INDEFINITE_BEFORE_NOUN.test(text.slice(Math.max(0, at - INDEFINITE_BEFORE_CHARS), at)) && !/\w/.test(text.charAt(at + noun.length))) return true;
  }
  return false;
}
/** "a ", "An ", "one ", "another ", with up to two modifiers between it and the noun. */
const INDEFINITE_BEFORE_NOUN = /(?:^|[^\w])(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[\w-]+ ){0,2}$/;
const INDEFINITE_BEFORE_CHARS = 40;

/** "german" in "The German foreign ministry", "dalbria" in "Dalbria's foreign ministry": the first word, when it says whose. */
function ownerWordOf(description: string, head: Token): string | null {
  const words = description.split(' ');
  const first = words[words[0].toLowerCase() === 'the' ? 1 : 0];
  if (first === undefined || !isUpper(first[0]) || first.toLowerCase() === head.lower) return null;
  if (DEMONYMS.has(first.toLowerCase())) return first.toLowerCase();
  return hasApostrophe(first) ? withoutPossessive(first.toLowerCase()) : null;
}

/** The word right before a role's head ("press" of "the press secretary"), unless it is a determiner. */
function tokenBeforeHead(tokens: Token[], phrase: Phrase, head: Token): Token | null {
  for (let index = phrase.start + 1; index < phrase.end; index++) {
    if (tokens[index] !== head) continue;
    const before = tokens[index - 1];
    return before.type === 'word' && !DETERMINERS.has(before.lower) ? before : null;
  }
  return null;
}

/** The noun a role phrase is about: "executive" in "the authority’s chief executive", "head" in "the head of the Alliance". */
function roleHead(tokens: Token[], phrase: Phrase): Token {
  // "the head of the union", "a super PAC supporting Dennis Harlan": the noun before a link or a participle.
  for (let index = phrase.start + 1; index < phrase.end - 1; index++) {
    if (LINKS.has(tokens[index].lower) || (index - 1 > phrase.start && isPresentParticiple(tokens[index]) && !tokens[index].lower.includes('-') && tokens[index + 1].capitalized)) {
      return tokens[index - 1];
    }
  }
  return tokens[phrase.end - 1];
}

function hasQuoteIn(tokens: Token[], sentence: Span): boolean {
  for (let index = sentence.start; index < sentence.end; index++) if (tokens[index].type === 'quote') return true;
  return false;
}

/** People who serve or speak for someone, by a noun no role list holds: "Caldwell surrogate …". */
const SERVING_NOUNS = new Set(['surrogate', 'surrogates', 'ally', 'allies', 'staffer', 'staffers', 'loyalist', 'confidant', 'backer']);
/** "since taking office in ", "since he was elected on ": a clause of "since" up to the date, with no comma. */
const SINCE_CLAUSE_BEFORE = /\b[Ss]ince (?:[\w’'-]+ ){1,4}(?:in|on|at) $/;
const SINCE_CLAUSE_CHARS = 48;
/** Words before a date that place something on one side of it, not on it. */
const TIME_SIDES = new Set(['since', 'before', 'after', 'until', 'till', 'through', 'by']);
/** The words before a day's possessive that put a statement in the event it owns: "during", "at", "in", "on". */
const DURING_BEFORE = /\b(?:[Dd]uring|[Aa]t|[Ii]n|[Oo]n) $/;

/** Whether "'s" or "’s" follows `offset`, ending the word. */
function isPossessiveAt(text: string, offset: number): boolean {
  return isApostropheCode(text.charCodeAt(offset)) && text.charCodeAt(offset + 1) === 0x73 && !isLetterOrDigit(text, offset + 2);
}

/** A paragraph that is a quote and nothing else but punctuation. */
function onlyQuote(tokens: Token[]): boolean {
  return onlyQuoteIn(tokens, { start: 0, end: tokens.length });
}

/** Whether the span of tokens is one quote and punctuation after it. */
function onlyQuoteIn(tokens: Token[], span: Span): boolean {
  for (let index = span.start + 1; index < span.end; index++) if (tokens[index].type !== 'punct') return false;
  return tokens[span.start]?.type === 'quote';
}

function endsWithCueSentence(tokens: Token[]): boolean {
  return cueWithin(tokens, Math.max(0, tokens.length - 6), 6) >= 0;
}

/** Indexes of the tokens that may start a cue, so that searches visit cues instead of every token. */
function cueIndexes(tokens: Token[]): number[] {
  const cues: number[] = [];
  // The tokenizer already knows most tokens start no cue (`cue` null): no lookup for them.
  for (let index = 0; index < tokens.length; index++) if (tokens[index].cue !== null && cueAt(tokens, index) !== null) cues.push(index);
  return cues;
}

/**
 * Decided attributions as numbers until the quotes are made at the end of the run. Objects kept through a long
 * document are copied by every young-generation collection they outlive; numbers in a typed array are not. The two
 * arrays are reused by every run (a run reads only what it wrote), so a short document allocates none of them.
 */
class FinishedAttributions {
  private readonly numbers: Int32Array;
  private readonly entities = FINISHED_ENTITIES;

  constructor(private readonly count: number) {
    if (finishedNumbers.length < count * FIELDS) finishedNumbers = new Int32Array(Math.max(count * FIELDS, 2 * finishedNumbers.length));
    this.numbers = finishedNumbers;
  }

  /** Called once per quote, in order. */
  keep(quote: number, attribution: Attribution, date: number): void {
    const { mention, cue } = attribution;
    const at = quote * FIELDS;
    const numbers = this.numbers;
    this.entities[quote] = attribution.entity;
    numbers[at] = RULE_IDS.indexOf(attribution.ruleId);
    numbers[at + 1] = RULE_WORDINGS.indexOf(attribution.wording);
    numbers[at + 2] = mention?.start ?? -1;
    numbers[at + 3] = mention?.end ?? -1;
    numbers[at + 4] = cue?.start ?? -1;
    numbers[at + 5] = cue?.end ?? -1;
    numbers[at + 6] = date;
  }

  /** The speaker kept for a quote already finished. */
  entityOf(quote: number): Entity | null {
    return this.entities[quote];
  }

  /** The index of the date kept for a quote already finished, or -1. */
  dateOf(quote: number): number {
    return this.numbers[quote * FIELDS + 6];
  }

  /** The quote as the analysis gives it, made from its scan and its kept attribution. */
  quote(scanned: ScannedQuote, index: number, text: string, dates: readonly DateExpression[]): Quote {
    const quote: Quote = {
      id: `q${index + 1}`,
      start: scanned.start,
      end: scanned.end,
      text: text.slice(scanned.start, scanned.end),
      kind: scanned.kind,
      speaker: null,
      cue: null,
      ruleId: 'none',
      rule: 'a term or scare quote, not speech',
      date: null,
      dateId: null,
      unterminated: scanned.unterminated,
    };
    if (scanned.kind === 'speech') this.addAttribution(quote, index, text, dates);
    return quote;
  }

  /** Lets go of the document's entities, once its quotes are made. */
  release(): void {
    this.entities.fill(null, 0, this.count);
  }

  private addAttribution(quote: Quote, index: number, text: string, dates: readonly DateExpression[]): void {
    const at = index * FIELDS;
    const numbers = this.numbers;
    const wording = RULE_WORDINGS[numbers[at + 1]];
    const mentionText = wording === 'none' ? '' : text.slice(numbers[at + 2], numbers[at + 3]);
    const entity = this.entities[index];
    // The speaker's name is the entity's: names are settled before attribution starts.
    const name = entity?.name ?? '';
    if (entity !== null) quote.speaker = { name, entityId: entity.id, mention: { start: numbers[at + 2], end: numbers[at + 3], text: mentionText } };
    if (numbers[at + 4] >= 0) quote.cue = { start: numbers[at + 4], end: numbers[at + 5], text: text.slice(numbers[at + 4], numbers[at + 5]) };
    quote.ruleId = RULE_IDS[numbers[at]];
    quote.rule = ruleText(wording, quote.ruleId, mentionText, name, quote.cue?.text ?? null, numbers[at + 4] >= quote.end);
    const date = numbers[at + 6];
    if (date >= 0) {
      quote.date = dates[date].value;
      quote.dateId = dates[date].id;
    }
  }
}

/** Per quote: rule id, wording, mention start and end, cue start and end (-1 without a cue), statement date index (-1 without one). */
const FIELDS = 7;
let finishedNumbers = new Int32Array(64 * FIELDS);
const FINISHED_ENTITIES: (Entity | null)[] = [];
