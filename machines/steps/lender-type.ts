import { single } from '../questions';

export default single(
  'debt',
  ['bank', 'consumer-finance', 'platform', 'app', 'private', 'car', 'unknown'],
  [{ if: 'asksTerms', to: 'terms' }, { to: 'happened' }],
);
