import type { ChannelId } from '@/content/ids';
import { blockText, nowActions, optionLabel, stepText } from '@/content/resolve';
import type { LocaleContent } from '@/content/types';
import type { PlanState, ResolvedGuide } from '@/machines/resolve-guide';
import { PrintedDate } from './printed-date';
import { ShareLinkText } from './share-link-text';
import { ShareQr } from './share-qr';

export type CaseSummaryProps = { state: ResolvedGuide & { plan: PlanState }; content: LocaleContent; href: string };

/**
 * Counsellor view, printed: one page with the answers, what to do now, the red flags, the numbers
 * to call, the QR code and link, and room for notes. The full plan follows it as an annex.
 */
export function CaseSummaryPrint({ state, content, href }: CaseSummaryProps) {
  const { ui } = content;
  const numbers = numbersOf(state.plan, content);
  return (
    <section className="print-only case-summary" aria-hidden="true" data-case-summary="">
      <h2>{ui.caseSummaryTitle}</h2>
      <p className="printed">
        {ui.printedOn}
        <PrintedDate />
      </p>
      {state.plan.redFlags.length > 0 && (
        <div className="red-flags">
          <h3>{ui.redFlagsTitle}</h3>
          <ul>
            {state.plan.redFlags.map((flag) => (
              <li key={flag}>{ui.redFlags[flag]}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>{ui.nowTitle}</h3>
      <ol>
        {nowActions(state.plan.now, content).map((action) => (
          <li key={action.block.id}>{action.text}</li>
        ))}
      </ol>
      <h3>{ui.answersSummaryTitle}</h3>
      <dl className="summary-compact">
        {state.summary.map((entry) => {
          const text = stepText(content.steps[entry.step], entry.variant);
          return (
            <div key={entry.step}>
              <dt>{text.short ?? text.title}</dt>
              <dd>{entry.values.map((code) => optionLabel(text, code)).join(ui.listSeparator)}</dd>
            </div>
          );
        })}
      </dl>
      <div className="summary-side">
        <div>
          <h3>{ui.numbersTitle}</h3>
          <ul className="numbers">
            {numbers.map((id) => (
              <li key={id}>
                <strong>{content.channels[id].telLabel ?? content.channels[id].tel}</strong> {content.channels[id].name}
              </li>
            ))}
          </ul>
          <p className="summary-link">
            {ui.codeShort}
            {ui.colon}
            <strong>{state.plan.codeToRead}</strong>
          </p>
          <ShareLinkText href={href} />
        </div>
        <ShareQr href={href} label={ui.qrLabel} />
      </div>
      <p className="label">{ui.adviserNotes}</p>
      <div className="notes-lines" />
    </section>
  );
}

/** Every number the plan gives to call, once, in plan order. */
function numbersOf(plan: PlanState, content: LocaleContent): ChannelId[] {
  const ids = plan.sections.flatMap((section) => section.blocks.flatMap((block) => blockText(content, block).channels));
  return [...new Set(ids)].filter((id) => content.channels[id].tel);
}
