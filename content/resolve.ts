import type { PlacedBlock } from '@/machines/plan';
import type { StepId } from '@/machines/replay';
import type { ChannelId } from './ids';
import type { BlockTextInput, StepContent, StepText, WhyAsked } from './schema';
import type { LocaleContent } from './types';

/** A step's words, with the fields of its variant (if the machine named one) laid over the base. */
export function stepText(content: StepContent, variant: string | undefined): StepText {
  const { variants, ...base } = content;
  return { ...base, ...(variant ? variants?.[variant] : undefined) };
}

/** Why a step is asked (counsellor view), with the step's variant applied. */
export function whyAskedText(whyAsked: Record<StepId, WhyAsked>, step: StepId, variant: string | undefined): string | undefined {
  const entry = whyAsked[step];
  if (typeof entry === 'string') return entry;
  return (variant ? entry.variants[variant] : undefined) ?? entry.default;
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

/** One numbered action of the plan's opening card: a block's `now` line, and its number if it has one. */
export type NowAction = { block: PlacedBlock; text: string; call?: ChannelId };

/**
 * The opening card's actions: the `now` lines of the first candidate blocks (flow.md, "At a glance"),
 * at most `max`, skipping one that would repeat an action or a number already shown.
 */
export function nowActions(candidates: readonly PlacedBlock[], content: LocaleContent, max = 3): NowAction[] {
  const actions: NowAction[] = [];
  for (const block of candidates) {
    const { now, nowCall } = blockText(content, block);
    if (!now || actions.some((action) => action.text === now || (nowCall && action.call === nowCall))) continue;
    actions.push({ block, text: now, call: nowCall });
    if (actions.length === max) break;
  }
  return actions;
}
