import {mkdir, mkdtemp, rm, symlink} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import pino from 'pino'
import {buildApp} from '../src/service/app'
import {Journal} from '../src/service/journal'
import {Publisher} from '../src/service/publisher'
import {Releases} from '../src/service/releases'

/**
 * Serves a built site on 127.0.0.1 the way the rebuild service does (compression, headers), for
 * measuring what visitors download. The site folder is made the live release of a throwaway
 * service state.
 */
export async function serveDist(dist: string): Promise<{url: string; close: () => Promise<void>}> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cast-serve-dist-'))
  const releases = new Releases(dataDir)
  await mkdir(releases.root, {recursive: true})
  await symlink(dist, join(releases.root, 'measured'))
  await releases.switchTo(join(releases.root, 'measured'))
  const journal = await Journal.open(join(dataDir, 'journal.ndjson'))
  const logger = pino({level: 'silent'})
  const publisher = new Publisher({QUIET_MS: 0, MAX_DELAY_MS: 0, KEEP_RELEASES: 2}, journal, releases, async () => ({ok: false, logTail: []}), logger)
  const app = await buildApp({config: {SANITY_WEBHOOK_SECRET: 'unused-in-measurements', SIGNATURE_TOLERANCE_MS: 1000}, publisher, releases})
  const url = await app.listen({port: 0, host: '127.0.0.1'})
  return {
    url,
    close: async () => {
      await app.close()
      await journal.close()
      await rm(dataDir, {recursive: true, force: true})
    },
  }
}
