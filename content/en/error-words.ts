import type { ErrorWords } from '../zh-CN/error-words';

/** The words an error screen needs: all that the browser loads for one. */
const errorWords = {
  appName: 'Doorstep',
  startOver: 'Start over',
  errorTitle: 'Something went wrong',
  errorBody: 'The page did not open. Your answers are kept in the link; nothing is lost. Try again, or start from the beginning.',
  tryAgain: 'Try again',
} satisfies ErrorWords;

export default errorWords;
