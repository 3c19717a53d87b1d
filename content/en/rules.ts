import type { RuleName } from '@/machines/plan';

/** For the review book: each plan rule in words, with the answers it reads (rules.ts holds the logic). */
const rules = {
  always: 'Always shown.',
  alreadyPaid: 'The person has already transferred or paid money to them (payment=paid).',
  paymentOrFakeOfficial:
    'They demanded a transfer to a personal account, a private QR code or cash (payment=yes/paid), or a "court" or "police" asked for money, a chat contact, an app or screen sharing (court-check=pay-now or police-check=pay-or-app).',
  enteredHome: 'Forcing the door or refusing to leave (danger=forcing/refuse-leave), or entering without consent (happened=entered).',
  heldSomeone: 'Not letting someone leave, taking someone away, taking a phone or papers (danger=holding).',
  threatened: 'Threats of harm or weapons (danger=threats/weapons), or threats and abuse (happened=threats).',
  damagedProperty: 'Paint, graffiti, glued locks, damage (danger=damage or happened=damage).',
  impersonatedOfficials: 'Posing as police, prosecutors or courts (happened=impersonation), or a "court" or "police" asking for money.',
  courtUnverified: 'They say they are a court; no demand to pay on the spot; no case number checked and no earlier court papers.',
  courtLikelyFake: '…and none of the checks (court-check=none): worded "very likely impersonation, but check yourself".',
  courtVerified:
    'They say they are a court, and the person found the case number through 12368 or received court papers before; no demand to pay on the spot.',
  policeUnverified:
    'They say they are police; no demand to pay; at the door without full uniform, police ID or a station matter (by phone: not asking the person to come to the station).',
  policeVerified:
    'They say they are police; no demand to pay; at the door: full uniform with police ID, or a station matter; by phone: asking the person to come to the station.',
  isRemote: '…contact by phone, message or online, not a visit (situation=remote).',
  familyMayBeFollowed: 'Following or waiting nearby (happened=followed), or threats together with finding relatives.',
  needsDoorScript: 'Someone came to the home (situation is not remote), and they do not say they are a court or the police.',
  isNonBorrower: '…the person is not the borrower: a stranger, or a family member who did not sign.',
  isOwnedByOthers: 'The person is unrelated, or a family member who did not sign as co-borrower or guarantor.',
  isFamily: '…the person is a family member of the borrower.',
  contactsWereCalled: 'Family, colleagues or phone contacts were contacted (happened=contacts).',
  workplaceWasCalled: 'They came to or called the workplace (happened=workplace).',
  relativesWereFound: 'They went after parents, children, the home village or the school (happened=relatives).',
  claimsCollector: 'They say they are the lender, a collection agency, a new creditor, a lawyer, or will not say.',
  idRefused: '…they would not give a name, company or the lender that hired them (id-shown=refused).',
  claimsLawyer: 'They say they are a lawyer or law firm (claims=lawyer).',
  claimsDebtSold: 'They say the debt was transferred to them, or ask for payment to a new account (claims=new-creditor).',
  debtNotMine: 'The person did not take the loan; their identity was used (debt=not-mine).',
  debtRepaid: 'Already repaid (debt=repaid).',
  debtUnclear: 'Not sure whether the loan exists (debt=unknown or role=unsure).',
  hadNightVisit:
    'A visit between 22:00 and 08:00 (time=night or happened=night-visit), and the visitors do not say they are a court or the police.',
  isBankingAssociationLender:
    '…the loan is from a bank, a licensed consumer-finance company or a large platform (the 2026 China Banking Association guideline binds its members and the agencies they hire).',
  disputesNumbers:
    'Less money received than the contract says, a very high cost, or a demanded balance higher than the person calculates (terms includes less-received/high-cost/inflated).',
  isPrivateLender: '…the loan is from a private person or an unknown outfit (lender-type=private).',
  looksLikeIllegalLending:
    'A private lender with less received, a 7/14-day term or an inflated balance; or another loan app / unknown source with a 7/14-day term and less received or a high cost.',
  isOldDebt: 'An old debt nobody has mentioned for three years or more (terms=old).',
  carWasTaken: 'The car was towed or driven away (happened=car-taken).',
  needsPolice:
    'Danger, entry without consent, threats, damage, following, posing as officials, online exposure, suspected illegal lending, or money already paid.',
  hasComplaintChannel:
    'The loan is from a bank, consumer-finance company, large platform, other loan app or car finance; or the visitor is an agency and the lender is not private.',
  isNfraLender: 'The loan is from a bank or a licensed consumer-finance company.',
  funderDecidesRegulator: 'The loan is from a large platform, another loan app or car finance: find out who funded it first.',
  lenderUnknown: 'The lender is not known, or the loan is repaid, or it is not the person’s loan.',
  callsFlooded: 'Frequent calls and messages (happened=calls).',
  exposedOnline: 'Information or photos exposed online or in groups (happened=exposed).',
  hadHarassment: 'At least one thing under "what happened" (not "none of these").',
  wantsToNegotiateIllegalLoan: 'Wants to negotiate, but illegal lending is suspected: replaced by "no private deals".',
  wantsToNegotiateOldDebt: 'Wants to negotiate an old debt (three years or more): the limitation warning comes first.',
  wantsToNegotiate:
    'A borrower (or someone unsure) who confirms the loan, or a family member who co-signed, wants to negotiate, and illegal lending is not suspected.',
  wantsToNegotiateWithBank: '…and the lender is a bank (credit-card hardship instalments).',
  notBorrowerStranger: 'The person is not an unrelated stranger.',
} satisfies Partial<Record<RuleName, string>>;

export default rules;
