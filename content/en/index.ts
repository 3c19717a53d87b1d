import type { StatuteId } from '../ids';
import type { Statute } from '../schema';
import sharedStatutes from '../statutes';
import type { LocaleContent } from '../types';
import blocks from './blocks';
import channels from './channels';
import evidence from './evidence';
import notebook from './notebook-words';
import glosses from './statutes';
import steps from './steps';
import ui from './ui';
import whyAsked from './why-asked';

/** The statute catalogue in English: the Chinese title stays, with an English gloss, article and quote. */
const statutes = Object.fromEntries(
  Object.entries(sharedStatutes).map(([id, statute]) => [id, { ...statute, ...glosses[id as StatuteId] }]),
) as Record<StatuteId, Statute>;

/** Every word of the English guide, served at /en. */
const en: LocaleContent = { locale: 'en', steps, blocks, evidence, channels, statutes, ui, notebook, whyAsked };
export default en;
