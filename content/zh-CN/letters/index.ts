import type { LetterTemplates } from '../../letter-types';
import lenderComplaint from './lender-complaint';
import negotiationRequest from './negotiation-request';
import notMyDebt from './not-my-debt';
import policeStatement from './police-statement';
import regulatorComplaint from './regulator-complaint';

/** The letters of the notebook, one file each: every one words only the facts it is given. */
const letters: LetterTemplates = {
  'lender-complaint': lenderComplaint,
  'regulator-complaint': regulatorComplaint,
  'police-statement': policeStatement,
  'not-my-debt': notMyDebt,
  'negotiation-request': negotiationRequest,
};

export default letters;
