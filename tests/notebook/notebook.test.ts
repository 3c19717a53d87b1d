import { act, renderHook } from '@testing-library/react';
import {
  clearDevice,
  SET_ASIDE_PREFIX,
  setAsideCopies,
  updateNotebook,
  useNotebook,
  useNotebookHealth,
} from '@/components/notebook/use-notebook';
import { emptyNotebook, newIncident, newestFirst, readNotebook, stampVisit, NOTEBOOK_VERSION } from '@/machines/notebook';

const incident = (at: string, id: string) => ({ ...newIncident(new Date(at), id), names: '张某，工号 007' });

describe('reading what is stored', () => {
  test('nothing stored gives an empty notebook', () => {
    expect(readNotebook(null)).toEqual({ notebook: emptyNotebook(), status: 'empty' });
  });

  test('a stored notebook round-trips', () => {
    const notebook = { ...emptyNotebook(), incidents: [incident('2026-11-29T03:12:00Z', 'a')], evidence: { recordings: true } };
    expect(readNotebook(JSON.stringify(notebook))).toEqual({ notebook, status: 'ok' });
  });

  test('an unversioned bare list of incidents (version 0) is migrated to the current version', () => {
    const old = [incident('2026-11-28T22:40:00Z', 'a')];
    const { notebook, status } = readNotebook(JSON.stringify(old));
    expect(status).toBe('migrated');
    expect(notebook.version).toBe(NOTEBOOK_VERSION);
    expect(notebook.incidents).toEqual(old);
  });

  test.each(['{not json', '"a string"', '{"version":99}'])('unreadable data %s gives an empty notebook, never a crash', (stored) => {
    expect(readNotebook(stored).status).toBe('unreadable');
    expect(readNotebook(stored).notebook).toEqual(emptyNotebook());
  });

  test('one bad incident never takes the others with it', () => {
    const good = incident('2026-11-29T03:12:00Z', 'a');
    const { notebook, status } = readNotebook(JSON.stringify({ ...emptyNotebook(), incidents: [{ id: 1 }, good] }));
    expect(status).toBe('partial');
    expect(notebook.incidents).toEqual([good]);
  });

  test('a field longer than its limit is cut, and the rest of the notebook is kept', () => {
    const good = incident('2026-11-29T03:12:00Z', 'a');
    const stored = { ...emptyNotebook(), incidents: [good], letter: { name: '李华', lender: '', account: '6'.repeat(60), agency: '' } };
    const { notebook, status } = readNotebook(JSON.stringify(stored));
    expect(status).toBe('partial');
    expect(notebook.incidents).toEqual([good]);
    expect(notebook.letter.account).toHaveLength(40);
    expect(notebook.letter.name).toBe('李华');
  });

  test('a 23-digit card number, which the form accepts, is stored whole', () => {
    const stored = { ...emptyNotebook(), letter: { name: '', lender: '', account: '62220212345678901234567', agency: '' } };
    expect(readNotebook(JSON.stringify(stored))).toMatchObject({ status: 'ok', notebook: { letter: { account: '62220212345678901234567' } } });
  });

  test('entries are listed newest first', () => {
    const entries = [incident('2026-11-28T22:40:00Z', 'old'), incident('2026-11-29T03:12:00Z', 'new')];
    expect(newestFirst(entries).map((e) => e.id)).toEqual(['new', 'old']);
  });
});

