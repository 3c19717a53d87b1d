import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/**
 * Shown only to a family member (or someone unsure whose loan it is), never in a borrower's own plan.
 * Whether a given loan fits the child's age is for a court: this block never decides it.
 */
export default {
  variants: {
    minor: {
      title: 'The borrower is under 18: do not ratify the loan, and do not rush to repay',
      now: 'Do not sign a ratification or a promise to repay; call 12348 first.',
      nowCall: '12348',
      paragraphs: [
        'When a child under 18 borrows money, the law has special rules.',
        'If the child is under 8, the loan is void.',
        "From 8 upwards, a loan that does not fit the child's age and understanding is valid only if a parent agreed to it or ratifies it afterwards (追认).",
        'If the lender asks you to ratify and you say nothing within 30 days of receiving the notice, that counts as refusing to ratify.',
        'If the loan is void or does not take effect, the money the child received generally has to be returned.',
        'A child of 16 or over who lives mainly on their own earnings from work is treated as an adult.',
        "Whether a particular loan fits the child's age is for a court to decide. We do not decide it here.",
      ],
      steps: [
        'Do not sign a ratification under pressure from collectors, and do not sign an "I will repay" promise.',
        'Do not rush to repay for your child.',
        'Keep the notices and chat messages they send you, and note the date you received them.',
        'Ask your child: which app or which person they borrowed from, how much, and where the money went.',
        'Call 12348 first, and decide only once you understand.',
      ],
      legalBasis: ['civil-20', 'civil-144', 'civil-19', 'civil-145', 'civil-157', 'civil-18'],
      channels: ['12348'],
    },
    general: {
      title: 'If the borrower is under 18',
      now: 'If the borrower is under 18, do not ratify anything yet; call 12348.',
      nowCall: '12348',
      paragraphs: [
        "If the borrower is under 18, the law has special rules. A loan that does not fit their age is generally valid only if a parent agreed to it or ratifies it afterwards (追认).",
        'Do not sign a ratification under pressure, and do not rush to repay for them. Call 12348 first.',
      ],
      legalBasis: ['civil-19', 'civil-145'],
      channels: ['12348'],
    },
  },
} satisfies { variants: Record<VariantOf<'capacity'>, BlockTextInput> };
