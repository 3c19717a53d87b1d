import { chose, type Answers } from './answers';
import * as r from './rules';

/**
 * Which letters fit a plan (flow.md, "Letters and the notebook"), and the facts from the answers
 * that a letter may state. The words are content templates; nothing here is said to anyone.
 */
export const LETTER_RULES = {
  /** A complaint to the lender (or the lender that hired the agency). */
  'lender-complaint': r.hasComplaintChannel,
  /** A complaint text for 12378 or the local financial regulator, matching the lender type. */
  'regulator-complaint': (a: Answers) => r.isNfraLender(a) || r.funderDecidesRegulator(a),
  /** A statement to hand in with a police report. */
  'police-statement': r.needsPolice,
  /** "Not my debt / stop contacting me": family members, strangers, identity theft. */
  'not-my-debt': (a: Answers) => r.isOwnedByOthers(a) || r.debtNotMine(a),
  /** A request to negotiate repayment through the official channel (only with the negotiate block). */
  'negotiation-request': r.wantsToNegotiate,
} satisfies Record<string, (a: Answers) => boolean>;

export type LetterId = keyof typeof LETTER_RULES;
export const LETTER_IDS = Object.keys(LETTER_RULES) as LetterId[];

export const lettersFor = (answers: Answers): LetterId[] => LETTER_IDS.filter((id) => LETTER_RULES[id](answers));

/** Who the regulator is, for the regulator complaint. */
export type Regulator = 'nfra' | 'find-funder';

/** What the answers establish, in the terms a letter may use. */
export type LetterFacts = {
  writer: 'borrower' | 'family' | 'not-related' | 'identity-theft';
  /** The `happened` codes, plus what the `danger` answers mean (flow.md, stage 1). */
  happened: readonly string[];
  nightVisit: boolean;
  /** The 2026 banking-association guideline applies (its members and their agencies). */
  associationLender: boolean;
  regulator: Regulator;
  lenderType?: string;
  illegalLending: boolean;
};

export function letterFacts(answers: Answers): LetterFacts {
  const fromDanger = [
    ...(chose(answers, 'danger', 'forcing', 'refuse-leave') ? ['entered'] : []),
    ...(chose(answers, 'danger', 'threats', 'weapons') ? ['threats'] : []),
    ...(chose(answers, 'danger', 'damage') ? ['damage'] : []),
    ...(chose(answers, 'danger', 'holding') ? ['holding'] : []),
  ];
  const happened = [...new Set([...(answers['happened'] ?? []).filter((code) => code !== 'none'), ...fromDanger])];
  return {
    writer: r.debtNotMine(answers)
      ? 'identity-theft'
      : r.isNotRelated(answers)
        ? 'not-related'
        : r.isFamilyNotLiable(answers)
          ? 'family'
          : 'borrower',
    happened,
    nightVisit: r.hadNightVisit(answers),
    associationLender: r.isBankingAssociationLender(answers),
    regulator: r.isNfraLender(answers) ? 'nfra' : 'find-funder',
    lenderType: answers['lender-type']?.[0],
    illegalLending: r.looksLikeIllegalLending(answers),
  };
}
