import {formatNdjson, type DatasetDocument} from '@cast/schemas/dataset'
import {languageOf, METADATA_TYPE, translationGroupProblems} from '@cast/schemas/rules/translations'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {measureBuild} from '../bench/measure-build'
import {generateDataset} from '../src/dataset/generate'

const SITE_DIR = join(import.meta.dirname, '..', '..', 'site')

const content = (documents: DatasetDocument[]) => documents.filter((doc) => doc._type !== METADATA_TYPE && !doc._id.startsWith('drafts.'))
const text = (doc: DatasetDocument) => JSON.stringify(doc.answer)
const slugOf = (doc: DatasetDocument) => (doc.slug as {current: string}).current

describe('a generated dataset in two languages', () => {
  let documents: DatasetDocument[]
  beforeAll(async () => {
    documents = await generateDataset({size: 400, seed: 3})
  })

  it('is the same for the same seed', async () => {
    expect(formatNdjson(await generateDataset({size: 400, seed: 3}))).toBe(formatNdjson(documents))
  })

  it('has about half its documents in Spanish, with Spanish words, slugs and topics', () => {
    const all = content(documents)
    const spanish = all.filter((doc) => languageOf(doc) === 'es')
    expect(spanish.length / all.length).toBeGreaterThan(0.4)
    expect(spanish.length / all.length).toBeLessThan(0.6)
    const faqs = spanish.filter((doc) => doc._type === 'faq')
    expect(faqs.filter((doc) => /[áéíóúñ]/.test(text(doc))).length).toBe(faqs.length)
    expect(faqs.map(slugOf).every((slug) => slug.startsWith('pregunta-'))).toBe(true)
    const topics = new Set(spanish.filter((doc) => doc._type === 'faqCategory').map((doc) => doc._id))
    expect(topics.size).toBeGreaterThan(0)
    for (const faq of faqs) expect(topics, faq._id).toContain((faq.category as {_ref: string})._ref)
    expect(all.filter((doc) => doc._type === 'siteSettings').map((doc) => doc._id)).toEqual(['siteSettings', 'siteSettings-es'])
    expect(all.filter((doc) => doc._type === 'hotline' && doc.language === 'es').length).toBeGreaterThan(0)
  })

  it('pairs most Spanish documents with an English one in valid groups, and leaves some of each untranslated', () => {
    const groups = documents.filter((doc) => doc._type === METADATA_TYPE)
    expect(translationGroupProblems(documents)).toEqual([])
    const grouped = new Set(groups.flatMap((group) => (group.translations as Array<{value: {_ref: string}}>).map((item) => item.value._ref)))
    const faqs = content(documents).filter((doc) => doc._type === 'faq')
    const untranslated = (language: string) => faqs.filter((doc) => languageOf(doc) === language && !grouped.has(doc._id)).length
    const spanish = faqs.filter((doc) => languageOf(doc) === 'es')
    expect(untranslated('es')).toBeGreaterThan(0)
    expect(untranslated('en')).toBeGreaterThan(0)
    expect(untranslated('es') / spanish.length).toBeLessThan(0.25)
    expect(groups.map((group) => group._id)).toContain('siteSettings-translations')
  })
})

describe('the site built from a generated dataset', () => {
  let work: string
  let dist: string
  let documents: DatasetDocument[]
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'cast-generated-'))
    dist = join(work, 'dist')
    documents = await generateDataset({size: 120, seed: 1})
    await writeFile(join(work, 'dataset.ndjson'), formatNdjson(documents))
    const build = await measureBuild({
      command: [process.execPath, '--import', 'tsx', join(SITE_DIR, 'src', 'build', 'build-cli.ts'), '--out', dist],
      cwd: SITE_DIR,
      env: {CONTENT_FILE: join(work, 'dataset.ndjson')},
      phases: {},
    })
    if (!build.ok) throw new Error(`The site build from a generated dataset failed:\n${build.output.slice(-4000)}`)
  })
  afterAll(async () => {
    await rm(work, {recursive: true, force: true})
  })

  it('has Spanish questions under /es/ and a search index for each language', async () => {
    const faq = content(documents).find((doc) => doc._type === 'faq' && doc.language === 'es')!
    const html = await readFile(join(dist, 'es', 'faq', slugOf(faq), 'index.html'), 'utf8')
    expect(html).toMatch(/<html[^>]* lang="es"/)
    const entry = JSON.parse(await readFile(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {languages: Record<string, unknown>}
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es'])
  })
})
