import type { PlacedBlock } from '@/machines/plan';
import type { BlockTextInput, StepContent, StepText } from './schema';
import type { LocaleContent } from './types';

/** A step's words, with the fields of its variant (if the machine named one) laid over the base. */
export function stepText(content: StepContent, variant: string | undefined): StepText {
  const { variants, ...base } = content;
  return { ...base, ...(variant ? variants?.[variant] : undefined) };
}

/** The label of an option code, with the step's variant applied. */
export function optionLabel(text: StepText, code: string): string {
  return text.options?.[code]?.label ?? code;
}

/** A placed block's words: its variant's text, or its only text. */
type Optional = 'steps' | 'script' | 'now' | 'nowCall';

export function blockText(content: LocaleContent, block: PlacedBlock): Required<Omit<BlockTextInput, Optional>> &
  Pick<BlockTextInput, Optional> {
  const entry = content.blocks[block.id] as BlockTextInput | { variants: Record<string, BlockTextInput> };
  const text = 'variants' in entry ? entry.variants[block.variant ?? '']! : entry;
  return { paragraphs: [], legalBasis: [], channels: [], ...text };
}
