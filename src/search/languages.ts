/** The search indexes: one for English, one shared by both Serbian editions. */
export const INDEX_LANGUAGES = ['en', 'sr'] as const;
export type IndexLanguage = (typeof INDEX_LANGUAGES)[number];

/** The index both Serbian editions search (their pages' `lang` tags fall back to it). */
export const SERBIAN_INDEX = 'sr';
