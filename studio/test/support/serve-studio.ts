import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {readFile} from 'node:fs/promises'
import {extname, join, normalize} from 'node:path'

export interface ServedStudio {
  url: string
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
}

/**
 * Serves a built Studio on 127.0.0.1. The Studio is a single-page app: its own routes
 * (`/structure/...`, `/intent/...`) are answered with `index.html`; only `/static/` holds files.
 */
export async function serveStudio(dist: string): Promise<ServedStudio> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname))
    const file = path.startsWith('/static/') ? join(dist, path) : join(dist, 'index.html')
    try {
      const body = await readFile(file)
      res.writeHead(200, {'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream'})
      res.end(body)
    } catch (error) {
      const status = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 404 : 500
      res.writeHead(status, {'Content-Type': 'text/plain'})
      res.end(`${path}: ${(error as Error).message}`)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections()
      server.close((error) => (error ? reject(error) : resolve()))
    }),
  }
}
