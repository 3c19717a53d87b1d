import type { StepContent } from '../../schema';

export default {
  title: '发生过下面哪些事？',
  short: '发生过',
  help: '计划会告诉你每件事该留哪些证据。',
  options: {
    'night-visit': { label: '晚上10点后或早上8点前上门' },
    entered: { label: '没经过同意就进屋，或让走不走' },
    threats: { label: '威胁、辱骂' },
    damage: { label: '泼油漆、喷字、堵锁眼、张贴欠款告示' },
    contacts: { label: '联系我的家人、同事、通讯录里的人' },
    workplace: { label: '到单位找我，或打电话到单位' },
    relatives: { label: '找我的父母、孩子、老家，或孩子的学校' },
    followed: { label: '跟踪我或家人，在楼下、单位或学校蹲守' },
    exposed: { label: '在网上、群里曝光我的信息或照片' },
    calls: { label: '频繁打电话、发短信（包括深夜）' },
    impersonation: { label: '冒充警察、法院、检察院、律师或政府部门' },
    'car-taken': { label: '车被拖走或开走' },
    none: { label: '以上都没有' },
  },
} satisfies StepContent;
