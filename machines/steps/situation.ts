import { single } from '../questions';

export default single('door', ['at-door', 'inside', 'visited', 'remote'], [
  { if: 'isAtDoorNow', to: 'danger' },
  { to: 'role' },
]);
