import type { BlockTextInput } from '../../schema';

/** claims=new-creditor: the debt was "transferred", or payment to a new account (platform 清退 included). */
export default {
  title: '说债转给了他们：先向原机构核实',
  now: '先打原借款机构官方客服，问债转没转、转给谁。',
  paragraphs: [
    '债权人转让债权，没有通知你的，这次转让对你不发生效力。',
    '光凭对方一句“债已经转给我们了”，不能确认是真的。先向原来的借款机构核实：有没有转、转给了谁。',
    '收到转让通知之前，你还给原机构的钱算数；收到通知以后，要还给新债主。',
    '你对原来那笔债的异议，也可以向新债主提。',
    '新债主没通知你就直接起诉的，法院确认转让属实，从你收到起诉状副本时起，转让就对你有效。所以不能因为“没人通知过我”就不理起诉。',
    '不要随便向自称新债主的人书面确认欠多少。确认了，以后可能就不能说这笔债不存在。',
  ],
  steps: [
    '问清对方公司的全称，和这是哪家机构的借款。',
    '自己打原借款机构的官方客服，问：这笔债转了吗？转给了谁？以后还到哪个账户？',
    '最好请原机构书面告诉你。',
    '只往这样核实过的账户还钱。没核实的，一分钱也不转。',
    '说是平台“清退”、让你还到新账户的，也一样先核实。',
    '原平台已经关闭、联系不上的，可以打12345，请转当地地方金融管理局问。',
    '收到法院文书，自己打区号+12368核实，再打12348问怎么应对。',
  ],
  legalBasis: ['civil-546', 'contract-interpretation-48', 'civil-548', 'contract-interpretation-49'],
  channels: ['lender-official', 'local-finance', '12368', '12348'],
} satisfies BlockTextInput;
