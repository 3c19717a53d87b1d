import { multiple } from '../questions';
import { isNotRemote } from '../flow-rules';

export default multiple(
  'identity',
  ['uniform', 'station', 'verified', 'pay-or-app', 'paid', 'none'],
  [{ if: 'asksAboutDebt', to: 'debt' }, { to: 'happened' }],
  { offeredWhen: { uniform: isNotRemote } },
);
