import { single } from '../questions';
import { isFamily, isNotFamily } from '../flow-rules';

export default single(
  'debt',
  ['yes', 'repaid', 'not-mine', 'co-signed', 'deceased', 'minor', 'unknown'],
  [{ if: 'debtNeedsLender', to: 'lender-type' }, { to: 'happened' }],
  {
    offeredWhen: { 'not-mine': isNotFamily, 'co-signed': isFamily, deceased: isFamily, minor: isFamily },
    variant: (a) => (isFamily(a) ? 'family' : undefined),
  },
);
