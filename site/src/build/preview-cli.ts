/**
 * Serves a built site with Astro's preview server: `node --import tsx src/build/preview-cli.ts [--out <folder>]`
 * (default `dist/`), on 127.0.0.1 at `PORT` (default 4321). Ctrl-C stops it with exit code 0: it is how a
 * preview ends, so `pnpm start` must not report it as a failed command. The shells pnpm starts on the way
 * (`trap '' INT` in the `start` and `preview` scripts) leave the signal to this process.
 */
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {resolve} from 'node:path'
import {preview} from 'astro'

const siteDir = fileURLToPath(new URL('../../', import.meta.url))
const {values} = parseArgs({options: {out: {type: 'string'}}})
const outDir = values.out ? resolve(values.out) : resolve(siteDir, 'dist')

const port = Number(process.env.PORT || '4321')
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT is ${JSON.stringify(process.env.PORT)}: set it to a port number from 0 to 65535, or unset it for 4321.`)
  process.exit(2)
}

const server = await preview({root: siteDir, outDir, server: {host: '127.0.0.1', port}})

process.once('SIGINT', () => {
  server.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`The preview server did not stop cleanly on Ctrl-C: ${(error as Error).stack ?? String(error)}`)
      process.exit(1)
    },
  )
})
await server.closed()
