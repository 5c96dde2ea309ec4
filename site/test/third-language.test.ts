import {EMBEDDED_DATASET, readNdjson} from '@cast/schemas/dataset'
import {access, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSite, type BuildResult} from './support/build'
import {writeFixtureDataset} from './support/fixture'

/**
 * A third language by configuration alone: a languages file with Korean, which has no interface
 * strings file, and a few Korean documents. No code knows of Korean.
 */
const KOREAN = {id: 'ko', title: 'Korean', nativeName: '한국어', locale: 'ko-KR'}
const QUESTION = 'faq-what-is-human-trafficking'
const GROUP = `${QUESTION}-translations`

const block = (key: string, text: string) => ({_type: 'block', _key: key, style: 'normal', markDefs: [], children: [{_type: 'span', _key: `${key}s`, text, marks: []}]})
const korean = (fields: Record<string, unknown>) => ({language: 'ko', _createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: 'fixture', ...fields})
const member = (language: string, id: string) => ({_key: language, _type: 'internationalizedArrayReferenceValue', language, value: {_type: 'reference', _ref: id, _weak: true}})

let work: string
let dist: string
let result: BuildResult
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-third-language-'))
  dist = join(work, 'dist')
  const languagesFile = join(work, 'languages.json')
  const shipped = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'schemas', 'languages.json'), 'utf8')) as object[]
  await writeFile(languagesFile, JSON.stringify([...shipped, KOREAN]))
  const group = (await readNdjson(EMBEDDED_DATASET)).find((doc) => doc._id === GROUP) as unknown as {translations: object[]}
  const documents = [
    korean({_id: 'siteSettings-ko', _type: 'siteSettings', title: 'Cast', description: '로스앤젤레스 카운티의 인신매매 생존자를 돕습니다.', emergencyNotice: '생명이 위험하면 911에 전화하십시오.', quickExitUrl: 'https://weather.com/', primaryHotline: {_type: 'reference', _ref: 'hotline-cast'}}),
    korean({_id: 'faqCategory-trafficking-ko', _type: 'faqCategory', title: '인신매매에 대하여', slug: {_type: 'slug', current: 'about-trafficking'}, orderRank: '0|a00000:'}),
    korean({
      _id: `${QUESTION}-ko`,
      _type: 'faq',
      question: '인신매매란 무엇입니까?',
      slug: {_type: 'slug', current: 'what-is-trafficking'},
      answer: [block('k1', '인신매매는 폭력, 사기 또는 강압으로 사람에게 일이나 성매매를 강요하는 것입니다.')],
      category: {_type: 'reference', _ref: 'faqCategory-trafficking-ko'},
      orderRank: '0|a00000:',
    }),
    {...group, translations: [...group.translations, member('ko', `${QUESTION}-ko`)]},
  ]
  const dataset = await writeFixtureDataset(join(work, 'dataset'), documents, (doc) => doc._id !== GROUP)
  result = await buildSite(dist, {CONTENT_FILE: dataset, LANGUAGES_FILE: languagesFile})
}, 600_000)
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

const html = (path: string) => readFile(join(dist, path), 'utf8')

describe('a third language from the languages file alone', () => {
  it('builds, saying its interface shows in English', () => {
    expect(result.ok, result.output).toBe(true)
    expect(result.output).toContain('No interface strings for ko (site/src/i18n/ko.json): its pages show the interface in English.')
  })

  it('has its pages under /ko/, in Korean', async () => {
    for (const path of ['ko/index.html', 'ko/faq/index.html', 'ko/faq/what-is-trafficking/index.html', 'ko/faq/topics/about-trafficking/index.html', 'ko/get-help/index.html', 'ko/search/index.html', 'ko/404.html']) {
      await expect(access(join(dist, path)), path).resolves.toBeUndefined()
    }
    const page = await html('ko/faq/what-is-trafficking/index.html')
    expect(page).toContain('<html lang="ko"')
    expect(page).toContain('생명이 위험하면 911에 전화하십시오.')
    expect(page).toContain('Skip to main content')
  })

  it('links the question’s three versions to each other, and offers Korean in the switch', async () => {
    const english = await html('faq/what-is-human-trafficking/index.html')
    expect(english).toContain('<link rel="alternate" hreflang="ko" href="https://www.castla.org/ko/faq/what-is-trafficking/">')
    expect(english).toContain('<a href="/ko/faq/what-is-trafficking/" lang="ko" hreflang="ko">한국어</a>')
    const own = await html('ko/faq/what-is-trafficking/index.html')
    expect(own).toContain('<link rel="alternate" hreflang="en" href="https://www.castla.org/faq/what-is-human-trafficking/">')
    expect(own).toContain('hreflang="es"')
  })

  it('has a search index of its own', async () => {
    const entry = JSON.parse(await html('pagefind/pagefind-entry.json')) as {languages: Record<string, unknown>}
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es', 'ko'])
  })
})
