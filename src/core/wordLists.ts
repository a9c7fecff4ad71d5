// Word lists that more than one stage asks about, made into Sets once.
import lexicon from './data/lexicon.json';

/** Nouns for people that no role list holds ("neighbour", "cousin", "the woman"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(lexicon.personNouns);
/** Past tenses not ending in -ed ("began", "sought", "met"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(lexicon.irregularPastVerbs);
/** Texts that speak for their authors ("the statement said"), never for a person named earlier. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(lexicon.documentNouns);
/** Nouns of a role or post: offices and trades ("minister", "spokesman"), and positions in a sport ("striker"). */
export const ROLE_NOUN_WORDS: readonly string[] = [...lexicon.roleNouns, ...lexicon.sportPositions];
/** Positions in a sport, which describe a player named before as an age or nationality does ("the striker said"). */
export const SPORT_POSITIONS: ReadonlySet<string> = new Set(lexicon.sportPositions);
/** People a trial or an inquiry names by a number: "Juror No. 7", "Witness 3". */
export const NUMBERED_PEOPLE: ReadonlySet<string> = new Set(['juror', 'witness', 'patient', 'victim', 'employee', 'inmate', 'defendant', 'individual', 'student', 'suspect', 'complainant']);
/** Lowercase words inside a person's name: "Ursula von der Leyen", "Liesbeth ter Horst", "Hessa bint Nasser", "Mendonça e Moura", "Ortega y Gasset". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'da', 'dos', 'das', 'di', 'van', 'von', 'vom', 'zu', 'zur', 'der', 'den', 'ter', 'ten', 'bin', 'binti', 'bint', 'al', 'la', 'le', 'du', 'ibn', 'ap', 'e', 'y']);
/** Numbers up to ten written as words: "a father of four", "Six in 10 Republicans". */
export const SMALL_NUMBER_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** "Jr.", "III": end a person's name without being its surname. */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);
