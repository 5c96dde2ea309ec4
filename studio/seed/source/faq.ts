/** FAQ categories and questions. Answers use the mark-up that `portable-text.ts` reads. */
export const faqCategories = [
  {
    _id: 'faqCategory-trafficking',
    title: 'About human trafficking',
    slug: 'about-human-trafficking',
    description: 'What trafficking is, who it happens to, and why.',
  },
  {
    _id: 'faqCategory-help',
    title: 'Getting help',
    slug: 'getting-help',
    description: 'How to reach us, what happens when you call, and who we serve.',
  },
  {
    _id: 'faqCategory-cast',
    title: 'About Cast',
    slug: 'about-cast',
    description: 'Who we are and how we work.',
  },
  {
    _id: 'faqCategory-support',
    title: 'Supporting our work',
    slug: 'supporting-our-work',
    description: 'Giving, learning, training and working with us.',
  },
]

export interface SeedFaq {
  id: string
  category: string
  question: string
  answer: string
  related?: string[]
  /** Other words people use: what visitors type that the answer does not say. */
  searchTerms?: string[]
}

export const faqs: SeedFaq[] = [
  {
    id: 'what-is-human-trafficking',
    searchTerms: ['labor trafficking', 'labour', 'forced labor', 'sex trafficking', 'pimp', 'slavery', 'exploitation'],
    category: 'faqCategory-trafficking',
    question: 'What is human trafficking?',
    answer: `Human trafficking means using **force, fraud or coercion** to make someone sell sex or work. It can happen in a home, a farm, a factory, a restaurant, a construction site or online.

Anyone under 18 who is made to perform a commercial sex act is a victim of trafficking, whether or not force, fraud or coercion was used.`,
    related: ['does-trafficking-mean-being-locked-up', 'is-trafficking-the-same-as-smuggling'],
  },
  {
    id: 'does-trafficking-mean-being-locked-up',
    searchTerms: ['threats', 'debt bondage', 'kidnapped'],
    category: 'faqCategory-trafficking',
    question: 'Does trafficking always mean being locked up?',
    answer: `No. Many people are held by threats, debts, fear or intimidation rather than by locks or chains. That kind of control is invisible from the outside, and it can keep someone in place just as firmly.`,
    related: ['what-is-human-trafficking'],
  },
  {
    id: 'is-trafficking-the-same-as-smuggling',
    searchTerms: ['smuggler', 'coyote'],
    category: 'faqCategory-trafficking',
    question: 'Is human trafficking the same as people smuggling?',
    answer: `No. Smuggling is about moving someone across a border. Trafficking is about exploiting someone’s labor or body through force, fraud or coercion, and it can happen without anyone crossing a border at all.`,
    related: ['can-someone-with-a-visa-be-trafficked'],
  },
  {
    id: 'can-someone-with-a-visa-be-trafficked',
    searchTerms: ['immigration', 'immigration relief', 'undocumented'],
    category: 'faqCategory-trafficking',
    question: 'Can someone who came to the US legally be trafficked?',
    answer: `Yes. Some survivors are highly skilled workers who arrived on legitimate visas after being promised lawful jobs. The exploitation started after they arrived.`,
  },
  {
    id: 'who-is-affected-by-trafficking',
    category: 'faqCategory-trafficking',
    question: 'Who is affected by human trafficking?',
    answer: `Trafficking can happen to anyone, but it falls hardest on people who are already pushed to the margins. At least **88%** of the survivors Cast has ever served are Black, Indigenous, and people of color.`,
    related: ['what-makes-people-vulnerable'],
  },
  {
    id: 'how-common-is-trafficking',
    searchTerms: ['statistics', 'numbers', 'data', 'how many people'],
    category: 'faqCategory-trafficking',
    question: 'How common is human trafficking?',
    answer: `No one yet knows the overall number. Trafficking happens in many sectors, and a way of counting that works for farm work may not work for the sex trades or the garment industry. Rates and good measurement methods also differ from region to region.

Recent studies are starting to fill the gap. Researchers at RTI International looked at construction work in Houston, Texas, and found that **22%** of construction workers (about 1 in 5) had experienced labor trafficking at some point in their lives, and another **42%** had faced other exploitation, such as working without a contract or being lied to about their pay, work or housing.`,
  },
  {
    id: 'what-makes-people-vulnerable',
    category: 'faqCategory-trafficking',
    question: 'What makes people vulnerable to trafficking?',
    answer: `Across society, poverty and income inequality, mass incarceration, systemic racism and barriers to immigration leave some communities more exposed. For one person, losing housing, going hungry, facing discrimination or living with violence can do the same.

Traffickers use those needs: a common lure is a promise of a place to live or a steady job.`,
    related: ['who-is-affected-by-trafficking'],
  },
  {
    id: 'are-films-about-trafficking-accurate',
    category: 'faqCategory-trafficking',
    question: 'Do films and TV show trafficking accurately?',
    answer: `Often they do not, and the mistakes can cause real harm. For better recommendations, look to the film lists that the survivor community around the world has put together.`,
  },
  {
    id: 'when-should-i-call-the-hotline',
    searchTerms: ['boss', 'employer', 'passport', 'documents', 'pay', 'unpaid wages', 'report', 'helpline', 'help line', 'phone number'],
    category: 'faqCategory-help',
    question: 'When should I call Cast’s hotline?',
    answer: `Call if you, or someone you know, are being made to do any kind of work or commercial sex and cannot leave: sex work, housework, farm work, construction, factory, shop or restaurant work, or anything else.

You do not have to be sure it is trafficking. Our hotline staff will ask the right questions to help work it out. Victims of human trafficking are protected under US and California law.

Call [888-KEY-2-FREE (888-539-2373)](tel:+18885392373), at any hour.`,
    related: ['what-happens-when-i-call', 'what-if-i-am-in-danger-now'],
  },
  {
    id: 'what-happens-when-i-call',
    searchTerms: ['helpline', 'help line', 'interpreter', 'translator', 'confidential'],
    category: 'faqCategory-help',
    question: 'What happens when I call the hotline? Do I have to give my name?',
    answer: `You do not have to give your name: the hotline is anonymous. It is:

- open 24 hours a day, 7 days a week
- free to call
- answered by Cast staff
- available in more than 240 languages through live interpretation
- not connected to the police or any government agency

The call is the way in to all of Cast’s services.`,
    related: ['when-should-i-call-the-hotline', 'who-can-get-services'],
  },
  {
    id: 'outside-los-angeles-county',
    category: 'faqCategory-help',
    question: 'I live outside Los Angeles County. Where can I get help?',
    answer: `Call the National Human Trafficking Hotline at [888-373-7888](tel:+18883737888). It covers the whole United States. For other kinds of help, see the [list of hotlines](/get-help/).`,
  },
  {
    id: 'who-can-get-services',
    searchTerms: ['T visa', 'immigration', 'immigration relief', 'undocumented', 'eligible'],
    category: 'faqCategory-help',
    question: 'Who can get help from Cast?',
    answer: `Survivors of every form of trafficking, labor or sex, of any age, ethnicity, gender or nationality, who live in Los Angeles County or were trafficked there. It does not matter how long ago it happened.`,
  },
  {
    id: 'what-if-i-am-in-danger-now',
    category: 'faqCategory-help',
    question: 'What if I am in danger right now?',
    answer: `If your life or someone else’s is in danger, call [911](tel:911) now.`,
  },
  {
    id: 'what-is-cast',
    searchTerms: ['charity', 'mission'],
    category: 'faqCategory-cast',
    question: 'What is Cast?',
    answer: `Cast is a nonprofit organization with 501(c)(3) status, based in Los Angeles. It was founded in 1998, after the El Monte case came to light in 1995.

In Los Angeles County we support survivors from the first call to the hotline through crisis response, long-term services and survivor leadership. Across the country we push for better policy, research trafficking using our client data, train professionals, and help survivors become leaders in the movement.`,
    related: ['is-cast-political-or-religious'],
  },
  {
    id: 'is-cast-political-or-religious',
    category: 'faqCategory-cast',
    question: 'Is Cast a political or religious organization?',
    answer: `Neither. Cast is apolitical: we work with elected officials of every party and at every level of government, explaining trafficking and backing measures that prevent it and support survivors.

Cast is also secular. Faith-based institutions are among our partners, and we work with them to identify and support victims.`,
  },
  {
    id: 'can-i-volunteer',
    searchTerms: ['internship', 'intern'],
    category: 'faqCategory-support',
    question: 'Can I volunteer with Cast?',
    answer: `Because our work with survivors is sensitive and specialized, we generally do not take volunteers for it. We do offer internships to Master of Social Work students.`,
    related: ['can-i-donate'],
  },
  {
    id: 'do-you-offer-training',
    category: 'faqCategory-support',
    question: 'Does Cast train other organizations?',
    answer: `Yes, as capacity allows, we train service providers and organizations that work with victims. [Contact us](/contact/) to ask about training.`,
  },
  {
    id: 'can-cast-help-with-my-research',
    category: 'faqCategory-support',
    question: 'I am a student researching trafficking. Can Cast help?',
    answer: `We are glad so many students want to learn about trafficking. We cannot support individual student projects, but our [reports](/reports/) are free to read and share.`,
  },
  {
    id: 'can-i-donate',
    searchTerms: ['donation', 'give money'],
    category: 'faqCategory-support',
    question: 'Can I donate to Cast?',
    answer: `Yes. See [Ways to give](/ways-to-give/) for donations and other ways to support our work.`,
  },
]
