/** The words an error screen needs: all that the browser loads for one. */
const errorWords = {
  appName: '门口',
  startOver: '重新开始',
  errorTitle: '出了点问题',
  errorBody: '页面没能打开。你的回答都保存在链接里，没有丢失。可以再试一次，或者从头开始。',
  tryAgain: '再试一次',
};

export type ErrorWords = typeof errorWords;
export default errorWords;