describe('the notebook on the device', () => {
  beforeEach(() => window.localStorage.clear());

  test('changes are saved to localStorage and read back', () => {
    const { result } = renderHook(() => useNotebook());
    act(() => updateNotebook((n) => ({ ...n, incidents: [incident('2026-11-29T03:12:00Z', 'a')] })));
    expect(result.current.incidents.map((i) => i.id)).toEqual(['a']);
    const stored = readNotebook(window.localStorage.getItem('doorstep.notebook'));
    expect(stored.notebook.incidents[0]!.names).toBe('张某，工号 007');
  });

  test('reading an unreadable notebook writes nothing; the first change keeps the original aside, never overwriting a copy', () => {
    window.localStorage.setItem('doorstep.notebook', '{broken');
    renderHook(() => useNotebook());
    expect(window.localStorage.getItem('doorstep.notebook')).toBe('{broken');
    act(() => updateNotebook((n) => ({ ...n, incidents: [incident('2026-11-29T03:12:00Z', 'a')] })));
    const asides = Object.keys(window.localStorage).filter((key) => key.startsWith(SET_ASIDE_PREFIX));
    expect(asides.map((key) => window.localStorage.getItem(key))).toEqual(['{broken']);
    // A second unreadable notebook later gets its own copy; the first stays as it was.
    window.localStorage.setItem('doorstep.notebook', '{broken again');
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 1000);
    act(() => updateNotebook((n) => n));
    const copies = Object.keys(window.localStorage).filter((key) => key.startsWith(SET_ASIDE_PREFIX)).map((key) => window.localStorage.getItem(key));
    expect(copies.sort()).toEqual(['{broken', '{broken again']);
    jest.restoreAllMocks();
  });

  test('what could not be read is offered for download, and the page says so', () => {
    window.localStorage.setItem('doorstep.notebook', JSON.stringify({ ...emptyNotebook(), incidents: [{ id: 1 }] }));
    const { result } = renderHook(() => useNotebookHealth());
    expect(result.current.unreadable).toBe(true);
    expect(setAsideCopies().map((copy) => copy.text)).toEqual([window.localStorage.getItem('doorstep.notebook')]);
  });

  test('when the device refuses to save, entries stay in the page, the page says so, and clearing still works', async () => {
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { result } = renderHook(() => ({ notebook: useNotebook(), health: useNotebookHealth() }));
    act(() => updateNotebook((n) => ({ ...n, incidents: [incident('2026-11-29T03:12:00Z', 'a')] })));
    expect(result.current.notebook.incidents.map((i) => i.id)).toEqual(['a']);
    expect(result.current.health.notSaving).toBe(true);
    jest.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    await act(() => clearDevice());
    expect(result.current.notebook).toEqual(emptyNotebook());
    setItem.mockRestore();
    jest.restoreAllMocks();
  });

  test('a huge unreadable notebook (3 MiB) is read without writing anything, and the page still renders', () => {
    const huge = `{"version":1,"incidents":"${'x'.repeat(3 * 1024 * 1024)}`;
    window.localStorage.setItem('doorstep.notebook', huge);
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { result } = renderHook(() => useNotebook());
    expect(result.current).toEqual(emptyNotebook());
    expect(setItem).not.toHaveBeenCalled();
    jest.restoreAllMocks();
  });

  test('"clear everything" leaves no Doorstep data in storage', async () => {
    const { result } = renderHook(() => useNotebook());
    act(() =>
      updateNotebook((n) => ({
        ...n,
        incidents: [incident('2026-11-29T03:12:00Z', 'a')],
        evidence: { cctv: true },
        letter: { name: '李华', lender: '某银行', account: '1234', agency: '' },
      })),
    );
    window.localStorage.setItem('unrelated.key', 'kept');
    await act(() => clearDevice());
    expect(Object.keys(window.localStorage).filter((key) => key.startsWith('doorstep.'))).toEqual([]);
    expect(window.localStorage.getItem('unrelated.key')).toBe('kept');
    expect(result.current).toEqual(emptyNotebook());
  });
});

describe('stamping a visit', () => {
  const at = (iso: string) => new Date(iso);

  test('a second tap within a minute stays on the same incident', () => {
    const first = stampVisit(emptyNotebook(), at('2026-11-29T03:12:00Z'), 'a');
    const again = stampVisit(first.notebook, at('2026-11-29T03:12:59Z'), 'b');
    expect(again.incidentId).toBe('a');
    expect(again.notebook.incidents).toHaveLength(1);
  });

  test('a tap a minute or more later is a new incident', () => {
    const first = stampVisit(emptyNotebook(), at('2026-11-29T03:12:00Z'), 'a');
    const later = stampVisit(first.notebook, at('2026-11-29T03:13:00Z'), 'b');
    expect(later.incidentId).toBe('b');
    expect(later.notebook.incidents.map((i) => i.id)).toEqual(['a', 'b']);
  });

  test('an incident stamped "in the future" (the clock was changed) does not swallow a new one', () => {
    const first = stampVisit(emptyNotebook(), at('2026-11-29T03:12:30Z'), 'a');
    expect(stampVisit(first.notebook, at('2026-11-29T03:12:00Z'), 'b').incidentId).toBe('b');
  });
});
