import { describeGuide, type GuideState, type ResolveOptions } from './guide-state';
import { planState, type PlanState } from './plan-state';
import { parseQuery, type RawQuery } from './query';
import { replay } from './replay';

export type { PlanState };

export type ResolvedGuide = GuideState & { plan?: PlanState };

/** The state of the guide at an untrusted URL (server side): parsed, replayed once, and, at the end, the plan. */
export function resolveGuide(query: RawQuery, options: ResolveOptions = {}): ResolvedGuide {
  const parsed = parseQuery(query);
  const state = describeGuide(parsed, replay(parsed.answers), options);
  return state.definition.kind === 'plan' ? { ...state, plan: planState(state.replay.answers) } : state;
}
