import { single } from '../questions';
import { isNotRemote, isRemote } from '../flow-rules';

export default single(
  'identity',
  ['lender', 'agency', 'new-creditor', 'lawyer', 'court', 'police', 'pretext', 'unknown'],
  [
    { if: 'claimsCourt', to: 'court-check' },
    { if: 'claimsPolice', to: 'police-check' },
    { if: 'claimsCollector', to: 'id-shown' },
    { if: 'asksAboutDebt', to: 'debt' },
    { to: 'happened' },
  ],
  { offeredWhen: { pretext: isNotRemote }, variant: (a) => (isRemote(a) ? 'remote' : undefined) },
);
