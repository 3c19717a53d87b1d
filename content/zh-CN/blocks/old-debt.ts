import type { BlockTextInput } from '../../schema';

/** terms=old. Never tells the user the debt is time-barred (legal-facts P2.17 #14–16). */
export default {
  title: '很多年前的旧债：付钱、签字前先问清楚',
  now: '先不答应、不签字、不付钱，打12348问。',
  nowCall: '12348',
  paragraphs: [
    '向法院请求保护的诉讼时效，一般是三年。',
    '过了诉讼时效，要你自己提出来，法院不会替你提。一般要在一审时就提。',
    '时效还没过完的时候，对方发短信、微信、寄信催你，送到了，时效就可能重新计算。',
    '答应分期、先还一部分、在催收通知单上签字，都可能被当作同意还款。以后就不能再说“过时效了”。',
    '时效过没过，要看具体经过。这里不替你下结论。',
  ],
  steps: [
    '先不答应，不签字，也不“先还一点”。',
    '写下最后一次还款的日期，和每次有人向你要钱的日期和方式。',
    '带着这些打12348免费咨询，再决定怎么办。',
    '新来的人说债已经被他们“买下来”了，先打原借款机构的官方客服核实。没核实，不付钱。',
    '收到法院文书，不要不理。自己打区号+12368核实，再问12348怎么应对、要不要提时效。',
  ],
  legalBasis: [
    'civil-188',
    'civil-193',
    'limitation-rules-3',
    'limitation-rules-8',
    'civil-195',
    'civil-192',
    'limitation-rules-14',
    'limitation-rules-19',
  ],
  channels: ['12348', 'lender-official', '12368'],
} satisfies BlockTextInput;
