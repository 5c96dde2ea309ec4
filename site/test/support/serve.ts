import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import sirv from 'sirv'

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Serves a built site on 127.0.0.1 at an OS-assigned port, with the site's own 404 page. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const assets = sirv(dir, {dev: false, etag: true, extensions: ['html']})
  const server: Server = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404
      sirv(dir, {single: '404.html'})(req, res)
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
