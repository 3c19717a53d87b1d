import { examplePlanLinks, walkNodes } from '@/machines/graph';
import { encodeAnswers } from '@/machines/query';
import { fromSnapshot } from '@/machines/replay';
import { resolveGuide } from '@/machines/resolve-guide';

/**
 * Every distinct screen the exhaustive walk reaches, of every kind (questions, guidance, interrupts,
 * plans): told apart by what the screen shows; the shortest link kept for each. The walk keeps one
 * snapshot per plan node, so the plans also include an example link for every block variant. A new
 * step, option, variant or block is in this list without anyone writing a test for it.
 */
export function allScreens(): string[] {
  const screens = new Map<string, string>();
  const queries = [...walkNodes().map((node) => encodeAnswers(fromSnapshot(node.state).answers)), ...Object.values(examplePlanLinks())];
  for (const query of queries) {
    const state = resolveGuide(new URLSearchParams(query));
    const plan = state.plan?.sections.map((section) => section.blocks.map((b) => `${b.id}:${b.variant ?? ''}`).join(',')).join('/');
    const signature = [state.step, state.variant, state.options, state.notices, state.preticked, plan].join('|');
    const known = screens.get(signature);
    if (known === undefined || query.length < known.length) screens.set(signature, query);
  }
  return [...screens.values()];
}
