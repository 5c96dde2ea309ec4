import {EMBEDDED_DATASET, readNdjson} from '@cast/schemas/dataset'
import {execFile} from 'node:child_process'
import {access, mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {startContentLake, type ContentLake} from 'scripts/content-lake'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSite, type BuildResult} from './support/build'
import {SITE_ROOT, writeFixtureDataset} from './support/fixture'

const FAQ = 'faq-what-is-human-trafficking'
const SPANISH_FAQ = `${FAQ}-es`
const SPANISH_DRAFT = 'BORRADORDEPRUEBA: este texto solo está en el borrador.'
const REPORT = 'report-sample-annual-report-2025'
const DRAFT_ANSWER = 'PREVIEWDRAFTANSWER: this text is only in the draft.'
const DRAFT_TITLE = 'PREVIEWDRAFTTITLE: a report not yet published'
const TOKEN = 'preview-read-token'
const BANNER = 'Preview — not published. Changes show here before they go live.'

let work: string
let dataset: string
let lake: ContentLake

/** Drafts of a published question and of a published report, each changed from what is live. */
async function drafts(): Promise<object[]> {
  const seed = await readNdjson(EMBEDDED_DATASET)
  const published = (id: string) => seed.find((doc) => doc._id === id)!
  const answer = [{_type: 'block', _key: 'draft', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 'draft-s', text: DRAFT_ANSWER, marks: []}]}]
  const block = (text: string) => [{...answer[0], children: [{...answer[0]!.children[0], text}]}]
  return [
    {...published(FAQ), _id: `drafts.${FAQ}`, _rev: 'draft-rev-7', answer},
    {...published(SPANISH_FAQ), _id: `drafts.${SPANISH_FAQ}`, _rev: 'draft-rev-3', answer: block(SPANISH_DRAFT)},
    {...published(REPORT), _id: `drafts.${REPORT}`, _rev: 'draft-rev-9', title: DRAFT_TITLE},
  ]
}

function preview(name: string, id: string, env: Record<string, string | undefined> = {CONTENT_FILE: dataset}): Promise<BuildResult> {
  return buildSite(join(work, name), env, ['--preview', id])
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true})
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)))
}

/** Every URL of this site a page loads: stylesheets, scripts and images (links to other pages are not loaded). */
function loadedUrls(page: string): string[] {
  const urls = [
    ...[...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!),
    ...[...page.matchAll(/<script[^>]* src="([^"]+)"/g)].map((match) => match[1]!),
    ...[...page.matchAll(/<img[^>]* src="([^"]+)"/g)].map((match) => match[1]!),
    ...[...page.matchAll(/<a class="download" href="([^"]+)"/g)].map((match) => match[1]!),
  ]
  return urls.filter((url) => url.startsWith('/'))
}

async function expectServedFromPreview(dir: string, id: string, page: string) {
  const urls = loadedUrls(page)
  expect(urls.length).toBeGreaterThan(0)
  for (const url of urls) {
    expect(url, url).toMatch(new RegExp(`^/preview/${id}/`))
    await expect(access(join(dir, url.slice(`/preview/${id}/`.length))), url).resolves.toBeUndefined()
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-preview-build-'))
  dataset = await writeFixtureDataset(join(work, 'dataset'), await drafts())
  lake = await startContentLake(dataset, {token: TOKEN})
})
afterAll(async () => {
  await lake?.close()
  await rm(work, {recursive: true, force: true})
})

describe('a preview of an FAQ entry from a dataset file', () => {
  const dir = () => join(work, 'faq')
  let result: BuildResult
  let page: string
  beforeAll(async () => {
    result = await preview('faq', FAQ)
    page = result.ok ? await readFile(join(dir(), 'faq', 'what-is-human-trafficking', 'index.html'), 'utf8') : ''
  })

  it('shows the draft, under a banner, kept out of search engines', () => {
    expect(result.output).not.toContain('Build failed')
    expect(result.ok).toBe(true)
    expect(page).toContain(DRAFT_ANSWER)
    expect(page).toContain(BANNER)
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(page).not.toContain('rel="canonical"')
  })

  it('holds that page and the files it loads, nothing else: no other page, search index, sitemap or build.json', async () => {
    const all = await files(dir())
    expect(all.filter((file) => file.endsWith('.html'))).toEqual(['faq/what-is-human-trafficking/index.html'])
    expect(all.filter((file) => !file.startsWith('_astro/') && !file.endsWith('.html')).sort()).toEqual(['_headers', 'preview.json'])
  })

  it('loads its styles and scripts from the preview folder', async () => {
    await expectServedFromPreview(dir(), FAQ, page)
  })

  it('says what it was built from in preview.json', async () => {
    const info = JSON.parse(await readFile(join(dir(), 'preview.json'), 'utf8'))
    expect(info).toEqual({documentId: FAQ, type: 'faq', path: '/faq/what-is-human-trafficking/', rev: 'draft-rev-7', fromDraft: true, builtAt: expect.any(String)})
    expect(Number.isNaN(Date.parse(info.builtAt))).toBe(false)
  })
})

