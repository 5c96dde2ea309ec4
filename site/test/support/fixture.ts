import {copyDatasetAssets, EMBEDDED_DATASET, EMBEDDED_DATASET_FOLDER, formatNdjson, readNdjson} from '@cast/schemas/dataset'
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

export const SITE_ROOT = join(import.meta.dirname, '..', '..')

const block = (key: string, text: string, markDefs: object[] = [], marks: string[] = []) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs,
  children: [{_type: 'span', _key: `${key}s`, text, marks}],
})

const doc = (fields: Record<string, unknown>) => ({language: 'en', _createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: 'fixture', ...fields})
const faqDoc = (id: string, slug: string, question: string, answer: object[]) =>
  doc({_id: id, _type: 'faq', question, slug: {_type: 'slug', current: slug}, answer, category: {_type: 'reference', _ref: 'faqCategory-help'}, orderRank: '0|z00050:'})

/** A word that appears once, deep inside the 50 KB answer, for the search tests. */
export const RARE_WORD = 'quillwort'

/**
 * A Spanish word the fixture's Spanish-only question has in the singular only: its plural finds it
 * through Spanish stemming, in the Spanish index alone.
 */
export const SPANISH_WORD = 'tejedora'

/** A word only a question's “Other words people use” has: search finds the question by it, the page never shows it. */
export const OTHER_WORD = 'zanderbluff'
export const OTHER_WORDS_SLUG = 'paperwork-help'

/** Text that only unpublished documents carry: it must never reach a page or the index. */
export const UNPUBLISHED_MARKERS = ['DRAFTONLYSECRET', 'RELEASEONLYSECRET', 'UNPUBLISHEDNEWQUESTION']

function longAnswer(): object[] {
  const sentence = 'Support is available at any hour, in many languages, and nobody has to give their name to ask a question. '
  const blocks: object[] = []
  for (let index = 0; blocks.length * sentence.length * 4 < 50_000; index++) {
    const text = sentence.repeat(4) + (index === 60 ? `The ${RARE_WORD} grows by the water.` : '')
    blocks.push(block(`long${index}`, text))
  }
  return blocks
}

/** Social links the embedded dataset leaves empty (the organisation's text names none): the footer must show them. */
export const SOCIAL_LINKS = [
  {_key: 'instagram', _type: 'socialLink', label: 'Instagram', url: 'https://www.instagram.com/example-cast/'},
  {_key: 'linkedin', _type: 'socialLink', label: 'LinkedIn', url: 'https://www.linkedin.com/company/example-cast/'},
]

/** Fields the fixture sets on documents of the embedded dataset, by id. */
const PATCHES: Record<string, Record<string, unknown>> = {
  siteSettings: {socialLinks: SOCIAL_LINKS},
  'siteSettings-es': {socialLinks: SOCIAL_LINKS},
}

