'use client';

import { useEffect, useState, type ReactNode } from 'react';
import type { Locale } from '@/content/locales';
import type { LocaleContent } from '@/content/types';
import type { PlanDocumentView } from './plan-body';

type Drawer = typeof import('./plan-body-drawn');

/**
 * The server draws the document with all its words; the browser bundle never holds them: this
 * branch is removed from it (`typeof window` is a constant there).
 */
const onServer: Drawer | undefined =
  typeof window === 'undefined' ? require('./plan-body-drawn') : undefined;

const ID = 'plan-document';

export type PlanDocumentProps = {
  locale: Locale;
  view: PlanDocumentView;
  /** Given only where the page is drawn in the browser (the offline copy): draw the document with these. */
  content?: LocaleContent;
};

/** Draws the document in the browser, for a page that did not come with it (offline copy, tests). */
async function drawHere(locale: Locale, view: PlanDocumentView, content?: LocaleContent): Promise<ReactNode> {
  if (!content) return (await import('./plan-body-drawn')).drawPlanBody(locale, view);
  const { PlanBody } = await import('./plan-body');
  return <PlanBody view={view} content={content} />;
}

/**
 * The plan and the answers, as markup the server draws and the browser keeps as it is. In the
 * browser this element adopts the HTML already in the page, and React never renders inside it: so
 * the plan's words are in the page once, not again in the App Router's inline payload (only these
 * props are), and its details open and close without JavaScript. Nothing inside may need React in
 * the browser; the evidence ticks attach from outside (EvidenceChecklist).
 */
export function PlanDocument({ locale, view, content }: PlanDocumentProps) {
  const [html] = useState(() => (typeof document === 'undefined' ? undefined : document.getElementById(ID)?.innerHTML));
  const [drawn, setDrawn] = useState<ReactNode>();
  const adopted = html !== undefined;

  useEffect(() => {
    if (adopted || onServer) return;
    let cancelled = false;
    drawHere(locale, view, content).then((node) => !cancelled && setDrawn(node));
    return () => {
      cancelled = true;
    };
  }, [adopted, content, locale, view]);

  if (onServer) return <div id={ID}>{onServer.drawPlanBody(locale, view)}</div>;
  if (adopted) return <div id={ID} dangerouslySetInnerHTML={{ __html: html }} />;
  return <div id={ID}>{drawn}</div>;
}
