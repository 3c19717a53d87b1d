import type { EvidenceItemId } from '@/machines/evidence';
import type { BlockId, VariantOf } from '@/machines/plan';
import type { StepId } from '@/machines/replay';
import type { BlockTextInput, Channel, EvidenceItem, Statute, StepContent } from './schema';
import type { ChannelId, StatuteId } from './ids';
import type { Locale } from './locales';
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
};
