import { encodeAnswers, isCanonical, parseQuery } from '@/machines/query';
import { resolveGuide } from '@/machines/resolve-guide';
import { replay } from '@/machines/replay';

const parse = (query: string) => parseQuery(new URLSearchParams(query));

describe('parseQuery', () => {
  test('reads repeated keys and comma-joined values alike, trimming and de-duplicating', () => {
    expect(parse('danger=threats&danger=damage').answers['danger']).toEqual(['threats', 'damage']);
    expect(parse('danger=threats,%20damage,threats').answers['danger']).toEqual(['threats', 'damage']);
  });

  test('accepts the object Next gives for searchParams', () => {
    expect(parseQuery({ situation: 'remote', danger: ['forcing', 'threats'] }).answers).toEqual({
      situation: ['remote'],
      danger: ['forcing', 'threats'],
    });
  });

  test('ignores keys that are not questions', () => {
    const parsed = parse('from=singlemessage&isappinstalled=0&utm_source=wechat&situation=remote');
    expect(parsed.answers).toEqual({ situation: ['remote'] });
    expect(parsed.unreadable).toEqual([]);
  });

  test('marks an unknown code, an oversized value or too many values as unreadable', () => {
    expect(parse('situation=on-the-moon').unreadable).toEqual(['situation']);
    expect(parse(`situation=${'x'.repeat(100_000)}`).unreadable).toEqual(['situation']);
    expect(parse(`danger=${Array(30).fill('none').join('&danger=')}`).unreadable).toEqual(['danger']);
    expect(parse('situation=<script>alert(1)</script>').answers).toEqual({});
  });

  test('knows the current version, and flags any other', () => {
    expect(parse('v=1').version).toBe('current');
    expect(parse('').version).toBe('current');
    expect(parse('v=7').version).toBe('unknown');
  });

  // Found by the hostile-links property: a version named like an Object.prototype member.
  test.each(['valueOf', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])('v=%s is an unknown version, not a crash', (v) => {
    expect(parse(`v=${v}&situation=remote`)).toMatchObject({ version: 'unknown', answers: { situation: ['remote'] } });
  });

  test('reads `at` only when it names a step', () => {
    expect(parse('at=role').at).toBe('role');
    expect(parse('at=nonsense').at).toBeUndefined();
  });
});

describe('canonical links', () => {
  test('encode puts v first and multi-select values in option order', () => {
    expect(encodeAnswers({ situation: ['at-door'], danger: ['damage', 'forcing'] })).toBe(
      'v=1&situation=at-door&danger=forcing&danger=damage',
    );
  });

  test('encode → parse → replay round-trips to the same step and answers', () => {
    const query = 'v=1&situation=at-door&danger=none&role=family&time=night&calm=ok&claims=pretext';
    const once = replay(parse(query).answers);
    const twice = replay(parse(encodeAnswers(once.answers)).answers);
    expect(twice).toEqual(once);
    expect(encodeAnswers(once.answers)).toBe(query);
  });

  test('a canonical query is recognised; extra keys or other orders are not', () => {
    const canonical = 'v=1&situation=remote&role=borrower';
    expect(isCanonical(new URLSearchParams(canonical), canonical)).toBe(true);
    expect(isCanonical(new URLSearchParams(`${canonical}&from=singlemessage`), canonical)).toBe(false);
    expect(isCanonical(new URLSearchParams('role=borrower&v=1&situation=remote'), canonical)).toBe(false);
  });
});

describe('resolveGuide', () => {
  test('an unreadable answer to the current question shows a notice', () => {
    const state = resolveGuide(new URLSearchParams('v=1&situation=at-door&danger=lasers'));
    expect(state.step).toBe('danger');
    expect(state.notices).toContain('unreadable');
  });

  test('the server never pre-selects the time; a night clock in the browser does', () => {
    const query = new URLSearchParams('v=1&situation=at-door&danger=none&role=borrower');
    expect(resolveGuide(query).selected).toEqual([]);
    expect(resolveGuide(query, { clock: new Date(2026, 10, 29, 3, 0) }).selected).toEqual(['night']);
    expect(resolveGuide(query, { clock: new Date(2026, 10, 29, 14, 0) }).selected).toEqual(['day']);
  });

  test('the clock does not pre-select the time of a past visit', () => {
    const query = new URLSearchParams('v=1&situation=visited&role=borrower');
    expect(resolveGuide(query, { clock: new Date(2026, 10, 29, 3, 0) }).selected).toEqual([]);
  });

  test('a night visit and the danger answers pre-tick what happened; waiting outside is not entering', () => {
    const outside = 'v=1&situation=at-door&danger=refuse-leave&danger=threats&emergency=safe&role=not-related&time=night&calm=ok&claims=unknown&id-shown=refused&payment=no';
    const state = resolveGuide(new URLSearchParams(outside));
    expect(state.step).toBe('happened');
    expect([...state.selected].sort()).toEqual(['night-visit', 'threats']);
    const inside = resolveGuide(new URLSearchParams(outside.replace('situation=at-door', 'situation=inside')));
    expect([...inside.selected].sort()).toEqual(['entered', 'night-visit', 'threats']);
  });

  test('weapons pre-tick threats, as the plan and the letters read them (one danger table)', () => {
    const query = 'v=1&situation=at-door&danger=weapons&emergency=safe&role=borrower&time=day&calm=ok&claims=pretext&debt=repaid';
    expect(resolveGuide(new URLSearchParams(query)).selected).toEqual(['threats']);
  });

  test('no night-visit pre-tick when the visitors claim to be the police', () => {
    const query = new URLSearchParams(
      'v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok&claims=police&police-check=uniform&debt=repaid',
    );
    expect(resolveGuide(query).selected).toEqual([]);
  });

  test('changing an earlier answer shows it pre-selected and carries the later answers', () => {
    const query = new URLSearchParams('v=1&situation=remote&role=borrower&claims=lender&at=role');
    const state = resolveGuide(query);
    expect(state.step).toBe('role');
    expect(state.selected).toEqual(['borrower']);
    expect(state.hiddenBefore).toEqual([['v', '1'], ['situation', 'remote']]);
    expect(state.hiddenAfter).toEqual([['claims', 'lender']]);
  });

  test('the stage comes from the machine tags', () => {
    expect(resolveGuide(new URLSearchParams('v=1')).stage).toEqual({ id: 'door', number: 1, total: 6 });
    const claims = resolveGuide(new URLSearchParams('v=1&situation=remote&role=borrower'));
    expect(claims.stage).toEqual({ id: 'identity', number: 3, total: 6 });
  });
});
