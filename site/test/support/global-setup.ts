import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {TestProject} from 'vitest/node'
import {buildSite} from './build'
import {writeFixtureDataset} from './fixture'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from the fixture dataset, shared by the tests that read or serve it. */
    fixtureSite: string
    fixtureDataset: string
  }
}

export default async function setup(project: TestProject) {
  const work = await mkdtemp(join(tmpdir(), 'cast-site-test-'))
  const dataset = await writeFixtureDataset(join(work, 'dataset'))
  const site = join(work, 'dist')
  const result = await buildSite(site, {CONTENT_FILE: dataset})
  if (!result.ok) throw new Error(`The fixture site did not build:\n${result.output}`)
  project.provide('fixtureSite', site)
  project.provide('fixtureDataset', dataset)
  return async () => {
    await rm(work, {recursive: true, force: true})
  }
}
