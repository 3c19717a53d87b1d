// zod/mini: this runs in the browser, where every kilobyte counts.
import { z } from 'zod/mini';
import { FOLLOW_UP_KINDS, REPLY_FROM, type FollowUp } from './follow-up';

/**
 * The notebook kept on the device: the incident log, what was done after (the follow-up entries),
 * the evidence ticks and the letter fields.
 * It never enters the URL and is never sent anywhere. Stored data carries a version; reading
 * migrates older versions forward, and anything unreadable is set aside, never a crash.
 */
export const NOTEBOOK_VERSION = 2;

/** The longest value each text field keeps; the form's inputs carry the same limits (maxLength). */
export const FIELD_LIMITS = {
  people: 20,
  names: 500,
  notes: 5000,
  files: 1000,
  name: 100,
  lender: 100,
  account: 40,
  agency: 100,
  reference: 60,
} as const;

const text = (max: number) => z.string().check(z.maxLength(max));

const incidentSchema = z.object({
  id: z.string().check(z.maxLength(100)),
  /** When "they are here" was pressed, as an ISO timestamp from the device clock. */
  at: z.iso.datetime({ offset: true }),
  people: text(FIELD_LIMITS.people),
  names: text(FIELD_LIMITS.names),
  /** Quick picks: `happened` codes. */
  happened: z.array(text(40)).check(z.maxLength(20)),
  notes: text(FIELD_LIMITS.notes),
  files: text(FIELD_LIMITS.files),
});

const followUpSchema = z.object({
  id: z.string().check(z.maxLength(100)),
  kind: z.enum(FOLLOW_UP_KINDS),
  on: z.iso.date(),
  reference: text(FIELD_LIMITS.reference),
  from: z.optional(z.enum(REPLY_FROM)),
  solved: z.optional(z.boolean()),
});

const letterSchema = z.object({
  name: text(FIELD_LIMITS.name),
  lender: text(FIELD_LIMITS.lender),
  account: text(FIELD_LIMITS.account),
  agency: text(FIELD_LIMITS.agency),
});

export type Incident = z.infer<typeof incidentSchema>;
export type LetterFields = z.infer<typeof letterSchema>;
export type Notebook = {
  version: typeof NOTEBOOK_VERSION;
  incidents: Incident[];
  /** What the user did after (reports, complaints, replies, court papers), each dated. */
  followUps: FollowUp[];
  /** Evidence checklist ticks, by evidence item id. */
  evidence: Record<string, boolean>;
  letter: LetterFields;
};

export const emptyNotebook = (): Notebook => ({
  version: NOTEBOOK_VERSION,
  incidents: [],
  followUps: [],
  evidence: {},
  letter: { name: '', lender: '', account: '', agency: '' },
});

/**
 * Migrations from older stored versions: `MIGRATIONS[n]` turns version n into version n + 1.
 * Version 0 is any unversioned bare array of incidents. No release wrote it; it is here so the
 * migration path is exercised by tests before the first real format change needs it.
 */
const MIGRATIONS: Record<number, (data: unknown) => unknown> = {
  0: (data) => ({ ...emptyNotebook(), version: 1, incidents: Array.isArray(data) ? data : [] }),
  /** Version 2 added the follow-up entries. */
  1: (data) => ({ ...(isRecord(data) ? data : {}), version: 2, followUps: [] }),
};

const versionOf = (data: unknown): number =>
  Array.isArray(data) ? 0 : typeof data === 'object' && data !== null && 'version' in data ? Number(data.version) : NaN;

/**
 * ok: read whole; migrated: read from an older version; partial: read, but some records or fields
 * could not be (the original must be kept aside before anything is written over it); unreadable:
 * nothing could be read (the same); empty: nothing stored.
 */
export type ReadStatus = 'ok' | 'empty' | 'migrated' | 'partial' | 'unreadable';
export type ReadResult = { notebook: Notebook; status: ReadStatus };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text field as stored: kept if it is text, cut to its limit; anything else is lost (and reported). */
function field(value: unknown, max: number, lost: { count: number }): string {
  if (typeof value === 'string') {
    if (value.length > max) lost.count += 1;
    return value.slice(0, max);
  }
  if (value !== undefined) lost.count += 1;
  return '';
}

/**
 * Read what was stored (a JSON string or nothing). Never throws. Each incident and each field is read
 * on its own, so one bad value never takes the rest with it.
 */
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
  if (version !== NOTEBOOK_VERSION || !isRecord(data)) return { notebook: emptyNotebook(), status: 'unreadable' };

  const lost = { count: 0 };
  const incidents: Incident[] = [];
  for (const raw of Array.isArray(data['incidents']) ? data['incidents'] : []) {
    const parsed = incidentSchema.safeParse(
      isRecord(raw)
        ? {
            ...raw,
            people: field(raw['people'], FIELD_LIMITS.people, lost),
            names: field(raw['names'], FIELD_LIMITS.names, lost),
            notes: field(raw['notes'], FIELD_LIMITS.notes, lost),
            files: field(raw['files'], FIELD_LIMITS.files, lost),
          }
        : raw,
    );
    if (parsed.success) incidents.push(parsed.data);
    else lost.count += 1;
  }
  if (data['incidents'] !== undefined && !Array.isArray(data['incidents'])) lost.count += 1;

  const followUps: FollowUp[] = [];
  for (const raw of Array.isArray(data['followUps']) ? data['followUps'] : []) {
    const parsed = followUpSchema.safeParse(isRecord(raw) ? { ...raw, reference: field(raw['reference'], FIELD_LIMITS.reference, lost) } : raw);
    if (parsed.success) followUps.push(parsed.data);
    else lost.count += 1;
  }
  if (data['followUps'] !== undefined && !Array.isArray(data['followUps'])) lost.count += 1;

  const evidence: Record<string, boolean> = {};
  for (const [id, ticked] of Object.entries(isRecord(data['evidence']) ? data['evidence'] : {})) {
    if (typeof ticked === 'boolean' && id.length <= 60) evidence[id] = ticked;
    else lost.count += 1;
  }

  const letterRaw = isRecord(data['letter']) ? data['letter'] : {};
  const letter = letterSchema.parse({
    name: field(letterRaw['name'], FIELD_LIMITS.name, lost),
    lender: field(letterRaw['lender'], FIELD_LIMITS.lender, lost),
    account: field(letterRaw['account'], FIELD_LIMITS.account, lost),
    agency: field(letterRaw['agency'], FIELD_LIMITS.agency, lost),
  });

  const notebook: Notebook = { version: NOTEBOOK_VERSION, incidents, followUps, evidence, letter };
  return { notebook, status: lost.count > 0 ? 'partial' : migrated ? 'migrated' : 'ok' };
}

/** Whether what is stored must be kept aside before a new notebook is written over it. */
export const mustKeepOriginal = (status: ReadStatus) => status === 'partial' || status === 'unreadable';

/** A new incident stamped with the device's clock. */
export function newIncident(now: Date, id: string): Incident {
  return { id, at: now.toISOString(), people: '', names: '', happened: [], notes: '', files: '' };
}

/** Taps on the notebook's "they are here" button this close together are one visit (flow.md: one incident per visit). */
export const SAME_VISIT_MS = 60_000;

/**
 * The "they are here" button pressed at `now`: the incident stamped less than a minute earlier, if there is one
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
