'use client';

import { useId, type ReactNode, type SyntheticEvent } from 'react';
import { useIsClient } from '../use-is-client';
import { useLazy } from '../use-load';

export type PanelWords = { title: string; lead: string; loading: string; unavailable: string };

export type FoldedPanelProps<T> = {
  className: string;
  words: PanelWords;
  /** Loads the body (its code and words) on the first open. */
  load: () => Promise<T>;
  children: (loaded: T) => ReactNode;
};

/**
 * A notebook panel below the plan, folded under its title: it needs the browser (storage,
 * copying), so it appears once the page runs there, and its body loads when first opened.
 */
export function FoldedPanel<T>({ className, words, load, children }: FoldedPanelProps<T>) {
  const id = useId();
  const isClient = useIsClient();
  const body = useLazy(load);
  if (!isClient) return null;
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => event.currentTarget.open && body.request();
  return (
    <section className={className} aria-labelledby={`${id}-title`}>
      <details className="block" onToggle={onToggle}>
        <summary>
          <h2 id={`${id}-title`}>{words.title}</h2>
          <p className="now">{words.lead}</p>
        </summary>
        <div className="block-body">
          {body.value !== undefined ? children(body.value) : <p role="status">{body.failed ? words.unavailable : words.loading}</p>}
        </div>
      </details>
    </section>
  );
}
