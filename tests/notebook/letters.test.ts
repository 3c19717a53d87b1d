import { buildLetter, letterText } from '@/content/letter-text';
import { statuteSchema } from '@/content/schema';
import statutes from '@/content/statutes';
import { letterFacts, lettersFor, LETTER_IDS, type LetterId } from '@/machines/letters';
import { emptyNotebook, type Notebook } from '@/machines/notebook';
import { parseQuery } from '@/machines/query';
import { replay } from '@/machines/replay';

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

// Letters are outcomes: their text is snapshotted per situation, so any change to it is reviewed.
const SITUATIONS: [string, string][] = [
  ['borrower, bank, night visit and entry', 'v=1&situation=at-door&danger=refuse-leave&emergency=safe&role=borrower&time=night&calm=ok&claims=agency&id-shown=refused&payment=no&debt=yes&lender-type=bank&terms=none&negotiate=yes&happened=night-visit&happened=entered&feeling=coping'],
  ['borrower, consumer finance, contacts and workplace', 'v=1&situation=remote&role=borrower&claims=lender&id-shown=shown&payment=no&debt=yes&lender-type=consumer-finance&terms=none&negotiate=not-now&happened=contacts&happened=workplace&happened=calls&feeling=coping'],
  ['borrower, loan app, exposed online', 'v=1&situation=remote&role=borrower&claims=agency&id-shown=shown&payment=no&debt=yes&lender-type=app&terms=none&negotiate=yes&happened=exposed&happened=calls&feeling=struggling'],
  ['borrower, private lender, illegal lending and threats', 'v=1&situation=visited&role=borrower&time=night&calm=ok&claims=unknown&id-shown=refused&payment=no&debt=yes&lender-type=private&terms=short-term&terms=less-received&negotiate=yes&happened=threats&happened=damage&feeling=coping'],
  ['family member who did not sign, app loan, relatives', 'v=1&situation=at-door&danger=none&role=family&time=night&calm=ok&claims=agency&id-shown=shown&payment=no&debt=yes&lender-type=app&happened=night-visit&happened=relatives&feeling=coping'],
  ['stranger, wrong person', 'v=1&situation=remote&role=not-related&claims=lender&id-shown=refused&payment=no&happened=calls&feeling=coping'],
  ['identity theft', 'v=1&situation=remote&role=borrower&claims=lender&id-shown=verified&payment=no&debt=not-mine&happened=calls&feeling=coping'],
  ['co-signed family member negotiating with a bank', 'v=1&situation=visited&role=family&time=day&calm=ok&claims=agency&id-shown=shown&payment=no&debt=co-signed&lender-type=bank&terms=none&negotiate=yes&happened=none&feeling=coping'],
  ['car taken, car finance', 'v=1&situation=visited&role=borrower&time=day&calm=ok&claims=lender&id-shown=shown&payment=no&debt=yes&lender-type=car&terms=inflated&negotiate=not-now&happened=car-taken&feeling=coping'],
];

describe.each(SITUATIONS)('letters: %s', (_name, query) => {
  const answers = answersOf(query);
  test.each(lettersFor(answers))('%s', (id) => {
    expect(letterText(buildLetter(id, answers, LOG, NOW))).toMatchSnapshot();
  });
});

describe('letter rules', () => {
  test('each letter is offered by some situation above', () => {
    const offered = new Set(SITUATIONS.flatMap(([, query]) => lettersFor(answersOf(query))));
    expect([...offered].sort()).toEqual([...LETTER_IDS].sort());
  });

  test('a letter carries the times of both logged visits, oldest first', () => {
    const text = letterText(buildLetter('police-statement', answersOf(SITUATIONS[0]![1]), LOG, NOW));
    const first = text.indexOf('2026年11月27日 22:40');
    const second = text.indexOf('2026年11月29日 03:12');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
  });

  test('every legal claim is a catalogue citation, printed under 依据', () => {
    for (const [, query] of SITUATIONS) {
      const answers = answersOf(query);
      for (const id of lettersFor(answers)) {
        const letter = buildLetter(id, answers, LOG, NOW);
        const text = letterText(letter);
        for (const statute of letter.legalBasis) {
          statuteSchema.parse(statutes[statute]);
          expect(text).toContain(statutes[statute].article);
        }
      }
    }
  });

  test('a family member’s letter never admits the debt', () => {
    const answers = answersOf(SITUATIONS[4]![1]);
    expect(letterFacts(answers).writer).toBe('family');
    for (const id of lettersFor(answers)) {
      const text = letterText(buildLetter(id, answers, LOG, NOW));
      for (const admission of ['我欠', '本人欠', '我的欠款', '我借的', '本人借款', '承认', '确认欠款', '欠款余额为']) {
        expect(text).not.toContain(admission);
      }
    }
    expect(lettersFor(answers)).not.toContain('negotiation-request');
  });

  test('empty fields leave blanks to fill in, never "undefined"', () => {
    const answers = answersOf(SITUATIONS[0]![1]);
    for (const id of lettersFor(answers)) {
      const text = letterText(buildLetter(id, answers, emptyNotebook(), NOW));
      expect(text).toContain('____');
      expect(text).not.toMatch(/undefined|null|NaN/);
    }
  });
});
