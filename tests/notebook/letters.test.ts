import { buildLetter, letterText } from '@/content/letter-text';
import { CONDUCT, POINTS } from '@/content/zh-CN/letters/words';
import { letterFacts, lettersFor, LETTER_IDS, type Conduct } from '@/machines/letters';
import { emptyNotebook, type Notebook } from '@/machines/notebook';
import { parseQuery } from '@/machines/query';
import { replay } from '@/machines/replay';
import { PLAN_ROWS, planRow } from '../helpers/plan-rows';

const answersOf = (query: string) => replay(parseQuery(new URLSearchParams(query)).answers).answers;
const NOW = new Date('2026-11-29T09:30:00+08:00');

const LOG: Notebook = {
  ...emptyNotebook(),
  incidents: [
    {
      id: 'b',
      at: '2026-11-29T03:12:00+08:00',
      people: '3',
      names: '自称“某某资产管理”的王某',
      happened: ['night-visit', 'entered'],
      notes: '敲门二十分钟，让走不走',
      files: 'VID_20261129_0312.mp4',
    },
    { id: 'a', at: '2026-11-27T22:40:00+08:00', people: '2', names: '', happened: ['threats'], notes: '', files: '' },
  ],
  letter: { name: '李华', lender: '某某银行信用卡中心', account: '1234', agency: '某某资产管理有限公司' },
};

/** Every situation of the plan-rules table, and a few more that only letters care about. */
const SITUATIONS: [string, string][] = [
  ...PLAN_ROWS.map((row): [string, string] => [row.name, row.query]),
  [
    'borrower, consumer finance, contacts and workplace',
    'v=1&situation=remote&role=borrower&claims=lender&id-shown=shown&payment=no&debt=yes&lender-type=consumer-finance&terms=none&negotiate=not-now&happened=contacts&happened=workplace&happened=calls&feeling=coping',
  ],
  [
    'borrower, loan app, exposed online',
    'v=1&situation=remote&role=borrower&claims=agency&id-shown=shown&payment=no&debt=yes&lender-type=app&terms=none&negotiate=yes&happened=exposed&happened=calls&feeling=struggling',
  ],
];

/** Words a letter may use only when the user reported a conduct that says them (flow.md, Principles). */
const GUARDED_WORDS: [string, readonly Conduct[]][] = [
  ['跟踪', ['followed']],
  ['蹲守', ['followed']],
  ['纠缠', ['followed']],
  ['进屋', ['forced-in', 'would-not-leave-home', 'entered']],
  ['进入住宅', ['forced-in', 'would-not-leave-home', 'entered']],
  ['进了家门', ['forced-in']],
  ['威胁', ['threatened-harm', 'threats']],
  ['辱骂', ['threats']],
  ['学校', ['relatives', 'followed']],
  ['老家', ['relatives']],
  ['到单位', ['workplace']],
  ['晚上', ['night-visit']],
  ['22:00', ['night-visit']],
  ['夜间', ['night-visit']],
  ['多次', []],
  ['反复', []],
];

const WITH_LETTERS = SITUATIONS.filter(([, query]) => lettersFor(answersOf(query)).length > 0);

describe.each(WITH_LETTERS)('letters state only the user’s facts: %s', (_name, query) => {
  const answers = answersOf(query);
  test.each(lettersFor(answers))('%s', (id) => {
    const facts = letterFacts(id, answers);
    const letter = buildLetter(facts, emptyNotebook(), NOW);
    const text = letterText(letter);
    // No conduct the user did not give, not even in other words.
    const unsaid = (Object.keys(CONDUCT) as Conduct[]).filter((code) => !facts.conduct.includes(code));
    for (const code of unsaid) expect(text).not.toContain(CONDUCT[code]);
    for (const [word, sayers] of GUARDED_WORDS) {
      if (!sayers.some((code) => facts.conduct.includes(code))) expect(text).not.toContain(word);
    }
    // No rule the facts do not support: every citation comes from the facts' points.
    const supported = new Set(facts.points.flatMap((point) => POINTS[point].cites));
    expect(letter.legalBasis.filter((id) => !supported.has(id))).toEqual([]);
  });
});

