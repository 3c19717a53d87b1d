import { stageOf } from './guide-state';
import { BLOCK_VARIANTS, SECTION_RULES, SECTIONS, type BlockId, type PlacedBlock, type SectionId } from './plan';
import type { StepKind } from './questions';
import { definitionOf, STEP_IDS, type StepId } from './replay';
import type { RuleName } from './rules';
import type { Stage } from './stages';

/**
 * The machine's tables as plain data, for the pages that show all of it (the map, the review book):
 * components draw these and never read the tables themselves.
 */

export type CatalogueStep = { step: StepId; kind: StepKind; stage: Stage; options: readonly string[] };

/** Every step, in the machine's order, with its kind, stage and options. */
export const stepCatalogue = (): CatalogueStep[] =>
  STEP_IDS.map((step) => {
    const { kind, options } = definitionOf(step);
    return { step, kind, stage: stageOf(step), options };
  });

/** One way a block can be shown: a variant (or the only wording), and the rule that picks it. */
export type CatalogueVariant = { block: PlacedBlock; rule?: RuleName };
export type CatalogueBlock = { id: BlockId; when: RuleName; variants: readonly CatalogueVariant[] };
export type CatalogueSection = { id: SectionId; blocks: readonly CatalogueBlock[] };

/** Every block of every section, in display order, with the rules that show it and pick its variant. */
export const blockCatalogue = (): CatalogueSection[] =>
  SECTIONS.map((section) => ({
    id: section,
    blocks: SECTION_RULES[section].map((placement) => {
      const variants: readonly string[] = placement.variants?.map(([variant]) => variant) ?? BLOCK_VARIANTS[placement.block];
      return {
        id: placement.block,
        when: placement.when,
        variants: (variants.length ? variants : [undefined]).map((variant) => ({
          block: { id: placement.block, variant } as PlacedBlock,
          rule: placement.variants?.find(([name]) => name === variant)?.[1],
        })),
      };
    }),
  }));
