import {readNdjson} from '@cast/schemas/dataset'
import {access, mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSite, type BuildResult} from './support/build'
import {SITE_ROOT, writeFixtureDataset} from './support/fixture'

/**
 * The other half of the contract `studio/test/contract.test.ts` checks in process: the smallest
 * document of each type that passes Studio validation builds a site, for real.
 */
const MINIMAL_DOCUMENTS = join(SITE_ROOT, '..', 'studio', 'test', 'fixtures', 'minimal-documents.ndjson')

let work: string
let result: BuildResult
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-contract-'))
  // Only the minimal documents: nothing from the embedded dataset fills in for a missing field.
  const dataset = await writeFixtureDataset(join(work, 'dataset'), await readNdjson(MINIMAL_DOCUMENTS), () => false)
  result = await buildSite(join(work, 'dist'), {CONTENT_FILE: dataset})
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('documents with only the fields the Studio requires', () => {
  it('build the site', () => {
    expect(result.ok, result.output).toBe(true)
  })

  it.each(['faq/minimal-question', 'reports/minimal-report', 'careers/minimal-posting', 'minimal-page'])('give /%s/ a page', async (path) => {
    await expect(access(join(work, 'dist', path, 'index.html'))).resolves.toBeUndefined()
  })
})
