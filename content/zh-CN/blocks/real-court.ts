import type { BlockTextInput } from '../../schema';

/**
 * The user found the case number through 12368 themselves, or has had court papers before (even if
 * someone also asked for a payment: then `payment-scam` is shown too). It covers a lawsuit, not only
 * a 支付令 (legal-facts P2.2, Verification pass §5); arbitration and mediation lines: P2.10.
 * Never advise keeping the door shut against a verified court.
 */
export default {
  title: '真的法院程序：认真对待，按期限办',
  now: '自己拨当地区号+12368，问清案子和期限。',
  nowCall: '12368',
  paragraphs: [
    '你自己查到过案号，或以前收到过法院文书：要认真对待，不要不理。',
    '法院执行有时在清早，来的人一般穿制服，也可能有法警。核实是法院，就配合，不要阻拦。',
    '法院不会让你把钱转给个人。要付钱，只付到法院自己的文书写明的账户，并先自己拨“当地区号+12368”核实。',
    '“调解中心”不是法院。人民调解要双方自愿，你可以拒绝；调解成功后签的协议有法律约束力，看清楚再签。',
  ],
  steps: [
    '有人上门，你还没核实来人：请他们报出法院和案号，自己拨“当地区号+12368”确认。确认后开门配合，不要动手。',
    '所有文书都留好：拍照或复印，写下收到的日期。',
    '收到起诉状副本：15天内可以交答辩状。不交，法院照样审。',
    '收到传票：按时去。没有正当理由不去，法院可以不等你就判。去不了，马上联系法院说明理由。',
    '金额小、争议不大的简单欠款案件，可能适用小额诉讼，一审就是最终结果。所以一审一定要认真应对。',
    '不服一审判决，收到判决书后15天内可以上诉；不服裁定是10天。',
    '收到支付令：从收到那天起15天内，可以向发出它的法院交书面异议。不异议也不还，对方可以申请强制执行。',
    '收到仲裁通知，而你从没签过仲裁条款：第一次开庭前就明确提出来。不提，可能被当作有仲裁协议。',
    '想申请撤销仲裁裁决：期限很短（2026年3月1日起，是收到裁决书之日起3个月内），马上问12348。',
    '有不同意见，或不知道下一步怎么办：马上打12348免费法律咨询，也可以问能不能申请法律援助。',
    '想查案子的进展，自己拨“当地区号+12368”。',
  ],
  legalBasis: [
    'people-mediation-3',
    'people-mediation-31',
    'civil-procedure-128',
    'civil-procedure-147',
    'civil-procedure-165',
    'civil-procedure-171',
    'civil-procedure-227',
    'arbitration-27',
    'arbitration-72',
  ],
  channels: ['12368', '12348'],
} satisfies BlockTextInput;
