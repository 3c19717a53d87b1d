import { act, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { PlanPage } from '@/components/plan-page';
import { StepView } from '@/components/step-view';
import type { LocaleContent } from '@/content/types';
import { resolveGuide } from '@/machines/resolve-guide';

/** Render and let effects that load code (the QR encoder) settle inside act, as the browser would. */
export async function renderSettled(element: ReactElement): Promise<RenderResult> {
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(element);
  });
  return result!;
}

/** The page the server draws for a guide link: the plan page at the end, else the step. */
export function GuidePage({ query, content }: { query: string; content: LocaleContent }) {
  const state = resolveGuide(new URLSearchParams(query));
  return state.plan ? <PlanPage state={{ ...state, plan: state.plan }} content={content} /> : <StepView state={state} content={content} />;
}
