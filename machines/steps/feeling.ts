import { single } from '../questions';

export default single('evidence', ['coping', 'struggling', 'crisis'], [{ if: 'isInCrisis', to: 'crisis' }, { to: 'plan' }]);
