import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/** A visit between 22:00 and 08:00 by people who do not say they are a court or the police. One visit is not "repeated". */
export default {
  variants: {
    association: {
      title: 'Collecting at night: you can complain',
      now: 'Write down when they came, how many people, and what happened.',
      paragraphs: [
        "Under the debt collection guideline (trial) issued by the China Banking Association in 2026, without the borrower's consent there must be no collection by phone, by home visit or in any other way between 22:00 at night and 8:00 the next morning.",
        'Banks, consumer finance companies and the collection companies they hire should all follow it.',
        'This is industry self-regulation, not law. Breaking it is not in itself an offence or a crime, but you can use it to complain.',
        'Whatever the time, if you ask them to leave and they do not, you can call 110.',
      ],
      steps: [
        'You do not have to agree to them coming at night.',
        'Note the exact time and how many people came. Keep recordings, videos and call logs.',
        "Complain through the lender's official channels. Give the time, what happened and the name of the collection company.",
        'You can also call 12378 to report it to the National Financial Regulatory Administration (NFRA).',
      ],
      legalBasis: ['cba-guideline-hours'],
      channels: ['lender-official', '12378', '110'],
    },
    other: {
      title: 'A visit at night: write it down, and call the police if you need to',
      now: 'Note the time and how many came; if they will not leave when asked, call 110.',
      nowCall: '110',
      paragraphs: [
        'For lenders other than banks and consumer finance companies, we have not found a clear rule on whether they may collect at night.',
        "If the loan actually came from a bank or a consumer finance company, there is an industry rule you can use: under the debt collection guideline (trial) issued by the China Banking Association in 2026, without the borrower's consent there must be no collection by phone, by home visit or in any other way between 22:00 at night and 8:00 the next morning.",
        'This is industry self-regulation, not law. You can use it to complain to the institution.',
        'If they come to your door at night again and again, harassing or pestering you (滋扰 / 纠缠) and disrupting your normal life, this may violate Article 50 of the Public Security Administration Punishments Law. You can call 110; the police will judge.',
      ],
      steps: [
        'Each time they come, note the time, how many people came and what happened. Keep recordings and videos.',
        'If you ask them to leave and they do not, call 110. After you report it, ask the police for a case acceptance receipt (受案回执).',
        'Find out who made the loan: check the loan contract, or the lender named in the loan app.',
        "If you can find out who the lender is, complain through its official channels and ask them not to come to your door at night.",
      ],
      legalBasis: ['cba-guideline-hours', 'psl-50'],
      channels: ['110', 'lender-official'],
    },
  },
} satisfies { variants: Record<VariantOf<'night-visit'>, BlockTextInput> };
