import type { BlockTextInput } from '../../schema';

/** danger=threats|weapons, or happened=threats (at the door or by phone and messages). */
export default {
  title: '被威胁：报警，留好证据',
  paragraphs: [
    '威胁要伤害你或家人，可能违反治安管理处罚法第五十条。',
    '电话、短信、微信里的威胁，也可以报警。',
    '带着棍棒、刀具上门，更要马上报警。',
    '除了处罚，公安机关还可以责令对方在一段时间内不得接触你。',
    '警察制止或处罚过以后还继续的，可能涉嫌寻衅滋事。所以每一次都要报警，留下记录。',
  ],
  steps: [
    '正在威胁，或带着凶器：马上打110。',
    '别对骂，别还手，也别反过来威胁他们。',
    '保存证据：录音、短信、微信截图，要能看到号码和时间。',
    '告诉家人发生了什么。让孩子和老人身边有人。',
    '报警后，请警察给你受案回执，记下编号。',
  ],
  legalBasis: ['psl-50', 'psl-50-2', 'police-admin-procedure-61', 'provocation-interpretation-1'],
  channels: ['110'],
} satisfies BlockTextInput;
