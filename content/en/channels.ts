import type { ChannelId } from '../ids';
import type { Channel } from '../schema';
import emergencyLines from './emergency-lines';

/**
 * Where to call or complain. Numbers, remits and deadlines come from legal-facts.md §5, §6 and its Appendix.
 * `tel` is set only for numbers that can be dialled as they are; the page turns it into a call button.
 */

const checkedOn = '2026-12-01';

const channels = {
  '110': {
    ...emergencyLines['110'],
    handles:
      'If someone is smashing the door, forcing their way in, refusing to leave, making threats, damaging property, not letting someone leave, or pretending to be the police or a court, you can call the police at once.',
    prepare:
      'Give the address, how many people came, what they are doing, and whether they have sticks or knives. Note the report number, and afterwards ask the police station for a case acceptance receipt (受案回执).',
    responseTime:
      'Calls are answered 24 hours a day. When the police receive a report, they should open a case and investigate at once; if they think it is not a violation of public order law, they should tell you and give their reasons. Once they accept a case, they should give the person who reported it a case acceptance receipt (受案回执).',
    checkedOn,
  },
  '120': {
    ...emergencyLines['120'],
    handles: 'Call an ambulance if someone is injured, has fainted or suddenly feels unwell.',
    prepare: 'Give the address, how many people are hurt, and what is happening now.',
    checkedOn,
  },
  '12356': {
    ...emergencyLines['12356'],
    handles:
      'If you feel awful, cannot sleep, or have thoughts of not wanting to live, you can call the psychological assistance hotline. Someone will listen to you.',
    prepare: 'You do not need to prepare anything. Just say how you are feeling now.',
    responseTime:
      'One number across the country; in every area someone answers at least 18 hours a day. If you cannot get through: if you are in danger, call 110; if you feel physically unwell, call 120.',
    checkedOn,
  },
  '12348': {
    name: '12348 public legal services hotline',
    tel: '12348',
    handles: 'Free legal advice. You can also ask whether you can get legal aid, and how to apply.',
    prepare:
      'Write down first: the loan contract, your repayment records, what happened with the collection, and the questions you want to ask.',
    checkedOn,
  },
  '12378': {
    name: '12378 consumer complaint hotline of the National Financial Regulatory Administration (NFRA, 国家金融监督管理总局)',
    tel: '12378',
    reach:
      "The phone line is generally answered in the daytime on working days, as officially published; you can also complain online. You can also go to the NFRA's local office.",
    handles:
      'Complaints about banks, consumer finance companies, auto finance companies (汽车金融公司), trust companies (信托公司), financial leasing companies (金融租赁公司) and other institutions supervised by the NFRA, including improper debt collection. For microlending companies, finance leasing companies (融资租赁公司), pawnshops and financing guarantee companies, go to the local financial regulatory bureau (地方金融管理局).',
    prepare:
      'Your name and contact details, the name of the institution you are complaining about, what happened, what you are asking for, and your evidence. If you have already complained to the institution, have the complaint record and its reply ready.',
    checkedOn,
  },
  'local-finance': {
    name: 'Local financial regulatory bureau (地方金融管理局), reachable through 12345',
    tel: '12345',
    reach:
      'Call 12345, the government service hotline. Say you want to complain about a microlending company, a finance leasing company or similar, and ask to be put through to the local financial regulatory bureau.',
    handles:
      'Complaints and reports about local financial organisations such as microlending companies (including online microlenders), finance leasing companies (融资租赁公司), pawnshops (典当行) and financing guarantee companies (融资担保公司). It also takes leads about illegal lending. Note: finance leasing companies belong here; for financial leasing companies (金融租赁公司), call 12378.',
    prepare:
      'The name of the lender (see the lender named in the contract or the app), what happened, and your evidence. When you call 12345, note the ticket number.',
    checkedOn,
  },
  '12321': {
    name: '12321 reporting centre for harmful online information and spam (12321网络不良与垃圾信息举报受理中心)',
    tel: '01012321',
    telLabel: '010-12321',
    reach:
      'The website www.12321.cn, or the WeChat official account "12321受理中心". The phone number 010-12321 is mainly for enquiries.',
    handles: 'Reports of nuisance calls, spam text messages, scam calls and leaks of personal information.',
    prepare:
      'The number that called or sent the message, the date and time, and screenshots of the messages. Do not change the original text of the messages.',
    checkedOn,
  },
  '12377': {
    name: '12377 Illegal and Harmful Information Reporting Centre (违法和不良信息举报中心, Cyberspace Administration of China)',
    reach: 'The website www.12377.cn, or the "网络举报" (online reporting) app.',
    handles:
      'Reports of online posts that leak private information, insult and abuse, or defame, for example exposing a debt online or posting your photos and information in group chats.',
    prepare:
      'The web link, screenshots, the platform and account that posted it, and when it was posted. You can also report it on the platform where it was posted at the same time.',
    checkedOn,
  },
  '12368': {
    name: '12368 court litigation service hotline',
    reach:
      'Dial your local area code followed by 12368. You can also use the "人民法院在线服务" (People\'s Court Online Service) mini-program, or a court number you looked up yourself. Do not call a number the other side gives you.',
    handles: 'Checking whether a court, a case number, a summons or a mediation is real.',
    prepare: 'The name of the court, the case number and the name of the official, as the other side gave them.',
    checkedOn,
  },
  'nifa-report': {
    name: 'Internet finance reporting platform of the National Internet Finance Association of China (NIFA, 中国互联网金融协会)',
    reach: 'The website jubao.nifa.org.cn. Reports must be made under your real name.',
    handles:
      'Reports of misconduct by online lenders and other internet finance institutions. The platform passes leads on to the relevant authorities, but does not handle disputes for individuals.',
    prepare:
      'Your real name, the name of the institution or app, what it did wrong, and your evidence. Each person can make at most 5 reports a day.',
    checkedOn,
  },
  'lender-official': {
    name: "The lender's official customer service and complaint channels",
    reach:
      'The customer service or complaint section in the loan app, the customer service number in the loan contract, or the number on the back of your bank card. Do not use a number given by the people at your door or in text messages.',
    handles:
      'Checking whether the visitors were hired by this institution; complaining about collection; finding out what is owed; discussing repayment.',
    prepare:
      'Your name and contact details, the loan details, what happened (time, place, how many people, what they said), what you are asking for, and your evidence. You can ask them to: stop coming at night; stop contacting your family; say which collection company they hired; confirm in writing the balance you owe.',
    responseTime:
      'Applies to banks, consumer finance companies and other institutions the NFRA supervises: where the facts are clear and the dispute is simple, they should decide within 15 days of receiving the complaint and tell you; complex cases can be extended to 30 days; especially complex cases can be extended by another 30 days, with approval from higher up and after telling you. If you are not satisfied with how a branch handled it, you can ask its superior office in writing to review it within 30 days of receiving the decision. Other institutions have no general promised deadline.',
    checkedOn,
  },
  'credit-reference': {
    name: "People's Bank of China Credit Reference Center (credit report objections, 征信异议)",
    reach: "Lodge a credit report objection (征信异议) with the People's Bank of China Credit Reference Center.",
    handles:
      'If your credit report shows a loan you did not take out, or a record is wrong, you can object and ask for it to be checked.',
    prepare:
      'Your ID document and the problem entry in your credit report. If your identity was misused, bring the case acceptance receipt (受案回执) from your police report.',
    checkedOn,
  },
  'justice-bureau': {
    name: "Local justice bureau (司法局) or lawyers' association",
    reach:
      "Look up the phone number or website of the local justice bureau or lawyers' association yourself. Do not use a number on the lawyer's letter or one the other side gives you.",
    handles: 'Checking whether a lawyer and a law firm are real, and whether the lawyer holds a practising certificate.',
    prepare: "The full name of the law firm, the lawyer's name and their practising certificate number.",
    checkedOn,
  },
  '12389': {
    name: '12389 line for reporting misconduct by police authorities and officers (公安机关和民警违纪违法举报电话)',
    tel: '12389',
    reach:
      'The police complaints line is generally 12389, as published locally. You can also report or accuse officers to the procuratorate (检察院) or the supervisory commission (监察机关).',
    handles: 'Reporting police officers who fail to act or act wrongly, for example not turning out promptly after a call, or doing nothing.',
    prepare:
      'The date and time of your report, which police station, the report number or case acceptance receipt (受案回执), the officer\'s name or badge number (if you know it), and what happened.',
    responseTime: 'The authority that receives the report or accusation should deal with it promptly and tell you the result.',
    checkedOn,
  },
} satisfies Record<ChannelId, Channel>;

export default channels;
