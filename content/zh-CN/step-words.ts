import type { StepWords } from '../types';
import channels from './emergency-lines';
import steps from './steps';
import ui from './step-ui';

/** The words the browser needs to draw a question, guidance or emergency step itself (never the plan's). */
const stepWords: StepWords = { locale: 'zh-CN', steps, ui, channels };
export default stepWords;
