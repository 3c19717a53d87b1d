import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { CodeEntry } from '@/components/code-entry';
import { PageFrame } from '@/components/page-frame';
import { guideHref, LOCALE_PATHS } from '@/content/locales';
import type { LocaleContent } from '@/content/types';
import { decodeCaseCode } from '@/machines/case-code';
import { encodeAnswers } from '@/machines/query';
import type { SearchParams } from './guide-route';

export const codeMetadata = ({ ui }: LocaleContent): Metadata => ({ title: ui.codeTitle, robots: { index: false } });

/** /c/<code>: the guide URL of the same answers; a code that does not check out is a calm 404. */
export async function CodeRoute({ content, params }: { content: LocaleContent; params: Promise<{ code: string }> }): Promise<never> {
  const { code } = await params;
  const decoded = decodeCaseCode(safeDecode(code));
  if (!decoded.ok) notFound();
  redirect(guideHref(content.locale, encodeAnswers(decoded.answers)));
}

/** A path segment as typed; broken percent-encoding is just an unreadable code. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment).slice(0, 64);
  } catch {
    return '';
  }
}

/** /c and /c?code=…: a box to type a code read out on the phone; a sent code goes to /c/<code>. */
export async function CodeEntryRoute({ content, searchParams }: { content: LocaleContent; searchParams: SearchParams }) {
  const sent = (await searchParams).code;
  const code = typeof sent === 'string' ? sent.replace(/[^0-9A-Za-z-]/g, '').slice(0, 24) : '';
  if (code) redirect(`${LOCALE_PATHS[content.locale].code}/${encodeURIComponent(code)}`);
  return (
    <PageFrame appName={content.ui.appName} locale={content.locale}>
      <CodeEntry content={content} />
    </PageFrame>
  );
}
