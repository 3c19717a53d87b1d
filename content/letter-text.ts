import type { LetterFacts } from '@/machines/letters';
import type { FollowUp } from '@/machines/follow-up';
import type { Incident, Notebook } from '@/machines/notebook';
import type { Letter, LetterIncident, LetterInput } from './letter-types';
import statutes from './statutes';
import happenedStep from './zh-CN/steps/happened';
import dangerStep from './zh-CN/steps/danger';
import templates from './zh-CN/letters';

/**
 * Letters are written in zh-CN whatever the page's language: they go to Chinese institutions.
 * This module assembles one from a template, the answers and the notebook; the browser loads it
 * only when a plan shows the letters panel.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026年11月29日 03:12, in the device's time zone. */
export const chineseDateTime = (date: Date) =>
  `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
export const chineseDate = (date: Date) => `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;

function happenedLabel(code: string): string {
  if (code === 'holding') return dangerStep.options.holding.label;
  return (happenedStep.options as Record<string, { label: string }>)[code]?.label ?? code;
}

/** A letter tells what happened in order: oldest first. */
function incidentsOf(incidents: readonly Incident[]): LetterIncident[] {
  return [...incidents]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((incident) => ({
      when: chineseDateTime(new Date(incident.at)),
      people: incident.people,
      names: incident.names,
      what: incident.happened.map(happenedLabel).join('、'),
      notes: incident.notes,
      files: incident.files,
    }));
}

/** A recorded day ('2026-12-01') as written in a letter. */
const chineseDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The latest complaint to the lender, and the lender's reply after it, from the follow-up entries. */
function complaintOf(followUps: readonly FollowUp[]): LetterInput['complaint'] {
  const byDay = [...followUps].sort((a, b) => a.on.localeCompare(b.on));
  const complaint = byDay.filter((entry) => entry.kind === 'lender-complaint').at(-1);
  if (!complaint) return undefined;
  const reply = byDay.filter((entry) => entry.kind === 'reply' && entry.from === 'lender' && entry.on >= complaint.on).at(-1);
  return {
    on: chineseDay(complaint.on),
    ticket: complaint.reference,
    reply: reply && { on: chineseDay(reply.on), solved: reply.solved },
  };
}

/** One letter, from the facts the plan decided and what the user wrote in the notebook. */
export function buildLetter(
  facts: LetterFacts,
  notebook: Pick<Notebook, 'letter' | 'incidents'> & Partial<Pick<Notebook, 'followUps'>>,
  now: Date,
): Letter {
  return templates[facts.id]({
    facts,
    fields: notebook.letter,
    incidents: incidentsOf(notebook.incidents),
    today: chineseDate(now),
    complaint: complaintOf(notebook.followUps ?? []),
  });
}

/** The letter as plain text: what is copied, downloaded and printed. */
export function letterText(letter: Letter): string {
  const numbered = (lines: readonly string[]) => lines.map((line, index) => `${index + 1}. ${line}`);
  // Several catalogue entries can share one citation (an unnumbered guideline): list it once.
  const citations = [
    ...new Set(
      letter.legalBasis.map((id) => {
        const statute = statutes[id];
        const title = statute.instrument.includes('《') ? statute.instrument : `《${statute.instrument}》`;
        return `${title}${statute.article ?? ''}`;
      }),
    ),
  ];
  return [
    letter.title,
    '',
    letter.recipient,
    '',
    ...letter.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(letter.requests.length ? ['我的请求：', ...numbered(letter.requests), ''] : []),
    ...(citations.length ? ['依据：', ...numbered(citations), ''] : []),
    ...(letter.attachments.length ? ['附件：', ...numbered(letter.attachments), ''] : []),
    ...letter.signature,
  ].join('\n');
}
