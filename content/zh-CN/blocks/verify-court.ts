import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/**
 * claims=court (法院、执行局、调解中心、仲裁委), not yet checked by the user. Never "ignore it":
 * courts may serve papers electronically with consent (legal-facts P2.2), so every variant says how
 * to check, and to cooperate if it is real. Mediation and arbitration lines: legal-facts P2.10.
 */
const service = '法院可以用短信等电子方式送文书，前提是你同意过。所以不要不理，先自己核实。';
const noPersonalAccount = '法院不会让你把钱转给个人账户。';
const mediation = [
  '“调解中心”不是法院。人民调解要双方自愿，你可以拒绝，也可以中途要求停止。',
  '调解成功后签的协议有法律约束力，看清楚再签。',
];
const arbitration = [
  '仲裁要双方事先有仲裁协议。收到仲裁通知，如果你从没签过仲裁条款，要在第一次开庭前明确提出来；不提，可能被当作有仲裁协议。',
  '想申请撤销仲裁裁决，期限很短（2026年3月1日起，是收到裁决书之日起3个月内），马上问12348。',
];
const check = [
  '请对方报出单位名称、案号和经办人姓名，记下来。',
  '自己拨“当地区号+12368”，这是法院的诉讼服务热线。也可以用“人民法院在线服务”查，或打你自己查到的法院电话。',
  '不要打对方给的号码，也不要点对方发的链接。',
  '人在门口：核实之前先不开门。夜里12368打不通，就打110，说有人自称法院在你家门口。',
];
const papers = '拿到的文书，拍照或复印留一份。说是调解或仲裁，拿不准怎么办，打12348免费咨询。';

export default {
  variants: {
    unverified: {
      title: '说是法院：先自己核实，是真的就配合',
      now: '自己拨当地区号+12368核实，别用对方给的号码。',
      nowCall: '12368',
      paragraphs: [
        '核实只要几分钟。是真的，就要配合；是假的，就别付钱。',
        service,
        noPersonalAccount,
        ...mediation,
        ...arbitration,
      ],
      steps: [
        ...check,
        '核实是真的：按法院的要求配合。人在门口，就开门，不要阻拦。',
        '查不到这个案子，或对方要你付钱给个人：不付钱，打110。',
        papers,
      ],
      legalBasis: [
        'civil-procedure-90',
        'people-mediation-3',
        'people-mediation-17',
        'people-mediation-31',
        'arbitration-4',
        'arbitration-27',
        'arbitration-72',
      ],
      channels: ['12368', '12348', '110'],
    },
    'likely-fake': {
      title: '很可能是冒充，但请自己核实',
      now: '自己拨当地区号+12368核实，别用对方给的号码。',
      nowCall: '12368',
      paragraphs: [
        '对方说是法院，但没说案号，也没给你看文书。这很可能是冒充，但请自己核实，不要只凭感觉。',
        service,
        noPersonalAccount,
        '冒充国家机关工作人员，可能涉嫌招摇撞骗。',
        ...mediation,
        ...arbitration,
      ],
      steps: [
        ...check,
        '查到确实有这个案子：按法院的要求配合，不要不理。',
        '查不到，或对方要你付钱：不开门，不付钱，打110报警。',
        papers,
      ],
      legalBasis: [
        'civil-procedure-90',
        'psl-62',
        'criminal-279',
        'people-mediation-3',
        'people-mediation-17',
        'people-mediation-31',
        'arbitration-4',
        'arbitration-27',
        'arbitration-72',
      ],
      channels: ['12368', '12348', '110'],
    },
  },
} satisfies { variants: Record<VariantOf<'verify-court'>, BlockTextInput> };
