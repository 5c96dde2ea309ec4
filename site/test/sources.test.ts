import {DatasetFileError as ContentFileError, EMBEDDED_DATASET_FOLDER} from '@cast/schemas/dataset'
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {startContentLake, type ContentLake} from 'scripts/content-lake'
import {create} from 'tar'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import * as queries from '../src/content/queries'
import {ContentSourceError, fileSource, lakeSource, sourceFromEnv} from '../src/content/source'
import {buildSite} from './support/build'
import {SITE_ROOT} from './support/fixture'

const fixtureDataset = inject('fixtureDataset')
const fixtureSite = inject('fixtureSite')
let lake: ContentLake
let work: string

beforeAll(async () => {
  lake = await startContentLake(fixtureDataset)
  work = await mkdtemp(join(tmpdir(), 'cast-sources-'))
})
afterAll(async () => {
  await lake.close()
  await rm(work, {recursive: true, force: true})
})

const lakeConfig = () => ({projectId: 'test', dataset: 'production', apiHost: lake.url})

/** Asset fields differ by source (a file path or a CDN URL); everything else must match. */
function withoutAssetLocations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAssetLocations)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !['local', 'url', 'size', 'filename', 'width', 'height'].includes(key))
        .map(([key, item]) => [key, withoutAssetLocations(item)]),
    )
  }
  return value
}

describe('the two content sources', () => {
  it('answer every query of the site with the same results', async () => {
    const file = await fileSource(fixtureDataset)
    const content = lakeSource(lakeConfig())
    for (const [name, query] of Object.entries(queries)) {
      const [fromFile, fromLake] = await Promise.all([file.fetch(query), content.fetch(query)])
      expect(withoutAssetLocations(fromLake), name).toEqual(withoutAssetLocations(fromFile))
    }
  })

  it('give a Content Lake fingerprint that stays while the published content does, and changes with it', async () => {
    const first = await lakeSource(lakeConfig()).fingerprint()
    expect(await lakeSource(lakeConfig()).fingerprint()).toBe(first)
    const extra = {_id: 'faqCategory-extra', _type: 'faqCategory', _rev: 'r1', _updatedAt: '2026-11-20T10:00:00Z', title: 'Extra'}
    const variants = [
      [{...extra, _id: 'drafts.faqCategory-extra'}],
      [extra],
      [{...extra, _rev: 'r2'}],
    ]
    const fingerprints: string[] = []
    for (const documents of variants) {
      const other = await startContentLake(fixtureDataset, {documents: () => documents})
      try {
        fingerprints.push(await lakeSource({...lakeConfig(), apiHost: other.url}).fingerprint())
      } finally {
        await other.close()
      }
    }
    // A draft is not published content; a new document and a new revision of it are.
    expect(fingerprints[0]).toBe(first)
    expect(new Set([first, fingerprints[1], fingerprints[2]]).size).toBe(3)
  })

  it('ask the Content Lake for published documents only, and send the token when there is one', async () => {
    const withToken = await startContentLake(fixtureDataset, {token: 'secret-token'})
    try {
      await lakeSource({...lakeConfig(), apiHost: withToken.url, token: 'secret-token'}).fetch(queries.settingsQuery)
      expect(withToken.requests.at(-1)).toMatchObject({perspective: 'published', authorization: 'Bearer secret-token'})
      await expect(lakeSource({...lakeConfig(), apiHost: withToken.url}).fetch(queries.settingsQuery)).rejects.toThrow(/refused the token \(401\)/)
    } finally {
      await withToken.close()
    }
  })

  it('build the same pages', async () => {
    const out = join(work, 'lake-dist')
    const result = await buildSite(out, {SANITY_PROJECT_ID: 'test', SANITY_DATASET: 'production', SANITY_API_HOST: lake.url})
    expect(result.ok, result.output).toBe(true)
    expect(result.output).toContain(`from Content Lake ${lake.url}`)
    const list = async (dir: string) =>
      (await readdir(dir, {recursive: true, withFileTypes: true}))
        .filter((entry) => entry.isFile() && !relative(dir, entry.parentPath).startsWith('pagefind'))
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
        .sort()
    const [fromFile, fromLake] = await Promise.all([list(fixtureSite), list(out)])
    expect(fromLake).toEqual(fromFile)
    for (const path of fromFile) {
      const [a, b] = await Promise.all([readFile(join(fixtureSite, path)), readFile(join(out, path))])
      if (path === 'build.json') {
        // Only the time of the build and the fingerprint, which each source computes its own way, may differ.
        const {builtAt: _a, fingerprint: fileFingerprint, ...fromFileInfo} = JSON.parse(a.toString()) as Record<string, unknown>
        const {builtAt: _b, fingerprint: lakeFingerprint, ...fromLakeInfo} = JSON.parse(b.toString()) as Record<string, unknown>
        expect(fromLakeInfo).toEqual(fromFileInfo)
        expect(fileFingerprint).toMatch(/^file:sha256:[0-9a-f]{64}$/)
        expect(lakeFingerprint).toMatch(/^lake:\d+:.+:[0-9a-f]{64}$/)
        continue
      }
      expect(b.equals(a), `${path} differs between the sources`).toBe(true)
    }
  })
})

