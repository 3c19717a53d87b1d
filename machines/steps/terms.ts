import { multiple } from '../questions';

export default multiple(
  'debt',
  ['less-received', 'short-term', 'high-cost', 'inflated', 'old', 'none', 'unknown'],
  [{ if: 'offersNegotiation', to: 'negotiate' }, { to: 'happened' }],
);
