import { outcome } from '../questions';

export default outcome('complain');
