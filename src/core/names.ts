// First names and the gender they show: the entity index keeps Mr. and Mrs. namesakes apart with it, and
// attribution matches "he" and "she" to people with it.
import names from './data/names.json';

export type Gender = 'feminine' | 'masculine';

const FEMININE = new Set(names.feminineFirstNames);
const MASCULINE = new Set(names.masculineFirstNames);

/** The gender of a first name given to people of one gender only (the two lists share no name), if any. */
export function firstNameGender(name: string): Gender | undefined {
  return FEMININE.has(name) ? 'feminine' : MASCULINE.has(name) ? 'masculine' : undefined;
}
