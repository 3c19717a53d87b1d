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
const CARD_RULES =
  'Measures on the Supervision and Administration of Credit Card Business of Commercial Banks (Order No. 2 of 2011 of the former China Banking Regulatory Commission)';

const CIVIL_PROCEDURE = 'Civil Procedure Law (amended 2023, in force 1 January 2024)';
const LIMITATION_RULES =
  "Supreme People's Court Provisions on Several Issues concerning the Application of the Limitation System in the Trial of Civil Cases (amended December 2020)";
const GUARANTEE_INTERPRETATION =
  "Supreme People's Court Interpretation on the Application of the Civil Code's Provisions on the Guarantee System (in force 1 January 2021)";
const CONTRACT_INTERPRETATION =
  "Supreme People's Court Interpretation on Several Issues concerning the Application of the General Provisions of the Contracts Book of the Civil Code (in force 5 December 2023)";
const POLICE_LAW = "People's Police Law (amended 2012)";
const PEOPLE_MEDIATION = "People's Mediation Law (adopted 2010)";
const ARBITRATION = 'Arbitration Law (revised 2025, in force 1 March 2026)';
const COMPLAINT_RULES =
  'Measures for the Administration of Consumer Complaint Handling in the Banking and Insurance Sectors (Order No. 3 of 2020 of the former China Banking and Insurance Regulatory Commission, in force 1 March 2020)';

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
      'Where a person commits the harassing, pestering or following conduct set out in item (5) of the preceding paragraph, then besides the punishment under the preceding paragraph, with the approval of the head of the public security organ, the person may be ordered not to contact the victim for a certain period. Anyone who breaches the order not to contact is punished by detention of not less than five and not more than ten days, and may also be fined not more than 1,000 yuan.',
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
    quote:
      "Without the debtor's consent, collection by telephone, by field visit, or by any other means is strictly prohibited between 22:00 each evening and 8:00 the next morning.",
  },
  'cba-guideline-third-parties': {
    instrumentGloss: CBA,
    quote:
      "Collection staff may contact a third party only when the debtor cannot be reached, for example when the debtor's own mobile number is invalid or the debtor could not be reached three times in a row, and they must strictly distinguish third parties connected with the debt from unrelated third parties.",
  },
  'cba-guideline-home': {
    instrumentGloss: CBA,
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
      "In special circumstances, where it is confirmed that the credit card debt exceeds the cardholder's ability to repay and the cardholder is still willing to repay, the card-issuing bank may negotiate with the cardholder on an equal footing and reach a personalised instalment repayment agreement. The term of a personalised instalment repayment agreement must not exceed 5 years. … Where both sides agree and sign an instalment repayment agreement, the card-issuing bank and its card business service providers shall stop collecting from that cardholder, except where the cardholder does not perform the instalment repayment agreement.",
  },
  'consumer-protection-rules': {
    instrumentGloss:
      'Measures for the Administration of Consumer Rights Protection by Banking and Insurance Institutions (Order No. 9 of 2022 of the former China Banking and Insurance Regulatory Commission, in force 1 March 2023)',
    quote:
      'Before an outside agency is appointed to carry out collection, the debtor shall be informed in an appropriate way. When banking and insurance institutions collect debts themselves or through outside agencies, they must not falsely use the name of administrative or judicial organs, use violence, intimidation, fraud or other improper means, or use other means that break laws or rules or go against public order and good morals.',
  },
  'complaint-rules-deadlines': {
    instrumentGloss: COMPLAINT_RULES,
    article: 'Article 18',
    quote:
      '… For consumer complaints where the facts are clear and the dispute is simple, a decision shall be made and the complainant informed within 15 days of receiving the complaint; for complex cases this may be extended to 30 days; where the case is especially complex or there are other special reasons, it may be extended by a further 30 days with the approval of the superior institution or a senior manager of the head office, and after informing the complainant.',
  },
  'civil-procedure-227': {
    instrumentGloss: CIVIL_PROCEDURE,
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
    instrumentGloss:
      'Provisions on Procedures for Public Security Organs Handling Administrative Cases (amended 2018, Ministry of Public Security Order No. 149)',
    article: 'Article 61, items (1) and (3)',
    quote:
      '(1) For a case within the unit\'s jurisdiction, it shall investigate and deal with it at once, fill in a case acceptance registration form and a case acceptance receipt (受案回执), and give the receipt to the person who reported, complained, informed or brought the suspect in; … (3) For a matter outside the duties of the public security organs that can be judged on the spot when the report is received, it shall at once tell the reporter orally … to report or surrender to the other competent authority; where the reporter … objects to what was said orally, or the matter cannot be judged on the spot, it shall inform them in writing, except where written notice is impossible for objective reasons such as having no contact details or an unknown identity.',
  },
  'police-law-21': {
    instrumentGloss: POLICE_LAW,
    article: 'Article 21',
    quote:
      "When people's police officers find that citizens' personal or property safety is being infringed or that citizens are in other danger, they shall give help at once; when citizens ask for help to resolve a dispute, they shall help; and they shall deal promptly with cases citizens report to the police.",
  },
  // Verification pass 2 (2026-12-01)
  'civil-procedure-90': {
    instrumentGloss: CIVIL_PROCEDURE,
    article: 'Article 90',
    quote:
      "With the consent of the person to be served, the people's court may serve litigation documents by electronic means that can confirm receipt. Where a judgment, ruling or mediation statement is served electronically and the person served asks for a paper copy, the people's court shall provide it. Where service is made in the way set out in the preceding paragraph, the date of service is the date on which the service message reaches the specific system of the person served.",
  },
  'civil-procedure-95': {
    instrumentGloss: CIVIL_PROCEDURE,
    article: 'Article 95',
    quote:
      'Where the whereabouts of the person to be served are unknown, or service cannot be made by the other methods in this section, service is made by public notice. When thirty days have passed from the day the notice is issued, the documents are deemed served.',
  },
  'civil-procedure-128': {
    instrumentGloss: CIVIL_PROCEDURE,
    article: 'Article 128, paragraphs 1 and 2',
    quote:
      "The people's court shall send a copy of the statement of claim to the defendant within five days of filing the case, and the defendant shall submit a defence within fifteen days of receiving it. … If the defendant does not submit a defence, this does not prevent the people's court from trying the case.",
  },
  'civil-procedure-147': {
    instrumentGloss: CIVIL_PROCEDURE,
    article: 'Article 147',
    quote:
      'Where a defendant who has been summoned by a summons refuses to appear in court without good reason, or leaves the court during the hearing without its permission, judgment may be given by default.',
  },
  'civil-procedure-165': {
    instrumentGloss: CIVIL_PROCEDURE,
    article: 'Article 165',
    quote:
      '… where the amount in dispute is not more than fifty per cent of the average annual wage of employed persons in the province, autonomous region or municipality in the previous year, the small-claims procedure applies, and the first-instance judgment is final.',
  },
  'civil-procedure-171': {
    instrumentGloss: CIVIL_PROCEDURE,
    article: 'Article 171',
    quote:
      "A party who does not accept a first-instance judgment of a local people's court has the right to appeal to the people's court at the next level up within fifteen days of the judgment being served. A party who does not accept a first-instance ruling of a local people's court has the right to appeal to the people's court at the next level up within ten days of the ruling being served.",
  },
  'civil-193': {
    instrumentGloss: CIVIL,
    article: 'Article 193',
    quote: "The people's court must not apply the provisions on limitation periods of its own motion.",
  },
  'limitation-rules-2': {
    instrumentGloss: LIMITATION_RULES,
    article: 'Article 2',
    quote:
      "Where a party does not raise the limitation defence, the people's court should not explain or point out the limitation issue.",
  },
  'limitation-rules-3': {
    instrumentGloss: LIMITATION_RULES,
    article: 'Article 3',
    quote:
      "Where a party did not raise the limitation defence during the first instance and raises it during the second instance, the people's court does not support it, except where, on the basis of new evidence, the party can prove that the other party's claim is past the limitation period. (Paragraph 2, summary: a party who did not raise the limitation defence as required by the preceding paragraph is not supported either if they later raise the expiry of the limitation period when applying for a retrial.)",
  },
  'limitation-rules-8': {
    instrumentGloss: LIMITATION_RULES,
    article: 'Article 8, item (2)',
    quote:
      '(The following counts as "the right holder requesting the obligor to perform", which interrupts the limitation period) (2) one party asserts its right by sending a letter or an electronic message, and the letter or message reaches, or should have reached, the other party',
  },
  'limitation-rules-14': {
    instrumentGloss: LIMITATION_RULES,
    article: 'Article 14',
    quote:
      'Where the obligor makes a promise or takes an action such as paying in instalments, paying in part, providing a guarantee, asking to pay later, or drawing up a plan to pay off the debt, this shall be treated as "the obligor agrees to perform the obligation" under Article 195 of the Civil Code.',
  },
  'limitation-rules-17': {
    instrumentGloss: LIMITATION_RULES,
    article: 'Article 17, paragraph 1',
    quote:
      'Where a claim is assigned, the limitation period shall be treated as interrupted from the day the notice of the assignment reaches the debtor.',
  },
  'limitation-rules-19': {
    instrumentGloss: LIMITATION_RULES,
    article: 'Article 19, paragraphs 1 and 3',
    quote:
      "Where, after the limitation period has expired, one party expresses to the other its agreement to perform the obligation, or performs it voluntarily, and then raises the defence that the limitation period has expired, the people's court does not support it. … Where, after the limitation period has expired, the lender sends the borrower a notice demanding repayment of an overdue loan (催收通知单), and the debtor signs or seals the notice, and this can be taken as the borrower agreeing to perform the obligation whose limitation period has expired, the people's court shall support the lender's claim that the borrower has given up the limitation defence.",
  },
  'civil-686': {
    instrumentGloss: CIVIL,
    article: 'Article 686',
    quote:
      'The forms of guarantee (保证) are the general guarantee and the joint and several liability guarantee. Where the parties have not agreed on the form of guarantee in the guarantee contract, or the agreement is unclear, guarantee liability is borne as a general guarantee.',
  },
  'civil-687': {
    instrumentGloss: CIVIL,
    article: 'Article 687',
    quote:
      "Where the parties agree in the guarantee contract that the guarantor bears guarantee liability when the debtor is unable to perform the debt, it is a general guarantee. The guarantor under a general guarantee has the right to refuse to bear guarantee liability to the creditor until the dispute under the main contract has been tried or arbitrated and the debt still cannot be performed after enforcement against the debtor's property in accordance with the law … (exceptions) (1) the debtor's whereabouts are unknown and the debtor has no property available for enforcement; (2) the people's court has accepted a bankruptcy case against the debtor; (3) the creditor has evidence that the debtor's property is not enough to perform the whole debt, or that the debtor has lost the ability to perform; (4) the guarantor has given up the right under this paragraph in writing.",
  },
  'civil-688': {
    instrumentGloss: CIVIL,
    article: 'Article 688',
    quote:
      'Where the parties agree in the guarantee contract that the guarantor and the debtor bear joint and several liability for the debt, it is a joint and several liability guarantee. … The creditor may ask the debtor to perform the debt, or may ask the guarantor to bear guarantee liability within the scope of the guarantee.',
  },
  'civil-692': {
    instrumentGloss: CIVIL,
    article: 'Article 692, paragraphs 1 and 2',
    quote:
      "The guarantee period (保证期间) is the period that determines whether the guarantor bears guarantee liability; it is not suspended, interrupted or extended. … Where there is no agreement or the agreement is unclear, the guarantee period is six months from the day the time for performing the main debt ends.",
  },
  'civil-693': {
    instrumentGloss: CIVIL,
    article: 'Article 693',
    quote:
      'Where the creditor under a general guarantee does not sue the debtor or apply for arbitration within the guarantee period, the guarantor no longer bears guarantee liability. Where the creditor under a joint and several liability guarantee does not ask the guarantor to bear guarantee liability within the guarantee period, the guarantor no longer bears guarantee liability.',
  },
  'guarantee-interpretation-25': {
    instrumentGloss: GUARANTEE_INTERPRETATION,
    article: 'Article 25',
    quote:
      'Summary: Where the guarantee contract says the guarantor bears liability "only when the debtor is unable to perform the debt or unable to repay", or similar, it is treated as a general guarantee; where it says the guarantor bears liability "as soon as the debtor does not perform the debt or has not repaid", or "unconditionally", or similar, it is treated as a joint and several liability guarantee.',
  },
  'civil-1161': {
    instrumentGloss: CIVIL,
    article: 'Article 1161',
    quote:
      "Heirs pay the taxes the deceased owed by law and the deceased's debts up to the actual value of the estate they receive. This limit does not apply to any amount above the actual value of the estate that an heir repays voluntarily. An heir who gives up the inheritance need not be liable for the taxes the deceased owed by law or the deceased's debts.",
  },
  'civil-1124': {
    instrumentGloss: CIVIL,
    article: 'Article 1124, paragraph 1',
    quote:
      'After succession opens, an heir who gives up the inheritance shall say so in writing before the estate is dealt with; an heir who says nothing is deemed to accept the inheritance.',
  },
  'civil-18': {
    instrumentGloss: CIVIL,
    article: 'Article 18, paragraph 2',
    quote:
      'A minor aged sixteen or over whose main source of living is their own income from work is treated as a person with full capacity for civil conduct.',
  },
  'civil-19': {
    instrumentGloss: CIVIL,
    article: 'Article 19',
    quote:
      'A minor aged eight or over is a person with limited capacity for civil conduct; civil juristic acts are performed on their behalf by their legal representative, or with the legal representative\'s consent or ratification; however, they may on their own perform civil juristic acts that purely benefit them, or that suit their age and intelligence.',
  },
  'civil-20': {
    instrumentGloss: CIVIL,
    article: 'Article 20',
    quote:
      'A minor under eight is a person without capacity for civil conduct, and civil juristic acts are performed on their behalf by their legal representative.',
  },
  'civil-144': {
    instrumentGloss: CIVIL,
    article: 'Article 144',
    quote: 'A civil juristic act performed by a person without capacity for civil conduct is void.',
  },
  'civil-145': {
    instrumentGloss: CIVIL,
    article: 'Article 145, paragraphs 1 and 2',
    quote:
      "A civil juristic act performed by a person with limited capacity for civil conduct that purely benefits them, or that suits their age, intelligence and mental health, is valid; their other civil juristic acts are valid once the legal representative consents or ratifies them. The other party may urge the legal representative to ratify within thirty days of receiving the notice. If the legal representative says nothing, ratification is deemed refused. …",
  },
  'civil-157': {
    instrumentGloss: CIVIL,
    article: 'Article 157',
    quote:
      'After a civil juristic act is void, is revoked, or is confirmed to have no effect, property the actor obtained through the act shall be returned; where it cannot be returned or there is no need to return it, compensation shall be paid at its value. …',
  },
  'civil-410': {
    instrumentGloss: CIVIL,
    article: 'Article 410',
    quote:
      'Where the debtor does not perform a debt that is due, or a circumstance agreed by the parties for realising the mortgage occurs, the mortgagee may agree with the mortgagor to take the mortgaged property at a value, or to be paid first from the proceeds of auctioning or selling it. … Where the mortgagee and the mortgagor have not agreed on how to realise the mortgage, the mortgagee may ask the people\'s court to auction or sell the mortgaged property. Where the mortgaged property is taken at a value or sold, market prices shall be used as a reference.',
  },
  'guarantee-interpretation-45': {
    instrumentGloss: GUARANTEE_INTERPRETATION,
    article: 'Article 45, paragraph 1',
    quote:
      'Where the parties agree that, when the debtor does not perform a debt that is due or a circumstance agreed by the parties for realising the security interest occurs, the holder of the security interest has the right to auction or sell the secured property itself and be paid first from the proceeds, the agreement is valid. …',
  },
  'civil-752': {
    instrumentGloss: CIVIL,
    article: 'Article 752',
    quote:
      'The lessee shall pay the rent as agreed. Where the lessee still does not pay the rent within a reasonable period after being urged to pay, the lessor may ask for payment of all the rent, or may terminate the contract and take back the leased property.',
  },
  'civil-758': {
    instrumentGloss: CIVIL,
    article: 'Article 758, paragraph 1',
    quote:
      'Where the parties agree that the leased property belongs to the lessee when the lease ends, the lessee has paid most of the rent but cannot pay the rest, and the lessor therefore terminates the contract and takes back the leased property, if the value of the property taken back is more than the rent and other charges the lessee owes, the lessee may ask for the difference to be returned.',
  },
  'psl-96': {
    instrumentGloss: PSL,
    article: 'Article 96, paragraph 1',
    quote:
      '… a person found at the scene committing an act violating public security administration may be summoned orally by a people\'s police officer after showing the People\'s Police card (人民警察证), but this shall be noted in the record of questioning.',
  },
  'psl-99': {
    instrumentGloss: PSL,
    article: 'Article 99, paragraphs 1 and 2',
    quote:
      "People's police officers may question a victim or other witness at the scene, or at their workplace, their home or a place they propose … When people's police officers question a victim or other witness outside the public security organ, they shall show the People's Police card (人民警察证).",
  },
  'psl-133': {
    instrumentGloss: PSL,
    article: 'Article 133',
    quote:
      "Public security organs and their people's police, when handling public security cases, shall willingly accept supervision by society and citizens. Where public security organs and their people's police, when handling public security cases, do not enforce the law strictly or break laws or discipline, any organisation or person has the right to report or accuse them to the public security organ, the people's procuratorate or the supervisory organ; the organ that receives the report or accusation shall deal with it promptly according to its duties.",
  },
  'psl-139': {
    instrumentGloss: PSL,
    article: 'Article 139, paragraph 1, item (9)',
    quote:
      "People's police officers who, in handling public security cases, do any of the following shall be disciplined according to law; where it constitutes a crime, criminal liability shall be pursued according to law: … (9) failing to turn out promptly after receiving a report asking them to stop an act violating public security administration",
  },
  'police-law-46': {
    instrumentGloss: POLICE_LAW,
    article: 'Article 46',
    quote:
      "Citizens or organisations have the right to report or accuse people's police officers' breaches of law or discipline to the people's police organ, the people's procuratorate or the administrative supervision organ. The organ that accepts the report or accusation shall investigate and deal with it promptly, and tell the person who reported or accused the result.",
  },
  'people-mediation-3': {
    instrumentGloss: PEOPLE_MEDIATION,
    article: 'Article 3, items (1) and (3)',
    quote:
      "(1) mediate on the basis of the parties' free will and equality; … (3) respect the parties' rights, and not use mediation to stop the parties from protecting their rights according to law through arbitration, administrative, judicial or other channels.",
  },
  'people-mediation-17': {
    instrumentGloss: PEOPLE_MEDIATION,
    article: 'Article 17',
    quote: '… Where one party clearly refuses mediation, mediation must not take place.',
  },
  'people-mediation-31': {
    instrumentGloss: PEOPLE_MEDIATION,
    article: 'Article 31, paragraph 1',
    quote:
      "A mediation agreement reached through mediation by a people's mediation committee is legally binding, and the parties shall perform it as agreed.",
  },
  'arbitration-4': {
    instrumentGloss: ARBITRATION,
    article: 'Article 4',
    quote:
      'Parties who choose arbitration to resolve a dispute shall follow the principle of free will and reach an arbitration agreement. Where there is no arbitration agreement and one party applies for arbitration, the arbitration institution does not accept the case.',
  },
  'arbitration-27': {
    instrumentGloss: ARBITRATION,
    article: 'Article 27, paragraph 3',
    quote:
      'Where one party claims, when applying for arbitration, that there is an arbitration agreement, and the other party does not deny it before the first hearing, then after the arbitral tribunal has pointed this out and recorded it, an arbitration agreement is deemed to exist between the parties.',
  },
  'arbitration-72': {
    instrumentGloss: ARBITRATION,
    article: 'Article 72',
    quote: 'A party applying to set aside an award shall do so within three months of receiving the award.',
  },
  'contract-interpretation-48': {
    instrumentGloss: CONTRACT_INTERPRETATION,
    article: 'Article 48, paragraphs 1 and 2',
    quote:
      "Where the debtor has already performed to the assignor before receiving notice of the assignment of the claim, and the assignee asks the debtor to perform, the people's court does not support it; where the debtor still performs to the assignor after receiving notice of the assignment, and the assignee asks the debtor to perform, the people's court shall support it. Where the assignor has not notified the debtor and the assignee sues the debtor directly for performance, and the people's court confirms after trial that the claim was assigned, it shall hold that the assignment takes effect against the debtor from the time a copy of the statement of claim is served. Where the debtor asks for the extra costs or losses caused by the lack of notice to be deducted from the amount of the claim found, the people's court supports this according to law.",
  },
  'contract-interpretation-49': {
    instrumentGloss: CONTRACT_INTERPRETATION,
    article: 'Article 49, paragraph 2',
    quote:
      "Where the assignee has taken the claim on the basis of the debtor's confirmation that the claim really exists, and the debtor then refuses to perform to the assignee on the ground that the claim does not exist, the people's court does not support it, unless the assignee knew or should have known that the claim did not exist.",
  },
  'civil-548': {
    instrumentGloss: CIVIL,
    article: 'Article 548',
    quote:
      'After the debtor receives notice of the assignment of the claim, the debtor may raise against the assignee the defences it has against the assignor.',
  },
  'complaint-rules-20': {
    instrumentGloss: COMPLAINT_RULES,
    article: 'Article 20',
    quote:
      "A complainant who disagrees with how a branch of a banking or insurance institution has handled a consumer complaint may, within 30 days of receiving the decision, apply in writing to the branch's superior institution for a review.",
  },
  'licence-rules-3': {
    instrumentGloss:
      'Measures for the Administration of Licences of Banking and Insurance Institutions (Order No. 3 of 2021 of the former China Banking and Insurance Regulatory Commission, in force 1 July 2021)',
    article: 'Article 3',
    quote:
      'Banking and insurance institutions in these Measures include policy banks, large banks, joint-stock banks, city commercial banks, private banks, foreign banks, small and medium rural banking institutions and other banking institutions and their branches; insurance group (holding) companies, insurance companies, insurance asset management companies, financial asset management companies, trust companies (信托公司), enterprise group finance companies, financial leasing companies (金融租赁公司), auto finance companies (汽车金融公司), money brokerage companies, consumer finance companies (消费金融公司), bank wealth management companies, financial asset investment companies …',
  },
  'private-lending-31': {
    instrumentGloss: PRIVATE_LENDING,
    article: 'Article 31, paragraph 2',
    quote:
      "In first-instance private lending cases newly accepted after 20 August 2020, where the loan contract was formed before 20 August 2020 and a party asks for the interest from the formation of the contract to 19 August 2020 to be calculated under the judicial interpretation in force at that time, the people's court shall support it; the interest from 20 August 2020 to the day the loan is repaid is calculated under the interest-rate protection standard of these Provisions at the time the suit is filed.",
  },
  'criminal-196': {
    instrumentGloss: CRIMINAL,
    article: 'Article 196, paragraph 1, item (4), and paragraph 2',
    quote:
      'Whoever commits credit card fraud in any of the following ways, where the amount is relatively large, shall be sentenced to fixed-term imprisonment of not more than five years or criminal detention … (4) malicious overdraft. … "Malicious overdraft" in the preceding paragraph means that the cardholder, with the purpose of illegal possession, overdraws beyond the set limit or the set period, and still does not repay after being asked to by the card-issuing bank.',
  },
  'card-crime-interpretation-6': {
    instrumentGloss:
      "Supreme People's Court and Supreme People's Procuratorate Interpretation on Several Issues concerning the Specific Application of Law in Handling Criminal Cases of Obstructing Credit Card Administration (Fa Shi [2009] No. 19; amended 2018, in force 1 December 2018)",
    article: 'Article 6',
    quote:
      'Where a cardholder, with the purpose of illegal possession, overdraws beyond the set limit or the set period, and still does not repay more than three months after two effective demands for payment by the card-issuing bank, this shall be treated as "malicious overdraft" under Article 196 of the Criminal Law. … The purpose of illegal possession must not be found solely from the fact that the cardholder did not repay as required.',
  },
} satisfies Record<StatuteId, { instrumentGloss: string; article?: string; quote: string }>;

export default glosses;