describe('letter rules', () => {
  test('each letter is offered by some situation', () => {
    const offered = new Set(SITUATIONS.flatMap(([, query]) => lettersFor(answersOf(query))));
    expect([...offered].sort()).toEqual([...LETTER_IDS].sort());
  });

  test('no negotiation letter for an old debt: a written proposal would count as agreeing to pay', () => {
    const answers = answersOf(planRow('an old debt warns before negotiating and explains the limitation period').query);
    expect(lettersFor(answers)).not.toContain('negotiation-request');
  });

  test('the no-contact order is asked for only when the user was followed, never for threats alone', () => {
    const threats = answersOf(planRow('threats alone: no stay-away order').query);
    expect(letterFacts('police-statement', threats).points).not.toContain('no-contact-order');
    const followed = answersOf(planRow('followed, or threats with relatives, opens Right now with the 110 line').query.replace('happened=threats&happened=relatives', 'happened=followed'));
    expect(letterFacts('police-statement', followed).points).toContain('no-contact-order');
  });

  test('waiting in the corridor is never called entering the home', () => {
    const answers = answersOf(planRow('people waiting in the corridor are blocking, not intruding').query);
    const facts = letterFacts('police-statement', answers);
    expect(facts.conduct).toContain('waited-outside');
    expect(facts.points).not.toContain('home-entry');
    expect(letterText(buildLetter(letterFacts('police-statement', answers), emptyNotebook(), NOW))).not.toMatch(/进屋|进入住宅|侵入/);
  });

  test('a letter carries the times of both logged visits, oldest first', () => {
    const answers = answersOf(SITUATIONS[0]![1]);
    const text = letterText(buildLetter(letterFacts('lender-complaint', answers), LOG, NOW));
    const first = text.indexOf('2026年11月27日 22:40');
    const second = text.indexOf('2026年11月29日 03:12');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
  });

  test('a family member’s letter never admits the debt', () => {
    const answers = answersOf(planRow('a family member who did not sign is never offered repayment negotiation').query);
    expect(letterFacts('not-my-debt', answers).writer).toBe('family');
    for (const id of lettersFor(answers)) {
      const text = letterText(buildLetter(letterFacts(id, answers), LOG, NOW));
      for (const admission of ['我欠', '本人欠', '我的欠款', '我借的', '本人借款', '承认', '确认欠款', '欠款余额为']) {
        expect(text).not.toContain(admission);
      }
    }
    expect(lettersFor(answers)).not.toContain('negotiation-request');
  });

  test('the regulator letter quotes the recorded complaint: its date, its ticket and the reply', () => {
    const answers = answersOf(SITUATIONS[0]![1]);
    const facts = letterFacts('regulator-complaint', answers);
    const complained: Notebook = {
      ...LOG,
      followUps: [
        { id: 'c', kind: 'lender-complaint', on: '2026-11-30', reference: 'TS-2026-0042' },
        { id: 'r', kind: 'reply', on: '2026-12-06', reference: '', from: 'lender', solved: false },
      ],
    };
    expect(letterText(buildLetter(facts, complained, NOW))).toContain('我已于2026年11月30日向该机构投诉（投诉编号：TS-2026-0042），2026年12月6日收到答复，问题没有解决。');
    const unanswered = { ...complained, followUps: complained.followUps.slice(0, 1) };
    expect(letterText(buildLetter(facts, unanswered, NOW))).toContain('我已于2026年11月30日向该机构投诉（投诉编号：TS-2026-0042），截至2026年11月29日，没有收到处理决定。');
    expect(letterText(buildLetter(facts, LOG, NOW))).toContain('我已于____年__月__日向该机构投诉');
  });

  test('empty fields leave blanks to fill in, never "undefined"', () => {
    const answers = answersOf(SITUATIONS[0]![1]);
    for (const id of lettersFor(answers)) {
      const text = letterText(buildLetter(letterFacts(id, answers), emptyNotebook(), NOW));
      expect(text).toContain('____');
      expect(text).not.toMatch(/undefined|null|NaN/);
    }
  });
});

// Letters are outcomes: a few are snapshotted, so any change to their text is reviewed.
describe.each(SITUATIONS.slice(0, 3))('letter text: %s', (_name, query) => {
  const answers = answersOf(query);
  test.each(lettersFor(answers))('%s', (id) => {
    expect(letterText(buildLetter(letterFacts(id, answers), LOG, NOW))).toMatchSnapshot();
  });
});
