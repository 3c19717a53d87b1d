import type { BlockTextInput } from '../../schema';

/** claims=lawyer: a lawyer's letter is not a court document. */
export default {
  title: '说是律师、律所：先核实，不付钱',
  now: '不给发函的人付任何钱，自己打区号+12368核实。',
  paragraphs: [
    '律师函是律师替委托人写的信，不是法院文书。一般认为，它本身没有强制执行的效力。',
    '真的起诉，文书由法院发出。一般用“法院专递”寄来，或由法院当面送达。',
    '你同意过的，法院也可以用短信等电子方式送达。收到“法院短信”，也要自己打区号+12368核实，不要不理。',
  ],
  steps: [
    '问清律师事务所的全称、律师姓名和执业证号。',
    '自己查当地司法局或律师协会的电话，核实这家律所和这位律师。不用律师函上或对方给的号码。',
    '想知道是不是真被起诉了：自己打区号+12368，问当地法院。',
    '不给发函的人或律所付任何“律师费”“服务费”“撤诉费”。',
    '要还钱，只通过借款机构的官方渠道还。',
    '收到真的法院文书，不要错过上面写的期限。可以打12348免费咨询。',
  ],
  legalBasis: ['civil-procedure-90'],
  channels: ['justice-bureau', '12368', 'lender-official', '12348'],
} satisfies BlockTextInput;
