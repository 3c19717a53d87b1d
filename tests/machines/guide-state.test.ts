import { resolveGuide } from '@/machines/resolve-guide';
import { isCanonical } from '@/machines/query';

const at = (query: string) => resolveGuide(new URLSearchParams(query));
const COLLECTOR_TO_TERMS =
  'v=1&situation=remote&role=borrower&claims=lender&id-shown=verified&payment=no&debt=yes&lender-type=bank';

describe('a form that was sent but made no answer', () => {
  test('a multi-select sent with nothing ticked says so (the `asked` marker), a first view does not', () => {
    expect(at('v=1&situation=at-door&asked=danger')).toMatchObject({ step: 'danger', error: 'nothing-chosen' });
    expect(at('v=1&situation=at-door').error).toBeUndefined();
  });

  test('a marker for another step is not an error here', () => {
    expect(at('v=1&situation=at-door&asked=terms').error).toBeUndefined();
  });

  test('「都没有」 ticked with another option is refused with both still ticked, never dropped silently', () => {
    const state = at(`${COLLECTOR_TO_TERMS}&terms=none&terms=old&asked=terms`);
    expect(state).toMatchObject({ step: 'terms', error: 'mixed', selected: ['none', 'old'] });
    expect(state.notices).not.toContain('unreadable');
  });

  test('a danger sign with 「以上都没有」 is not refused: it is danger, and its link drops the contradiction', () => {
    const state = at('v=1&situation=at-door&danger=forcing&danger=none');
    expect(state.step).toBe('emergency');
    expect(state.error).toBeUndefined();
    expect(state.query).toBe('v=1&situation=at-door&danger=forcing');
  });

  test('an option not offered here is read as unreadable, not as an error', () => {
    const state = at('v=1&situation=remote&role=borrower&claims=pretext');
    expect(state).toMatchObject({ step: 'claims', error: undefined });
    expect(state.notices).toContain('unreadable');
  });
});

describe('the asked marker in links', () => {
  test('does not make a link non-canonical (no redirect per no-JS step)', () => {
    const canonical = 'v=1&situation=at-door&danger=none';
    expect(isCanonical(new URLSearchParams(`${canonical}&asked=danger`), canonical)).toBe(true);
    expect(isCanonical(new URLSearchParams(`${canonical}&from=singlemessage`), canonical)).toBe(false);
  });
});

describe('pre-ticked from earlier answers', () => {
  test('a night visit and the danger signs pre-tick `happened`, and the state says which', () => {
    const state = at(
      'v=1&situation=inside&danger=threats&danger=damage&emergency=safe&role=borrower&time=night&calm=ok&claims=pretext&debt=repaid',
    );
    expect(state.step).toBe('happened');
    expect(state.preticked).toEqual(['night-visit', 'threats', 'damage']);
    expect(state.selected).toEqual(expect.arrayContaining(['night-visit', 'threats', 'damage']));
  });

  test('nothing is called pre-ticked once the user has answered (going back shows their own answer)', () => {
    const state = at(
      'v=1&situation=visited&role=borrower&time=night&calm=ok&claims=pretext&debt=repaid&happened=calls&at=happened',
    );
    expect(state.step).toBe('happened');
    expect(state.selected).toEqual(['calls']);
    expect(state.preticked).toEqual([]);
  });

  test('the answer a history entry led to is shown again when the user comes back to it', () => {
    const state = resolveGuide(new URLSearchParams('v=1&situation=at-door'), { remembered: { danger: ['unsure'] } });
    expect(state.selected).toEqual(['unsure']);
  });
});

describe('the calm screen after an emergency', () => {
  test('has its own version: they may still be outside', () => {
    expect(at('v=1&situation=at-door&danger=forcing&emergency=safe&role=borrower&time=night').variant).toBe(
      'after-emergency',
    );
    expect(at('v=1&situation=visited&role=borrower&time=night').variant).toBe('after');
  });
});
