/**
 * Builds the site: `node --import tsx src/build/build-cli.ts [--out <folder>] [--preview <document id>]`
 * (default `dist/`). With `--preview`, only that document's page, from its draft (see `preview-build.ts`).
 * Reads the content source from the environment (see the README). On failure, the last line says
 * why, after `Build failed: `, and the exit code is 1.
 */
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {buildSite} from './build-site'
import {failureReason} from './failure-reason'
import {SiteBuildError} from './site-build-error'

const siteDir = fileURLToPath(new URL('../../', import.meta.url))
const {values} = parseArgs({options: {out: {type: 'string'}, preview: {type: 'string'}}})
if (values.preview !== undefined && values.out === undefined) {
  console.log('Build failed: --preview needs --out <folder>: a preview never replaces the public site in dist/.')
  process.exit(1)
}

try {
  await buildSite({siteDir, outDir: values.out ?? 'dist', env: process.env, onLine: (line) => console.log(line), preview: values.preview})
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
