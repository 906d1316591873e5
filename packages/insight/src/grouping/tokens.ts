import snowball from "snowball-stemmers";
import { eng, nld, nob, swe } from "stopword";

/** The languages a session may be held in, and so the languages a reflection is written in. */
export const GROUPING_LANGUAGES = ["en", "nb", "sv", "nl"] as const;
export type GroupingLanguage = (typeof GROUPING_LANGUAGES)[number];

export function isGroupingLanguage(value: string): value is GroupingLanguage {
  return (GROUPING_LANGUAGES as readonly string[]).includes(value);
}

const SNOWBALL_NAME: Record<GroupingLanguage, string> = {
  en: "english",
  nb: "norwegian",
  sv: "swedish",
  nl: "dutch",
};

/** The stopword package's maintained lists (ISO 639-3 names: nob is Bokmål). */
const STOP_WORDS: Record<GroupingLanguage, readonly string[]> = {
  en: eng,
  nb: nob,
  sv: swe,
  nl: nld,
};

/** A word kept for the vectors: its stem, and the word as written, to name a group with. */
export interface Token {
  stem: string;
  word: string;
}

export type Tokeniser = (text: string) => Token[];

/**
 * Words of two letters or fewer carry no theme in these languages ("we", "vi", "på" are stop
 * words anyway; what is left is mostly abbreviations that collide across themes).
 */
const MIN_WORD_LENGTH = 3;

/** Lower-cased words, stop words out, each with its Snowball stem. One stemmer per language. */
export function tokeniser(language: GroupingLanguage): Tokeniser {
  const stemmer = snowball.newStemmer(SNOWBALL_NAME[language]);
  const stop = new Set(STOP_WORDS[language]);
  const stems = new Map<string, string>();
  return (text) => {
    const tokens: Token[] = [];
    for (const match of text.toLocaleLowerCase(language).matchAll(/\p{L}+/gu)) {
      const word = match[0];
      if (word.length < MIN_WORD_LENGTH || stop.has(word)) continue;
      let stem = stems.get(word);
      if (stem === undefined) {
        stem = stemmer.stem(word);
        stems.set(word, stem);
      }
      tokens.push({ stem, word });
    }
    return tokens;
  };
}
