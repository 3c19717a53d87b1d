import { act, renderHook } from '@testing-library/react';
import { clearDevice, updateNotebook, useNotebook } from '@/components/notebook/use-notebook';
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

  test.each(['{not json', '"a string"', '{"version":99}', JSON.stringify({ version: 1, incidents: [{ id: 1 }] })])(
    'unreadable data %s gives an empty notebook, never a crash',
    (stored) => {
      expect(readNotebook(stored).status).toBe('unreadable');
      expect(readNotebook(stored).notebook).toEqual(emptyNotebook());
    },
  );

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

  test('an unreadable notebook is set aside, not overwritten', () => {
    window.localStorage.setItem('doorstep.notebook', '{broken');
    renderHook(() => useNotebook());
    expect(window.localStorage.getItem('doorstep.notebook.unreadable')).toBe('{broken');
  });

  test('"clear everything" leaves no Doorstep data in storage', () => {
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
    act(() => clearDevice());
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
