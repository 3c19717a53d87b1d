/** The locales Doorstep serves, and where each lives. zh-CN is primary and served at the root. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_PATHS: Record<Locale, { home: string; guide: string; map: string; review: string }> = {
  'zh-CN': { home: '/', guide: '/guide', map: '/map', review: '/review' },
  en: { home: '/en', guide: '/en/guide', map: '/en/map', review: '/en/review' },
};

export const otherLocale = (locale: Locale): Locale => (locale === 'zh-CN' ? 'en' : 'zh-CN');

/** The guide URL of a query in a locale. */
export const guideHref = (locale: Locale, query: string) => `${LOCALE_PATHS[locale].guide}?${query}`;
