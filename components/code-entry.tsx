import { LOCALE_PATHS } from '@/content/locales';
import type { LocaleContent } from '@/content/types';

export type CodeEntryProps = { content: LocaleContent; mistaken?: boolean };

/** A plain GET form for a case code read aloud (works without JavaScript). */
export function CodeEntry({ content, mistaken = false }: CodeEntryProps) {
  const { ui, locale } = content;
  return (
    <div className="code-entry">
      <h1>{mistaken ? ui.codeWrongTitle : ui.codeTitle}</h1>
      <p className="lead">{mistaken ? ui.codeWrongBody : ui.codeLead}</p>
      <form method="get" action={LOCALE_PATHS[locale].code}>
        <label htmlFor="case-code">{ui.codeLabel}</label>
        <input id="case-code" name="code" autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={24} />
        <button type="submit" className="button button-primary">
          {ui.codeOpen}
        </button>
      </form>
      <a className="button button-secondary" href={`${LOCALE_PATHS[locale].guide}?v=1`}>
        {ui.startOver}
      </a>
    </div>
  );
}
