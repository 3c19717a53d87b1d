import { interrupt } from '../questions';

/** The 110 screen; role is never asked before the emergency is handled. */
export default interrupt('door', 'safe', [{ to: 'role' }]);
