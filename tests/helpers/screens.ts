import { resolveGuide } from '@/machines/resolve-guide';
import { walkNodes } from '@/machines/graph';
import { encodeAnswers } from '@/machines/query';
import { fromSnapshot } from '@/machines/replay';

export type Screen = { signature: string; query: string };

/**
 * Every distinct question screen that real situations reach: the exhaustive walk's question nodes,
 * told apart by the steps that led there and what the screen shows (wording variant, options
 * offered, notices, pre-ticks). Situations that give the same screen count once (shortest link kept).
 */
export function questionScreens(): Screen[] {
  const screens = new Map<string, string>();
  for (const node of walkNodes()) {
    const query = encodeAnswers(fromSnapshot(node.state).answers);
    const state = resolveGuide(new URLSearchParams(query));
    if (state.definition.kind !== 'question') continue;
    const signature = [state.replay.path, state.variant, state.options, state.notices, state.preticked].join('|');
    const known = screens.get(signature);
    if (known === undefined || query.length < known.length) screens.set(signature, query);
  }
  return [...screens].map(([signature, query]) => ({ signature, query }));
}
