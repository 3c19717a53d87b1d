import en from '@/content/en';
import type { Locale } from '@/content/locales';
import zhCN from '@/content/zh-CN';
import { PlanBody, type PlanDocumentView } from './plan-body';

const CONTENT = { 'zh-CN': zhCN, en } as const;

/** The plan's document with every word of its locale: on the server (and in tests), never in a browser bundle. */
export const drawPlanBody = (locale: Locale, view: PlanDocumentView) => <PlanBody view={view} content={CONTENT[locale]} />;
