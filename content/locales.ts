/** The locales Doorstep serves, and where each lives. zh-CN is primary and served at the root. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

type Paths = { home: string; guide: string; support: string; code: string; map: string; review: string; family: string };

export const LOCALE_PATHS: Record<Locale, Paths> = {
  'zh-CN': { home: '/', guide: '/guide', support: '/support', code: '/c', map: '/map', review: '/review', family: '/family' },
  en: { home: '/en', guide: '/en/guide', support: '/en/support', code: '/en/c', map: '/en/map', review: '/en/review', family: '/en/family' },
};

/** The short link of a case code. */
export const codeHref = (locale: Locale, code: string) => `${LOCALE_PATHS[locale].code}/${code}`;

export const otherLocale = (locale: Locale): Locale => (locale === 'zh-CN' ? 'en' : 'zh-CN');

/** The guide URL of a query in a locale. */
export const guideHref = (locale: Locale, query: string) => `${LOCALE_PATHS[locale].guide}?${query}`;

/** The support screen (「我现在很难受」), carrying the answers so far so its back link returns to the same step. */
export const supportHref = (locale: Locale, query: string) => `${LOCALE_PATHS[locale].support}?${query}`;
