import type { ReactNode } from 'react';

export type StepActionsProps = { children: ReactNode; error?: string; errorId?: string };

/**
 * The step's main button, kept on screen above the fixed 110 bar (sticky, so with JavaScript off
 * too), with the reason it did not move on right beside it. The error takes focus when it appears.
 */
export function StepActions({ children, error, errorId }: StepActionsProps) {
  return (
    <div className="step-actions">
      {error && (
        <p className="field-error" id={errorId} role="alert" tabIndex={-1} autoFocus>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
