import type { BlockTextInput } from '../../schema';

/** Looks like illegal lending. The principal actually received is still owed: never say otherwise. */
export default {
  title: 'This may be illegal lending: call the police first',
  now: 'Call 110 or go to the police station to report it; keep every transfer record.',
  nowCall: '110',
  paragraphs: [
    'What you describe looks in some ways like illegal lending, or a "trap loan" (套路贷, a fraud that fabricates or inflates the debt).',
    'The law forbids usurious lending (lending at extortionate interest).',
    'If they use violence, threats, following, harassment, forcing their way into your home or similar means to collect unlawful debts such as those from usurious lending, and the circumstances are serious, this may constitute the crime of collecting unlawful debts (催收非法债务罪).',
    'Whether a crime or an offence has been committed is for the police to judge. What you need to do is report it and keep the evidence.',
    'The principal you actually received still has to be repaid. Do not believe claims that "you do not even have to repay the principal". How to repay, and to whom: ask the police or 12348 first.',
  ],
  steps: [
    'Call 110 or go to the police station to report it. Explain how the loan and the collection happened. Ask the police for a case acceptance receipt (受案回执).',
    'Keep a record of every transfer: bank statements, WeChat and Alipay bills.',
    'Take screenshots of the loan app pages, the contract and the chat history. The app may disappear at any time, so do it now.',
    'Do not borrow new money elsewhere to repay this.',
    'Do not negotiate repayment privately with them, and do not transfer money to a personal account. Ask the police or 12348 first.',
  ],
  legalBasis: ['civil-680', 'criminal-293-1', 'civil-670'],
  channels: ['110', '12348', 'local-finance'],
} satisfies BlockTextInput;
