import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {serveDist} from 'scripts/measure/serve-dist'
import {buildSite} from '../src/build/build-site'

const SITE_DIR = join(import.meta.dirname, '..')
// The embedded dataset, whatever the shell says about other content sources.
const EMBEDDED_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SANITY_') && name !== 'CONTENT_FILE'))

/**
 * Builds the site from the embedded dataset into a temporary folder, serves it as the rebuild
 * service serves a release, runs `measure` against its address, and removes it all afterwards.
 */
export async function withEmbeddedSite<T>(name: string, measure: (url: string) => Promise<T>): Promise<T> {
  const work = await mkdtemp(join(tmpdir(), `cast-bench-${name}-`))
  try {
    console.error('Building the site from the embedded dataset…')
    const dist = join(work, 'dist')
    await buildSite({siteDir: SITE_DIR, outDir: dist, env: EMBEDDED_ENV, onLine: () => {}})
    const server = await serveDist(dist)
    try {
      return await measure(server.url)
    } finally {
      await server.close()
    }
  } finally {
    await rm(work, {recursive: true, force: true})
  }
}
