// zod/mini: this runs in the browser, where every kilobyte counts.
import { z } from 'zod/mini';

/**
 * The notebook kept on the device: the incident log, the evidence ticks and the letter fields.
 * It never enters the URL and is never sent anywhere. Stored data carries a version; reading
 * migrates older versions forward, and anything unreadable is set aside, never a crash.
 */
export const NOTEBOOK_VERSION = 1;

const text = (max: number) => z.string().check(z.maxLength(max));

const incidentSchema = z.object({
  id: z.string(),
  /** When "they are here" was pressed, as an ISO timestamp from the device clock. */
  at: z.iso.datetime({ offset: true }),
  people: text(20),
  names: text(500),
  /** Quick picks: `happened` codes. */
  happened: z.array(text(40)).check(z.maxLength(20)),
  notes: text(5000),
  files: text(1000),
});

const notebookSchema = z.object({
  version: z.literal(NOTEBOOK_VERSION),
  incidents: z.array(incidentSchema),
  /** Evidence checklist ticks, by evidence item id. */
  evidence: z.record(z.string(), z.boolean()),
  letter: z.object({ name: text(100), lender: text(100), account: text(20), agency: text(100) }),
});

export type Incident = z.infer<typeof incidentSchema>;
export type Notebook = z.infer<typeof notebookSchema>;
export type LetterFields = Notebook['letter'];

export const emptyNotebook = (): Notebook => ({
  version: NOTEBOOK_VERSION,
  incidents: [],
  evidence: {},
  letter: { name: '', lender: '', account: '', agency: '' },
});

/**
 * Migrations from older stored versions: `MIGRATIONS[n]` turns version n into version n + 1.
 * Version 0 is any unversioned bare array of incidents. No release wrote it; it is here so the
 * migration path is exercised by tests before the first real format change needs it.
 */
const MIGRATIONS: Record<number, (data: unknown) => unknown> = {
  0: (data) => ({ ...emptyNotebook(), incidents: Array.isArray(data) ? data : [] }),
};

const versionOf = (data: unknown): number =>
  Array.isArray(data) ? 0 : typeof data === 'object' && data !== null && 'version' in data ? Number(data.version) : NaN;

export type ReadResult = { notebook: Notebook; status: 'ok' | 'empty' | 'migrated' | 'unreadable' };

/** Read what was stored (a JSON string or nothing). Never throws. */
export function readNotebook(stored: string | null): ReadResult {
  if (stored === null) return { notebook: emptyNotebook(), status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return { notebook: emptyNotebook(), status: 'unreadable' };
  }
  let version = versionOf(data);
  const migrated = version < NOTEBOOK_VERSION;
  while (version < NOTEBOOK_VERSION && Object.hasOwn(MIGRATIONS, version)) {
    data = MIGRATIONS[version]!(data);
    version += 1;
  }
  const parsed = notebookSchema.safeParse(data);
  if (!parsed.success) return { notebook: emptyNotebook(), status: 'unreadable' };
  return { notebook: parsed.data, status: migrated ? 'migrated' : 'ok' };
}

/** A new incident stamped with the device's clock. */
export function newIncident(now: Date, id: string): Incident {
  return { id, at: now.toISOString(), people: '', names: '', happened: [], notes: '', files: '' };
}

/** Taps on 「他们来了」 this close together are one visit (flow.md: one incident per visit). */
export const SAME_VISIT_MS = 60_000;

/**
 * 「他们来了」 pressed at `now`: the incident stamped less than a minute earlier, if there is one
 * (a double tap, or pressing again while they knock), otherwise a new one.
 */
export function stampVisit(notebook: Notebook, now: Date, newId: string): { notebook: Notebook; incidentId: string } {
  const recent = notebook.incidents.find((incident) => {
    const age = now.getTime() - Date.parse(incident.at);
    return age >= 0 && age < SAME_VISIT_MS;
  });
  if (recent) return { notebook, incidentId: recent.id };
  const incident = newIncident(now, newId);
  return { notebook: { ...notebook, incidents: [...notebook.incidents, incident] }, incidentId: incident.id };
}

/** Newest first, as the log shows them. */
export const newestFirst = (incidents: readonly Incident[]) => [...incidents].sort((a, b) => b.at.localeCompare(a.at));
