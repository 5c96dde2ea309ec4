import type {ServerResponse} from 'node:http'

/** How the stand-in answers an asset path instead of serving a file, to test what the build accepts. */
export type AssetRoute =
  /** A 302 to this URL. */
  | {redirect: string}
  /** A body of this many bytes, with or without a Content-Length header. */
  | {bytes: number; contentLength: boolean}
  /** The headers and a first chunk, then nothing until the connection is closed. */
  | {hang: true}

/** Answers an asset path with one of the test behaviours. */
export function answerAssetRoute(res: ServerResponse, route: AssetRoute) {
  if ('redirect' in route) {
    res.writeHead(302, {Location: route.redirect})
    return res.end()
  }
  if ('hang' in route) {
    res.writeHead(200, {'Content-Type': 'application/pdf'})
    res.write(Buffer.alloc(1024))
    return
  }
  res.writeHead(200, {'Content-Type': 'application/pdf', ...(route.contentLength ? {'Content-Length': route.bytes} : {})})
  // In chunks, so a client that stops reading at its limit is not handed the whole body at once.
  const chunk = Buffer.alloc(64 * 1024)
  let left = route.bytes
  const more = () => {
    while (left > 0) {
      const size = Math.min(left, chunk.length)
      left -= size
      if (!res.write(chunk.subarray(0, size))) return void res.once('drain', more)
    }
    res.end()
  }
  // A client that stops reading at its size limit closes the connection mid-body: expected here.
  res.on('error', () => undefined)
  more()
}
