import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {TestProject} from 'vitest/node'
import {buildStudio} from './build-studio'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built Studio (`sanity build`), shared by every browser test file. */
    studioDist: string
  }
}

/** Builds the Studio once for the browser tests (`live.test.ts` and others read its live state). */
export default async function setup(project: TestProject) {
  const dist = await mkdtemp(join(tmpdir(), 'studio-browser-'))
  await buildStudio(dist)
  project.provide('studioDist', dist)
  return () => rm(dist, {recursive: true, force: true})
}
