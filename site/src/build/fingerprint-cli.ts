/**
 * Prints the content source's fingerprint as JSON (`{"fingerprint": "…"}`), from the same
 * environment a build reads: `node --import tsx src/build/fingerprint-cli.ts`. The rebuild service
 * runs it to find publishes whose webhook never arrived, without importing the site's code.
 */
import {fileURLToPath} from 'node:url'
import {sourceFromEnv} from '../content/source'

try {
  const source = await sourceFromEnv(process.env, fileURLToPath(new URL('../../', import.meta.url)))
  console.log(JSON.stringify({fingerprint: await source.fingerprint()}))
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
