import {isPublishedId, readNdjson} from '@cast/schemas/dataset'
import {access, mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {parseHeadersFile, headersFor} from 'scripts/service/headers-file'
import {buildSite} from './support/build'
import {SITE_ROOT, writeFixtureDataset} from './support/fixture'

/**
 * `build.json` is what the Studio and the rebuild service read to tell what is live: every
 * published document the build read, the revision it read, and its page when it has one.
 */
const fixtureSite = inject('fixtureSite')
const fixtureDataset = inject('fixtureDataset')

interface BuildInfo {
  builtAt: string
  documents: Record<string, {rev: string | null; path?: string}>
}

const buildInfo = async (site: string) => JSON.parse(await readFile(join(site, 'build.json'), 'utf8')) as BuildInfo

describe('build.json', () => {
  it('names every published document of the content source with the revision the build read, and no draft or version', async () => {
    const {documents} = await buildInfo(fixtureSite)
    const published = (await readNdjson(fixtureDataset)).filter((document) => isPublishedId(document._id))
    expect(Object.keys(documents).sort()).toEqual(published.map((document) => document._id).sort())
    for (const document of published) expect(documents[document._id]?.rev, document._id).toBe(document._rev)
    expect(Object.keys(documents).filter((id) => id.startsWith('drafts.') || id.startsWith('versions.'))).toEqual([])
  })

  it('gives the page of each document that has one in this build, and no page to the others', async () => {
    const {documents} = await buildInfo(fixtureSite)
    expect(documents['faq-what-is-cast']).toEqual({rev: 'seed', path: '/faq/what-is-cast/'})
    expect(documents['faqCategory-help']).toEqual({rev: 'seed', path: '/faq/topics/getting-help/'})
    expect(documents['report-sample-annual-report-2025']).toEqual({rev: 'seed', path: '/reports/sample-annual-report-2025/'})
    expect(documents['page-about']).toEqual({rev: 'seed', path: '/about/'})
    expect(documents['jobOpening-future']).toEqual({rev: 'fixture', path: '/careers/future-position/'})
    // A closed posting, the site settings and hotlines are read, but have no page of their own.
    expect(documents['jobOpening-past']).toEqual({rev: 'fixture'})
    expect(documents.siteSettings).toEqual({rev: 'seed'})
    expect(documents['hotline-911']).toEqual({rev: 'seed'})
    for (const [id, {path}] of Object.entries(documents)) {
      if (path) await expect(access(join(fixtureSite, path, 'index.html')), `${id}: ${path}`).resolves.toBeUndefined()
    }
  })
})

describe('the _headers rule for build.json', () => {
  const headersOf = async (site: string) => headersFor(parseHeadersFile(await readFile(join(site, '_headers'), 'utf8')), '/build.json')

  it('is never cached without asking, and open to no other origin when STUDIO_ORIGIN is not set', async () => {
    const headers = await headersOf(fixtureSite)
    expect(headers.get('cache-control')).toBe('no-cache')
    expect(headers.has('access-control-allow-origin')).toBe(false)
    // Pages keep their own caching rule.
    expect(headersFor(parseHeadersFile(await readFile(join(fixtureSite, '_headers'), 'utf8')), '/faq/').get('cache-control')).toBe('public, max-age=0, must-revalidate')
  })

  describe('with STUDIO_ORIGIN set at build time', () => {
    let work: string
    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), 'cast-build-json-'))
    })
    afterAll(async () => {
      await rm(work, {recursive: true, force: true})
    })
    // The smallest site the Studio accepts, so this second build stays quick.
    const minimalSite = async (name: string, origin: string) => {
      const documents = await readNdjson(join(SITE_ROOT, '..', 'studio', 'test', 'fixtures', 'minimal-documents.ndjson'))
      const dataset = await writeFixtureDataset(join(work, name, 'dataset'), documents, () => false)
      return {out: join(work, name, 'dist'), result: await buildSite(join(work, name, 'dist'), {CONTENT_FILE: dataset, STUDIO_ORIGIN: origin})}
    }

    it('lets the Studio read it from another origin', async () => {
      const {out, result} = await minimalSite('studio', 'https://cast.sanity.studio')
      expect(result.ok, result.output).toBe(true)
      const headers = await headersOf(out)
      expect(headers.get('access-control-allow-origin')).toBe('https://cast.sanity.studio')
      expect(headers.get('vary')).toBe('Origin')
      expect(headers.get('cache-control')).toBe('no-cache')
      expect(headersFor(parseHeadersFile(await readFile(join(out, '_headers'), 'utf8')), '/faq/').has('access-control-allow-origin')).toBe(false)
    })

    it('stops the build, naming the variable, when it is not an origin', async () => {
      const {result} = await minimalSite('path', 'https://cast.sanity.studio/desk')
      expect(result.ok).toBe(false)
      // The one line the rebuild service shows as the build's reason.
      expect(result.output).toContain('Build failed: Astro failed: STUDIO_ORIGIN is "https://cast.sanity.studio/desk", which is more than an origin')
    })
  })
})
