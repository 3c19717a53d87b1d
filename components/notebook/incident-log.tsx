'use client';

import { useId, useState } from 'react';
import type { NotebookWords } from '@/content/zh-CN/notebook-words';
import type { Incident } from '@/machines/notebook';
import { FIELD_LIMITS, newestFirst, stampVisit, updateNotebook, useNotebook } from './use-notebook';

export type QuickPick = { code: string; label: string };
export type IncidentLogProps = { words: NotebookWords; picks: readonly QuickPick[]; lang: string };

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * The incident log: one big button stamps the time, then optional details. Entries are edited
 * in place, deleted after a confirmation, listed newest first, and kept on this device only.
 */
export function IncidentLog({ words, picks, lang }: IncidentLogProps) {
  const { incidents } = useNotebook();
  const [editing, setEditing] = useState<string>();
  const stamp = () => {
    let stamped = '';
    updateNotebook((notebook) => {
      const visit = stampVisit(notebook, new Date(), newId());
      stamped = visit.incidentId;
      return visit.notebook;
    });
    setEditing(stamped);
  };
  return (
    <div className="incident-log">
      <p className="help">{words.onDevice}</p>
      <button type="button" className="button button-primary button-large" onClick={stamp}>
        {words.theyAreHere}
      </button>
      <h3>{words.entries}</h3>
      {incidents.length === 0 && <p>{words.empty}</p>}
      <ol className="entries">
        {newestFirst(incidents).map((incident) => (
          <li key={incident.id} data-incident={incident.id}>
            {editing === incident.id ? (
              <IncidentForm incident={incident} words={words} picks={picks} lang={lang} onDone={() => setEditing(undefined)} />
            ) : (
              <IncidentSummary incident={incident} words={words} picks={picks} lang={lang} onEdit={() => setEditing(incident.id)} />
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

const formatTime = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });

type EntryProps = { incident: Incident; words: NotebookWords; picks: readonly QuickPick[]; lang: string };

function IncidentSummary({ incident, words, picks, lang, onEdit }: EntryProps & { onEdit: () => void }) {
  const what = picks.filter((pick) => incident.happened.includes(pick.code)).map((pick) => pick.label);
  const remove = () => {
    if (window.confirm(words.confirmRemove)) {
      updateNotebook((notebook) => ({ ...notebook, incidents: notebook.incidents.filter((i) => i.id !== incident.id) }));
    }
  };
  return (
    <div className="entry">
      <p>
        <strong>
          <time dateTime={incident.at}>{formatTime(incident.at, lang)}</time>
        </strong>
      </p>
      {incident.people && <p>{words.people}{words.colon}{incident.people}</p>}
      {incident.names && <p>{words.names}{words.colon}{incident.names}</p>}
      {what.length > 0 && <p>{what.join(words.listSeparator)}</p>}
      {incident.notes && <p>{incident.notes}</p>}
      {incident.files && <p>{words.files}{words.colon}{incident.files}</p>}
      <div className="entry-actions">
        <button type="button" className="button button-secondary" onClick={onEdit}>
          {words.edit}
        </button>
        <button type="button" className="button button-secondary" onClick={remove}>
          {words.remove}
        </button>
      </div>
    </div>
  );
}

function IncidentForm({ incident, words, picks, lang, onDone }: EntryProps & { onDone: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState(incident);
  const set = (field: 'people' | 'names' | 'notes' | 'files') => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [field]: event.target.value });
  const toggle = (code: string) =>
    setDraft({
      ...draft,
      happened: draft.happened.includes(code) ? draft.happened.filter((c) => c !== code) : [...draft.happened, code],
    });
  const save = () => {
    updateNotebook((notebook) => ({
      ...notebook,
      incidents: notebook.incidents.map((i) => (i.id === incident.id ? draft : i)),
    }));
    onDone();
  };
  // Inputs carry no `name`: nothing here is ever submitted anywhere.
  return (
    <div className="entry entry-form">
      <p>
        {words.stamped}
        <strong>
          <time dateTime={draft.at}>{formatTime(draft.at, lang)}</time>
        </strong>
      </p>
      <label htmlFor={`${id}-people`}>{words.people}</label>
      <input id={`${id}-people`} inputMode="numeric" value={draft.people} onChange={set('people')} maxLength={FIELD_LIMITS.people} />
      <label htmlFor={`${id}-names`}>{words.names}</label>
      <input id={`${id}-names`} value={draft.names} onChange={set('names')} maxLength={FIELD_LIMITS.names} />
      <fieldset>
        <legend>{words.what}</legend>
        <div className="options">
          {picks.map((pick) => (
            <div key={pick.code} className="option">
              <label>
                <input type="checkbox" checked={draft.happened.includes(pick.code)} onChange={() => toggle(pick.code)} />
                <span>{pick.label}</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <label htmlFor={`${id}-notes`}>{words.notes}</label>
      <textarea id={`${id}-notes`} value={draft.notes} onChange={set('notes')} rows={3} maxLength={FIELD_LIMITS.notes} />
      <label htmlFor={`${id}-files`}>{words.files}</label>
      <input id={`${id}-files`} value={draft.files} onChange={set('files')} maxLength={FIELD_LIMITS.files} />
      <button type="button" className="button button-primary" onClick={save}>
        {words.save}
      </button>
    </div>
  );
}
