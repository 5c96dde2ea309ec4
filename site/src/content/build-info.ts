import type {Loader} from 'astro/loaders'
import {z} from 'astro/zod'
import {fileURLToPath} from 'node:url'
import {contentSource} from './source'

/**
 * What the build was made from: the content source's fingerprint, taken before any content is
 * read. `build.json` publishes it, and the rebuild service compares it with the source's current
 * one (through `src/build/fingerprint-cli.ts`, the same function) to find missed publishes.
 */
export function buildInfoLoader() {
  return {
    name: 'cast-build-info',
    schema: z.object({fingerprint: z.string()}),
    async load({store, config, generateDigest}) {
      const source = await contentSource(fileURLToPath(config.root))
      const data = {fingerprint: await source.fingerprint()}
      store.clear()
      store.set({id: 'build', data, digest: generateDigest(data)})
    },
  } satisfies Loader
}
