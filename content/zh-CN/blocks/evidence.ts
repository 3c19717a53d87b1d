import type { BlockTextInput } from '../../schema';

export default {
  title: '证据这样留',
  now: '什么都别删，把录音、截图和短信另存一份。',
  paragraphs: [
    '证据能帮你报警、投诉，需要时也能去法院。',
    '原件都留着，什么都不要删。每件事都记下日期和时间。',
    '你自己和对方说话的录音，一般可以作为证据使用。',
    '录音录像要留在原来的手机或设备上，不要只留转发过的文件。',
    '再备份一份，比如存到电脑里，或交给信得过的人。',
    '不要把录音、对方的照片或个人信息发到网上。散布别人的隐私，自己也可能违法。',
    '下面是按你的情况列出的证据，留好一项就勾一项。',
  ],
  legalBasis: ['civil-procedure-interpretation-106', 'evidence-rules-15', 'psl-50'],
} satisfies BlockTextInput;
