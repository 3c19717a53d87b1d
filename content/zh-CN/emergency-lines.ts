import type { EmergencyLineId } from '../ids';
import type { Channel } from '../schema';

/**
 * The numbers of the emergency and crisis screens (legal-facts.md §5), kept apart from the other
 * channels so the browser can draw those screens with these words alone.
 */

export const checkedOn = '2026-12-01';

const emergencyLines = {
  '110': {
    name: '110报警电话',
    tel: '110',
    handles: '有人砸门、强行进屋、让走不走、威胁、毁坏东西、不让人离开，或冒充警察法院，都可以马上报警。',
    prepare:
      '说清地址、来了几个人、他们在做什么、有没有带棍棒刀具。记下接报案编号，事后向派出所要受案回执。',
    responseTime:
      '全天24小时接警。公安机关接到报案，应当立即立案调查；认为不属于违反治安管理的，应当告诉你并说明理由。受理后，应当把受案回执交给报案人。',
    checkedOn,
  },
  '120': {
    name: '120急救电话',
    tel: '120',
    handles: '有人受伤、晕倒或身体突然不舒服时，叫救护车。',
    prepare: '说清地址、几个人受伤、现在是什么情况。',
    checkedOn,
  },
  '12356': {
    name: '12356心理援助热线',
    tel: '12356',
    handles: '心里很难受、睡不着，或有不想活的念头时，可以打给心理援助热线，有人听你说。',
    prepare: '不用准备什么。说说你现在的感受就好。',
    responseTime: '全国统一号码，各地每天至少18小时有人接听。接不通时，有危险请打110，身体不舒服请打120。',
    checkedOn,
  },
} satisfies Record<EmergencyLineId, Channel>;

export default emergencyLines;
