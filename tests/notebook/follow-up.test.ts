import { addMonths, followUpRoute, nextSteps, type FollowUp, type FollowUpRoute, type NextStep } from '@/machines/follow-up';
import { readNotebook } from '@/machines/notebook';

const BANK: FollowUpRoute = { police: true, lender: 'nfra', regulator: 'nfra' };
const PLATFORM: FollowUpRoute = { police: false, lender: 'other', regulator: 'find-funder' };
const PRIVATE: FollowUpRoute = { police: true, lender: 'none', regulator: 'none' };

let n = 0;
const entry = (kind: FollowUp['kind'], on: string, more: Partial<FollowUp> = {}): FollowUp => ({
  id: `e${(n += 1)}`,
  kind,
  on,
  reference: '',
  ...more,
});

/** A step as the table states it: kind, last day and whether it has passed. */
const brief = (step: NextStep) => [step.kind, step.due ?? '—', step.pastDue ? 'past' : 'open'].join(' ');

type Row = {
  name: string;
  route: FollowUpRoute;
  incidents?: string[];
  entries?: FollowUp[];
  today: string;
  next: string[];
};

const ROWS: Row[] = [
  {
    name: 'a night visit logged, nothing done yet: police within six months, the lender undated',
    route: BANK,
    incidents: ['2026-11-29'],
    today: '2026-11-30',
    next: ['report-police 2027-05-28 open', 'complain-lender — open'],
  },
  {
    name: 'no incident logged: the police step has no date to count from',
    route: BANK,
    today: '2026-11-30',
    next: ['report-police — open', 'complain-lender — open'],
  },
  {
    name: 'the six months counted from the first incident not yet reported',
    route: PRIVATE,
    incidents: ['2026-12-05', '2026-11-02'],
    today: '2026-12-06',
    next: ['report-police 2027-05-01 open'],
  },
  {
    name: 'a report after every incident: no police step',
    route: PRIVATE,
    incidents: ['2026-11-29'],
    entries: [entry('police-report', '2026-11-29', { reference: '京公（朝）受案字〔2026〕123号' })],
    today: '2026-12-01',
    next: [],
  },
  {
    name: 'a visit after the report starts a new six months',
    route: PRIVATE,
    incidents: ['2026-11-29', '2026-12-10'],
    entries: [entry('police-report', '2026-11-30')],
    today: '2026-12-11',
    next: ['report-police 2027-06-09 open'],
  },
  {
    name: 'past six months: shown first, as past',
    route: BANK,
    incidents: ['2026-04-01'],
    entries: [entry('lender-complaint', '2026-11-20')],
    today: '2026-11-25',
    next: ['report-police 2026-09-30 past', 'lender-reply 2026-12-04 open'],
  },
  {
    name: 'a bank complaint: 15 days, then 30, then another 30',
    route: BANK,
    entries: [entry('police-report', '2026-11-29'), entry('lender-complaint', '2026-12-01', { reference: 'T-88' })],
    today: '2026-12-10',
    next: ['lender-reply 2026-12-15 open'],
  },
  {
    name: 'a bank silent past 15 days: the regulator is next, the late reply first',
    route: BANK,
    entries: [entry('police-report', '2026-11-29'), entry('lender-complaint', '2026-12-01')],
    today: '2026-12-16',
    next: ['lender-reply 2026-12-15 past', 'complain-regulator — open'],
  },
  {
    name: 'on the 15th day the reply is not yet late',
    route: BANK,
    entries: [entry('police-report', '2026-11-29'), entry('lender-complaint', '2026-12-01')],
    today: '2026-12-15',
    next: ['lender-reply 2026-12-15 open'],
  },
  {
    name: 'an unsatisfactory reply: the regulator is next',
    route: BANK,
    entries: [
      entry('police-report', '2026-11-29'),
      entry('lender-complaint', '2026-12-01'),
      entry('reply', '2026-12-08', { from: 'lender', solved: false }),
    ],
    today: '2026-12-09',
    next: ['complain-regulator — open'],
  },
  {
    name: 'a reply that solved it: nothing more for the lender',
    route: BANK,
    entries: [
      entry('police-report', '2026-11-29'),
      entry('lender-complaint', '2026-12-01'),
      entry('reply', '2026-12-08', { from: 'lender', solved: true }),
    ],
    today: '2026-12-09',
    next: [],
  },
  {
    name: 'a platform: no reply date is promised, the regulator only after an unsatisfactory reply',
    route: PLATFORM,
    entries: [entry('lender-complaint', '2026-10-01')],
    today: '2026-12-09',
    next: ['lender-reply — open'],
  },
  {
    name: 'a platform that did not solve it: find the funder, then the regulator',
    route: PLATFORM,
    entries: [entry('lender-complaint', '2026-10-01'), entry('reply', '2026-10-09', { from: 'lender', solved: false })],
    today: '2026-12-09',
    next: ['complain-regulator — open'],
  },
  {
    name: 'a complaint to the regulator waits for its reply; its reply ends the thread',
    route: BANK,
    entries: [
      entry('police-report', '2026-11-29'),
      entry('lender-complaint', '2026-12-01'),
      entry('reply', '2026-12-08', { from: 'lender', solved: false }),
      entry('regulator-complaint', '2026-12-09', { reference: 'NFRA-1' }),
    ],
    today: '2026-12-10',
    next: ['regulator-reply — open'],
  },
  {
    name: 'a reply from before the complaint does not answer it',
    route: BANK,
    entries: [
      entry('police-report', '2026-11-29'),
      entry('reply', '2026-11-30', { from: 'lender', solved: true }),
      entry('lender-complaint', '2026-12-01'),
    ],
    today: '2026-12-02',
    next: ['lender-reply 2026-12-15 open'],
  },
  {
    name: 'a 支付令: 15 days from receipt, before anything undated',
    route: PRIVATE,
    entries: [entry('police-report', '2026-11-29'), entry('payment-order', '2026-12-03')],
    today: '2026-12-04',
    next: ['payment-order-objection 2026-12-17 open'],
  },
  {
    name: 'a 支付令 past its 15 days: first',
    route: BANK,
    incidents: ['2026-11-29'],
    entries: [entry('payment-order', '2026-11-01')],
    today: '2026-11-30',
    next: ['payment-order-objection 2026-11-15 past', 'report-police 2027-05-28 open', 'complain-lender — open'],
  },
];

