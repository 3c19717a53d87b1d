import { chose, type Answers } from './answers';

/** Any of these answers to `danger` means the emergency screen (flow.md, stage 1). */
export const DANGER_SIGNS = ['forcing', 'threats', 'weapons', 'holding', 'damage', 'refuse-leave'] as const;
export type DangerSign = (typeof DANGER_SIGNS)[number];

/** The Right-now block a danger sign selects. */
export type DangerBlock = 'intrusion' | 'blocking' | 'threats' | 'detention' | 'property-damage';

/** What a letter may say a danger sign was, in the user's terms (content words each one). */
export type DangerConduct =
  | 'forced-in'
  | 'tried-to-force-in'
  | 'would-not-leave-home'
  | 'waited-outside'
  | 'threatened-harm'
  | 'weapons'
  | 'holding'
  | 'damaged-things';

type Meaning = { pretick: readonly string[]; block: DangerBlock; conduct: readonly DangerConduct[] };

/**
 * The danger table of flow.md (stage 1): what each sign means later, read by the pre-ticks of
 * `happened`, the plan and the letters alike. Waiting in the corridor is not entering the home
 * (legal-facts, Verification pass 2, P2.9): only when they are inside does a sign mean `entered`.
 */
const MEANINGS: Record<DangerSign, (inside: boolean) => Meaning> = {
  forcing: (inside) => ({
    pretick: inside ? ['entered'] : [],
    block: inside ? 'intrusion' : 'blocking',
    conduct: [inside ? 'forced-in' : 'tried-to-force-in'],
  }),
  'refuse-leave': (inside) => ({
    pretick: inside ? ['entered'] : [],
    block: inside ? 'intrusion' : 'blocking',
    conduct: [inside ? 'would-not-leave-home' : 'waited-outside'],
  }),
  threats: () => ({ pretick: ['threats'], block: 'threats', conduct: ['threatened-harm'] }),
  weapons: () => ({ pretick: ['threats'], block: 'threats', conduct: ['threatened-harm', 'weapons'] }),
  holding: () => ({ pretick: [], block: 'detention', conduct: ['holding'] }),
  damage: () => ({ pretick: ['damage'], block: 'property-damage', conduct: ['damaged-things'] }),
};

/** The meanings of the danger signs answered, in the table's order. */
function meanings(answers: Answers): Meaning[] {
  const inside = chose(answers, 'situation', 'inside');
  return DANGER_SIGNS.filter((sign) => chose(answers, 'danger', sign)).map((sign) => MEANINGS[sign](inside));
}

const distinct = <T>(values: readonly T[]) => [...new Set(values)];

export const dangerPreticks = (answers: Answers) => distinct(meanings(answers).flatMap((m) => m.pretick));
export const dangerBlocks = (answers: Answers) => distinct(meanings(answers).map((m) => m.block));
export const dangerConduct = (answers: Answers) => distinct(meanings(answers).flatMap((m) => m.conduct));
