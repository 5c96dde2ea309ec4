import Fastify from 'fastify'
import {fixedFolder, releaseStatic} from '../service/release-static'

export interface ServedSite {
  url: string
  close(): Promise<void>
}

/**
 * Serves a built site on 127.0.0.1, at a port the system picks, exactly as the rebuild service
 * serves its live release (compression, `_headers` rules, folder redirects, the 404 page), for
 * measuring what visitors download and see.
 */
export async function serveDist(dist: string): Promise<ServedSite> {
  const app = Fastify({logger: false})
  await app.register(releaseStatic, {live: fixedFolder(dist)})
  const url = await app.listen({port: 0, host: '127.0.0.1'})
  return {url, close: () => app.close()}
}
