import type { Answers } from './answers';
import { replay } from './replay';

/**
 * The short case code (flow.md, page contract): the answers packed into one number, written in an
 * alphabet that is easy to read aloud, with a check character, e.g. 「3K7Q-9F2A-XM4T」. Derived
 * from the answers alone: nothing is stored anywhere.
 */

/** 31 characters: no 0, O, 1, I or L. A prime count, so the check catches any one wrong character. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BASE = BigInt(CODE_ALPHABET.length);
export const MAX_CODE_LENGTH = 16;

type Packed = readonly (readonly [step: string, kind: 'one' | 'many', options: readonly string[]])[];

/**
 * What each code version packs, in order. Frozen: a code once given out must open the same plan,
 * so a version's table never changes; a new step or option needs a new code version (a test checks
 * that the newest table matches the machine). Code versions follow the flow's link versions.
 */
export const CODE_VERSIONS: Readonly<Record<string, { mark: string; steps: Packed }>> = {
  '1': {
    mark: '3',
    steps: [
      ['situation', 'one', ['at-door', 'inside', 'visited', 'remote']],
      ['danger', 'many', ['forcing', 'threats', 'weapons', 'holding', 'damage', 'refuse-leave', 'unsure', 'none']],
      ['emergency', 'one', ['safe']],
      ['role', 'one', ['borrower', 'family', 'not-related', 'unsure']],
      ['time', 'one', ['night', 'day', 'unknown']],
      ['calm', 'one', ['ok']],
      ['claims', 'one', ['lender', 'agency', 'new-creditor', 'lawyer', 'court', 'police', 'pretext', 'unknown']],
      ['court-check', 'many', ['uniform', 'case-number', 'papers-before', 'not-checked', 'pay-now', 'paid', 'none']],
      ['police-check', 'many', ['uniform', 'station', 'verified', 'pay-or-app', 'paid', 'none']],
      ['id-shown', 'one', ['verified', 'shown', 'refused', 'not-asked']],
      ['payment', 'one', ['yes', 'paid', 'no']],
      ['debt', 'one', ['yes', 'repaid', 'not-mine', 'co-signed', 'deceased', 'minor', 'unknown']],
      ['lender-type', 'one', ['bank', 'consumer-finance', 'platform', 'app', 'private', 'car', 'unknown']],
      ['terms', 'many', ['less-received', 'short-term', 'high-cost', 'inflated', 'old', 'none', 'unknown']],
      ['negotiate', 'one', ['yes', 'not-now']],
      [
        'happened',
        'many',
        ['night-visit', 'entered', 'threats', 'damage', 'contacts', 'workplace', 'relatives', 'followed', 'exposed', 'calls', 'impersonation', 'car-taken', 'none'],
      ],
      ['feeling', 'one', ['coping', 'struggling', 'crisis']],
      ['crisis', 'one', ['ok']],
    ],
  },
};
export const CURRENT_CODE_VERSION = '1';

/** How many values a step can take in the number: unanswered, or one option, or any set of options. */
const radixOf = (kind: 'one' | 'many', options: readonly string[]) =>
  kind === 'many' ? 1n << BigInt(options.length) : BigInt(options.length + 1);

function digitOf(kind: 'one' | 'many', options: readonly string[], values: readonly string[] | undefined): bigint {
  if (!values || values.length === 0) return 0n;
  if (kind === 'many') return values.reduce((mask, value) => mask | (1n << BigInt(options.indexOf(value))), 0n);
  return BigInt(options.indexOf(values[0]!) + 1);
}

/** Weighted by position: any one wrong character, or two neighbours swapped, changes it. */
const weightedSum = (digits: readonly number[]) => digits.reduce((total, digit, i) => total + digit * (i + 1), 0);

/** The code of a set of answers on the path (pass replayed, pruned answers). */
export function caseCode(answers: Answers, version = CURRENT_CODE_VERSION): string {
  const { mark, steps } = CODE_VERSIONS[version]!;
  let number = 0n;
  for (const [step, kind, options] of [...steps].reverse()) {
    number = number * radixOf(kind, options) + digitOf(kind, options, answers[step]);
  }
  const digits = [CODE_ALPHABET.indexOf(mark)];
  for (; number > 0n; number /= BASE) digits.push(Number(number % BASE));
  const sum = weightedSum(digits);
  const weight = digits.length + 1;
  // The check digit makes the whole weighted sum a multiple of 31 (weights stay below 31).
  const check = [...CODE_ALPHABET].findIndex((_, c) => (sum + weight * c) % CODE_ALPHABET.length === 0);
  return [...digits, check].map((digit) => CODE_ALPHABET[digit]).join('');
}

/** 「3K7Q9F2AXM4T」 → 「3K7Q-9F2A-XM4T」: groups of four, for reading aloud. */
export const groupCode = (code: string) => code.match(/.{1,4}/g)!.join('-');

export type DecodedCode = { ok: true; answers: Answers } | { ok: false; reason: 'malformed' | 'check' | 'unknown' };

/**
 * The answers a code stands for. Never throws. Case, spaces and dashes do not matter. A code with a
 * wrong character, or one that stands for no real situation, is refused: it never opens another plan.
 */
export function decodeCaseCode(input: string): DecodedCode {
  const cleaned = input.slice(0, 64).toUpperCase().replace(/[\s-]/g, '');
  if (cleaned.length < 2 || cleaned.length > MAX_CODE_LENGTH || [...cleaned].some((c) => !CODE_ALPHABET.includes(c))) {
    return { ok: false, reason: 'malformed' };
  }
  const digits = [...cleaned].map((c) => CODE_ALPHABET.indexOf(c));
  if (weightedSum(digits) % CODE_ALPHABET.length !== 0) return { ok: false, reason: 'check' };
  const version = Object.keys(CODE_VERSIONS).find((v) => CODE_VERSIONS[v]!.mark === cleaned[0]);
  if (!version) return { ok: false, reason: 'unknown' };
  let number = 0n;
  for (const digit of digits.slice(1, -1).reverse()) number = number * BASE + BigInt(digit);
  const answers: Record<string, readonly string[]> = {};
  for (const [step, kind, options] of CODE_VERSIONS[version]!.steps) {
    const radix = radixOf(kind, options);
    const digit = number % radix;
    number /= radix;
    if (digit === 0n) continue;
    answers[step] = kind === 'many' ? options.filter((_, i) => (digit >> BigInt(i)) & 1n) : [options[Number(digit) - 1]!];
  }
  // A leftover, or answers the machine would not keep as they are: no real situation has this code.
  if (number !== 0n) return { ok: false, reason: 'unknown' };
  const settled = replay(answers).answers;
  return caseCode(settled, version) === cleaned ? { ok: true, answers: settled } : { ok: false, reason: 'unknown' };
}
