import { single } from '../questions';

export default single('debt', ['yes', 'not-now'], [{ to: 'happened' }]);
