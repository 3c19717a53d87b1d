import type { LocaleContent } from '../types';
import blocks from './blocks';
import channels from './channels';
import evidence from './evidence';
import notebook from './notebook-words';
import statutes from '../statutes';
import steps from './steps';
import ui from './ui';
import whyAsked from './why-asked';

/** Every word of the zh-CN guide. Loaded whole by the server, and by the browser as one chunk. */
const zhCN: LocaleContent = { locale: 'zh-CN', steps, blocks, evidence, channels, statutes, ui, notebook, whyAsked };
export default zhCN;
