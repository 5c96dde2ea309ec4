import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSite} from './support/build'
import {writeFixtureDataset} from './support/fixture'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-empty-'))
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('a site with no open positions and no reports', () => {
  it('says so plainly instead of showing empty lists', async () => {
    const dataset = await writeFixtureDataset(join(work, 'data'), [], (doc) => doc._type !== 'jobOpening' && doc._type !== 'report')
    const dist = join(work, 'dist')
    const result = await buildSite(dist, {CONTENT_FILE: dataset})
    expect(result.ok, result.output).toBe(true)
    expect(await readFile(join(dist, 'careers', 'index.html'), 'utf8')).toContain('We have no open positions right now.')
    expect(await readFile(join(dist, 'reports', 'index.html'), 'utf8')).toContain('No reports have been published yet.')
    expect(await readdir(join(dist, 'careers'))).toEqual(['index.html'])
    expect(await readFile(join(dist, 'index.html'), 'utf8')).not.toContain('Latest reports')
  })
})
