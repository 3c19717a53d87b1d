import type { BlockTextInput } from '../../schema';

/**
 * Inside only: danger=forcing|refuse-leave with situation=inside, or happened=entered.
 * Waiting outside the door is `blocking`, never 非法侵入住宅 (legal-facts P2.9).
 */
export default {
  title: '未经同意进了家门、让走不走：打110',
  now: '人还在屋里就马上打110；已经走了也要报警。',
  nowCall: '110',
  paragraphs: [
    '没经过你同意进你家，或进来后让他们走却不走，可能涉嫌非法侵入住宅。',
    '相关法律：治安管理处罚法第四十七条，刑法第二百四十五条。',
    '欠没欠钱，催收的人没经你同意，都不能进你家。',
    '如果他们只是在门外、楼道里守着不走，不算进了你家。但也可以报警，由警察判断。',
    '警察制止或处罚过以后还继续闹的，可能涉嫌寻衅滋事。所以每来一次，就报一次警，留下记录。',
  ],
  steps: [
    '他们还在，或又回来了：马上打110。告诉接警员地址、几个人、在做什么。',
    '别推搡，别动手。待在锁好的门后，或去人多的地方。让老人和孩子离远一点。',
    '报警后，请警察给你受案回执，记下编号。',
    '录音录像留在原来的手机里，不要删，也不要剪辑。',
    '记下时间、人数、长相和他们说过的话。',
  ],
  legalBasis: ['psl-47', 'criminal-245', 'civil-1033', 'provocation-interpretation-1', 'police-admin-procedure-61'],
  channels: ['110'],
} satisfies BlockTextInput;
