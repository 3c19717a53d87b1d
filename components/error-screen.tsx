import type { ReactNode } from 'react';

export type ErrorScreenProps = {
  title: string;
  body: string;
  startHref: string;
  startLabel: string;
  /** A retry button, where the error boundary offers one. */
  children?: ReactNode;
};

/** 404, 500 and broken links, in Doorstep's calm style: what happened, and how to start again. */
export function ErrorScreen({ title, body, startHref, startLabel, children }: ErrorScreenProps) {
  return (
    <div className="error-screen">
      <h1>{title}</h1>
      <p className="lead">{body}</p>
      {children}
      <a className="button button-primary" href={startHref}>
        {startLabel}
      </a>
    </div>
  );
}
