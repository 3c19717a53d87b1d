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
