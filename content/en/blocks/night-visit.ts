import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

export default {
  variants: {
    association: {
      title: 'Collecting at night: you can complain',
      paragraphs: [
        'Under the debt collection guideline (trial) issued by the China Banking Association in 2026, collection by phone or by home visit must not take place between 22:00 at night and 8:00 the next morning without your consent.',
        'Banks, consumer finance companies and the collection companies they hire should all follow it.',
        'This is industry self-regulation, not law. Breaking it is not in itself an offence or a crime, but you can use it to complain.',
        'Whatever the time, if you ask them to leave and they do not, you can call 110.',
      ],
      steps: [
        'Do not agree to them coming at night. If you do not agree, they should not come.',
        'Note the exact time and how many people came. Keep recordings, videos and call logs.',
        "Complain through the lender's official channels. Give the time, what happened and the name of the collection company.",
        'You can also call 12378 to report it to the National Financial Regulatory Administration (NFRA).',
        'For a loan from a big platform, first check the lender named in the contract or the loan app, then complain.',
      ],
      legalBasis: ['cba-guideline-hours'],
      channels: ['lender-official', '12378', '110'],
    },
    other: {
      title: 'Coming to your door and pestering you at night: you can call the police',
      paragraphs: [
        'We have not found any rule on collection hours that applies to all lenders.',
        'But repeatedly coming to your door at night to harass or pester you, disrupting your normal life, may violate Article 50 of the Public Security Administration Punishments Law. You can call the police.',
        'If the loan actually came from a bank or a consumer finance company, there is also an industry rule you can use:',
        'Under the debt collection guideline (trial) issued by the China Banking Association in 2026, collection by phone or by home visit must not take place between 22:00 at night and 8:00 the next morning without your consent.',
        'This is industry self-regulation, not law. You can use it to complain to the institution.',
      ],
      steps: [
        'Each time they come at night, note the time, how many people came and what happened. Keep recordings and videos.',
        'If they keep knocking at night or wait outside and will not leave, call 110 and ask the police for a case acceptance receipt (受案回执).',
        "If you can find out who the lender is, also complain through its official channels and ask them not to come to your door at night.",
      ],
      legalBasis: ['psl-50', 'cba-guideline-hours'],
      channels: ['110', 'lender-official'],
    },
  },
} satisfies { variants: Record<VariantOf<'night-visit'>, BlockTextInput> };
