import {execFile} from 'node:child_process'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import type {TestProject} from 'vitest/node'
import {TEST_SITE} from './test-site'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built Studio (`sanity build`), shared by every browser test file. */
    studioDist: string
  }
}

const run = promisify(execFile)

/**
 * Builds the Studio once for the browser tests, into a folder of its own so `dist/` is left alone,
 * with the test site's address so documents show their live state (`live.test.ts`).
 */
export default async function setup(project: TestProject) {
  const dist = await mkdtemp(join(tmpdir(), 'studio-browser-'))
  await run('pnpm', ['exec', 'sanity', 'build', dist, '--yes'], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: {...process.env, DO_NOT_TRACK: '1', SANITY_TELEMETRY_DISABLED: '1', SANITY_STUDIO_SITE_URL: TEST_SITE},
  })
  project.provide('studioDist', dist)
  return () => rm(dist, {recursive: true, force: true})
}
