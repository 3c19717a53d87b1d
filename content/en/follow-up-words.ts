import type { FollowUpWords } from '../follow-up-types';

/** The follow-up clock in English: the same keys and rules as zh-CN (see there for the sources). */
const followUp = {
  nextTitle: 'Next',
  nothingNext: 'No deadline is running now. When something new happens, note it below.',
  pastDue: 'Deadline passed',
  doneTitle: 'What you have done',
  noneDone: 'Nothing noted yet.',
  recordTitle: 'Note something you did',
  whatLabel: 'What happened',
  kinds: {
    'police-report': { label: 'I reported it to the police', reference: 'Number on the police receipt (受案回执)' },
    'lender-complaint': { label: 'I complained to the lender', reference: 'Complaint or ticket number' },
    'regulator-complaint': { label: 'I complained to the regulator', reference: 'Complaint or ticket number' },
    reply: { label: 'I got a reply' },
    'payment-order': { label: 'I received a payment order (支付令) from a court', reference: 'Case number on the order' },
  },
  dateLabel: 'On which day',
  replyFromLabel: 'Reply from',
  replyFrom: { lender: 'the lender', regulator: 'the regulator', police: 'the police' },
  solvedLabel: 'It solved the problem',
  solved: 'solved the problem',
  notSolved: 'did not solve the problem',
  save: 'Note it',
  remove: 'Delete',
  confirmRemove: 'Delete this entry?',
  basis: 'Legal basis: ',
  listSeparator: ', ',
  letterTitle: 'Complaint text (in Chinese, filled in with your dates and numbers)',
  copyAll: 'Copy all (as text)',
  copied: 'Copied.',
  copyFailed: 'Could not copy automatically. Long-press the text, select all and copy.',
  print: 'Print',
  steps: {
    'report-police': {
      default: {
        title: 'Report it to the police and ask for a receipt',
        lines: [
          'If they threatened you, refused to leave, kept coming back or followed you, you can report it to the police.',
          'After reporting, you can ask for a case receipt (受案回执). Note its number here.',
          'Conduct against public order that the police do not discover within six months can no longer be punished. So report it early.',
        ],
        pastLines: [
          'More than six months have passed since then, so that conduct may no longer be punished.',
          'If it happens again, report it promptly. Keep your evidence.',
        ],
        fromLabel: 'Counted from the day it happened:',
        dueLabel: 'Six months, at the latest by:',
        legalBasis: ['psl-25', 'police-admin-procedure-61'],
        channels: ['110'],
      },
    },
    'complain-lender': {
      nfra: {
        title: 'Complain to the lender and note the ticket number',
        lines: [
          "Complain through the lender's official app or hotline, in writing where you can.",
          'Note the day you complained and the ticket number.',
          'The lender must reply: simple cases usually within 15 days, complex ones up to 30, especially complex ones another 30.',
        ],
        legalBasis: ['complaint-rules-deadlines'],
        channels: ['lender-official'],
      },
      other: {
        title: 'Complain to the lender and note the ticket number',
        lines: ["Complain through the lender's official app or hotline, in writing where you can.", 'Note the day you complained and the ticket number.'],
        channels: ['lender-official'],
      },
    },
    'lender-reply': {
      nfra: {
        title: "Wait for the lender's reply",
        lines: [
          'For a simple complaint, the lender should decide and tell you within 15 days.',
          'A complex one can take up to 30 days; an especially complex one, with approval and telling you, another 30.',
          'When the reply comes, note it here.',
        ],
        pastLines: [
          'The 15 days have passed. For a complex complaint the lender may take up to 30 days.',
          'You can call the lender and ask when it will reply; or, if you do not want to wait, complain to 12378 (the next step).',
        ],
        fromLabel: 'Complained on:',
        dueLabel: 'Usually at the latest by:',
        extendedLabels: ['If complex, at the latest by:', 'If especially complex and you were told, at the latest by:'],
        legalBasis: ['complaint-rules-deadlines'],
        channels: ['lender-official'],
      },
      other: {
        title: "Wait for the lender's reply",
        lines: [
          "The 15-day reply rule is for banks, consumer-finance companies and similar institutions. How long this lender takes is set by the lender's own terms.",
          'When the reply comes, note it here.',
        ],
        fromLabel: 'Complained on:',
        channels: ['lender-official'],
      },
    },
    'complain-regulator': {
      nfra: {
        title: 'Complain to 12378',
        lines: [
          'If the lender did not reply in time, or you are not satisfied with its reply, call 12378 or go to the local office of the National Financial Regulatory Administration.',
          'The complaint text below is filled in with the days and ticket number you noted. Read from it, or copy it and submit it.',
          '12378 is usually answered on working days in the daytime (check the official announcement); you can also complain online.',
        ],
        legalBasis: ['complaint-rules-deadlines'],
        channels: ['12378'],
      },
      'find-funder': {
        title: 'Complain to the regulator',
        lines: [
          'First find out who funded the loan: the loan contract, the lender named in the app, or your credit report.',
          'Funded by a bank, consumer-finance, auto-finance or trust company: call 12378.',
          'Funded by a microlender (小额贷款公司) or finance-leasing company (融资租赁公司): the local financial regulator handles it; call 12345 to be put through.',
          'The complaint text below is filled in with the days and ticket number you noted.',
        ],
        channels: ['12378', 'local-finance'],
      },
    },
    'regulator-reply': {
      default: {
        title: "Wait for the regulator's reply",
        lines: ['When the reply comes, note it here.', 'If the problem is still not solved, call 12348 for free advice on what to do next.'],
        fromLabel: 'Complained on:',
        channels: ['12348'],
      },
    },
    'payment-order-objection': {
      default: {
        title: 'A payment order: act within 15 days',
        lines: [
          'Within 15 days of receiving a payment order (支付令), either pay or send the court a written objection.',
          'If you neither object nor pay within the 15 days, the other side can ask the court to enforce it.',
          'First check through 12368 or the court\'s official channel that the order is real. If you dispute whether or how much you owe, call 12348 at once about writing the objection.',
        ],
        pastLines: ['The 15 days have passed. Call 12348 at once, or the court that sent the order, and ask what can still be done.'],
        fromLabel: 'Received on:',
        dueLabel: '15 days, at the latest by:',
        legalBasis: ['civil-procedure-227'],
        channels: ['12348', '12368'],
      },
    },
  },
} satisfies FollowUpWords;

export default followUp;
