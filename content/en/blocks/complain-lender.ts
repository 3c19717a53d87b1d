import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

export default {
  variants: {
    nfra: {
      title: 'First complain to the bank or consumer finance company',
      now: "Complain in writing through the lender's official app or customer service line.",
      paragraphs: [
        'First complain to the bank or consumer finance company that made the loan. Use its official app or official customer service number, and put things in writing where you can.',
        'If the people contacting you are from a collection company, complain to the institution that hired it, and ask it to tell you the name of the collection company.',
        'Institutions supervised by the National Financial Regulatory Administration have deadlines for handling complaints. Simple cases are generally decided within 15 days of receiving the complaint, and you are told the decision.',
        'Complex cases can be extended to 30 days. Especially complex cases can be extended by another 30 days, after telling you.',
        'If you are not satisfied with how a branch (分支机构) handled it, you can ask its superior office in writing to review it within 30 days of receiving the decision.',
      ],
      steps: [
        'Set out the facts: the date and time, who came or which number called, what they said and what they did.',
        'Set out what was wrong. You can cite the rules listed in this plan.',
        'Set out what you want, for example: do not come at night; stop contacting your family, colleagues and other people; tell you which collection company they hired.',
        'If the loan is yours, you can also ask them to confirm the balance owed in writing.',
        'Keep screenshots of the complaint, its ticket number and every reply.',
        "If you are not satisfied with a branch's reply: within 30 days, ask its superior office in writing to review it.",
        'If you are still not satisfied, or there is no reply: call 12378 to complain to the regulator.',
      ],
      legalBasis: ['complaint-rules-deadlines', 'complaint-rules-20'],
      channels: ['lender-official'],
    },
    other: {
      title: 'First complain to the lender',
      now: "Complain in writing through the lender's official app or customer service line.",
      paragraphs: [
        'First complain to the platform or company that made the loan. Use its official app or official customer service number, and put things in writing where you can.',
        'If the people contacting you are from a collection company, complain to the institution that hired it, and ask it to tell you the name of the collection company.',
        'If you do not know which institution it is, find out first, then complain.',
        'There is no general promised deadline for how soon institutions such as microlending companies and finance leasing companies reply.',
        'If the money came from a bank, a consumer finance company or an auto finance company (汽车金融公司), you can also complain directly to that institution.',
      ],
      steps: [
        'Set out the facts: the date and time, who came or which number called, what they said and what they did.',
        'Set out what was wrong. You can cite the rules listed in this plan.',
        'Set out what you want, for example: do not come at night; stop contacting your family, colleagues and other people; tell you which collection company they hired.',
        'If the loan is yours, you can also ask them to confirm the balance owed in writing.',
        'Keep screenshots of the complaint, its ticket number and every reply.',
        'If there is no reply, or you are not satisfied: find out who provided the money, then complain to the regulator that supervises that institution.',
      ],
      channels: ['lender-official'],
    },
  },
} satisfies { variants: Record<VariantOf<'complain-lender'>, BlockTextInput> };
