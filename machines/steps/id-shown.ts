import { single } from '../questions';

export default single('identity', ['verified', 'shown', 'refused', 'not-asked'], [{ to: 'payment' }], {
  // "Checked with the official line" reads differently for a lawyer (the justice bureau, 12348).
  variant: (a) => (a['claims']?.includes('lawyer') ? 'lawyer' : undefined),
});
