import type { FollowUpKind, NextStepKind, ReplyFrom, StepVariants } from '@/machines/follow-up';
import type { ChannelId, StatuteId } from './ids';

/** The words of one next step of the follow-up clock. Legal sentences only as legal-facts.md allows. */
export type FollowUpStepWords = {
  title: string;
  lines: readonly string[];
  /** Said instead of `lines` once its last day has passed: calm, and what can still be done. */
  pastLines?: readonly string[];
  /** Before the last day ('最晚'), and before each later last day the rule allows. */
  dueLabel?: string;
  extendedLabels?: readonly string[];
  /** Before the day it counts from. */
  fromLabel?: string;
  legalBasis?: readonly StatuteId[];
  channels?: readonly ChannelId[];
};

export type FollowUpWords = {
  nextTitle: string;
  nothingNext: string;
  pastDue: string;
  doneTitle: string;
  noneDone: string;
  recordTitle: string;
  whatLabel: string;
  kinds: Record<FollowUpKind, { label: string; reference?: string }>;
  dateLabel: string;
  replyFromLabel: string;
  replyFrom: Record<ReplyFrom, string>;
  solvedLabel: string;
  solved: string;
  notSolved: string;
  save: string;
  remove: string;
  confirmRemove: string;
  /** Before the citations, with its punctuation ('依据：'). */
  basis: string;
  listSeparator: string;
  letterTitle: string;
  copyAll: string;
  copied: string;
  copyFailed: string;
  print: string;
  steps: { [K in NextStepKind]: Record<StepVariants[K], FollowUpStepWords> };
};
