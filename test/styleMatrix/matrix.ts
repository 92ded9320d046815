/** Which (style, locale) pairs the style matrix renders, each style's family, and each locale's headings. */

export type Family = 'author-date' | 'author-page' | 'numeric' | 'superscript' | 'note';

export const STYLE_FAMILY: Record<string, Family> = {
  apa: 'author-date',
  'apa-6th-edition': 'author-date',
  'chicago-author-date': 'author-date',
  'harvard-cite-them-right': 'author-date',
  'springer-basic-author-date': 'author-date',
  'iso690-author-date-en': 'author-date',
  'associacao-brasileira-de-normas-tecnicas': 'author-date',
  'modern-language-association': 'author-page',
  ieee: 'numeric',
  'elsevier-vancouver': 'numeric',
  'elsevier-with-titles': 'numeric',
  nature: 'superscript',
  'american-medical-association': 'superscript',
  'chicago-notes-bibliography': 'note',
  'mhra-notes': 'note',
  oscola: 'note',
};

/** Every style with en-US, plus the other locales each family is written in. */
const OTHER_LOCALES: Record<string, string[]> = {
  apa: ['pt-BR', 'de-DE', 'fr-FR', 'es-ES', 'tr-TR', 'ru-RU', 'it-IT', 'en-GB'],
  'associacao-brasileira-de-normas-tecnicas': ['pt-BR'],
  'chicago-author-date': ['de-DE', 'es-ES'],
  'harvard-cite-them-right': ['en-GB', 'tr-TR'],
  'springer-basic-author-date': ['de-DE', 'it-IT'],
  'iso690-author-date-en': ['fr-FR', 'ru-RU'],
  'modern-language-association': ['es-ES', 'it-IT'],
  ieee: ['de-DE', 'ru-RU', 'pt-BR'],
  'elsevier-vancouver': ['fr-FR'],
  'elsevier-with-titles': ['tr-TR'],
  nature: ['en-GB'],
  'american-medical-association': ['es-ES'],
  'chicago-notes-bibliography': ['de-DE', 'fr-FR'],
  'mhra-notes': ['en-GB', 'it-IT'],
  oscola: ['en-GB'],
};

export interface Pair {
  style: string;
  locale: string;
}

export const PAIRS: Pair[] = Object.keys(STYLE_FAMILY).flatMap((style) =>
  ['en-US', ...(OTHER_LOCALES[style] ?? [])].map((locale) => ({ style, locale })),
);

export interface Headings {
  /** Over an author-date or numeric reference list. */
  references: string;
  /** Over the bibliography of a note style. */
  bibliography: string;
  notes: string;
}

const HEADINGS: Record<string, Headings> = {
  en: { references: 'References', bibliography: 'Bibliography', notes: 'Notes' },
  pt: { references: 'Referências', bibliography: 'Bibliografia', notes: 'Notas' },
  de: { references: 'Literaturverzeichnis', bibliography: 'Literatur', notes: 'Anmerkungen' },
  fr: { references: 'Bibliographie', bibliography: 'Bibliographie', notes: 'Notes' },
  es: { references: 'Referencias', bibliography: 'Bibliografía', notes: 'Notas' },
  tr: { references: 'Kaynakça', bibliography: 'Kaynakça', notes: 'Notlar' },
  ru: { references: 'Список литературы', bibliography: 'Литература', notes: 'Примечания' },
  it: { references: 'Riferimenti bibliografici', bibliography: 'Bibliografia', notes: 'Note' },
};

/** The heading over the list: an author-page (MLA) style in English calls it Works Cited. */
export function listHeading(pair: Pair, family: Family): string {
  const h = headings(pair.locale);
  if (family === 'author-page' && pair.locale.startsWith('en')) return 'Works Cited';
  return family === 'note' ? h.bibliography : h.references;
}

export function headings(locale: string): Headings {
  return HEADINGS[locale.slice(0, 2)];
}

export function pairName(pair: Pair): string {
  return `${pair.style}.${pair.locale}`;
}
