import {AssetError, DatasetFileError as ContentFileError, EMBEDDED_DATASET_FOLDER} from '@cast/schemas/dataset'
import {randomUUID} from 'node:crypto'
import {copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {startContentLake, type AssetRoute} from 'scripts/content-lake'
import {create} from 'tar'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {isLakeAssetUrl} from '../src/content/lake-assets'
import {fileSource, lakeSource, sourceFromEnv} from '../src/content/source'
import {buildSite} from './support/build'
import {SITE_ROOT, writeFixtureDataset} from './support/fixture'

/**
 * Content must never decide which files the build reads or which hosts it fetches from: a
 * dataset file's assets come only from its own folder, the Content Lake's only from Sanity's
 * asset CDN for the configured project and dataset. Each attack is a real build.
 */

const fixtureDataset = inject('fixtureDataset')
const SEED_PNG = join(EMBEDDED_DATASET_FOLDER, 'images', 'sample-annual-report-2025.png')

let work: string
/** A file outside every dataset folder, and a server no build may ask for anything. */
let outside: string
let secret: {url: string; requests: string[]; server: Server}
const SECRET_TEXT = `SECRET-${randomUUID()}`

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-assets-'))
  outside = await mkdtemp(join(tmpdir(), 'cast-assets-outside-'))
  await writeFile(join(outside, 'secret.pdf'), `%PDF-1.4 ${SECRET_TEXT}`)
  await copyFile(SEED_PNG, join(outside, 'cover.png'))
  const requests: string[] = []
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/')
    res.writeHead(200, {'Content-Type': 'application/pdf'})
    res.end(`%PDF-1.4 ${SECRET_TEXT}`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  secret = {url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server}
})
afterAll(async () => {
  await new Promise((resolve) => secret.server.close(resolve))
  await rm(work, {recursive: true, force: true})
  await rm(outside, {recursive: true, force: true})
})

const report = (name: string, fields: object) => ({
  _id: `report-${name}`,
  _type: 'report',
  _createdAt: '2026-01-01T00:00:00Z',
  _updatedAt: '2026-01-01T00:00:00Z',
  _rev: 'test',
  language: 'en',
  title: `Report ${name}`,
  slug: {_type: 'slug', current: `report-${name}`},
  publishedAt: '2024-01-01',
  summary: 'A report whose file must not be read.',
  ...fields,
})

/** Every file under `dir` (none when it was never written) whose bytes contain `text`. */
async function filesContaining(dir: string, text: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const found: string[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    if ((await readFile(path)).includes(text)) found.push(path)
  }
  return found
}

/** Builds the fixture dataset plus one report, and returns the build and where it went. */
async function buildWithReport(name: string, fields: object, prepare?: (folder: string) => Promise<void>, env: Record<string, string> = {}) {
  const folder = join(work, name)
  const dataset = await writeFixtureDataset(folder, [report(name, fields)])
  await prepare?.(folder)
  const dist = join(folder, 'dist')
  return {result: await buildSite(dist, {CONTENT_FILE: dataset, ...env}), dist, folder}
}

