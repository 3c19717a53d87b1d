import type { BlockTextInput } from '../../schema';

/** danger=damage, or happened=damage (paint, graffiti, glued locks, notices posted). */
export default {
  title: '泼漆、喷字、堵锁眼、贴告示：先拍照，再报警',
  now: '马上打110，现场先别清理，拍照要拍进门牌号。',
  nowCall: '110',
  paragraphs: [
    '故意损坏你的东西，可能违反治安管理处罚法第五十九条。',
    '损失较大或情节严重的，可能涉嫌故意毁坏财物罪。相关法律：刑法第二百七十五条。',
    '在门口贴欠款告示，可能侵害你的名誉。也一起拍照、报警。',
    '警察制止或处罚过以后还继续的，可能涉嫌寻衅滋事。所以每一次都要报警。',
  ],
  steps: [
    '有人还在破坏，或你被堵在家里出不去：马上打110。',
    '等他们走了再出门。先别清理，拍下全景和近景，让门牌号也在照片里。',
    '打110，请警察来看现场。',
    '请物业把楼道监控先保存下来。',
    '报警后，请警察给你受案回执，记下编号。',
    '修锁、清理的发票和收据都留着。',
  ],
  legalBasis: ['psl-59', 'criminal-275', 'civil-1024', 'provocation-interpretation-1', 'police-admin-procedure-61'],
  channels: ['110'],
} satisfies BlockTextInput;
