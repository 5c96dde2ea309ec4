import type {IncomingMessage, ServerResponse} from 'node:http'

export function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {'Content-Type': 'application/json'})
  res.end(JSON.stringify(body))
}

/** A Sanity-style error answer, so the client shows the description. */
export function sendError(res: ServerResponse, status: number, description: string, type = 'httpError') {
  send(res, status, {error: {description, type}, statusCode: status, message: description})
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function readJson<T>(req: IncomingMessage): Promise<T> {
  const text = await readBody(req)
  try {
    return JSON.parse(text) as T
  } catch (error) {
    throw new Error(`${req.method} ${req.url}: the body is not JSON (${(error as Error).message})`, {cause: error})
  }
}
