import { FlowMap } from '@/components/flow-map';
import { PageFrame } from '@/components/page-frame';
import type { LocaleContent } from '@/content/types';
import { blockCatalogue, stepCatalogue } from '@/machines/catalogue';
import { examplePlanLinks, linksToSteps, stepGraph } from '@/machines/graph';

/** /map: generated at build time from the machine's graph and the content. */
export function MapRoute({ content }: { content: LocaleContent }) {
  return (
    <PageFrame appName={content.ui.appName} locale={content.locale}>
      <FlowMap
        content={content}
        steps={stepCatalogue()}
        blocks={blockCatalogue()}
        graph={stepGraph()}
        links={linksToSteps()}
        examples={examplePlanLinks()}
      />
    </PageFrame>
  );
}
