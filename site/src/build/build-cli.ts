/**
 * Builds the site: `node --import tsx src/build/build-cli.ts [--out <folder>]` (default `dist/`).
 * Reads the content source from the environment (see the README). On failure, the last line says
 * why, after `Build failed: `, and the exit code is 1.
 */
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {buildSite, SiteBuildError} from './build-site'
import {failureReason} from './failure-reason'

const siteDir = fileURLToPath(new URL('../../', import.meta.url))
const {values} = parseArgs({options: {out: {type: 'string', default: 'dist'}}})

try {
  await buildSite({siteDir, outDir: values.out, env: process.env, onLine: (line) => console.log(line)})
} catch (error) {
  if (error instanceof SiteBuildError) {
    console.log(`Build failed: ${error.message}`)
  } else {
    // Preparing or moving the folders failed (a full disk, permissions): the stack for the log, one line for people.
    console.error((error as Error).stack ?? String(error))
    console.log(`Build failed: ${failureReason('Putting the built site in place', [(error as Error).message], 'error')}`)
  }
  process.exit(1)
}
