import type { LetterFacts, LetterId } from '@/machines/letters';

/** The one short text message to send the collectors' number, by who is writing (always in Chinese). */
export const STOP_SMS: Record<LetterFacts['writer'], string> = {
  family: '我不是借款人，不会替他签字或还钱。请通过官方渠道联系借款人本人，不要再联系我。',
  'identity-theft': '这笔借款不是我申请的，是有人冒用了我的身份。请停止向我催收，我会通过官方渠道处理。',
  'not-related': '你们找错人了。我不认识借款人，和这笔借款没有关系。请核对记录，不要再联系我。',
  borrower: '请通过官方渠道与我本人联系，不要再联系我的家人和同事。',
};

/**
 * How to send a letter and keep proof: shown beside the letter, in the page's language.
 * `lender` is the lender's name as typed, or a placeholder.
 */
export function howToSend(id: LetterId, facts: LetterFacts, lender: string): string[] {
  const nfra = facts.regulator === 'nfra';
  switch (id) {
    case 'lender-complaint':
      return [
        `通过${lender}官方应用里的投诉入口或官方客服电话提交。也可以用中国邮政特快专递寄到机构公布的地址，留好快递单号。`,
        '官方电话从官方应用、合同或银行卡背面找，不要用催收人员给的号码。',
        '自己留一份底稿。截图保存提交页面，记下提交日期、投诉编号和快递单号。',
        '附件寄复印件或截图。原始录音和照片留在原来的手机里，不要删。',
        nfra
          ? '到期没有答复，或对结果不满意：打12378，向国家金融监督管理总局投诉。'
          : '没有答复，或对结果不满意：先查清出资方。银行或消费金融公司，打12378；小额贷款公司或融资租赁公司，打12345，请转本省地方金融管理局。',
      ];
    case 'regulator-complaint':
      return nfra
        ? [
            '打12378，说要投诉，可以照着这份材料说。',
            '也可以通过国家金融监督管理总局官方网站公布的投诉渠道提交。',
            '记下打电话的日期，和对方给的工单编号。',
            '每一次答复都保存好。',
          ]
        : [
            '先查清出资方：看借款合同，看借款应用里“借款机构”或“出资方”一栏，或者查征信报告。',
            '出资方是银行或消费金融公司：打12378。',
            '出资方是小额贷款公司，或车贷来自融资租赁公司：打12345，请他们转到本省的地方金融管理局。',
            '网贷的违规催收，还可以到中国互联网金融协会的举报平台实名举报。',
            '记下打电话的日期和工单编号，每一次答复都保存好。',
          ];
    case 'police-statement':
      return [
        '带上这份材料、手机里的录音照片和截图，到当地派出所报案。有危险，先打110。',
        '请警察出具受案回执，记下上面的编号。',
        '以后再发生，再去报案，并说出上次的编号。',
        '材料自己留一份。原始录音和照片不要删，也不要剪辑。',
      ];
    case 'not-my-debt':
      return [
        `通过${lender}官方应用里的投诉入口、官方客服或官方公布的地址发送，留好截图、投诉编号或快递单号。`,
        '官方电话从官方应用或合同里找，不要用催收人员给的号码。',
        `催收人员的号码：回复一次短信就够了，不用争吵。例如：“${STOP_SMS[facts.writer]}”截图保存你发的短信和对方的回复。`,
        ...(facts.writer === 'family' ? ['如果你是借款人的配偶，或者不确定自己签没签过担保，先打12348问清楚再发。'] : []),
        ...(facts.writer === 'identity-theft'
          ? ['先到派出所报案，拿到受案回执后再发，把编号填进信里。', '查清之前，一分钱也不要还。']
          : []),
        '还有人打来，记下号码和时间。频繁骚扰电话可以向12321举报，上门纠缠可以打110。',
      ];
    case 'negotiation-request':
      return [
        `只通过${lender}的官方应用、官方客服电话或营业网点提交。能用文字的，就用文字。`,
        '不要通过“反催收”“债务优化”“停息挂账代办”这类中介。你自己就可以直接申请，不需要付钱给别人。',
        '提交后截图，记下日期和编号。每次沟通都留下文字记录或录音。',
        '谈好的结果，要有书面协议或官方应用里的记录。钱只还到通过官方渠道核实过的账户，不转给个人。',
        '很多年前的旧债，先打12348问过再发。',
        '不要为了还这笔钱，去别的地方借新的钱。',
      ];
  }
}
