import type { BlockTextInput } from '../../schema';

/**
 * A court the user has checked (case number found via 12368, or earlier court papers).
 * Never advise keeping the door shut against a verified court.
 */
export default {
  title: '核实是法院：配合，留好文书',
  paragraphs: [
    '法院来了，不用慌。配合，留好文书，再找人问清楚。',
    '法院执行有时在清早，来的人穿制服，会有法警。',
    '法院不会让你把钱转进个人账户。要付钱，只按法院文书写明的方式，拿不准就问12368。',
  ],
  steps: [
    '来人你还没核实过：请他们报出法院和案号。你自己拨“当地区号+12368”或110确认一下。',
    '确认后开门配合。不要阻拦，不要动手。',
    '所有文书都留好：拍照或复印，写下收到的日期。',
    '收到“支付令”，时间很要紧。从收到那天算起15天内，可以向发出它的法院交书面异议。不异议也不还，对方可以申请强制执行。',
    '对借款或金额有不同意见，或不知道下一步怎么办：打12348免费法律咨询。也可以问能不能申请法律援助。',
    '想查案子的进展，自己拨“当地区号+12368”。',
  ],
  legalBasis: ['civil-procedure-227'],
  channels: ['12368', '12348'],
} satisfies BlockTextInput;
