import type { Statute } from '@/content/schema';

export type CitationProps = { statute: Statute };

/**
 * 《instrument》article: the form every legal basis is shown in. The Chinese title is kept in every
 * locale (marked lang="zh-CN"); English pages add a gloss after it.
 */
export function Citation({ statute }: CitationProps) {
  const title = statute.instrument.includes('《') ? statute.instrument : `《${statute.instrument}》`;
  return (
    <cite>
      <span lang="zh-CN">{title}</span>
      {statute.instrumentGloss && ` (${statute.instrumentGloss})`}
      {statute.article && ` ${statute.article}`}
    </cite>
  );
}

export type CitationsProps = { statutes: readonly Statute[]; separator: string };

/** Several citations in a row, separated by the locale's list separator. */
export function Citations({ statutes, separator }: CitationsProps) {
  return statutes.map((statute, index) => (
    <span key={`${statute.instrument}${statute.article ?? ''}`}>
      {index > 0 && separator}
      <Citation statute={statute} />
    </span>
  ));
}
