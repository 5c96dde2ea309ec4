import {execFile} from 'node:child_process'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {TEST_SITE} from './test-site'

const run = promisify(execFile)

/**
 * Builds the Studio (`sanity build`) into `dist`, a folder of its own so `dist/` is left alone, with
 * the test site's address so documents show their live state and have a Preview view.
 */
export async function buildStudio(dist: string): Promise<void> {
  await run('pnpm', ['exec', 'sanity', 'build', dist, '--yes'], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: {...process.env, DO_NOT_TRACK: '1', SANITY_TELEMETRY_DISABLED: '1', SANITY_STUDIO_SITE_URL: TEST_SITE},
  })
}
