import type { Statute } from '@/content/schema';

export type CitationProps = { statute: Statute };

/** 《instrument》article: the form every legal basis is shown in. */
export function Citation({ statute }: CitationProps) {
  return (
    <cite>
      《{statute.instrument}》{statute.article}
    </cite>
  );
}
