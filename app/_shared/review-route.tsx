import { PageFrame } from '@/components/page-frame';
import { ReviewBook } from '@/components/review-book';
import type { LocaleContent } from '@/content/types';
import { blockCatalogue } from '@/machines/catalogue';
import { examplePlanLinks, questionsReadByRules } from '@/machines/graph';
import type { RuleName } from '@/machines/rules';

/** /review: every block with its words, citations and rules, generated at build time. */
export function ReviewRoute({ content, rules }: { content: LocaleContent; rules: Partial<Record<RuleName, string>> }) {
  return (
    <PageFrame appName={content.ui.appName} locale={content.locale}>
      <ReviewBook content={content} blocks={blockCatalogue()} rules={rules} reads={questionsReadByRules()} examples={examplePlanLinks()} />
    </PageFrame>
  );
}
