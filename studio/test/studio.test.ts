import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {evaluate, parse} from 'groq-js'
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest'
import type {StructureBuilder} from 'sanity/structure'
import config from '../sanity.config'
import {deskBuilder, listPanes, openChild, openIntent, openPath, studioSource, type Pane} from './desk'

const run = promisify(execFile)
const studioDir = join(import.meta.dirname, '..')

type ActionsResolver = (actions: Array<{action?: string}>, context: {schemaType: string; documentId?: string}) => Array<{action?: string}>
type NewDocumentOptions = (items: Array<{templateId: string}>, context: {creationContext: {type: string}}) => Array<{templateId: string}>

const actions = ['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges'].map((action) => ({action}))

describe('Studio configuration', () => {
  it('keeps site settings a singleton: no duplicate, delete or unpublish', () => {
    const resolve = config.document?.actions as unknown as ActionsResolver
    expect(resolve(actions, {schemaType: 'siteSettings', documentId: 'siteSettings'}).map((a) => a.action)).toEqual([
      'publish',
      'discardChanges',
    ])
    expect(resolve(actions, {schemaType: 'faq', documentId: 'faq-x'})).toHaveLength(actions.length)
  })

  it('offers no “new site settings” in the global create menu', () => {
    const resolve = config.document?.newDocumentOptions as unknown as NewDocumentOptions
    const items = ['faq', 'faq-en', 'siteSettings', 'faq-in-category', 'hotline-es'].map((templateId) => ({templateId}))
    expect(resolve(items, {creationContext: {type: 'global'}}).map((item) => item.templateId)).toEqual(['faq-en', 'hotline-es'])
  })

  it('translates every public type into each listed language', async () => {
    const source = await studioSource()
    expect(source.schema.get('translation.metadata')?.name).toBe('translation.metadata')
    const byLanguage = source.templates.filter((template) => /-(en|es)$/.test(template.id))
    for (const type of ['faq', 'faqCategory', 'hotline', 'report', 'jobOpening', 'page']) {
      for (const language of ['en', 'es']) {
        const template = byLanguage.find((item) => item.id === `${type}-${language}`)
        expect(template, `${type}-${language}`).toBeDefined()
        const value = typeof template?.value === 'function' ? await template.value({}) : template?.value
        expect(value).toEqual({language})
      }
    }
  })

  it('offers one new document per type and language in the global create menu, and no site settings', async () => {
    const source = await studioSource()
    const titles = source.document.resolveNewDocumentOptions({type: 'global'}).map((item) => item.title ?? item.templateId)
    expect(titles).toContain('English FAQ entry')
    expect(titles).toContain('Spanish FAQ entry')
    expect(titles).toContain('Spanish Hotline')
    expect(titles.filter((title) => /settings/i.test(title))).toEqual([])
    // No bare or “with Language” duplicates of the per-language entries.
    expect(titles.filter((title) => !/^(English|Spanish) /.test(title))).toEqual([])
  })

  it('fills a new question in a category with that category and the category’s language', async () => {
    const categories = [
      {_id: 'category-legal', _type: 'faqCategory', language: 'en'},
      {_id: 'drafts.category-legal-es', _type: 'faqCategory', language: 'es'},
    ]
    const reference = (id: string) => ({_type: 'reference', _ref: id})
    expect(await newQuestionIn('category-legal', categories)).toEqual({category: reference('category-legal'), language: 'en'})
    // A category not yet published is a draft: its language counts all the same.
    expect(await newQuestionIn('category-legal-es', categories)).toEqual({category: reference('category-legal-es'), language: 'es'})
    expect(await newQuestionIn('category-gone', categories)).toEqual({category: reference('category-gone'), language: 'en'})
  })

  it('leaves the earlier web addresses out of a new translation', async () => {
    const source = await studioSource()
    for (const type of ['faq', 'faqCategory', 'report', 'jobOpening', 'page']) {
      const fields = (source.schema.get(type) as {fields: Array<{name: string; type: {options?: {documentInternationalization?: {exclude?: boolean}}}}>}).fields
      const previousSlugs = fields.find((field) => field.name === 'previousSlugs')
      expect(previousSlugs?.type.options?.documentInternationalization?.exclude, type).toBe(true)
    }
  })

  it('builds offline with `sanity build`', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'studio-build-'))
    try {
      await run('pnpm', ['exec', 'sanity', 'build', outDir, '--yes'], {
        cwd: studioDir,
        env: {...process.env, DO_NOT_TRACK: '1', SANITY_TELEMETRY_DISABLED: '1'},
      })
      expect(await readFile(join(outDir, 'index.html'), 'utf8')).toContain('<div id="sanity"')
    } finally {
      await rm(outDir, {recursive: true, force: true})
    }
  })
})