/** Documents the fixture adds to the embedded dataset, each testing one thing the site must get right. */
function fixtureDocuments(): object[] {
  return [
    // A draft of a published question, a release version of another, and a question that was never published.
    faqDoc('drafts.faq-what-is-cast', 'what-is-cast', 'What is Cast? DRAFTONLYSECRET', [block('d1', 'DRAFTONLYSECRET')]),
    faqDoc('versions.rSpring.faq-what-is-human-trafficking', 'what-is-human-trafficking', 'RELEASEONLYSECRET', [block('v1', 'RELEASEONLYSECRET')]),
    faqDoc('drafts.faq-unpublished-new', 'unpublished-new', 'UNPUBLISHEDNEWQUESTION', [block('u1', 'UNPUBLISHEDNEWQUESTION')]),
    // Unicode: Spanish with accents, Chinese and Arabic.
    faqDoc('faq-ayuda-en-espanol', 'ayuda-en-espanol', '¿Qué hago si necesito ayuda en español?', [
      block('es1', 'Llame a la línea de ayuda: atendemos en español, las 24 horas, sin preguntar su nombre. Niños y niñas también pueden llamar.'),
      block('zh1', '如果您需要帮助，请拨打热线。我们提供中文口译服务。'),
      block('ar1', 'إذا كنت بحاجة إلى مساعدة، اتصل بالخط الساخن على مدار الساعة.'),
    ]),
    // A question only in Spanish, in the Spanish version of a topic.
    doc({
      _id: 'faq-tejedora-es',
      _type: 'faq',
      language: 'es',
      question: '¿Qué pasa si me obligan a trabajar en un taller de costura?',
      slug: {_type: 'slug', current: 'taller-de-costura'},
      answer: [block('t1', `Si usted es ${SPANISH_WORD} o costurera y no le dejan irse del taller, llame a la línea de ayuda.`)],
      category: {_type: 'reference', _ref: 'faqCategory-help-es'},
      orderRank: '0|z00060:',
    }),
    // A question with other words people use for it.
    {...faqDoc('faq-other-words', OTHER_WORDS_SLUG, 'Can someone help me with paperwork?', [block('o1', 'Ask the hotline staff.')]), searchTerms: [OTHER_WORD, 'forms']},
    // A 50 KB answer.
    faqDoc('faq-long-answer', 'long-answer', 'What support is available, in full detail?', longAnswer()),
    // Content that tries to run code in the visitor's browser.
    faqDoc('faq-hostile', 'hostile-content', '<script>window.__xss = "question"</script>Is this page safe?', [
      block('x1', '<img src=x onerror="window.__xss = \'answer\'">Plain words only.'),
      block('x2', 'A javascript link', [{_type: 'link', _key: 'js', href: 'javascript:window.__xss = "link"'}], ['js']),
      block('x3', 'A data link', [{_type: 'link', _key: 'data', href: 'data:text/html,<script>alert(1)</script>'}], ['data']),
      block('x4', 'A quoted link', [{_type: 'link', _key: 'q', href: 'https://example.org/" onmouseover="window.__xss = \'attr\''}], ['q']),
    ]),
    // Job openings: one closed long ago, one open for years to come.
    doc({
      _id: 'jobOpening-past',
      _type: 'jobOpening',
      title: 'Past position',
      slug: {_type: 'slug', current: 'past-position'},
      location: 'Los Angeles, CA',
      employmentType: 'part-time',
      workplaceType: 'on-site',
      salary: {_type: 'salary', min: 25, max: 30, currency: 'USD', unit: 'hour'},
      description: [block('p1', 'This position closed long ago.')],
      applyEmail: 'jobs@example.org',
      postedAt: '2000-01-01',
      closesAt: '2000-01-31',
    }),
    doc({
      _id: 'jobOpening-future',
      _type: 'jobOpening',
      title: 'Future position',
      slug: {_type: 'slug', current: 'future-position'},
      location: 'Los Angeles, CA',
      employmentType: 'contract',
      workplaceType: 'remote',
      salary: {_type: 'salary', min: 70000, max: 80000, currency: 'USD', unit: 'year'},
      description: [block('f1', 'This position stays open for years.')],
      applyUrl: 'https://example.org/apply/future',
      postedAt: '2026-01-01',
      closesAt: '2099-06-30',
    }),
  ]
}

/**
 * Writes the fixture dataset: the embedded dataset (the documents `keep` accepts) plus `extra`,
 * by default `fixtureDocuments()`, with the sample files beside it. Returns the NDJSON path.
 */
export async function writeFixtureDataset(
  dir: string,
  extra: object[] = fixtureDocuments(),
  keep: (document: {_id: string; _type: string}) => boolean = () => true,
): Promise<string> {
  await mkdir(dir, {recursive: true})
  await copyDatasetAssets(EMBEDDED_DATASET_FOLDER, dir)
  const seed = (await readNdjson(EMBEDDED_DATASET)).filter(keep).map((document) => ({...document, ...PATCHES[document._id]}))
  const file = join(dir, 'fixture.ndjson')
  await writeFile(file, formatNdjson([...seed, ...extra]))
  return file
}
