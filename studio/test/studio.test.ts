import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {evaluate, parse} from 'groq-js'
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest'
import type {StructureBuilder} from 'sanity/structure'
import config from '../sanity.config'
import {deskBuilder, listPanes, openChild, openIntent, openPath, type Pane} from './desk'

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
    const items = ['faq', 'siteSettings', 'faq-in-category', 'hotline'].map((templateId) => ({templateId}))
    expect(resolve(items, {creationContext: {type: 'global'}}).map((item) => item.templateId)).toEqual(['faq', 'hotline'])
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
    const categories = await openPath(S, ['faq-by-category'])
    const questions = await openChild(S, categories, 'category-legal', ['faq-by-category'])
    expect(questions).toMatchObject({type: 'component', schemaTypeName: 'faq', options: {params: {categoryId: 'category-legal'}}})
    // The drag-and-drop list offers the new question from its menu.
    const creates = (questions.menuItems ?? []).filter((item) => item.intent?.type === 'create').map((item) => item.intent?.params)
    expect(creates).toEqual([[{type: 'faq', template: 'faq-in-category'}, {categoryId: 'category-legal'}]])
    const templates = typeof config.schema?.templates === 'function' ? config.schema.templates([]) : []
    const template = templates.find((item) => item.id === 'faq-in-category')
    expect(await template?.value({categoryId: 'category-legal'})).toMatchObject({category: {_type: 'reference', _ref: 'category-legal'}})
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
    expect(await matching(await openPath(S, ['job-openings', 'open-jobs']), jobs)).toEqual(['job-closes-14', 'job-open-ended'])
    expect(await matching(await openPath(S, ['job-openings', 'closed-jobs']), jobs)).toEqual(['job-closes-13'])
    // Midnight in Los Angeles: the same Studio session, reopening the lists, sees July 15.
    vi.setSystemTime(new Date('2026-07-15T07:00:00Z'))
    const open = await openPath(S, ['job-openings', 'open-jobs'])
    expect(open.options?.params).toEqual({today: '2026-07-15'})
    expect(await matching(open, jobs)).toEqual(['job-open-ended'])
    expect(await matching(await openPath(S, ['job-openings', 'closed-jobs']), jobs)).toEqual(['job-closes-13', 'job-closes-14'])
  })
})

function offersNewCategory(pane: Pane): boolean {
  return (
    (pane.initialValueTemplates ?? []).some((template) => template.templateId === 'faqCategory') ||
    (pane.menuItems ?? []).some((item) => item.intent?.type === 'create' && JSON.stringify(item.intent.params).includes('faqCategory'))
  )
}

/** The ids of `documents` a document list shows, its filter run by Sanity's GROQ engine. */
async function matching(pane: Pane, documents: Array<Record<string, unknown>>): Promise<string[]> {
  const result = await evaluate(parse(`*[${pane.options?.filter}] | order(_id)._id`), {dataset: documents, params: pane.options?.params ?? {}})
  return (await result.get()) as string[]
}
