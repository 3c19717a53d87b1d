import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/**
 * The user called 110 (or a station number they found themselves) and it really is the police.
 * Cooperate; never help anyone obstruct. A demand for money is not a police act (legal-facts P2.13).
 */
const notCollectors = '警察不替贷款机构催债，也不会让你转账。有人这样要求，这部分就不是真的，再打110。';
const advice = '对自己的处境拿不准：打12348，免费法律咨询。';

export default {
  variants: {
    'at-door': {
      title: '核实是警察：开门配合',
      now: '开门配合，记下民警的姓名和警号。',
      paragraphs: ['你已经自己打110核实过，是真警察。开门配合，不要阻拦。', notCollectors],
      steps: [
        '可以问清楚：民警的姓名、警号，是为什么事来。',
        '把经过记下来：时间、来了几位、说了什么。',
        '如果是你报的警，把经过告诉警察，给他们看录音录像。请警察给你受案回执，记下编号。',
        '要你去派出所说明情况：问清时间和地点，自己去。',
        '任何人要你转账、扫码或交现金，都不要给，再打110。',
        advice,
      ],
      legalBasis: ['police-admin-procedure-61'],
      channels: ['110', '12348'],
    },
    remote: {
      title: '核实是警察：自己去派出所',
      now: '约好时间，自己去派出所。',
      paragraphs: ['你已经自己打110或自己查到的派出所电话核实过，是真警察。按要求配合，不要不理。', notCollectors],
      steps: [
        '记下派出所名称、民警姓名、警号和事由。',
        '约好时间，自己去派出所。可以请一位家人或朋友陪你。',
        '带上身份证，和你保存的录音、截图。',
        '把经过记下来：去了哪里、见了谁、说了什么。',
        '任何人要你转账、加微信或下载软件：那不是警察，打110。',
        advice,
      ],
      channels: ['110', '12348'],
    },
  },
} satisfies { variants: Record<VariantOf<'real-police'>, BlockTextInput> };
