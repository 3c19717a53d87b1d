import type { StepContent } from '../../schema';

const courtOrPolice =
  '如果对方说是法院或警察：请他们报出单位、姓名和案号，你自己打110或区号+12368核实；核实是真的，就开门配合，不要阻拦。';

const recordNow = '现在就开始录音或录像：用手机，或者门口的可视门铃、监控。';
const recordingCounts = '你和对方的对话，自己录下来，一般可以用作证据。';
const doNotHand = '不签任何东西。不转账、不扫码、不付现金。';
const keepYourThings = '不要把身份证、手机交给对方。';
const call110 = '觉得不安全，随时打110。';

/** What to do once the visit is over, or while waiting for the police. */
const afterBullets = [
  '写下他们几点来、几点走，来了几个人，说了什么、做了什么。',
  '记下对方说的姓名、公司、委托机构，还有车牌号。',
  '录音、录像和照片留在原来的手机里，不要删，也不要剪辑。以后用作证据，一般要交原件。',
  '报了警的，可以向民警要受案回执。收好它，记下上面的编号。',
  '门、锁、墙和楼道有损坏、喷字或张贴的，先拍照，再清理。拍的时候把门牌号也拍进去。',
  '问问邻居和物业有没有看到，请物业把监控录像留下来。',
];

export default {
  title: '不用开门，先稳住',
  paragraphs: ['你不用开门。隔着关好的门说话，或者挂上门链再说。', courtOrPolice],
  bullets: [
    recordNow,
    recordingCounts,
    doNotHand,
    keepYourThings,
    '不用回答欠不欠、欠多少，也不用当场答应任何事。',
    call110,
  ],
  script: {
    title: '隔着门，可以这样说',
    lines: [
      '我正在录音。',
      '请问你叫什么名字？是哪家公司的？',
      '是哪家机构委托你们来的？',
      '有事请通过官方渠道，白天联系我。',
      '现在请你们离开。',
    ],
  },
  action: '我记下了，继续',
  legalBasis: ['civil-procedure-interpretation-106'],
  variants: {
    'non-borrower': {
      bullets: [
        recordNow,
        recordingCounts,
        doNotHand,
        keepYourThings,
        '不用告诉对方借款人在哪里、电话是多少。',
        call110,
      ],
      script: {
        title: '隔着门，可以这样说',
        lines: ['我正在录音。', '我不是借款人，不会替他签字或还钱，请通过官方渠道联系他本人，现在请离开。'],
      },
    },
    after: {
      title: '人走了，先把经过记下来',
      paragraphs: [
        '先照顾好自己和家人。趁还记得清楚，把刚才的事写下来。',
        '如果警察还没到，或者他们还在附近，先待在锁好的门后。需要时再打110。',
      ],
      bullets: afterBullets,
      script: {
        title: '如果他们又来了，隔着门说',
        lines: ['我正在录音。', '有事请通过官方渠道处理。', '现在请你们离开，不然我就打110。'],
      },
      action: '我记下了，继续',
      legalBasis: ['evidence-rules-15', 'police-admin-procedure-61'],
    },
    'after-emergency': {
      title: '先稳住，把经过记下来',
      paragraphs: [
        '如果他们还在门外，先打110。待在锁好的门后，不要开门。',
        '等人走了、安全了，趁还记得清楚，把刚才的事写下来。',
      ],
      bullets: afterBullets,
      script: {
        title: '如果他们还在门外，或者又来了，隔着门说',
        lines: ['我正在录音。', '有事请通过官方渠道处理。', '现在请你们离开，不然我就打110。'],
      },
      action: '我记下了，继续',
      legalBasis: ['evidence-rules-15', 'police-admin-procedure-61'],
    },
  },
} satisfies StepContent;
