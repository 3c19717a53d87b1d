import type { LetterFacts, LetterId } from '@/machines/letters';
import { STOP_SMS } from '../zh-CN/letter-help';

/**
 * How to send a letter and keep proof, in English. The letters themselves stay in Chinese: they go
 * to Chinese institutions. `lender` is the lender's name as typed, or a placeholder.
 */
export function howToSend(id: LetterId, facts: LetterFacts, lender: string): string[] {
  const nfra = facts.regulator === 'nfra';
  switch (id) {
    case 'lender-complaint':
      return [
        `Submit it through the complaint section of ${lender}’s official app or its official customer-service line. You can also send it by China Post express mail (EMS) to the address the lender publishes; keep the tracking number.`,
        'Find the official number in the official app, the contract or on the back of your bank card. Do not use a number the collectors give you.',
        'Keep a copy. Take screenshots of the submission page and note the date, the complaint number and any tracking number.',
        'Send copies or screenshots as attachments. Keep the original recordings and photos on the phone you made them with, and do not delete them.',
        nfra
          ? 'No reply in time, or unhappy with the result: call 12378 to complain to the National Financial Regulatory Administration.'
          : 'No reply, or unhappy with the result: first find out who funded the loan. A bank or consumer-finance company: call 12378. A small-loan company or a finance-lease company: call 12345 and ask to be put through to your province’s local financial regulator (地方金融管理局).',
      ];
    case 'regulator-complaint':
      return nfra
        ? [
            'Call 12378 and say you want to make a complaint. You can read from this text.',
            'You can also submit it through the complaint channels published on the National Financial Regulatory Administration’s official website.',
            'Note the date of the call and the ticket number they give you.',
            'Keep every reply.',
          ]
        : [
            'First find out who funded the loan: look at the loan contract, the “lender” or “funder” line in the loan app (借款机构 / 出资方), or your credit report.',
            'Funded by a bank or a consumer-finance company: call 12378.',
            'Funded by a small-loan company, or a car loan from a finance-lease company: call 12345 and ask to be put through to your province’s local financial regulator (地方金融管理局).',
            'Collection misconduct by online lenders can also be reported, under your real name, on the reporting platform of the National Internet Finance Association of China.',
            'Note the date of each call and the ticket number, and keep every reply.',
          ];
    case 'police-statement':
      return [
        'Take this statement, and the recordings, photos and screenshots on your phone, to your local police station to report it. If you are in danger, call 110 first.',
        'Ask the police for a case acceptance receipt (受案回执) and note its number.',
        'If it happens again, report it again and give the number of the last report.',
        'Keep a copy of the statement. Do not delete or edit the original recordings and photos.',
      ];
    case 'not-my-debt':
      return [
        `Send it through the complaint section of ${lender}’s official app, its official customer service or its published address. Keep screenshots, the complaint number or the tracking number.`,
        'Find the official number in the official app or the contract. Do not use a number the collectors give you.',
        `To the collectors’ number: one text message is enough, no need to argue. For example, in Chinese: “${STOP_SMS[facts.writer]}” Keep screenshots of your message and their reply.`,
        ...(facts.writer === 'family'
          ? ['If you are the borrower’s spouse, or not sure whether you ever signed as a guarantor, call 12348 to ask before you send it.']
          : []),
        ...(facts.writer === 'identity-theft'
          ? [
              'Report it at a police station first, and send the letter once you have the case acceptance receipt; write its number in the letter.',
              'Until it is cleared up, do not pay anything at all.',
            ]
          : []),
        'If people keep calling, note the numbers and times. Floods of nuisance calls can be reported to 12321; people who come and will not leave: call 110.',
      ];
    case 'negotiation-request':
      return [
        ...(facts.writer === 'co-signer'
          ? [
              'You are a co-borrower or guarantor: whether and how much you must pay depends on what you signed, the kind of guarantee and its period (保证期间). Find the papers you signed and call 12348 before you decide to send this.',
            ]
          : []),
        `Submit it only through ${lender}’s official app, official customer-service line or a branch. Use writing where you can.`,
        'Do not go through “anti-collection”, “debt optimisation” or “stop-interest” agents (反催收, 债务优化, 停息挂账代办). You can apply yourself, directly, and do not need to pay anyone.',
        'After submitting, take a screenshot and note the date and reference number. Keep a written record or recording of every conversation.',
        'Any agreement must be in a written agreement or a record in the official app. Pay only into an account you have checked through official channels, never to a person.',
        'Do not borrow new money elsewhere to repay this.',
      ];
  }
}
