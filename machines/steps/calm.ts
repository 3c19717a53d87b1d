import { guidance } from '../questions';
import { dangerUnsure, hadEmergency, isAtDoorNow, isNonBorrower } from '../flow-rules';

export default guidance('calm', 'ok', [{ to: 'claims' }], {
  // After the emergency screen they may still be outside: that version never says they have left.
  variant: (a) =>
    hadEmergency(a) ? 'after-emergency' : !isAtDoorNow(a) ? 'after' : isNonBorrower(a) ? 'non-borrower' : undefined,
  notices: (a) => (dangerUnsure(a) ? ['call-110-if-unsure'] : []),
});