describe('a dataset file names only files in its own folder', () => {
  it('/proc/self/environ: the build\'s environment never reaches a page', async () => {
    const marker = `MARKER-${randomUUID()}`
    const {result, dist} = await buildWithReport('environ', {file: {_type: 'file', _sanityAsset: 'file@file:///proc/self/environ'}}, undefined, {CAST_TEST_SECRET: marker})
    expect(result.ok, result.output).toBe(false)
    expect(result.output).toMatch(/Document report-environ, field file: .*\/proc\/self\/environ/)
    expect(await filesContaining(dist, marker)).toEqual([])
  })

  it('/etc/passwd, named absolutely', async () => {
    const {result, dist} = await buildWithReport('passwd', {file: {_type: 'file', _sanityAsset: 'file@file:///etc/passwd'}})
    expect(result.ok, result.output).toBe(false)
    expect(result.output).toMatch(/Document report-passwd, field file: .*\/etc\/passwd.*outside the dataset folder/)
    // The build's one-line reason, which the rebuild service shows, is this sentence.
    expect(result.output).toMatch(/^Build failed: Astro failed: Document report-passwd, field file: the asset file@file:\/\/\/etc\/passwd is \/etc\/passwd, outside/m)
    expect(await filesContaining(dist, 'root:x:0:0')).toEqual([])
  })

  it('/etc/passwd, reached from the folder with ..', async () => {
    const reference = `file@file://./${'../'.repeat(12)}etc/passwd`
    const {result, dist} = await buildWithReport('relative', {file: {_type: 'file', _sanityAsset: reference}})
    expect(result.ok, result.output).toBe(false)
    expect(result.output).toContain(`Document report-relative, field file: the asset ${reference} is /etc/passwd, outside the dataset folder`)
    expect(await filesContaining(dist, 'root:x:0:0')).toEqual([])
  })

  it('a symlink inside the folder that points out of it', async () => {
    const {result, dist} = await buildWithReport(
      'symlink',
      {file: {_type: 'file', _sanityAsset: 'file@file://./files/escape.pdf'}},
      (folder) => symlink(join(outside, 'secret.pdf'), join(folder, 'files', 'escape.pdf')),
    )
    expect(result.ok, result.output).toBe(false)
    expect(result.output).toContain(`Document report-symlink, field file: the asset file@file://./files/escape.pdf is ${join(outside, 'secret.pdf')}, outside the dataset folder`)
    expect(await filesContaining(dist, SECRET_TEXT)).toEqual([])
  })

  it('a cover image outside the folder', async () => {
    const reference = `image@file://${join(outside, 'cover.png')}`
    const {result, dist} = await buildWithReport('cover', {coverImage: {_type: 'image', alt: 'A cover', _sanityAsset: reference}})
    expect(result.ok, result.output).toBe(false)
    expect(result.output).toContain(`Document report-cover, field coverImage: the asset ${reference} is ${join(outside, 'cover.png')}, outside the dataset folder`)
    expect(await readdir(join(dist, 'media')).catch(() => [])).toEqual([])
  })

  it('an asset document with a URL: a dataset file never makes the build fetch', async () => {
    const before = secret.requests.length
    const url = `${secret.url}/secret.pdf`
    const {result} = await buildWithReport('file-url', {file: {_type: 'file', asset: {_type: 'reference', _ref: 'file-url-asset'}}}, async (folder) => {
      const asset = {_id: 'file-url-asset', _type: 'sanity.fileAsset', url, originalFilename: 'secret.pdf', size: 10}
      await writeFile(join(folder, 'fixture.ndjson'), `${await readFile(join(folder, 'fixture.ndjson'), 'utf8')}${JSON.stringify(asset)}\n`)
    })
    expect(result.ok, result.output).toBe(false)
    expect(result.output).toContain(`Document report-file-url, field file: the asset is a URL (${url})`)
    expect(secret.requests.length).toBe(before)
  })
})

describe('the Content Lake: assets come only from its asset CDN', () => {
  /** Starts a stand-in whose one extra report's file is the asset document `url` names, builds, and stops it. */
  async function lakeBuild(name: string, url: (lake: string) => string, {routes, env = {}}: {routes?: (lake: string) => Record<string, AssetRoute>; env?: Record<string, string>} = {}) {
    const lake = await startContentLake(fixtureDataset, {
      documents: (lakeUrl) => [
        report(name, {file: {_type: 'file', asset: {_type: 'reference', _ref: `file-${name}`}}}),
        {_id: `file-${name}`, _type: 'sanity.fileAsset', url: url(lakeUrl), originalFilename: `${name}.pdf`, size: 10, extension: 'pdf'},
      ],
      assetRoutes: routes,
    })
    try {
      const result = await buildSite(join(work, `lake-${name}`), {SANITY_PROJECT_ID: 'test', SANITY_DATASET: 'production', SANITY_API_HOST: lake.url, ...env})
      return {result, lake, assetUrl: url(lake.url)}
    } finally {
      await lake.close()
    }
  }

  it('another host (SSRF): the host gets no request', async () => {
    const before = secret.requests.length
    const {result, assetUrl} = await lakeBuild('ssrf', () => `${secret.url}/secret`)
    expect(result.ok, result.output).toBe(false)
    expect(result.output).toContain(`Build failed: Astro failed: Document report-ssrf, field file: the asset URL ${assetUrl} is not on Sanity's asset CDN for project test, dataset production`)
    expect(secret.requests.length).toBe(before)
  })

  it('the right host, another project', async () => {
    const {result, lake, assetUrl} = await lakeBuild('project', (lakeUrl) => `${lakeUrl}/files/other/production/0123abcd.pdf`)
    expect(result.ok, result.output).toBe(false)
    expect(result.output).toContain(`Document report-project, field file: the asset URL ${assetUrl} is not on Sanity's asset CDN for project test, dataset production`)
    expect(lake.assetRequests).not.toContain('/files/other/production/0123abcd.pdf')
  })

  it('a redirect is not followed', async () => {
    const before = secret.requests.length
    const {result, lake, assetUrl} = await lakeBuild('redirect', (lakeUrl) => `${lakeUrl}/files/test/production/redirect.pdf`, {
      routes: () => ({'/files/test/production/redirect.pdf': {redirect: `${secret.url}/secret`}}),
    })
    expect(result.ok, result.output).toBe(false)
    expect(result.output).toContain(`Document report-redirect, field file: downloading the asset ${assetUrl} answered 302 redirecting to ${secret.url}/secret`)
    expect(lake.assetRequests).toContain('/files/test/production/redirect.pdf')
    expect(secret.requests.length).toBe(before)
  })

  it('a body over ASSET_MAX_BYTES is cut off while it streams', async () => {
    const {result, assetUrl} = await lakeBuild('huge', (lakeUrl) => `${lakeUrl}/files/test/production/huge.pdf`, {
      routes: () => ({'/files/test/production/huge.pdf': {bytes: 4_000_000, contentLength: false}}),
      env: {ASSET_MAX_BYTES: '100000'},
    })
    expect(result.ok, result.output).toBe(false)
    expect(result.output).toContain(`Document report-huge, field file: the asset ${assetUrl} is larger than 100000 bytes (ASSET_MAX_BYTES)`)
  })

  it('a response that hangs is given up after ASSET_TIMEOUT_MS', async () => {
    const {result, assetUrl} = await lakeBuild('hang', (lakeUrl) => `${lakeUrl}/files/test/production/hang.pdf`, {
      routes: () => ({'/files/test/production/hang.pdf': {hang: true}}),
      env: {ASSET_TIMEOUT_MS: '1000'},
    })
    expect(result.ok, result.output).toBe(false)
    expect(result.output).toContain(`Document report-hang, field file: downloading the asset ${assetUrl} took longer than 1000 ms (ASSET_TIMEOUT_MS)`)
  }, 60_000)
})

