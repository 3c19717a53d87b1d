import { interrupt } from '../questions';

export default interrupt('evidence', 'ok', [{ to: 'plan' }]);