describe('a preview of a Spanish FAQ entry', () => {
  it('is the Spanish page, under a Spanish banner', async () => {
    const result = await preview('faq-es', SPANISH_FAQ)
    expect(result.ok, result.output).toBe(true)
    const info = JSON.parse(await readFile(join(work, 'faq-es', 'preview.json'), 'utf8'))
    expect(info.path).toMatch(/^\/es\/faq\/[a-z0-9-]+\/$/)
    const page = await readFile(join(work, 'faq-es', info.path, 'index.html'), 'utf8')
    expect(page).toContain('<html lang="es"')
    expect(page).toContain(SPANISH_DRAFT)
    expect(page).toContain('Vista previa: no publicada.')
    expect((await files(join(work, 'faq-es'))).filter((file) => file.endsWith('.html'))).toEqual([`${info.path.slice(1)}index.html`])
  })
})

describe('a preview of a report from the Content Lake, in the drafts perspective', () => {
  const dir = () => join(work, 'report')
  let result: BuildResult
  let page: string
  beforeAll(async () => {
    result = await preview('report', REPORT, {SANITY_PROJECT_ID: 'test', SANITY_DATASET: 'production', SANITY_API_HOST: lake.url, SANITY_READ_TOKEN: TOKEN})
    page = result.ok ? await readFile(join(dir(), 'reports', 'sample-annual-report-2025', 'index.html'), 'utf8') : ''
  })

  it('shows the draft and serves its cover and PDF from the preview folder', async () => {
    expect(result.output).not.toContain('Build failed')
    expect(result.ok).toBe(true)
    expect(page).toContain(DRAFT_TITLE)
    const queries = lake.requests.filter((request) => request.path.includes('/query/'))
    expect(queries.length).toBeGreaterThan(0)
    expect(queries.filter((request) => request.perspective !== 'drafts')).toEqual([])
    expect(page).toMatch(/<img[^>]* src="\/preview\/report-sample-annual-report-2025\/media\/[0-9a-f]{16}-sample-annual-report-2025\.webp"/)
    await expectServedFromPreview(dir(), REPORT, page)
    const info = JSON.parse(await readFile(join(dir(), 'preview.json'), 'utf8'))
    expect(info).toMatchObject({documentId: REPORT, type: 'report', path: '/reports/sample-annual-report-2025/', rev: 'draft-rev-9', fromDraft: true})
  })

  it('needs a read token: drafts are never public', async () => {
    const failed = await preview('no-token', REPORT, {SANITY_PROJECT_ID: 'test', SANITY_DATASET: 'production', SANITY_API_HOST: lake.url})
    expect(failed.ok).toBe(false)
    expect(failed.output).toMatch(/Build failed: .*SANITY_READ_TOKEN/)
  })
})

describe('what cannot be previewed fails the build, naming the document', () => {
  it('a hotline, which has no page of its own', async () => {
    const failed = await preview('hotline', 'hotline-cast')
    expect(failed.ok).toBe(false)
    expect(failed.output).toMatch(/Build failed: Document hotline-cast is a hotline, which has no page of its own/)
  })

  it('a preview without --out, which would replace the public site in dist/', async () => {
    const output = await new Promise<string>((resolve) => {
      const cli = join(SITE_ROOT, 'src', 'build', 'build-cli.ts')
      execFile(process.execPath, ['--import', 'tsx', cli, '--preview', 'hotline-cast'], {cwd: SITE_ROOT, env: {...process.env, CONTENT_FILE: dataset}}, (error, stdout, stderr) => {
        expect(error?.code).toBe(1)
        resolve(`${stdout}${stderr}`)
      })
    })
    expect(output).toContain('Build failed: --preview needs --out <folder>: a preview never replaces the public site in dist/.')
  })

  it('an id no document has', async () => {
    const failed = await preview('unknown', 'faq-no-such-question')
    expect(failed.ok).toBe(false)
    expect(failed.output).toMatch(/Build failed: No document has the id faq-no-such-question/)
  })
})