describe('what each source reads, asked directly', () => {
  const place = {documentId: 'report-direct', field: 'file'}

  it('refuses every Content Lake URL but the asset CDN\'s, without a request', async () => {
    const lake = await startContentLake(fixtureDataset)
    const source = lakeSource({projectId: 'test', dataset: 'production', apiHost: lake.url})
    const before = secret.requests.length
    try {
      const refused = [
        `${lake.url}/files/test/staging/0123abcd.pdf`,
        `${lake.url}/videos/test/production/0123abcd.pdf`,
        `${lake.url}/files/test/production/sub/0123abcd.pdf`,
        `${lake.url}/files/test/production/../../other/production/0123abcd.pdf`,
        `${lake.url}/files/test/production/%2e%2e/0123abcd.pdf`,
        `${lake.url}/files/test/production/0123abcd.pdf?x=1`,
        `${lake.url}/files/test/production/0123abcd.pdf#x`,
        `${lake.url}\\files\\test\\production\\0123abcd.pdf`,
        `${lake.url.replace('http://', 'http://user@')}/files/test/production/0123abcd.pdf`,
        `${secret.url}/files/test/production/0123abcd.pdf`,
        'http://cdn.sanity.io/files/test/production/0123abcd.pdf',
        'https://cdn.sanity.io.evil.example/files/test/production/0123abcd.pdf',
        'https://cdn.sanity.io@127.0.0.1/files/test/production/0123abcd.pdf',
        'file:///etc/passwd',
        'not a url',
      ]
      for (const url of refused) {
        const error = await source.readAsset({url}, place).catch((e: unknown) => e)
        expect(error, url).toBeInstanceOf(AssetError)
        expect((error as Error).message, url).toBe(
          `Document report-direct, field file: the asset URL ${url} is not on Sanity's asset CDN for project test, dataset production (https://cdn.sanity.io/(images|files)/test/production/<name>.<ext> or ${lake.url}/(images|files)/test/production/<name>.<ext>), and the build downloads assets only from there: upload the file again in the Studio.`,
        )
      }
      expect(lake.assetRequests).toEqual([])
      expect(secret.requests.length).toBe(before)
      await expect(source.readAsset({local: 'file@file:///etc/passwd'}, place)).rejects.toThrow(
        'Document report-direct, field file: the asset file@file:///etc/passwd is a file path, but the Content Lake\'s assets are uploaded files with a URL',
      )
    } finally {
      await lake.close()
    }
  })

  it('accepts the asset CDN\'s URLs of the configured project and dataset', () => {
    const policy = {projectId: 'abc123', dataset: 'production', origins: ['https://cdn.sanity.io']}
    expect(isLakeAssetUrl('https://cdn.sanity.io/files/abc123/production/0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6.pdf', policy)).toBe(true)
    expect(isLakeAssetUrl('https://cdn.sanity.io/images/abc123/production/0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6-1200x800.png', policy)).toBe(true)
    expect(isLakeAssetUrl('https://cdn.sanity.io/images/abc123/staging/0f1e2d3c-1200x800.png', policy)).toBe(false)
    expect(isLakeAssetUrl('https://CDN.sanity.io/images/abc123/production/0f1e2d3c-1200x800.png', policy)).toBe(false)
  })

  it('refuses a declared Content-Length over ASSET_MAX_BYTES before reading the body', async () => {
    const path = '/files/test/production/declared.pdf'
    const lake = await startContentLake(fixtureDataset, {assetRoutes: () => ({[path]: {bytes: 2_000_000, contentLength: true}})})
    try {
      const source = lakeSource({projectId: 'test', dataset: 'production', apiHost: lake.url, assetMaxBytes: 100_000})
      await expect(source.readAsset({url: `${lake.url}${path}`}, place)).rejects.toThrow(
        `Document report-direct, field file: the asset ${lake.url}${path} is larger than 100000 bytes (ASSET_MAX_BYTES)`,
      )
      // A legitimate asset of the same stand-in is read in full.
      const [report] = await source.fetch<Array<{file: {url: string}}>>('*[_type == "report" && defined(file)]{"file": file{"url": asset->url}}')
      expect((await source.readAsset(report!.file, place)).subarray(0, 5).toString()).toBe('%PDF-')
    } finally {
      await lake.close()
    }
  })

  it('refuses limits that are not whole numbers, naming the variable', async () => {
    const env = {SANITY_PROJECT_ID: 'test', SANITY_DATASET: 'production'}
    await expect(sourceFromEnv({...env, ASSET_MAX_BYTES: '50MB'}, SITE_ROOT)).rejects.toThrow('ASSET_MAX_BYTES is "50MB": set it to a whole number above zero')
    await expect(sourceFromEnv({...env, ASSET_TIMEOUT_MS: '0'}, SITE_ROOT)).rejects.toThrow('ASSET_TIMEOUT_MS is "0": set it to a whole number above zero')
  })

  it('a dataset file: a symlink that stays inside is read; other schemes and missing files are named', async () => {
    const folder = join(work, 'direct')
    const dataset = await writeFixtureDataset(folder, [])
    await symlink(join(folder, 'files', 'sample-policy-brief-2024.pdf'), join(folder, 'files', 'alias.pdf'))
    const source = await fileSource(dataset)
    expect(await source.readAsset({local: 'file@file://./files/alias.pdf'}, place)).toEqual(
      await readFile(join(EMBEDDED_DATASET_FOLDER, 'files', 'sample-policy-brief-2024.pdf')),
    )
    await expect(source.readAsset({local: 'file@https://example.org/report.pdf'}, place)).rejects.toThrow(
      'Document report-direct, field file: the asset file@https://example.org/report.pdf is not a file path',
    )
    await expect(source.readAsset({local: 'file@file://./files/gone.pdf'}, place)).rejects.toThrow(
      `Document report-direct, field file: the asset file@file://./files/gone.pdf (${join(folder, 'files', 'gone.pdf')}) does not exist`,
    )
    await expect(source.readAsset({local: 'file@file://./files'}, place)).rejects.toThrow(
      `Document report-direct, field file: the asset file@file://./files (${join(folder, 'files')}) is not a file.`,
    )
  })

  it('an export archive with a symlink in it stops the build, naming the archive', async () => {
    const exported = join(work, 'archive', 'production-export')
    await mkdir(join(exported, 'files'), {recursive: true})
    await symlink(join(outside, 'secret.pdf'), join(exported, 'files', 'escape.pdf'))
    await writeFile(join(exported, 'data.ndjson'), `${JSON.stringify({_id: 'report-archive', _type: 'report'})}\n`)
    const archive = join(work, 'archive.tar.gz')
    await create({gzip: true, file: archive, cwd: join(work, 'archive')}, ['production-export'])
    const error = await fileSource(archive).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentFileError)
    expect((error as Error).message).toMatch(new RegExp(`^The content file ${archive.replace(/\./g, '\\.')} cannot be extracted safely \\(.*linkpath`))
  })
})
