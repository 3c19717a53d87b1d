import type { RuleName } from '@/machines/rules';

/**
 * For the review book: what each plan rule means, in words. The logic is in machines/rules.ts;
 * the review book lists beside each description the questions the rule reads (found by running it),
 * so these words never restate answer codes.
 */
const rules = {
  always: 'Always shown.',
  alreadyPaid: 'The person has already transferred or paid money as they were told (by collectors, a "court" or "police").',
  needsScamWarning:
    'They demanded a transfer to a personal account, a private QR code or cash; or a "court" or "police" asked for a transfer, a WeChat contact or an app.',
  collectorDemandsPaymentForPrivateLoan: '…and the loan is from a person: repay only the lender named on the IOU.',
  enteredHome:
    'They are inside the home and forced their way or would not leave; or the person ticked "entered without consent, or would not leave".',
  blockedAtDoor: 'They are outside: forcing the door, or waiting at the door or in the stairwell and not leaving (not inside).',
  heldSomeone: 'Not letting someone leave, taking someone away, taking a phone or papers.',
  threatened: 'Threats of harm or weapons, or the person ticked "threats or abuse".',
  damagedProperty: 'Paint, graffiti, glued locks, damage, or debt notices posted.',
  impersonatedOfficials: 'Someone claiming to be a court or the police asked for or took money, or the person ticked "impersonating officials".',
  courtUnverified: 'They claim to be a court, but the person has not looked up the case number themselves nor received court papers.',
  courtLikelyFake: '…and nothing was seen or received: worded "very likely impersonation, but check it yourself".',
  courtVerified:
    'They claim to be a court, and the person looked up the case number through 12368 themselves or has received court papers (even if money was also demanded).',
  policeUnverified:
    'They claim to be the police, but the person has not called 110 themselves to check (a uniform, an ID or "come to the station" is not a check).',
  policeLikelyFake: '…contact by phone or online, with nothing else: very likely impersonation.',
  isRemote: '…no visit: contact by phone, text or online.',
  policeVerified: 'They claim to be the police, and the person checked by calling 110 (or a station number they found themselves): it is real.',
  familyMayBeFollowed: 'Followed or watched, or threats while family members or the children’s school were approached.',
  wasFollowed: '…the person ticked "followed": only then is the no-contact order mentioned.',
  needsDoorScript: 'Someone came to the home, and they do not claim to be a court or the police.',
  isNonBorrower: 'The person is not the one who owes: unrelated, or a family member who did not sign.',
  contactsWereCalled: 'They contacted family, colleagues or people in the phone’s contacts.',
  workplaceWasCalled: 'They came to or called the workplace.',
  relativesWereFound: 'They approached parents, children, the home village or the children’s school.',
  isMinorBorrower: 'A family member says the borrower is under 18: capacity comes first in "Check".',
  claimsCollector: 'They say they are a lender, a collection company, a new creditor or a lawyer, or will not say.',
  idRefused: '…they will not give their name, company and who hired them.',
  claimsLawyer: 'They say they are a lawyer or a law firm.',
  claimsDebtSold: 'They say the debt was transferred to them, or want payment into a new account.',
  isDeceasedBorrower: '…a family member says the borrower has died.',
  isFamily: '…the person is the borrower’s family member.',
  isCoSigned: 'A family member who signed as co-borrower or guarantor.',
  debtNotMine: 'The person says they did not borrow it: their identity was misused.',
  debtRepaid: 'The person says it is repaid.',
  debtUnclear: 'The person does not know about the loan, or is not sure whose loan it is.',
  hadNightVisit: 'A visit between 10 p.m. and 8 a.m., by people who do not claim to be a court or the police.',
  isBankingAssociationLender:
    '…the loan is from a bank or a licensed consumer-finance company (the China Banking Association’s 2026 guideline binds its members and the agencies they hire).',
  disputesNumbers: 'Less received than the contract says, very high cost, or they claim more than the person calculates.',
  privateLendingRulesApply: '…the loan is from a person, or looks like illegal lending: the private-lending rules apply.',
  isLicensedLender: '…the loan is from a bank, a licensed consumer-finance company or a big platform: the private-lending cap does not apply.',
  looksLikeIllegalLending:
    'A person’s loan for 7 or 14 days with deducted, costly or inflated terms; or a person’s costly loan with harassment; or another app (or unknown source) for 7 or 14 days with deducted or very high costs. A person’s loan with only a disputed amount is a civil matter.',
  isOldDebt: 'The person says it is an old debt: no contact for over three years.',
  carWasTaken: 'A car was towed or driven away.',
  needsPolice:
    'Danger, entry without consent, threats, damage, following, impersonation of officials, online exposure, suspected illegal lending, or money already paid.',
  hasComplaintChannel:
    'The loan is from a bank, consumer finance, a big platform, another app or a car loan; or a collection company, and not a person’s loan.',
  isNfraLender: 'The loan is from a bank or a licensed consumer-finance company (supervised by the NFRA, complaint deadlines apply).',
  funderDecidesRegulator: 'The loan is from a big platform, another app or a car loan: first find out who funded it, then the regulator.',
  lenderUnknown: 'The lender is unknown, or the loan is repaid, or not the person’s.',
  callsFlooded: 'Frequent calls and text messages.',
  exposedOnline: 'Information or photos exposed online or in chat groups.',
  hadHarassment: 'At least one thing ticked under "what happened" (not "none of these").',
  wantsToNegotiateIllegalLoan: 'Wants to negotiate, but it looks like illegal lending: replaced by "no private deals first".',
  wantsToNegotiateOldDebt: 'Wants to negotiate an old debt: the limitation warning first (no negotiation letter is offered).',
  wantsToNegotiate:
    'The borrower (or someone unsure) says there is a loan, or a family member co-signed, wants to negotiate, and it does not look like illegal lending.',
  wantsToNegotiateWithBank: '…and the loan is from a bank (credit-card instalment plans).',
  asksAboutCapacity: 'A family member, or someone unsure whose loan it is (when the borrower is not a minor, shown under Support).',
} satisfies Partial<Record<RuleName, string>>;

export default rules;
