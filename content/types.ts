import type { EvidenceItemId } from '@/machines/evidence';
import type { BlockId, VariantOf } from '@/machines/plan';
import type { StepId } from '@/machines/replay';
import type { BlockTextInput, CallLine, Channel, EvidenceItem, Statute, StepContent, WhyAsked } from './schema';
import type { ChannelId, EmergencyLineId, StatuteId } from './ids';
import type { Locale } from './locales';
import type { NotebookWords } from './zh-CN/notebook-words';
import type { StepUi } from './zh-CN/step-ui';
import type { UiWords } from './zh-CN/ui';

/** A block with variants must give the text of each; a block without gives one text. */
export type BlocksContent = {
  [B in BlockId]: [VariantOf<B>] extends [never] ? BlockTextInput : { variants: Record<VariantOf<B>, BlockTextInput> };
};

/** Everything one locale says. A missing step, block, item or channel does not compile. */
export type LocaleContent = {
  locale: Locale;
  steps: Record<StepId, StepContent>;
  blocks: BlocksContent;
  evidence: Record<EvidenceItemId, EvidenceItem>;
  channels: Record<ChannelId, Channel>;
  statutes: Record<StatuteId, Statute>;
  ui: UiWords;
  /** The notebook's words: a chunk of their own in the browser, loaded when the notebook opens. */
  notebook: NotebookWords;
  /** For the counsellor view: why each step is asked (the browser loads it in that view only). */
  whyAsked: Record<StepId, WhyAsked>;
};

/** The words a question, guidance or emergency step needs: what the browser loads to draw steps itself. */
export type StepWords = Pick<LocaleContent, 'locale' | 'steps'> & Partial<Pick<LocaleContent, 'whyAsked'>> & {
  ui: StepUi;
  channels: Record<EmergencyLineId, CallLine>;
};
