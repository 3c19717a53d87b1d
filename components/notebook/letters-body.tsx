'use client';

import { useId, useState } from 'react';
import { buildLetter, letterText } from '@/content/letter-text';
import type { LetterFacts, LetterId } from '@/machines/letters';
import type { LetterFields } from '@/machines/notebook';
import { copyText, useBrowserAbilities } from '../in-app';
import type { NotebookWords } from './notebook-words';
import { FIELD_LIMITS, updateNotebook, useNotebook } from './use-notebook';

/** How to send a letter, in the page's language (the letters themselves are in Chinese). */
export type HowToSend = (id: LetterId, facts: LetterFacts, lender: string) => string[];

export type LettersBodyProps = { letters: readonly LetterFacts[]; words: NotebookWords; howToSend: HowToSend };

const FIELDS = [
  ['name', 'fieldName'],
  ['lender', 'fieldLender'],
  ['account', 'fieldAccount'],
  ['agency', 'fieldAgency'],
] as const satisfies readonly (readonly [keyof LetterFields, keyof NotebookWords])[];

/**
 * The letters that fit this plan, filled from the facts the plan decided, the log and a few fields.
 * Built in the browser, kept on the device, copied, printed or downloaded by the user: nothing is sent.
 */
export default function LettersBody({ letters, words, howToSend }: LettersBodyProps) {
  const id = useId();
  const notebook = useNotebook();
  const [chosenId, setChosenId] = useState<LetterId>(letters[0]!.id);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { canPrint, canDownload } = useBrowserAbilities();
  const chosen = letters.find((letter) => letter.id === chosenId) ?? letters[0]!;

  const textOf = (facts: LetterFacts) => letterText(buildLetter(facts, notebook, new Date()));
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
    const link = Object.assign(document.createElement('a'), { href: url, download: `${words.letterNames[chosen.id]}.txt` });
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <>
      <div className="letters-controls">
        <label htmlFor={`${id}-letter`}>{words.chooseLetter}</label>
        <select id={`${id}-letter`} value={chosen.id} onChange={(event) => setChosenId(event.target.value as LetterId)}>
          {letters.map((letter) => (
            <option key={letter.id} value={letter.id}>
              {words.letterNames[letter.id]}
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
      <pre className="letter-text letter-chosen" lang="zh-CN" data-letter={chosen.id}>
        {text}
      </pre>
      {/* Every offered letter is in the page (flow.md, page contract); the others wait folded. */}
      {letters
        .filter((other) => other !== chosen)
        .map((other) => (
          <details key={other.id} className="other-letter">
            <summary>{words.letterNames[other.id]}</summary>
            <pre className="letter-text" lang="zh-CN" data-letter={other.id}>
              {textOf(other)}
            </pre>
          </details>
        ))}
      <div className="letters-controls">
        <h3>{words.howToSend}</h3>
        <ul className="bullets">
          {howToSend(chosen.id, chosen, notebook.letter.lender.trim() || words.fieldLender).map((line) => (
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
          <span role="status">{copied === 'copied' ? words.letterCopied : copied === 'failed' ? words.letterCopyFailed : ''}</span>
        </div>
      </div>
    </>
  );
}
