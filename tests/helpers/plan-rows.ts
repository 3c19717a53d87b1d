import type { BlockId } from '@/machines/plan';

/** (situation, blocks that must appear, blocks that must not): the plan rules table, shared by tests. */
const DOOR_BORROWER = 'v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok';
const COLLECTOR = 'claims=agency&id-shown=shown&payment=no';
const END = 'feeling=coping';

export type Row = {
  name: string;
  query: string;
  must: BlockId[];
  mustNot?: BlockId[];
  first?: BlockId;
  /** The variant a block must take, where it matters. */
  variants?: Partial<Record<BlockId, string>>;
};

export const PLAN_ROWS: Row[] = [
  {
    name: 'night visit by a bank agency: door script, night rule, complaint route to 12378',
    query: `${DOOR_BORROWER}&${COLLECTOR}&debt=yes&lender-type=bank&terms=none&negotiate=yes&happened=night-visit&${END}`,
    must: ['door-script', 'ask-id', 'night-visit', 'complain-lender', 'regulator-nfra', 'negotiate', 'credit-card-instalments', 'evidence', 'dont', 'rights', 'support'],
    mustNot: ['payment-scam', 'report-police', 'not-your-debt', 'regulator-by-funder', 'capacity'],
    variants: { 'night-visit': 'association', 'complain-lender': 'nfra' },
  },
  {
    name: 'payment demanded always puts the scam warning first',
    query: `${DOOR_BORROWER}&claims=agency&id-shown=refused&payment=yes&debt=yes&lender-type=app&terms=none&negotiate=not-now&happened=none&${END}`,
    must: ['payment-scam', 'ask-id', 'regulator-by-funder'],
    mustNot: ['already-paid', 'negotiate'],
    first: 'payment-scam',
  },
  {
    name: 'already paid: call 110 and the bank first, then the scam warning',
    query: `v=1&situation=remote&role=borrower&claims=new-creditor&id-shown=shown&payment=paid&debt=yes&lender-type=platform&terms=none&negotiate=not-now&happened=calls&feeling=struggling`,
    must: ['already-paid', 'payment-scam', 'debt-sold', 'calls-flood', 'report-police'],
    first: 'already-paid',
  },
  {
    name: 'struggling without a payment demand puts support first',
    query: `v=1&situation=remote&role=borrower&claims=lender&id-shown=verified&payment=no&debt=yes&lender-type=consumer-finance&terms=none&negotiate=not-now&happened=calls&feeling=struggling`,
    must: ['support', 'calls-flood', 'regulator-nfra'],
    mustNot: ['door-script', 'night-visit', 'negotiate'],
    first: 'support',
  },
  {
    name: 'after a crisis disclosure, support comes first',
    query: `v=1&situation=remote&role=borrower&claims=lender&id-shown=verified&payment=no&debt=yes&lender-type=bank&terms=none&negotiate=not-now&happened=calls&feeling=crisis&crisis=ok`,
    must: ['support', 'calls-flood'],
    first: 'support',
  },
  {
    name: 'after a crisis disclosure, a payment demand still comes first, then support',
    query: `v=1&situation=remote&role=borrower&claims=agency&id-shown=refused&payment=yes&debt=yes&lender-type=app&terms=none&negotiate=not-now&happened=calls&feeling=crisis&crisis=ok`,
    must: ['payment-scam', 'support'],
    first: 'payment-scam',
  },
  {
    name: 'a family member who did not sign is never offered repayment negotiation',
    query: `v=1&situation=visited&role=family&time=night&calm=ok&${COLLECTOR}&debt=yes&lender-type=app&happened=night-visit&happened=relatives&${END}`,
    must: ['door-script', 'stop-contacting-me', 'not-your-debt', 'relatives', 'night-visit'],
    mustNot: ['negotiate', 'credit-card-instalments', 'limitation-warning', 'no-private-deal', 'check-the-numbers'],
  },
  {
    name: 'a family member who co-signed may negotiate and gets the borrower script',
    query: `v=1&situation=visited&role=family&time=day&calm=ok&${COLLECTOR}&debt=co-signed&lender-type=bank&terms=none&negotiate=yes&happened=none&${END}`,
    must: ['negotiate', 'door-script'],
    mustNot: ['not-your-debt', 'stop-contacting-me'],
  },
  {
    name: 'a verified court enforcement is never told to keep the door shut',
    query: `v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok&claims=court&court-check=uniform&court-check=case-number&debt=yes&lender-type=bank&terms=none&negotiate=not-now&happened=none&${END}`,
    must: ['real-court'],
    mustNot: ['door-script', 'verify-court', 'fake-official', 'night-visit', 'payment-scam'],
  },
  {
    name: 'court papers plus a payment demand: the real court and the scam warning both',
    query: `v=1&situation=at-door&danger=none&role=borrower&time=day&calm=ok&claims=court&court-check=case-number&court-check=pay-now&debt=unknown&lender-type=unknown&terms=unknown&happened=none&${END}`,
    must: ['payment-scam', 'fake-official', 'real-court', 'report-police', 'find-out', 'find-lender'],
    mustNot: ['verify-court'],
    first: 'payment-scam',
  },
  {
    name: 'an unchecked court claim is to be verified, never ignored',
    query: `v=1&situation=remote&role=borrower&claims=court&court-check=none&debt=yes&lender-type=app&terms=none&negotiate=not-now&happened=impersonation&${END}`,
    must: ['verify-court', 'fake-official', 'report-police'],
    mustNot: ['real-court', 'door-script'],
  },
  {
    name: 'a police uniform at the door is not proof: verify by calling 110 yourself',
    query: `v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok&claims=police&police-check=uniform&debt=yes&lender-type=bank&terms=none&negotiate=not-now&happened=none&${END}`,
    must: ['verify-police'],
    mustNot: ['door-script', 'real-police', 'night-visit'],
    variants: { 'verify-police': 'at-door' },
  },
  {
    name: 'police on the phone without a station visit are to be verified',
    query: `v=1&situation=remote&role=borrower&claims=police&police-check=none&debt=repaid&happened=calls&${END}`,
    must: ['verify-police', 'already-repaid', 'find-lender', 'calls-flood'],
    mustNot: ['real-police'],
    variants: { 'verify-police': 'likely-fake' },
  },
  {
    name: 'an emergency names the conduct and sends to the police',
    query: `v=1&situation=inside&danger=refuse-leave&danger=holding&danger=damage&emergency=safe&role=borrower&time=night&calm=ok&${COLLECTOR}&debt=yes&lender-type=private&terms=none&negotiate=not-now&happened=entered&happened=damage&${END}`,
    must: ['intrusion', 'detention', 'property-damage', 'report-police', 'court-order'],
    mustNot: ['complain-lender', 'regulator-nfra'],
  },
  {
    name: 'a private 714-style loan is illegal lending; negotiation is replaced',
    query: `${DOOR_BORROWER}&${COLLECTOR}&debt=yes&lender-type=private&terms=less-received&terms=short-term&negotiate=yes&happened=threats&${END}`,
    must: ['illegal-lending', 'check-the-numbers', 'no-private-deal', 'report-police', 'threats'],
    mustNot: ['negotiate', 'credit-card-instalments', 'complain-lender'],
  },
  {
    name: 'an app loan that is short and costly is illegal lending too',
    query: `v=1&situation=remote&role=borrower&claims=agency&id-shown=refused&payment=no&debt=yes&lender-type=app&terms=short-term&terms=high-cost&negotiate=yes&happened=contacts&happened=exposed&${END}`,
    must: ['illegal-lending', 'no-private-deal', 'contacts-harassed', 'exposed-online', 'regulator-by-funder'],
    mustNot: ['negotiate', 'door-script'],
  },
  {
    name: 'an old debt warns before negotiating and explains the limitation period',
    query: `v=1&situation=remote&role=borrower&claims=new-creditor&id-shown=shown&payment=no&debt=yes&lender-type=consumer-finance&terms=old&negotiate=yes&happened=calls&${END}`,
    must: ['old-debt', 'limitation-warning', 'negotiate', 'debt-sold'],
    mustNot: ['credit-card-instalments', 'illegal-lending'],
  },
  {
    name: 'identity theft: report, dispute, pay nothing',
    query: `v=1&situation=remote&role=borrower&claims=lender&id-shown=verified&payment=no&debt=not-mine&happened=calls&${END}`,
    must: ['identity-theft', 'find-lender'],
    mustNot: ['negotiate', 'check-the-numbers', 'complain-lender'],
  },
  {
    name: 'a stranger gets the non-borrower words and no debt advice',
    query: `v=1&situation=at-door&danger=none&role=not-related&time=night&calm=ok&claims=unknown&id-shown=refused&payment=no&happened=night-visit&${END}`,
    must: ['door-script', 'stop-contacting-me', 'not-your-debt', 'ask-id', 'night-visit'],
    mustNot: ['negotiate', 'check-the-numbers', 'find-out', 'capacity', 'complain-lender'],
  },
  {
    name: 'followed, or threats with relatives, opens Right now with the 110 line',
    query: `v=1&situation=remote&role=borrower&claims=agency&id-shown=shown&payment=no&debt=yes&lender-type=platform&terms=none&negotiate=not-now&happened=threats&happened=relatives&${END}`,
    must: ['followed', 'threats', 'relatives', 'report-police'],
  },
  {
    name: 'a car taken: on record with 110, the lender asked in writing',
    query: `v=1&situation=visited&role=borrower&time=day&calm=ok&claims=lender&id-shown=shown&payment=no&debt=yes&lender-type=car&terms=inflated&negotiate=not-now&happened=car-taken&${END}`,
    must: ['car-taken', 'check-the-numbers', 'regulator-by-funder', 'complain-lender'],
    mustNot: ['night-visit'],
  },
  {
    name: 'a lawyer claim is checked with the justice bureau',
    query: `v=1&situation=remote&role=unsure&claims=lawyer&id-shown=not-asked&payment=no&debt=unknown&lender-type=unknown&terms=unknown&happened=none&${END}`,
    must: ['check-lawyer', 'find-out', 'find-lender'],
    mustNot: ['negotiate', 'report-police', 'court-order'],
  },
  {
    name: 'someone at the door says police but shows nothing: verify by calling 110 yourself',
    query: `v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok&claims=police&police-check=none&debt=yes&lender-type=platform&terms=none&negotiate=not-now&happened=workplace&${END}`,
    must: ['verify-police', 'workplace'],
    mustNot: ['real-police', 'night-visit', 'door-script'],
  },
  {
    name: 'a person’s loan with only a disputed amount is a civil matter: no illegal-lending, no police',
    query: `v=1&situation=remote&role=borrower&claims=lender&id-shown=shown&payment=no&debt=yes&lender-type=private&terms=inflated&negotiate=yes&happened=calls&${END}`,
    must: ['check-the-numbers', 'negotiate'],
    mustNot: ['illegal-lending', 'report-police', 'no-private-deal'],
    variants: { 'check-the-numbers': 'private' },
  },
  {
    name: 'a platform loan at night: no banking-association hour rule is claimed',
    query: `${DOOR_BORROWER}&${COLLECTOR}&debt=yes&lender-type=platform&terms=none&negotiate=not-now&happened=night-visit&${END}`,
    must: ['night-visit', 'regulator-by-funder'],
    variants: { 'night-visit': 'other' },
  },
  {
    name: 'a borrower’s own plan never carries the family blocks',
    query: `${DOOR_BORROWER}&${COLLECTOR}&debt=yes&lender-type=consumer-finance&terms=none&negotiate=not-now&happened=calls&${END}`,
    must: ['door-script', 'calls-flood'],
    mustNot: ['capacity', 'not-your-debt', 'stop-contacting-me', 'guarantor-check'],
    variants: { 'door-script': 'borrower' },
  },
  {
    name: 'people waiting in the corridor are blocking, not intruding',
    query: `v=1&situation=at-door&danger=refuse-leave&emergency=safe&role=borrower&time=night&calm=ok&${COLLECTOR}&debt=yes&lender-type=app&terms=none&negotiate=not-now&happened=night-visit&${END}`,
    must: ['blocking', 'report-police'],
    mustNot: ['intrusion'],
  },
  {
    name: 'a deceased borrower’s family: heirs answer only up to the estate; nothing to repay here',
    query: `v=1&situation=visited&role=family&time=day&calm=ok&${COLLECTOR}&debt=deceased&happened=none&${END}`,
    must: ['not-your-debt', 'stop-contacting-me'],
    mustNot: ['negotiate', 'guarantor-check', 'check-the-numbers'],
    variants: { 'not-your-debt': 'deceased' },
  },
  {
    name: 'a minor borrower: capacity opens Check, illegal lending is still detected, no negotiation',
    query: `v=1&situation=remote&role=family&claims=agency&id-shown=shown&payment=no&debt=minor&lender-type=app&terms=short-term&terms=high-cost&happened=threats&${END}`,
    must: ['capacity', 'illegal-lending', 'not-your-debt', 'report-police'],
    mustNot: ['negotiate', 'no-private-deal'],
    variants: { capacity: 'minor' },
  },
  {
    name: 'a co-signer who wants to negotiate is warned about the guarantee first',
    query: `v=1&situation=remote&role=family&claims=lender&id-shown=verified&payment=no&debt=co-signed&lender-type=consumer-finance&terms=none&negotiate=yes&happened=calls&${END}`,
    must: ['guarantor-check', 'negotiate'],
    mustNot: ['not-your-debt', 'stop-contacting-me'],
    variants: { negotiate: 'co-signer' },
  },
  {
    name: 'threats alone: no stay-away order',
    query: `v=1&situation=remote&role=borrower&claims=agency&id-shown=shown&payment=no&debt=yes&lender-type=app&terms=none&negotiate=not-now&happened=threats&${END}`,
    must: ['threats', 'report-police'],
    mustNot: ['followed'],
  },
  {
    name: '「come to the station」 is not proof either: verify, go yourself',
    query: `v=1&situation=remote&role=borrower&claims=police&police-check=station&debt=yes&lender-type=bank&terms=none&negotiate=not-now&happened=none&${END}`,
    must: ['verify-police'],
    mustNot: ['real-police'],
    variants: { 'verify-police': 'remote' },
  },
  {
    name: 'police the user verified with 110: cooperate, do not obstruct',
    query: `v=1&situation=at-door&danger=none&role=borrower&time=day&calm=ok&claims=police&police-check=verified&debt=yes&lender-type=bank&terms=none&negotiate=not-now&happened=none&${END}`,
    must: ['real-police'],
    mustNot: ['verify-police', 'door-script', 'fake-official'],
    variants: { 'real-police': 'at-door' },
  },
  {
    name: 'already paid a fake court: 110 and the bank first',
    query: `v=1&situation=remote&role=borrower&claims=court&court-check=paid&debt=yes&lender-type=bank&terms=none&negotiate=not-now&happened=none&${END}`,
    must: ['already-paid', 'fake-official', 'report-police'],
    first: 'already-paid',
  },
  {
    name: 'a mistaken stranger’s message to contacts speaks in their own voice',
    query: `v=1&situation=remote&role=not-related&claims=agency&id-shown=shown&payment=no&happened=contacts&${END}`,
    must: ['contacts-harassed', 'not-your-debt', 'stop-contacting-me'],
    mustNot: ['capacity'],
    variants: { 'contacts-harassed': 'non-borrower', 'not-your-debt': 'not-related' },
  },
  {
    name: 'a collector wants cash for a person’s loan: pay only the lender on the IOU',
    query: `v=1&situation=remote&role=borrower&claims=agency&id-shown=shown&payment=yes&debt=yes&lender-type=private&terms=none&negotiate=not-now&happened=calls&${END}`,
    must: ['payment-scam'],
    first: 'payment-scam',
    variants: { 'payment-scam': 'private' },
  },
  {
    name: 'police the user verified by phone: go to the station yourself',
    query: `v=1&situation=remote&role=borrower&claims=police&police-check=verified&debt=yes&lender-type=bank&terms=none&negotiate=not-now&happened=none&${END}`,
    must: ['real-police'],
    mustNot: ['verify-police'],
    variants: { 'real-police': 'remote' },
  },
  {
    name: 'followed: the police may also order them to keep away',
    query: `v=1&situation=remote&role=borrower&claims=agency&id-shown=shown&payment=no&debt=yes&lender-type=app&terms=none&negotiate=not-now&happened=followed&${END}`,
    must: ['followed', 'report-police'],
    variants: { followed: 'followed' },
  },
  {
    name: 'a family member’s workplace was called: what to tell HR, in their own voice',
    query: `v=1&situation=remote&role=family&claims=agency&id-shown=shown&payment=no&debt=yes&lender-type=consumer-finance&happened=workplace&${END}`,
    must: ['workplace', 'not-your-debt', 'stop-contacting-me'],
    variants: { workplace: 'non-borrower', 'not-your-debt': 'family' },
  },
];

/** A row of the table by its name (never by position: rows are added as the advice grows). */
export function planRow(name: string): Row {
  const row = PLAN_ROWS.find((candidate) => candidate.name === name);
  if (!row) throw new Error(`no plan row named "${name}"`);
  return row;
}

/** The row most tests start from when any plan will do: a bank's agency at the door at night. */
export const BANK_NIGHT_VISIT = planRow('night visit by a bank agency: door script, night rule, complaint route to 12378');
