import calm from './calm';
import claims from './claims';
import courtCheck from './court-check';
import crisis from './crisis';
import danger from './danger';
import debt from './debt';
import emergency from './emergency';
import feeling from './feeling';
import happened from './happened';
import idShown from './id-shown';
import lenderType from './lender-type';
import negotiate from './negotiate';
import payment from './payment';
import plan from './plan';
import policeCheck from './police-check';
import role from './role';
import situation from './situation';
import terms from './terms';
import time from './time';

/**
 * Every step of flow.md, keyed by its id (the URL key, the content key), in flow order. The guide
 * machine is built from this record: it is the one list of steps.
 */
export const STEPS = {
  situation,
  danger,
  emergency,
  role,
  time,
  calm,
  claims,
  'court-check': courtCheck,
  'police-check': policeCheck,
  'id-shown': idShown,
  payment,
  debt,
  'lender-type': lenderType,
  terms,
  negotiate,
  happened,
  feeling,
  crisis,
  plan,
};
