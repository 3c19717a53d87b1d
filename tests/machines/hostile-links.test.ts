/** @jest-environment node */
import fc from 'fast-check';
import { resolveGuide } from '@/machines/resolve-guide';
import { definitionOf, STEP_IDS } from '@/machines/replay';

/**
 * Links travel through messaging apps and can be mangled or forged. Whatever the query, the
 * parser and the machine must settle on a real step (or say what they could not read) and never throw.
 */
const stepKey = fc.constantFrom(...STEP_IDS, 'v', 'view', 'at', 'from', 'isappinstalled', 'nsukey', 'utm_source');
const realCode = fc.constantFrom(...STEP_IDS.flatMap((step) => definitionOf(step).options), '1', 'counsellor');
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('<script>alert(1)</script>', '%', '%E4%B8', '%00', '\u0000', '../../etc', 'javascript:alert(1)'),
  fc.constant('x'.repeat(100_000)),
  fc.nat().map(String),
);
const value = fc.oneof({ weight: 3, arbitrary: realCode }, { weight: 2, arbitrary: nasty }, fc.array(realCode).map((v) => v.join(',')));
const pair = fc.tuple(fc.oneof({ weight: 3, arbitrary: stepKey }, fc.string()), value);

/** Build a raw query string the way a forger would: keys and values percent-encoded or not. */
const rawQuery = fc.tuple(fc.array(pair, { maxLength: 30 }), fc.boolean()).map(([pairs, encode]) =>
  pairs.map(([k, v]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`)).join('&'),
);

test('20 000 hostile queries: never a throw; always a real step, with only that step’s options selected', () => {
  fc.assert(
    fc.property(rawQuery, (query) => {
      const state = resolveGuide(new URLSearchParams(query));
      if (!STEP_IDS.includes(state.step)) return false;
      return state.selected.every((option) => definitionOf(state.step).options.includes(option));
    }),
    { numRuns: 20_000 },
  );
});

test('the canonical link of any hostile query replays to the very same step (what the page redirects to is stable)', () => {
  fc.assert(
    fc.property(rawQuery, (query) => {
      const state = resolveGuide(new URLSearchParams(query));
      return resolveGuide(new URLSearchParams(state.query)).step === state.step;
    }),
    { numRuns: 5_000 },
  );
});

test('valid answers in the wrong order replay to the same step as in path order', () => {
  const inOrder =
    'v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok&claims=agency&id-shown=shown&payment=no&debt=yes&lender-type=bank&terms=none&negotiate=yes&happened=calls&feeling=coping';
  fc.assert(
    fc.property(fc.shuffledSubarray(inOrder.split('&'), { minLength: 15, maxLength: 15 }), (pairs) => {
      const shuffled = resolveGuide(new URLSearchParams(pairs.join('&')));
      expect(shuffled.step).toBe('plan');
      expect(shuffled.query).toBe(inOrder);
    }),
    { numRuns: 2_000 },
  );
});
