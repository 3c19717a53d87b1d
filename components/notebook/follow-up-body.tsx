'use client';

import { useId, useState } from 'react';
import type { FollowUpStepWords, FollowUpWords } from '@/content/follow-up-types';
import type { ChannelId } from '@/content/ids';
import { buildLetter, letterText } from '@/content/letter-text';
import type { Channel } from '@/content/schema';
import statutes from '@/content/statutes';
import type { FollowUp, FollowUpKind, FollowUpRoute, NextStep, ReplyFrom } from '@/machines/follow-up';
import type { LetterFacts } from '@/machines/letters';
import { Citations } from '../citation';
import { copyText, useBrowserAbilities } from '../in-app';
import { FIELD_LIMITS, FOLLOW_UP_KINDS, nextSteps, REPLY_FROM, updateNotebook, useNotebook } from './use-notebook';

export type FollowUpBodyProps = {
  route: FollowUpRoute;
  regulatorLetter?: LetterFacts;
  words: FollowUpWords;
  channels: Record<ChannelId, Channel>;
  lang: string;
};

const pad = (n: number) => String(n).padStart(2, '0');
/** A day on the device's calendar, as the clock counts it ('2026-12-01'). */
const dayOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const formatDay = (day: string, lang: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString(lang, { dateStyle: 'long', timeZone: 'UTC' });
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

const wordsOf = (words: FollowUpWords, step: NextStep): FollowUpStepWords =>
  (words.steps[step.kind] as Record<string, FollowUpStepWords>)[step.variant]!;

/**
 * The follow-up clock: the next steps (past-due first), what was done, and a form to note the next
 * thing. Dates are worked out by the notebook's rules from what is noted; nothing is sent anywhere.
 */
export default function FollowUpBody({ route, regulatorLetter, words, channels, lang }: FollowUpBodyProps) {
  const notebook = useNotebook();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { canPrint } = useBrowserAbilities();
  const now = new Date();
  const today = dayOf(now);
  const steps = nextSteps({
    route,
    entries: notebook.followUps,
    incidents: notebook.incidents.map((incident) => dayOf(new Date(incident.at))),
    today,
  });
  const done = [...notebook.followUps].sort((a, b) => b.on.localeCompare(a.on));
  const letter = regulatorLetter && letterText(buildLetter(regulatorLetter, notebook, now));

  const copy = async () => setCopied((await copyText(asText(words, steps, done, lang, letter))) ? 'copied' : 'failed');
  const print = () => {
    document.body.classList.add('printing-follow-up');
    window.print();
    document.body.classList.remove('printing-follow-up');
  };

  return (
    <div className="follow-up-body">
      <h3>{words.nextTitle}</h3>
      {steps.length === 0 ? (
        <p>{words.nothingNext}</p>
      ) : (
        <ol className="next-steps">
          {steps.map((step) => (
            <NextStepItem key={step.kind} step={step} words={words} channels={channels} lang={lang} letter={letter} />
          ))}
        </ol>
      )}
      <h3>{words.doneTitle}</h3>
      {done.length === 0 ? (
        <p>{words.noneDone}</p>
      ) : (
        <ul className="entries">
          {done.map((entry) => (
            <DoneItem key={entry.id} entry={entry} words={words} lang={lang} />
          ))}
        </ul>
      )}
      <RecordForm words={words} today={today} />
      <div className="share-actions">
        <button type="button" className="button button-secondary" onClick={copy}>
          {words.copyAll}
        </button>
        {canPrint && (
          <button type="button" className="button button-secondary" onClick={print}>
            {words.print}
          </button>
        )}
        <span role="status">{copied === 'copied' ? words.copied : copied === 'failed' ? words.copyFailed : ''}</span>
      </div>
    </div>
  );
}

type StepProps = { step: NextStep; words: FollowUpWords; channels: Record<ChannelId, Channel>; lang: string; letter?: string };

function NextStepItem({ step, words, channels, lang, letter }: StepProps) {
  const said = wordsOf(words, step);
  const lines = step.pastDue && said.pastLines ? said.pastLines : said.lines;
  return (
    <li data-next={step.kind} className={step.pastDue ? 'next-step past-due' : 'next-step'}>
      <h4>{said.title}</h4>
      {step.pastDue && <p className="past-due-label">{words.pastDue}</p>}
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {step.from && said.fromLabel && (
        <p>
          {said.fromLabel}
          <time dateTime={step.from}>{formatDay(step.from, lang)}</time>
        </p>
      )}
      {step.due && (
        <p className="deadline">
          {said.dueLabel}
          <strong>
            <time data-deadline={step.kind} dateTime={step.due}>
              {formatDay(step.due, lang)}
            </time>
          </strong>
        </p>
      )}
      {step.extended?.map((day, index) => (
        <p key={day} className="deadline">
          {said.extendedLabels?.[index]}
          <time data-deadline={`${step.kind}-extended`} dateTime={day}>
            {formatDay(day, lang)}
          </time>
        </p>
      ))}
      {said.channels && (
        <div className="share-actions">
          {said.channels.map((id) => {
            const channel = channels[id];
            return channel.tel ? (
              <a key={id} className="button button-secondary" href={`tel:${channel.tel}`}>
                {channel.name}
              </a>
            ) : (
              <span key={id}>{channel.name}</span>
            );
          })}
        </div>
      )}
      {said.legalBasis && (
        <p className="basis-line">
          {words.basis}
          <Citations statutes={said.legalBasis.map((id) => statutes[id])} separator={words.listSeparator} />
        </p>
      )}
      {step.kind === 'complain-regulator' && letter && (
        <details className="other-letter" open>
          <summary>{words.letterTitle}</summary>
          <pre className="letter-text" lang="zh-CN" data-letter="regulator-complaint">
            {letter}
          </pre>
        </details>
      )}
    </li>
  );
}

function DoneItem({ entry, words, lang }: { entry: FollowUp; words: FollowUpWords; lang: string }) {
  const remove = () => {
    if (window.confirm(words.confirmRemove)) {
      updateNotebook((notebook) => ({ ...notebook, followUps: notebook.followUps.filter((other) => other.id !== entry.id) }));
    }
  };
  return (
    <li data-followup={entry.kind} className="entry">
      <p>
        <strong>
          <time dateTime={entry.on}>{formatDay(entry.on, lang)}</time>
        </strong>{' '}
        {doneLine(words, entry)}
      </p>
      <button type="button" className="button button-secondary" onClick={remove}>
        {words.remove}
      </button>
    </li>
  );
}

/** One done entry in words: what, who replied, and the number the user noted. */
function doneLine(words: FollowUpWords, entry: FollowUp): string {
  const kind = words.kinds[entry.kind];
  const reply = entry.kind === 'reply' && entry.from ? ` · ${words.replyFrom[entry.from]} · ${entry.solved ? words.solved : words.notSolved}` : '';
  const reference = entry.reference && kind.reference ? ` · ${kind.reference} ${entry.reference}` : '';
  return `${kind.label}${reply}${reference}`;
}

function RecordForm({ words, today }: { words: FollowUpWords; today: string }) {
  const id = useId();
  const [kind, setKind] = useState<FollowUpKind>('police-report');
  const [on, setOn] = useState(today);
  const [reference, setReference] = useState('');
  const [from, setFrom] = useState<ReplyFrom>('lender');
  const [solved, setSolved] = useState(false);
  const referenceLabel = words.kinds[kind].reference;
  const valid = isDay(on) && on <= today;
  const save = () => {
    const entry: FollowUp = {
      id: newId(),
      kind,
      on,
      reference: referenceLabel ? reference.trim() : '',
      ...(kind === 'reply' ? { from, solved } : {}),
    };
    updateNotebook((notebook) => ({ ...notebook, followUps: [...notebook.followUps, entry] }));
    setReference('');
    setSolved(false);
  };
  // Inputs carry no `name`: nothing here is ever submitted anywhere.
  return (
    <div className="entry-form follow-up-form">
      <h3>{words.recordTitle}</h3>
      <fieldset>
        <legend>{words.whatLabel}</legend>
        <div className="options">
          {FOLLOW_UP_KINDS.map((code) => (
            <div key={code} className="option">
              <label>
                <input type="radio" name={`${id}-kind`} checked={kind === code} onChange={() => setKind(code)} />
                <span>{words.kinds[code].label}</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <label htmlFor={`${id}-on`}>{words.dateLabel}</label>
      <input id={`${id}-on`} type="date" value={on} max={today} onChange={(event) => setOn(event.target.value)} />
      {kind === 'reply' && (
        <fieldset>
          <legend>{words.replyFromLabel}</legend>
          <div className="options">
            {REPLY_FROM.map((code) => (
              <div key={code} className="option">
                <label>
                  <input type="radio" name={`${id}-from`} checked={from === code} onChange={() => setFrom(code)} />
                  <span>{words.replyFrom[code]}</span>
                </label>
              </div>
            ))}
          </div>
          <div className="option">
            <label>
              <input type="checkbox" checked={solved} onChange={(event) => setSolved(event.target.checked)} />
              <span>{words.solvedLabel}</span>
            </label>
          </div>
        </fieldset>
      )}
      {referenceLabel && (
        <>
          <label htmlFor={`${id}-reference`}>{referenceLabel}</label>
          <input
            id={`${id}-reference`}
            value={reference}
            onChange={(event) => setReference(event.target.value)}
            maxLength={FIELD_LIMITS.reference}
            autoComplete="off"
          />
        </>
      )}
      <button type="button" className="button button-primary" onClick={save} disabled={!valid}>
        {words.save}
      </button>
    </div>
  );
}

/** Everything the clock shows, as plain text: what is copied (in-app browsers cannot print). */
function asText(words: FollowUpWords, steps: readonly NextStep[], done: readonly FollowUp[], lang: string, letter?: string): string {
  const stepLines = steps.flatMap((step, index) => {
    const said = wordsOf(words, step);
    const due = step.due ? ` ${said.dueLabel ?? ''}${formatDay(step.due, lang)}` : '';
    const past = step.pastDue ? ` (${words.pastDue})` : '';
    return [`${index + 1}. ${said.title}${due}${past}`];
  });
  const hasRegulatorStep = steps.some((step) => step.kind === 'complain-regulator');
  return [
    words.nextTitle,
    ...(stepLines.length ? stepLines : [words.nothingNext]),
    '',
    words.doneTitle,
    ...(done.length ? done.map((entry) => `${formatDay(entry.on, lang)} ${doneLine(words, entry)}`) : [words.noneDone]),
    ...(hasRegulatorStep && letter ? ['', words.letterTitle, '', letter] : []),
  ].join('\n');
}
