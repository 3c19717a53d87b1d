import type { StatuteId } from '../ids';

/**
 * English glosses of the statute catalogue (content/statutes.ts): the instrument's name, the article,
 * and a faithful translation of the quote. A quote marked 「（大意）」 in Chinese is a summary and
 * starts with "Summary: " here.
 */

const PSL = 'Public Security Administration Punishments Law (revised 2025, in force 1 January 2026)';
const CRIMINAL = 'Criminal Law (current text, including Amendment XII)';
const CIVIL = 'Civil Code (in force 1 January 2021)';
const PIPL = 'Personal Information Protection Law (in force 1 November 2021)';
const PRIVATE_LENDING =
  "Supreme People's Court Provisions on Several Issues concerning the Application of Law in the Trial of Private Lending Cases (second amendment December 2020, in force 1 January 2021)";
const CBA =
  'China Banking Association, Guideline on the Collection of Personal Consumer Loans by Financial Institutions (Trial) (issued 30 January 2026; industry self-regulation, not law)';
const CBA_ARTICLE = '(article number not published; as reported by the financial press, January 2026)';
const CARD_RULES =
  'Measures on the Supervision and Administration of Credit Card Business of Commercial Banks (Order No. 2 of 2011 of the former China Banking Regulatory Commission)';

const glosses = {
  'psl-47': {
    instrumentGloss: PSL,
    article: 'Article 47, item (3)',
    quote:
      "Summary: Unlawfully restricting another person's personal freedom, unlawfully entering another person's home, or unlawfully searching another person's body is punished by detention and a fine.",
  },
  'psl-50': {
    instrumentGloss: PSL,
    article: 'Article 50, paragraph 1, items (1), (2), (5) and (6)',
    quote:
      "Summary: Any of the following acts is punished: (1) writing threatening letters or threatening another person's personal safety by other means; (2) publicly insulting another person, or defaming another person by making up facts; (5) repeatedly sending obscene, insulting, intimidating or similar messages, or disrupting another person's normal life by harassing, pestering, following or similar means; (6) peeping at, secretly photographing, eavesdropping on, or spreading another person's private information.",
  },
  'psl-50-2': {
    instrumentGloss: PSL,
    article: 'Article 50, paragraph 2',
    quote:
      'Besides the punishment under the preceding paragraph, with the approval of the head of the public security organ, the person may be ordered not to contact the victim for a certain period. Anyone who breaches the order not to contact is punished by detention of not less than five and not more than ten days, and may also be fined not more than 1,000 yuan.',
  },
  'psl-59': {
    instrumentGloss: PSL,
    article: 'Article 59',
    quote:
      'Summary: Intentionally damaging public or private property is punished by detention or a fine; where the circumstances are relatively serious, by detention, and a fine may also be imposed.',
  },
  'psl-62': {
    instrumentGloss: PSL,
    article: 'Article 62',
    quote:
      'Summary: Posing as a state official to swindle, or swindling by stealing or falsely using the identity or name of a person or organisation, is punished; posing as military or police personnel is punished more heavily.',
  },
  'psl-90': {
    instrumentGloss: PSL,
    article: 'Article 90',
    quote:
      'Shall immediately open a case and investigate; where it is considered not to be an act violating public security administration, shall inform … and explain the reasons.',
  },
  'psl-25': {
    instrumentGloss: PSL,
    article: 'Article 25',
    quote: 'Where it has not been discovered by the public security organs within six months, it is no longer punished.',
  },
  'criminal-245': {
    instrumentGloss: CRIMINAL,
    article: 'Article 245',
    quote:
      "Whoever unlawfully searches another person's body or home, or unlawfully enters another person's home, shall be sentenced to fixed-term imprisonment of not more than three years or criminal detention.",
  },
  'criminal-238': {
    instrumentGloss: CRIMINAL,
    article: 'Article 238, paragraphs 1 and 3',
    quote:
      'Whoever unlawfully detains another person or unlawfully deprives another person of personal freedom by other means shall be sentenced to not more than three years … Whoever unlawfully holds or detains another person in order to collect a debt shall be punished under the preceding two paragraphs.',
  },
  'criminal-293-1': {
    instrumentGloss: CRIMINAL,
    article: 'Article 293-1 (added by Amendment XI to the Criminal Law, in force 1 March 2021)',
    quote:
      'Whoever, in any of the following ways, collects unlawful debts arising from usurious lending and the like, where the circumstances are serious, shall be sentenced to fixed-term imprisonment of not more than three years, criminal detention or public surveillance, and shall also, or shall only, be fined: (1) using violence or coercion; (2) restricting another person\'s personal freedom or entering another person\'s home; (3) intimidating, following or harassing another person.',
  },
  'criminal-279': {
    instrumentGloss: CRIMINAL,
    article: 'Article 279',
    quote:
      'Whoever poses as a state official to swindle shall be sentenced to not more than three years … Whoever poses as a people\'s police officer to swindle … shall be punished more heavily.',
  },
  'criminal-275': {
    instrumentGloss: CRIMINAL,
    article: 'Article 275',
    quote: 'Whoever intentionally destroys or damages public or private property, where the amount is relatively large or there are other serious circumstances …',
  },
  'provocation-interpretation-1': {
    instrumentGloss:
      "Supreme People's Court and Supreme People's Procuratorate Interpretation on Several Issues concerning the Application of Law in Handling Criminal Cases of Picking Quarrels and Provoking Trouble (in force 22 July 2013)",
    article: 'Article 1, paragraph 3',
    quote:
      'Where a person, because of a dispute over marriage or romance, family, neighbours, debts or the like, beats, verbally abuses or intimidates others, or damages or occupies others\' property, this is generally not treated as "picking quarrels and provoking trouble", except where the person continues such acts after being criticised and stopped, or dealt with and punished, by the relevant authorities, and disrupts social order.',
  },
  'civil-465': {
    instrumentGloss: CIVIL,
    article: 'Article 465',
    quote:
      'A lawfully formed contract is protected by law. A lawfully formed contract is legally binding only on the parties to it, unless the law provides otherwise.',
  },
  'civil-1064': {
    instrumentGloss: CIVIL,
    article: 'Article 1064',
    quote:
      "Debts incurred by the joint intention of husband and wife, such as debts signed for by both spouses or ratified afterwards by one spouse, and debts incurred by one spouse in their own name during the marriage for the needs of the family's daily life, are joint debts of the couple. Debts incurred by one spouse in their own name during the marriage beyond the needs of the family's daily life are not joint debts of the couple, unless the creditor can prove that the debt was used for the couple's joint life or joint production and business, or was based on the joint intention of both spouses.",
  },
  'civil-546': {
    instrumentGloss: CIVIL,
    article: 'Article 546, paragraph 1',
    quote: 'Where a creditor assigns a claim without notifying the debtor, the assignment has no effect on the debtor.',
  },
  'civil-670': {
    instrumentGloss: CIVIL,
    article: 'Article 670',
    quote:
      'Interest on a loan must not be deducted from the principal in advance. Where interest has been deducted from the principal in advance, the loan shall be repaid, and interest calculated, on the basis of the amount actually lent.',
  },
  'civil-680': {
    instrumentGloss: CIVIL,
    article: 'Article 680, paragraph 1',
    quote: 'Usurious lending is prohibited. The interest rate of a loan must not violate the relevant provisions of the state.',
  },
  'civil-188': {
    instrumentGloss: CIVIL,
    article: 'Article 188',
    quote:
      "The limitation period for requesting a people's court to protect civil rights is three years. Where the law provides otherwise, that provision applies. The limitation period runs from the day on which the right holder knows or should know that the right has been harmed and who the obligor is.",
  },
  'civil-192': {
    instrumentGloss: CIVIL,
    article: 'Article 192',
    quote:
      'When the limitation period has expired, the obligor may raise the defence of not performing the obligation. If, after the limitation period has expired, the obligor agrees to perform, the obligor may not raise the defence that the limitation period has expired; where the obligor has already performed voluntarily, the obligor may not ask for it to be returned.',
  },
  'civil-195': {
    instrumentGloss: CIVIL,
    article: 'Article 195',
    quote:
      'In any of the following circumstances, the limitation period is interrupted, and a new limitation period runs from the time of the interruption or from the end of the relevant proceedings: (1) the right holder requests the obligor to perform; (2) the obligor agrees to perform the obligation; (3) the right holder files a lawsuit or applies for arbitration; (4) other circumstances with the same effect as filing a lawsuit or applying for arbitration.',
  },
  'civil-997': {
    instrumentGloss: CIVIL,
    article: 'Article 997',
    quote:
      "Where a civil subject has evidence that a person is committing, or is about to commit, an unlawful act infringing their personality rights, and failing to stop it in time would cause irreparable harm to their lawful rights and interests, they have the right to apply to a people's court, in accordance with the law, for measures ordering that person to stop the act.",
  },
  'civil-1024': {
    instrumentGloss: CIVIL,
    article: 'Article 1024',
    quote:
      "Summary: Civil subjects enjoy the right to reputation. No organisation or individual may infringe another person's right to reputation by insult, defamation or similar means.",
  },
  'civil-1032': {
    instrumentGloss: CIVIL,
    article: 'Article 1032',
    quote:
      "Natural persons enjoy the right to privacy. No organisation or individual may infringe another person's right to privacy by prying, intrusion, disclosure, publication or similar means. Privacy is the peace of a natural person's private life, and the private spaces, private activities and private information that they do not wish others to know.",
  },
  'civil-1033': {
    instrumentGloss: CIVIL,
    article: 'Article 1033, items (1) and (2)',
    quote:
      "Unless the law provides otherwise or the right holder expressly consents, no organisation or individual may: (1) disturb the peace of another person's private life by telephone, text message, instant messaging tools, email, leaflets or similar means; (2) enter, photograph or peep into another person's home, hotel room or other private space …",
  },
  'pipl-6': {
    instrumentGloss: PIPL,
    article: 'Article 6',
    quote:
      'The collection of personal information shall be limited to the minimum scope needed to achieve the purpose of processing, and personal information must not be collected excessively.',
  },
  'pipl-25': {
    instrumentGloss: PIPL,
    article: 'Article 25',
    quote: "Must not make public the personal information it handles, except with the individual's separate consent.",
  },
  'private-lending-1': {
    instrumentGloss: PRIVATE_LENDING,
    article: 'Article 1, paragraph 2',
    quote:
      'These Provisions do not apply to disputes arising from lending and other related financial business of financial institutions engaged in the lending business, and their branches, set up with the approval of the financial regulators.',
  },
  'private-lending-25': {
    instrumentGloss: PRIVATE_LENDING,
    article: 'Article 25, paragraph 1',
    quote:
      "Where a lender asks the borrower to pay interest at the rate agreed in the contract, the people's court shall support it, unless the agreed rate is more than four times the one-year Loan Prime Rate at the time the contract was made.",
  },
  'cba-guideline-hours': {
    instrumentGloss: CBA,
    article: CBA_ARTICLE,
    quote:
      "Without the debtor's consent, collection by telephone, by field visit, or by any other means is strictly prohibited between 22:00 each evening and 8:00 the next morning.",
  },
  'cba-guideline-third-parties': {
    instrumentGloss: CBA,
    article: CBA_ARTICLE,
    quote:
      "Collection staff may contact a third party only when the debtor cannot be reached, for example when the debtor's own mobile number is invalid or the debtor could not be reached three times in a row, and they must strictly distinguish third parties connected with the debt from unrelated third parties.",
  },
  'cba-guideline-home': {
    instrumentGloss: CBA,
    article: CBA_ARTICLE,
    quote:
      "(Listed as a prohibited act) Entering a home or other private place, or the office area where the debtor works, to carry out collection without consent.",
  },
  'card-rules-68': {
    instrumentGloss: CARD_RULES,
    article: 'Article 68',
    quote:
      'The card-issuing bank shall collect from the debtor and the debtor\'s guarantor, and must not collect from third parties unrelated to the debt, or use violence, coercion, intimidation, verbal abuse or other improper collection practices. The collection process shall be recorded, and the recordings kept for at least 2 years for inspection.',
  },
  'card-rules-70': {
    instrumentGloss: CARD_RULES,
    article: 'Article 70',
    quote:
      "Where it is confirmed that the credit card debt exceeds the cardholder's ability to repay and the cardholder is still willing to repay, the card-issuing bank may negotiate with the cardholder on an equal footing and reach a personalised instalment repayment agreement. The term of a personalised instalment repayment agreement must not exceed 5 years. … Where both sides agree and sign an instalment repayment agreement, the card-issuing bank and its card business service providers shall stop collecting from that cardholder, except where the cardholder does not perform the instalment repayment agreement.",
  },
  'consumer-protection-rules': {
    instrumentGloss:
      'Measures for the Administration of Consumer Rights Protection by Banking and Insurance Institutions (Order No. 9 of 2022 of the former China Banking and Insurance Regulatory Commission, in force 1 March 2023)',
    article: "(article number not verified; from Beijing Business Today's report on its release, 30 December 2022)",
    quote:
      'Before an outside agency is appointed to carry out collection, the debtor shall be informed in an appropriate way. When banking and insurance institutions collect debts themselves or through outside agencies, they must not falsely use the name of administrative or judicial organs, use violence, intimidation, fraud or other improper means, or use other means that break laws or rules or go against public order and good morals.',
  },
  'complaint-rules-deadlines': {
    instrumentGloss:
      'Measures for the Administration of Consumer Complaint Handling in the Banking and Insurance Sectors (Order No. 3 of 2020 of the former China Banking and Insurance Regulatory Commission, in force 1 March 2020)',
    article: '(article number not verified)',
    quote:
      'For consumer complaints where the facts are clear and the dispute is simple, a decision shall be made and the complainant informed within 15 days of receiving the complaint; for complex cases this may be extended to 30 days; where the case is especially complex or there are other special reasons, it may be extended by a further 30 days with the approval of the superior institution or a senior manager of the head office, and after informing the complainant.',
  },
  'civil-procedure-227': {
    instrumentGloss: 'Civil Procedure Law (amended 2023, in force 1 January 2024)',
    article: 'Article 227, paragraphs 2 and 3',
    quote:
      "The debtor shall, within fifteen days of receiving the payment order, pay off the debt or submit a written objection to the people's court. Where the debtor neither raises an objection within the period set in the preceding paragraph nor complies with the payment order, the creditor may apply to the people's court for enforcement.",
  },
  'civil-procedure-interpretation-106': {
    instrumentGloss:
      "Supreme People's Court Interpretation on the Application of the Civil Procedure Law (amended 2022, in force 10 April 2022)",
    article: 'Article 106',
    quote:
      "Evidence formed or obtained by means that seriously infringe the lawful rights and interests of others, violate prohibitive provisions of the law, or seriously go against public order and good morals must not be used as a basis for establishing the facts of a case.",
  },
  'evidence-rules-15': {
    instrumentGloss: "Supreme People's Court Several Provisions on Evidence in Civil Proceedings (amended 2019)",
    article: 'Article 15',
    quote:
      'Summary: Where audio or video recordings or other audio-visual materials are offered as evidence, the original medium on which they are stored shall be provided; where electronic data is offered as evidence, the original, or a copy or printout consistent with the original, shall be provided.',
  },
  'police-admin-procedure-61': {
    instrumentGloss: 'Provisions on Procedures for Public Security Organs Handling Administrative Cases (amended 2018)',
    article: 'Article 61, item (1)',
    quote: 'Fill in a case acceptance registration form and a case acceptance receipt (受案回执), and give the receipt to the person who made the report.',
  },
  'police-law-21': {
    instrumentGloss: "People's Police Law (amended 2012)",
    article: 'Article 21',
    quote:
      "When people's police officers find that citizens' personal or property safety is being infringed or that citizens are in other danger, they shall give help at once; when citizens ask for help to resolve a dispute, they shall help; and they shall deal promptly with cases citizens report to the police.",
  },
} satisfies Record<StatuteId, { instrumentGloss: string; article: string; quote: string }>;

export default glosses;
