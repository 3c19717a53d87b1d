import errorWords from './error-words';

/** The interface words a question, guidance or emergency step needs: all the browser loads to draw one. */
const stepUi = {
  appName: errorWords.appName,
  next: '下一步',
  progress: (stage: number, total: number, name: string) => `第${stage}部分，共${total}部分：${name}`,
  stages: {
    door: '门口',
    calm: '保持冷静',
    identity: '核实身份',
    debt: '核实债务',
    evidence: '收集证据',
    complain: '你的计划',
  },
  chooseOne: '请选一项',
  chooseSome: '可以选多项。',
  /** Sentences run on in Chinese; English puts a space between them. */
  joinSentences: (sentences: readonly string[]) => sentences.join(''),
  nothingChosen: '还没有选。请先选一项，再点「下一步」。',
  mixedChosen: (labels: string) => `「${labels}」不能和其他选项一起选。请只选它，或者把它去掉，再点「下一步」。`,
  pretickedNote: (labels: string) => `根据你前面的回答，已经先勾选了：${labels}。不对的可以取消。`,
  colon: '：',
  listSeparator: '、',
  documentTitle: (title: string) => `${title} · 门口`,
  noticeUnreadable: '链接里这一题的回答无法识别（可能是旧链接或被改动过），请重新选一下。之前的其他回答都还在。',
  noticeVersion: '这个链接来自另一个版本的门口，我们尽量读出了其中的回答。请检查一下，有不对的可以修改。',
  noticeCall110IfUnsure: '看不清外面的情况时，不要开门。只要觉得不安全，就马上打110。',
  changeAnswersTitle: '修改之前的回答',
  changeLink: '修改',
  changeLinkLabel: (question: string) => `修改：${question}`,
  scriptLabel: '可以照着说',
  helpNow: '我现在很难受',
  toolsLabel: '页面设置',
  switchLanguage: 'English',
  counsellorOn: '切换到专业人员视图',
  counsellorOff: '退出专业人员视图',
  counsellorBadge: '专业人员视图：给法律援助人员、社工和债务顾问看的说明',
  whyAskedLabel: '为什么问这一题',
  jumpToTitle: '跳到之前的某一步',
  footerReview: '审阅本',
};

export type StepUi = typeof stepUi;
export default stepUi;