describe('the follow-up clock: what comes next and by when', () => {
  test.each(ROWS)('$name', ({ route, incidents = [], entries = [], today, next }) => {
    expect(nextSteps({ route, entries, incidents, today }).map(brief)).toEqual(next);
  });

  test('a bank complaint carries the two extensions the rule allows (30, then 60 days)', () => {
    const [step] = nextSteps({ route: { ...BANK, police: false }, entries: [entry('lender-complaint', '2026-12-01')], incidents: [], today: '2026-12-02' });
    expect(step).toMatchObject({ kind: 'lender-reply', due: '2026-12-15', extended: ['2026-12-30', '2027-01-29'] });
  });

  test('the regulator step carries the complaint and the reply its letter quotes', () => {
    const complaint = entry('lender-complaint', '2026-12-01', { reference: 'T-88' });
    const reply = entry('reply', '2026-12-08', { from: 'lender', solved: false });
    const steps = nextSteps({ route: { ...BANK, police: false }, entries: [complaint, reply], incidents: [], today: '2026-12-09' });
    expect(steps[0]).toMatchObject({ kind: 'complain-regulator', complaint, reply });
  });

  test.each([
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-11-29', 6, '2027-05-29'],
    ['2026-07-15', 6, '2027-01-15'],
  ])('%s plus %i months is %s (a shorter month ends on its last day)', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});

describe('the route the clock follows comes from the plan', () => {
  test.each([
    [{ 'lender-type': ['bank'] }, { lender: 'nfra', regulator: 'nfra' }],
    [{ 'lender-type': ['platform'] }, { lender: 'other', regulator: 'find-funder' }],
    [{ 'lender-type': ['private'] }, { lender: 'none', regulator: 'none' }],
  ])('%j → %j', (answers, expected) => {
    expect(followUpRoute(answers)).toMatchObject(expected);
  });
});

describe('follow-up entries in the stored notebook', () => {
  test('a version 1 notebook reads as version 2 with no entries, its incidents kept', () => {
    const v1 = { version: 1, incidents: [], evidence: { photos: true }, letter: { name: 'A', lender: '', account: '', agency: '' } };
    const { notebook, status } = readNotebook(JSON.stringify(v1));
    expect(status).toBe('migrated');
    expect(notebook).toMatchObject({ version: 2, followUps: [], evidence: { photos: true }, letter: { name: 'A' } });
  });

  test('a bad entry is lost on its own and reported; the good one is kept', () => {
    const good = { id: 'a', kind: 'lender-complaint', on: '2026-12-01', reference: 'T-1' };
    const stored = { version: 2, incidents: [], followUps: [good, { id: 'b', kind: 'lender-complaint', on: 'yesterday', reference: '' }], evidence: {}, letter: {} };
    const { notebook, status } = readNotebook(JSON.stringify(stored));
    expect(status).toBe('partial');
    expect(notebook.followUps).toEqual([good]);
  });
});
