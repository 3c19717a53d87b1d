import type { Answers } from './answers';
import { caseCode, groupCode } from './case-code';
import { evidenceFor, type EvidenceItemId } from './evidence';
import { followUpRoute, type FollowUpRoute } from './follow-up';
import { letterFacts, lettersFor, type LetterFacts } from './letters';
import { nowCandidates, openingBlock, planFor, type BlockId, type PlacedBlock, type PlanSection } from './plan';
import { redFlagsOf, type RedFlag } from './red-flags';

/** Everything the plan page draws, decided here from the answers; content only words it. */
export type PlanState = {
  sections: readonly PlanSection[];
  /** The blocks whose `now` lines may open the plan, in order (content picks the first three distinct ones). */
  now: readonly PlacedBlock[];
  /** The block shown unfolded. */
  opening?: BlockId;
  evidence: readonly EvidenceItemId[];
  /** For the counsellor's case summary: danger, payment demands, impersonation, crisis. */
  redFlags: readonly RedFlag[];
  /** The letters offered, each with the facts it may state. */
  letters: readonly LetterFacts[];
  /** Where complaints go next, for the follow-up clock in the notebook. */
  followUp: FollowUpRoute;
  /** The short case code (flow.md, page contract): `/c/<code>` opens the same plan. */
  code: string;
  /** The same code in groups of four, for reading aloud. */
  codeToRead: string;
};

/** The plan for answers that reached it. */
export function planState(answers: Answers): PlanState {
  const sections = planFor(answers);
  const code = caseCode(answers);
  return {
    sections,
    now: nowCandidates(sections, answers),
    opening: openingBlock(sections),
    evidence: evidenceFor(answers),
    redFlags: redFlagsOf(answers),
    letters: lettersFor(answers).map((id) => letterFacts(id, answers)),
    followUp: followUpRoute(answers),
    code,
    codeToRead: groupCode(code),
  };
}
