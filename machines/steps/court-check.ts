import { multiple } from '../questions';
import { isNotRemote } from '../flow-rules';

export default multiple(
  'identity',
  ['uniform', 'case-number', 'papers-before', 'not-checked', 'pay-now', 'paid', 'none'],
  [{ if: 'asksAboutDebt', to: 'debt' }, { to: 'happened' }],
  { offeredWhen: { uniform: isNotRemote } },
);
