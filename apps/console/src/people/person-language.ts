export const PERSON_LANGUAGES = ['zh-CN', 'en'] as const;
export type PersonLanguage = (typeof PERSON_LANGUAGES)[number];