describe('Content Lake errors stop the build with one clear sentence', () => {
  it.each([
    [401, /refused the token \(401\)/],
    [403, /denied access \(403\)/],
    [429, /rate-limiting requests \(429\)/],
    [500, /is failing \(500\)/],
  ])('%i', async (status, message) => {
    lake.failWith(status)
    try {
      await expect(lakeSource(lakeConfig()).fetch(queries.settingsQuery)).rejects.toThrow(message)
    } finally {
      lake.failWith(null)
    }
  })

  it('an API that cannot be reached', async () => {
    const error = await lakeSource({...lakeConfig(), apiHost: 'http://127.0.0.1:9'}).fetch(queries.settingsQuery).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentSourceError)
    expect((error as Error).message).toMatch(/^The Content Lake at http:\/\/127\.0\.0\.1:9 \(project test, dataset production\) could not be reached/)
  })

  it('a build against a failing Content Lake', async () => {
    lake.failWith(403)
    try {
      const result = await buildSite(join(work, 'failed'), {SANITY_PROJECT_ID: 'test', SANITY_DATASET: 'production', SANITY_API_HOST: lake.url})
      expect(result.ok).toBe(false)
      expect(result.output).toContain('denied access (403)')
    } finally {
      lake.failWith(null)
    }
  })
})

describe('configuration and dataset files', () => {
  it('refuses a project id without a dataset', async () => {
    await expect(sourceFromEnv({SANITY_PROJECT_ID: 'abc'}, SITE_ROOT)).rejects.toThrow(
      'SANITY_PROJECT_ID is set but SANITY_DATASET is not: set both to build from the Content Lake, or neither to build from a file.',
    )
  })

  it('names a missing CONTENT_FILE', async () => {
    await expect(sourceFromEnv({CONTENT_FILE: '/nowhere/content.ndjson'}, SITE_ROOT)).rejects.toThrow(
      /^The content file \/nowhere\/content\.ndjson does not exist\./,
    )
  })

  it('names the line of a malformed document', async () => {
    const file = join(work, 'broken.ndjson')
    await writeFile(file, '{"_id":"a","_type":"faq"}\n{"_id":"b","_type":\n')
    const error = await fileSource(file).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentFileError)
    expect((error as Error).message).toMatch(new RegExp(`^${file}, line 2 is not valid JSON`))
  })

  it('reads the .tar.gz archive `sanity dataset export` writes, assets included', async () => {
    const folder = join(work, 'export', 'production-export')
    await mkdir(join(folder, 'images'), {recursive: true})
    const png = await readFile(join(EMBEDDED_DATASET_FOLDER, 'images', 'sample-annual-report-2025.png'))
    await writeFile(join(folder, 'images', 'cover.png'), png)
    const documents = [
      {_id: 'report-x', _type: 'report', title: 'Exported', slug: {current: 'exported'}, publishedAt: '2024-01-01', summary: 'S', coverImage: {_type: 'image', alt: 'A cover', _sanityAsset: 'image@file://./images/cover.png'}},
      {_id: 'drafts.report-x', _type: 'report', title: 'Draft'},
    ]
    await writeFile(join(folder, 'data.ndjson'), documents.map((doc) => JSON.stringify(doc)).join('\n'))
    const archive = join(work, 'production.tar.gz')
    await create({gzip: true, file: archive, cwd: join(work, 'export')}, ['production-export'])

    const source = await fileSource(archive)
    const reports = await source.fetch<Array<{title: string; coverImage: {local: string}}>>(queries.reportsQuery)
    expect(reports.map((report) => report.title)).toEqual(['Exported'])
    expect(await source.readAsset(reports[0]!.coverImage, {documentId: 'report-x', field: 'coverImage'})).toEqual(png)
  })
})
