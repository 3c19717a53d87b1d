import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/** A visit between 22:00 and 08:00 by people who do not say they are a court or the police. One visit is not "repeated". */
export default {
  variants: {
    association: {
      title: '夜里来催收：可以投诉',
      now: '把他们来的时间、人数和经过记下来。',
      paragraphs: [
        '根据中国银行业协会2026年发布的催收工作指引（试行），未经借款人同意，晚22:00至次日早8:00不得打电话、上门或用其他方式催收。',
        '银行、消费金融公司，和它们委托的催收公司，都应当遵守。',
        '这是行业自律规定，不是法律。违反它本身不算违法犯罪，但可以拿来投诉。',
        '不管几点，让他们走他们不走，都可以打110。',
      ],
      steps: [
        '不用答应他们夜里来。',
        '记下准确的时间和人数，保存录音、录像和通话记录。',
        '向借款机构的官方渠道投诉，写明时间、经过和催收公司的名称。',
        '也可以打12378，向国家金融监督管理总局反映。',
      ],
      legalBasis: ['cba-guideline-hours'],
      channels: ['lender-official', '12378', '110'],
    },
    other: {
      title: '夜里上门：记下来，需要时报警',
      now: '记下时间和人数；让他们走还不走，就打110。',
      nowCall: '110',
      paragraphs: [
        '银行、消费金融公司以外的放贷方，夜里能不能催收，我们没有查到明确的规定。',
        '如果借款其实来自银行或消费金融公司，有一条行业规定可以用：根据中国银行业协会2026年发布的催收工作指引（试行），未经借款人同意，晚22:00至次日早8:00不得打电话、上门或用其他方式催收。',
        '这是行业自律规定，不是法律，可以拿来向机构投诉。',
        '如果对方反复在夜里上门，滋扰、纠缠，干扰你正常生活，可能违反治安管理处罚法第五十条。可以打110报警，由警察判断。',
      ],
      steps: [
        '记下每次来的时间、人数和经过，保存录音录像。',
        '让他们走还不走，打110。报警后，请警察给你受案回执。',
        '查清放款的是谁：看借款合同，或借款应用里写的放款机构。',
        '能找到放款机构的，向它的官方渠道投诉，要求不要夜里上门。',
      ],
      legalBasis: ['cba-guideline-hours', 'psl-50'],
      channels: ['110', 'lender-official'],
    },
  },
} satisfies { variants: Record<VariantOf<'night-visit'>, BlockTextInput> };
