/**
 * Builds the site: `node --import tsx src/build/build-cli.ts [--out <folder>]` (default `dist/`).
 * Reads the content source from the environment (see the README). On failure, the last line says
 * why, after `Build failed: `, and the exit code is 1.
 */
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {buildSite, SiteBuildError} from './build-site'

const siteDir = fileURLToPath(new URL('../../', import.meta.url))
const {values} = parseArgs({options: {out: {type: 'string', default: 'dist'}}})

try {
  await buildSite({siteDir, outDir: values.out, env: process.env, onLine: (line) => console.log(line)})
} catch (error) {
  console.log(`Build failed: ${error instanceof SiteBuildError ? error.message : ((error as Error).stack ?? String(error))}`)
  process.exit(1)
}
