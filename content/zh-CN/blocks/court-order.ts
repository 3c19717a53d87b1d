import type { BlockTextInput } from '../../schema';

export default {
  title: '请法院下令停止骚扰',
  paragraphs: [
    '有些侵害，不及时制止会造成难以弥补的损害。',
    '对方正在或马上要侵害你的隐私、名誉等权利时，你可以拿着证据，请法院责令他停止。',
    '骚扰给你造成了损失，能不能要求赔偿，也可以一起问清楚。',
    '这一步需要整理证据，最好有律师或法律援助帮忙。',
  ],
  steps: [
    '打12348免费咨询，也问问你能不能申请法律援助。',
    '把证据整理好：录音、截图、照片、受案回执、投诉记录。',
    '和律师一起决定，要不要向法院申请。',
  ],
  legalBasis: ['civil-997'],
  channels: ['12348'],
} satisfies BlockTextInput;
