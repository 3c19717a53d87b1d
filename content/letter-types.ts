import type { LetterFacts, LetterId } from '@/machines/letters';
import type { StatuteId } from './ids';

/** One logged visit or call, already formatted for a letter (dates in the writer's words). */
export type LetterIncident = {
  /** e.g. 2026年11月29日 凌晨3:12 */
  when: string;
  /** How many people, as the user typed it ('' when not recorded). */
  people: string;
  /** Names, badge numbers or company they gave ('' when not recorded). */
  names: string;
  /** What they said or did: the quick-pick labels, joined. */
  what: string;
  notes: string;
  /** Photos or recordings, by file name on the phone. */
  files: string;
};

/** What a letter template is given. Empty fields are '' and templates show a blank to fill in. */
export type LetterInput = {
  facts: LetterFacts;
  /** The writer's name, the lender, the account's last digits, the agency named. */
  fields: { name: string; lender: string; account: string; agency: string };
  incidents: readonly LetterIncident[];
  /** Today's date as written in the letter. */
  today: string;
  /** The latest complaint to the lender the user recorded, dates as written in the letter. */
  complaint?: {
    on: string;
    /** The ticket number ('' when not recorded). */
    ticket: string;
    /** The lender's reply after it, if one was recorded. */
    reply?: { on: string; solved: boolean | undefined };
  };
};

/** A letter, as parts: the assembler joins them into text and appends the citations. */
export type Letter = {
  title: string;
  /** Who it is addressed to. */
  recipient: string;
  paragraphs: string[];
  /** What the writer asks for, numbered. */
  requests: string[];
  /** What to attach (the evidence list). */
  attachments: string[];
  /** Every legal claim in the letter, as catalogue ids. */
  legalBasis: readonly StatuteId[];
  signature: string[];
};

export type LetterTemplates = Record<LetterId, (input: LetterInput) => Letter>;
