/** The six stages of flow.md, in order; each step belongs to one. */
export const STAGES = ['door', 'calm', 'identity', 'debt', 'evidence', 'complain'] as const;
export type Stage = (typeof STAGES)[number];
