// First names and the gender they show: the entity index keeps Mr. and Mrs. namesakes apart with it, and
// attribution matches "he" and "she" to people with it.
import names from './data/names.json';

export type Gender = 'feminine' | 'masculine';

const FEMININE = new Set(names.feminineFirstNames);
const MASCULINE = new Set(names.masculineFirstNames);

/** The gender of a first name given to people of one gender only (the two lists share no name), if any. */
export function firstNameGender(name: string): Gender | undefined {
  // A name listed with its marks is read as written first: "Åsa" is a Swedish woman's name, "Asa" a man's.
  const listed = isAscii(name) || FEMININE.has(name) || MASCULINE.has(name) ? name : withoutDiacritics(name);
  return FEMININE.has(listed) ? 'feminine' : MASCULINE.has(listed) ? 'masculine' : undefined;
}

/** "José" → "Jose", "Zoë" → "Zoe": the name lists are written in ASCII letters. */
export function withoutDiacritics(word: string): string {
  return word.normalize('NFD').replace(COMBINING_MARKS, '');
}

const COMBINING_MARKS = /\p{M}/gu;

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
  return true;
}
