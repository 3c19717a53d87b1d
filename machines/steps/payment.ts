import { single } from '../questions';

/** Asked after collectors only: a court or the police are checked in their own step. */
export default single('identity', ['yes', 'paid', 'no'], [{ if: 'asksAboutDebt', to: 'debt' }, { to: 'happened' }]);
