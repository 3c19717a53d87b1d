import type { BlocksContent } from '../../types';
import alreadyPaid from './already-paid';
import paymentScam from './payment-scam';
import intrusion from './intrusion';
import blocking from './blocking';
import detention from './detention';
import threats from './threats';
import propertyDamage from './property-damage';
import fakeOfficial from './fake-official';
import verifyCourt from './verify-court';
import realCourt from './real-court';
import verifyPolice from './verify-police';
import realPolice from './real-police';
import followed from './followed';
import doorScript from './door-script';
import stopContactingMe from './stop-contacting-me';
import contactsHarassed from './contacts-harassed';
import workplace from './workplace';
import relatives from './relatives';
import askId from './ask-id';
import checkLawyer from './check-lawyer';
import debtSold from './debt-sold';
import notYourDebt from './not-your-debt';
import guarantorCheck from './guarantor-check';
import identityTheft from './identity-theft';
import alreadyRepaid from './already-repaid';
import findOut from './find-out';
import nightVisit from './night-visit';
import checkTheNumbers from './check-the-numbers';
import illegalLending from './illegal-lending';
import oldDebt from './old-debt';
import carTaken from './car-taken';
import evidence from './evidence';
import reportPolice from './report-police';
import complainLender from './complain-lender';
import regulatorNfra from './regulator-nfra';
import regulatorByFunder from './regulator-by-funder';
import findLender from './find-lender';
import callsFlood from './calls-flood';
import exposedOnline from './exposed-online';
import courtOrder from './court-order';
import limitationWarning from './limitation-warning';
import negotiate from './negotiate';
import creditCardInstalments from './credit-card-instalments';
import noPrivateDeal from './no-private-deal';
import dont from './dont';
import rights from './rights';
import support from './support';
import capacity from './capacity';

/** Every plan block's words, by block id (machines/plan.ts decides which appear). */
const blocks = {
  'already-paid': alreadyPaid,
  'payment-scam': paymentScam,
  intrusion,
  blocking,
  detention,
  threats,
  'property-damage': propertyDamage,
  'fake-official': fakeOfficial,
  'verify-court': verifyCourt,
  'real-court': realCourt,
  'verify-police': verifyPolice,
  'real-police': realPolice,
  followed,
  'door-script': doorScript,
  'stop-contacting-me': stopContactingMe,
  'contacts-harassed': contactsHarassed,
  workplace,
  relatives,
  'ask-id': askId,
  'check-lawyer': checkLawyer,
  'debt-sold': debtSold,
  'not-your-debt': notYourDebt,
  'guarantor-check': guarantorCheck,
  'identity-theft': identityTheft,
  'already-repaid': alreadyRepaid,
  'find-out': findOut,
  'night-visit': nightVisit,
  'check-the-numbers': checkTheNumbers,
  'illegal-lending': illegalLending,
  'old-debt': oldDebt,
  'car-taken': carTaken,
  evidence,
  'report-police': reportPolice,
  'complain-lender': complainLender,
  'regulator-nfra': regulatorNfra,
  'regulator-by-funder': regulatorByFunder,
  'find-lender': findLender,
  'calls-flood': callsFlood,
  'exposed-online': exposedOnline,
  'court-order': courtOrder,
  'limitation-warning': limitationWarning,
  negotiate,
  'credit-card-instalments': creditCardInstalments,
  'no-private-deal': noPrivateDeal,
  dont,
  rights,
  support,
  capacity,
} satisfies BlocksContent;

export default blocks;
