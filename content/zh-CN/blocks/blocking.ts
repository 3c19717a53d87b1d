import type { BlockTextInput } from '../../schema';

/**
 * Outside the door: situation=at-door with danger=forcing|refuse-leave (knocking, waiting in the
 * stairwell, trying to force their way in). Waiting there is not entering the home, and the text
 * never says which item of the law applies: the police judge (legal-facts P2.9).
 */
export default {
  title: '门外有人不走，或想硬进来：关好门，打110',
  now: '锁好门，别开门，马上打110。',
  nowCall: '110',
  paragraphs: [
    '在门口、楼道里等人，不算“闯进家里”。',
    '但反复敲门、纠缠、堵门不走，可能违反治安管理处罚法。可以报警，由警察判断。',
    '他们要是撬门、砸门，或者进了门，更要马上打110。',
  ],
  steps: [
    '把门锁好，不要开门。',
    '打110，说清楚地址、门外几个人、在做什么。',
    '隔着门录音录像，或用猫眼、门铃摄像头拍下来。',
    '不开门理论，不动手，也别隔着门对骂。',
    '让老人和孩子待在里屋，离门远一点。',
    '对方说是法院或警察：自己打110或“当地区号+12368”核实。核实是真的，就开门配合。',
    '报警后，请警察给你受案回执，记下编号。',
  ],
  legalBasis: ['psl-50', 'police-admin-procedure-61'],
  channels: ['110', '12368'],
} satisfies BlockTextInput;
