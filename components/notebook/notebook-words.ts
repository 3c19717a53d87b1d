import type { Locale } from '@/content/locales';
import type { NotebookWords } from '@/content/zh-CN/notebook-words';

export type { NotebookWords };

/** The notebook's words, one chunk per locale, loaded when the notebook, a letter or a checklist opens. */
const LOADERS: Record<Locale, () => Promise<NotebookWords>> = {
  'zh-CN': () => import('@/content/zh-CN/notebook-words').then((module) => module.default),
  en: () => import('@/content/en/notebook-words').then((module) => module.default),
};

export const loadNotebookWords = (locale: Locale) => LOADERS[locale]();