describe('Desk structure', () => {
  let S: StructureBuilder
  beforeAll(async () => {
    S = await deskBuilder()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('opens an FAQ category form from Create and from an edit link', async () => {
    for (const intent of ['create', 'edit'] as const) {
      const pane = await openIntent(S, intent, {type: 'faqCategory', id: 'category-new'})
      expect(pane, `${intent} faqCategory`).toMatchObject({type: 'document', options: {type: 'faqCategory', id: 'category-new'}})
    }
  })

  it('opens the category form from every category list that offers a new category or handles a category link', async () => {
    // Drag-and-drop lists are component panes over a document list.
    const categoryLists = (await listPanes(S)).filter(({pane}) => ['documentList', 'component'].includes(pane.type) && pane.schemaTypeName === 'faqCategory')
    const opensCategories = categoryLists.filter(({pane}) => offersNewCategory(pane) || pane.canHandleIntent?.('edit', {type: 'faqCategory', id: 'x'}, {pane, index: 1}))
    expect(opensCategories.length).toBeGreaterThan(0)
    for (const {pane, path} of opensCategories) {
      const child = await openChild(S, pane, 'category-legal', path)
      expect(child, `${[...path, 'category-legal'].join(' › ')} opens`).toMatchObject({type: 'document', options: {type: 'faqCategory', id: 'category-legal'}})
    }
  })

  it('lists the questions of a category, with a new question filled in with that category', async () => {
    const categories = await openPath(S, ['faq-by-category', 'faq-by-category-en'])
    const questions = await openChild(S, categories, 'category-legal', ['faq-by-category', 'faq-by-category-en'])
    expect(questions).toMatchObject({type: 'component', schemaTypeName: 'faq', options: {params: {categoryId: 'category-legal'}}})
    // The drag-and-drop list offers the new question from its menu.
    const creates = (questions.menuItems ?? []).filter((item) => item.intent?.type === 'create').map((item) => item.intent?.params)
    expect(creates).toEqual([[{type: 'faq', template: 'faq-in-category'}, {categoryId: 'category-legal'}]])
    expect(await newQuestionIn('category-legal', [])).toMatchObject({category: {_type: 'reference', _ref: 'category-legal'}})
  })

  it('opens the site settings of each language as its fixed-id document, from the desk and from an edit link', async () => {
    for (const [language, id] of [['en', 'siteSettings'], ['es', 'siteSettings-es']]) {
      expect(await openPath(S, ['site-settings', id!]), language).toMatchObject({type: 'document', options: {type: 'siteSettings', id}})
      expect(await openIntent(S, 'edit', {type: 'siteSettings', id: id!}), `edit ${id}`).toMatchObject({type: 'document', options: {type: 'siteSettings', id}})
    }
  })

  it('lists each type by language, and makes a new document in the list’s language', async () => {
    const documents = [
      {_id: 'faq-a', _type: 'faq', language: 'en'},
      {_id: 'faq-a-es', _type: 'faq', language: 'es'},
      {_id: 'faq-before-translations', _type: 'faq'},
      {_id: 'page-a-es', _type: 'page', language: 'es'},
    ]
    const english = await openPath(S, ['faq', 'faq-en'])
    const spanish = await openPath(S, ['faq', 'faq-es'])
    expect(await matching(english, documents)).toEqual(['faq-a', 'faq-before-translations'])
    expect(await matching(spanish, documents)).toEqual(['faq-a-es'])
    expect(spanish.initialValueTemplates?.map((template) => template.templateId)).toEqual(['faq-es'])
    expect(await matching(await openPath(S, ['pages', 'pages-es']), documents)).toEqual(['page-a-es'])
    // Create in Spanish lands in the Spanish list; an edit link, which names no language, in the English one.
    const hotlines = await openPath(S, ['hotlines', 'hotlines-es'])
    expect(hotlines.canHandleIntent?.('create', {type: 'hotline', template: 'hotline-es'}, {pane: hotlines, index: 2})).toBe(true)
    expect(hotlines.canHandleIntent?.('create', {type: 'hotline', template: 'hotline-en'}, {pane: hotlines, index: 2})).toBe(false)
    expect(spanish.canHandleIntent?.('create', {type: 'faq', template: 'faq-es'}, {pane: spanish, index: 2})).toBe(true)
    expect(english.canHandleIntent?.('create', {type: 'faq', template: 'faq-es'}, {pane: english, index: 2})).toBe(false)
    expect(await openIntent(S, 'create', {type: 'faq', id: 'faq-new', template: 'faq-es'})).toMatchObject({type: 'document', options: {type: 'faq', id: 'faq-new'}})
  })

  it('lists the originals missing a translation, per type and language', async () => {
    const member = (language: string, ref: string) => ({_key: language, language, value: {_type: 'reference', _ref: ref, _weak: true}})
    const documents = [
      {_id: 'hotline-a', _type: 'hotline', language: 'en'},
      {_id: 'hotline-a-es', _type: 'hotline', language: 'es'},
      {_id: 'hotline-alone', _type: 'hotline', language: 'en'},
      {_id: 'hotline-911', _type: 'hotline', language: 'en', emergency: true},
      {_id: 'hotline-grouped-alone', _type: 'hotline', language: 'en'},
      {_id: 'hotline-a-translations', _type: 'translation.metadata', translations: [member('en', 'hotline-a'), member('es', 'hotline-a-es')]},
      {_id: 'hotline-grouped-alone-translations', _type: 'translation.metadata', translations: [member('en', 'hotline-grouped-alone')]},
    ]
    expect(await matching(await openPath(S, ['hotlines', 'hotlines-missing-es']), documents)).toEqual(['hotline-alone', 'hotline-grouped-alone'])
    expect(await matching(await openPath(S, ['emergency-numbers', 'emergency-numbers-missing-es']), documents)).toEqual(['hotline-911'])
  })

  it('sorts job openings into open and closed by the date in Los Angeles when the list opens', async () => {
    vi.useFakeTimers({toFake: ['Date']})
    const jobs = [
      {_id: 'job-closes-13', _type: 'jobOpening', closesAt: '2026-07-13'},
      {_id: 'job-closes-14', _type: 'jobOpening', closesAt: '2026-07-14'},
      {_id: 'job-open-ended', _type: 'jobOpening'},
    ]
    // 11:30 pm on July 14 in Los Angeles, already July 15 in UTC.
    vi.setSystemTime(new Date('2026-07-15T06:30:00Z'))
    expect(await matching(await openPath(S, ['job-openings', 'job-openings-en', 'open-jobs-en']), jobs)).toEqual(['job-closes-14', 'job-open-ended'])
    expect(await matching(await openPath(S, ['job-openings', 'job-openings-en', 'closed-jobs-en']), jobs)).toEqual(['job-closes-13'])
    // Midnight in Los Angeles: the same Studio session, reopening the lists, sees July 15.
    vi.setSystemTime(new Date('2026-07-15T07:00:00Z'))
    const open = await openPath(S, ['job-openings', 'job-openings-en', 'open-jobs-en'])
    expect(open.options?.params).toEqual({today: '2026-07-15', language: 'en'})
    expect(await matching(open, jobs)).toEqual(['job-open-ended'])
    expect(await matching(await openPath(S, ['job-openings', 'job-openings-en', 'closed-jobs-en']), jobs)).toEqual(['job-closes-13', 'job-closes-14'])
  })
})

function offersNewCategory(pane: Pane): boolean {
  return (
    (pane.initialValueTemplates ?? []).some((template) => template.templateId === 'faqCategory') ||
    (pane.menuItems ?? []).some((item) => item.intent?.type === 'create' && JSON.stringify(item.intent.params).includes('faqCategory'))
  )
}

/** The new question the "New question in this category" template makes, its queries run over `documents`. */
async function newQuestionIn(categoryId: string, documents: Array<Record<string, unknown>>): Promise<unknown> {
  const templates = typeof config.schema?.templates === 'function' ? config.schema.templates([]) : []
  const template = templates.find((item) => item.id === 'faq-in-category')
  const client = {
    fetch: async (query: string, params: Record<string, unknown>) => (await evaluate(parse(query), {dataset: documents, params})).get(),
    withConfig: () => client,
  }
  if (typeof template?.value !== 'function') throw new Error('The template faq-in-category has no value function.')
  return template.value({categoryId}, {getClient: () => client} as never)
}

/** The ids of `documents` a document list shows, its filter run by Sanity's GROQ engine. */
async function matching(pane: Pane, documents: Array<Record<string, unknown>>): Promise<string[]> {
  const result = await evaluate(parse(`*[${pane.options?.filter}] | order(_id)._id`), {dataset: documents, params: pane.options?.params ?? {}})
  return (await result.get()) as string[]
}
