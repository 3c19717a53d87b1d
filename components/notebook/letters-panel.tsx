'use client';

import { useEffect, useId, useState } from 'react';
import type { Locale } from '@/content/locales';
import type { UiWords } from '@/content/zh-CN/ui';
import type { Answers } from '@/machines/answers';
import { letterFacts, type LetterId } from '@/machines/letters';
import { FIELD_LIMITS, type LetterFields } from '@/machines/notebook';
import { copyText, useBrowserAbilities } from '../in-app';
import { updateNotebook, useIsClient, useNotebook } from './use-notebook';

type LetterModule = typeof import('@/content/letter-text');
type HelpModule = Pick<typeof import('@/content/zh-CN/letter-help'), 'howToSend'>;

/** How to send a letter, in the page's language (the letters themselves are in Chinese). */
const HELP: Record<Locale, () => Promise<HelpModule>> = {
  'zh-CN': () => import('@/content/zh-CN/letter-help'),
  en: () => import('@/content/en/letter-help'),
};

export type LettersPanelProps = {
  letters: readonly LetterId[];
  answers: Answers;
  words: UiWords['notebook'];
  locale: Locale;
};

const FIELDS = [
  ['name', 'fieldName'],
  ['lender', 'fieldLender'],
  ['account', 'fieldAccount'],
  ['agency', 'fieldAgency'],
] as const satisfies readonly (readonly [keyof LetterFields, keyof UiWords['notebook']])[];

/**
 * The letters that fit this plan, filled from the answers, the log and a few fields. Built in the
 * browser (the templates load with the first plan), kept on the device, copied, printed or
 * downloaded by the user: nothing is sent.
 */
export function LettersPanel({ letters, answers, words, locale }: LettersPanelProps) {
  const id = useId();
  const isClient = useIsClient();
  const notebook = useNotebook();
  const [chosen, setChosen] = useState<LetterId | undefined>(letters[0]);
  const [module, setModule] = useState<LetterModule>();
  const [help, setHelp] = useState<HelpModule>();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { canPrint, canDownload } = useBrowserAbilities();
  useEffect(() => {
    // Offline before these were ever loaded: the panel stays without them.
    import('@/content/letter-text')
      .then(setModule)
      .catch(() => undefined);
    HELP[locale]()
      .then(setHelp)
      .catch(() => undefined);
  }, [locale]);
  if (!isClient || letters.length === 0 || !chosen) return null;

  const textOf = (id: LetterId) => (module ? module.letterText(module.buildLetter(id, answers, notebook, new Date())) : '');
  const text = textOf(chosen);
  const setField = (field: keyof LetterFields) => (event: { target: { value: string } }) =>
    updateNotebook((book) => ({ ...book, letter: { ...book.letter, [field]: event.target.value } }));
  // Says honestly when copying failed (in-app browsers): then the person long-presses the text.
  const copy = async () => setCopied((await copyText(text)) ? 'copied' : 'failed');
  const print = () => {
    document.body.classList.add('printing-letter');
    window.print();
    document.body.classList.remove('printing-letter');
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${words.letterNames[chosen]}.txt` });
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <section className="letters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{words.lettersTitle}</h2>
      <div className="letters-controls">
        <p className="help">{words.lettersLead}</p>
        <label htmlFor={`${id}-letter`}>{words.chooseLetter}</label>
        <select id={`${id}-letter`} value={chosen} onChange={(event) => setChosen(event.target.value as LetterId)}>
          {letters.map((letterId) => (
            <option key={letterId} value={letterId}>
              {words.letterNames[letterId]}
            </option>
          ))}
        </select>
        {FIELDS.map(([field, label]) => (
          <div key={field}>
            <label htmlFor={`${id}-${field}`}>{words[label]}</label>
            <input
              id={`${id}-${field}`}
              value={notebook.letter[field]}
              onChange={setField(field)}
              maxLength={FIELD_LIMITS[field]}
              autoComplete="off"
            />
          </div>
        ))}
      </div>
      <pre className="letter-text letter-chosen" lang="zh-CN" data-letter={chosen}>
        {text}
      </pre>
      {/* Every offered letter is in the page (flow.md, page contract); the others wait folded. */}
      {letters
        .filter((other) => other !== chosen)
        .map((other) => (
          <details key={other} className="other-letter">
            <summary>{words.letterNames[other]}</summary>
            <pre className="letter-text" lang="zh-CN" data-letter={other}>
              {textOf(other)}
            </pre>
          </details>
        ))}
      {module && (
        <div className="letters-controls">
          <h3>{words.howToSend}</h3>
          <ul className="bullets">
            {help?.howToSend(chosen, letterFacts(chosen, answers), notebook.letter.lender.trim() || words.fieldLender).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div className="share-actions">
            <button type="button" className="button button-secondary" onClick={copy}>
              {words.copyLetter}
            </button>
            {canPrint && (
              <button type="button" className="button button-secondary" onClick={print}>
                {words.printLetter}
              </button>
            )}
            {canDownload && (
              <button type="button" className="button button-secondary" onClick={download}>
                {words.downloadLetter}
              </button>
            )}
            <span role="status">
              {copied === 'copied' ? words.letterCopied : copied === 'failed' ? words.letterCopyFailed : ''}
            </span>
          </div>
        </div>
      )}
    </section>
  );
}
