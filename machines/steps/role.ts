import { single } from '../questions';

export default single('door', ['borrower', 'family', 'not-related', 'unsure'], [
  { if: 'isVisit', to: 'time' },
  { to: 'claims' },
]);
