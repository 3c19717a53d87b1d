import type { StepUi } from '../zh-CN/step-ui';
import errorWords from './error-words';

/** The interface words a question, guidance or emergency step needs: all the browser loads to draw one. */
const stepUi = {
  appName: errorWords.appName,
  next: 'Next',
  progress: (stage: number, total: number, name: string) => `Part ${stage} of ${total}: ${name}`,
  stages: {
    door: 'At the door',
    calm: 'Stay calm',
    identity: 'Who they are',
    debt: 'The debt',
    evidence: 'Evidence',
    complain: 'Your plan',
  },
  chooseOne: 'Choose one',
  chooseSome: 'You can choose more than one.',
  /** Sentences run on in Chinese; English puts a space between them. */
  joinSentences: (sentences: readonly string[]) => sentences.join(' '),
  nothingChosen: 'Nothing is chosen yet. Please choose an answer, then press “Next”.',
  mixedChosen: (labels: string) => `“${labels}” cannot be chosen together with other answers. Keep only it, or untick it, then press “Next”.`,
  pretickedNote: (labels: string) => `From your earlier answers, we have already ticked: ${labels}. Untick anything that is wrong.`,
  colon: ': ',
  listSeparator: ', ',
  documentTitle: (title: string) => `${title} · Doorstep`,
  noticeUnreadable:
    'The answer to this question in the link could not be read (the link may be old or may have been changed). Please choose again. Your other answers are still there.',
  noticeVersion:
    'This link comes from another version of Doorstep. We have read as many of its answers as we could. Please check them and change anything that is wrong.',
  noticeCall110IfUnsure: 'If you cannot see clearly what is outside, do not open the door. If you feel unsafe, call 110 at once.',
  changeAnswersTitle: 'Change earlier answers',
  changeLink: 'Change',
  changeLinkLabel: (question: string) => `Change: ${question}`,
  scriptLabel: 'You can read this out',
  helpNow: 'I feel really bad',
  toolsLabel: 'Page settings',
  switchLanguage: '中文',
  counsellorOn: 'Switch to adviser view',
  counsellorOff: 'Leave adviser view',
  counsellorBadge: 'Adviser view: notes for legal aid workers, social workers and debt advisers',
  whyAskedLabel: 'Why we ask this',
  jumpToTitle: 'Go back to an earlier step',
  footerReview: 'Review book',
} satisfies StepUi;

export default stepUi;
