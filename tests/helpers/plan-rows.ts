import type { BlockId } from '@/machines/plan';

/** (situation, blocks that must appear, blocks that must not): the plan rules table, shared by tests. */
const DOOR_BORROWER = 'v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok';
const COLLECTOR = 'claims=agency&id-shown=shown&payment=no';
const END = 'feeling=coping';

export type Row = { name: string; query: string; must: BlockId[]; mustNot?: BlockId[]; first?: BlockId };

export const PLAN_ROWS: Row[] = [
  {
    name: 'night visit by a bank agency: door script, night rule, complaint route to 12378',
    query: `${DOOR_BORROWER}&${COLLECTOR}&debt=yes&lender-type=bank&terms=none&negotiate=yes&happened=night-visit&${END}`,
    must: ['door-script', 'ask-id', 'night-visit', 'complain-lender', 'regulator-nfra', 'negotiate', 'credit-card-instalments', 'evidence', 'dont', 'rights', 'support', 'capacity'],
    mustNot: ['payment-scam', 'report-police', 'not-your-debt', 'regulator-by-funder'],
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
    name: 'a court that wants a transfer now is a fake official and a payment scam',
    query: `v=1&situation=at-door&danger=none&role=borrower&time=day&calm=ok&claims=court&court-check=case-number&court-check=pay-now&debt=unknown&lender-type=unknown&terms=unknown&happened=none&${END}`,
    must: ['payment-scam', 'fake-official', 'report-police', 'find-out', 'find-lender'],
    mustNot: ['real-court', 'verify-court'],
    first: 'payment-scam',
  },
  {
    name: 'an unchecked court claim is to be verified, never ignored',
    query: `v=1&situation=remote&role=borrower&claims=court&court-check=none&debt=yes&lender-type=app&terms=none&negotiate=not-now&happened=impersonation&${END}`,
    must: ['verify-court', 'fake-official', 'report-police'],
    mustNot: ['real-court', 'door-script'],
  },
  {
    name: 'police in uniform at the door are real police: no door script',
    query: `v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok&claims=police&police-check=uniform&debt=yes&lender-type=bank&terms=none&negotiate=not-now&happened=none&${END}`,
    must: ['real-police'],
    mustNot: ['door-script', 'verify-police', 'night-visit'],
  },
  {
    name: 'police on the phone without a station visit are to be verified',
    query: `v=1&situation=remote&role=borrower&claims=police&police-check=none&debt=repaid&happened=calls&${END}`,
    must: ['verify-police', 'already-repaid', 'find-lender', 'calls-flood'],
    mustNot: ['real-police'],
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
];

/** A row of the table by its name (never by position: rows are added as the advice grows). */
export function planRow(name: string): Row {
  const row = PLAN_ROWS.find((candidate) => candidate.name === name);
  if (!row) throw new Error(`no plan row named "${name}"`);
  return row;
}
