import { multiple } from '../questions';

export default multiple(
  'door',
  ['forcing', 'threats', 'weapons', 'holding', 'damage', 'refuse-leave', 'unsure', 'none'],
  [{ if: 'hasDanger', to: 'emergency' }, { to: 'role' }],
  // Safety wins (flow.md, Principles): danger signs ticked with `none` or `unsure` are danger.
  { exclusive: ['none', 'unsure'], whenMixed: 'keep-others' },
);
