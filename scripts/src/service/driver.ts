import {spawn, type ChildProcess} from 'node:child_process'
import {join} from 'node:path'
import {createInterface} from 'node:readline'
import {encodeSignatureHeader} from '@sanity/webhook'

/** The scripts package's folder, where `pnpm serve` runs. */
export const SCRIPTS_DIR = join(import.meta.dirname, '..', '..')

/**
 * Drives the rebuild service from outside, as Sanity and an operator do: starts `pnpm serve`'s
 * entry point as a child process, sends signed webhooks, reads the status and waits for pages.
 * The tests and the publish benchmark use it.
 */
export interface RunningService {
  url: string
  child: ChildProcess
  /** Every JSON log line so far. */
  logs: Array<Record<string, unknown>>
  /** Resolves when a log line matches. */
  waitForLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/**
 * Starts the service in a child process with `env` over this process's environment (it needs
 * `SANITY_WEBHOOK_SECRET`; `PORT` is 0, a port the system picks, unless given) and waits until it
 * listens. `fileSizeLimitKiB` runs it under `ulimit -f`, so a write past that size fails as on a full disk.
 */
export async function startService(env: Record<string, string>, {fileSizeLimitKiB}: {fileSizeLimitKiB?: number} = {}): Promise<RunningService> {
  // One process (node with tsx's loader, not tsx's CLI wrapper), so a signal reaches the service itself.
  const command = [process.execPath, '--import', 'tsx', 'src/service/server.ts']
  // bash's `exec` keeps it one process; SIGXFSZ is ignored so the write fails with EFBIG instead.
  const limited = fileSizeLimitKiB ? ['bash', '-c', `trap '' XFSZ; ulimit -f ${fileSizeLimitKiB}; exec "$0" "$@"`, ...command] : command
  const child = spawn(limited[0]!, limited.slice(1), {
    cwd: SCRIPTS_DIR,
    env: {...process.env, PORT: '0', ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const logs: Array<Record<string, unknown>> = []
  const waiters = new Set<{match: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void}>()
  let stderr = ''
  createInterface({input: child.stderr!}).on('line', (line) => (stderr += `${line}\n`))
  createInterface({input: child.stdout!}).on('line', (text) => {
    let line: Record<string, unknown>
    try {
      line = JSON.parse(text) as Record<string, unknown>
    } catch {
      line = {msg: text}
    }
    logs.push(line)
    for (const waiter of waiters) {
      if (waiter.match(line)) {
        waiters.delete(waiter)
        waiter.resolve(line)
      }
    }
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))

  const waitForLog = (match: (line: Record<string, unknown>) => boolean, timeoutMs = 60_000) => {
    const found = logs.find(match)
    if (found) return Promise.resolve(found)
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      const waiter = {match, resolve}
      waiters.add(waiter)
      const timer = setTimeout(() => {
        waiters.delete(waiter)
        reject(new Error(`No matching log line within ${timeoutMs} ms. stderr:\n${stderr}\nlast logs:\n${logs.slice(-10).map((l) => JSON.stringify(l)).join('\n')}`))
      }, timeoutMs)
      void exited.then(() => {
        clearTimeout(timer)
        if (waiters.has(waiter)) reject(new Error(`The service exited. stderr:\n${stderr}`))
      })
    })
  }

  const listening = await waitForLog((line) => line.event === 'listening', 120_000)
  return {
    url: String(listening.address),
    child,
    logs,
    waitForLog,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
      child.kill(signal)
      return exited
    },
  }
}

/** Sends a webhook the way Sanity does: the JSON body, signed with `secret`, to `path` (the publish webhook's by default). */
export async function sendWebhook(
  url: string,
  body: unknown,
  {secret, timestamp = Date.now(), idempotencyKey, rawBody, path = '/webhooks/sanity'}: {secret: string; timestamp?: number; idempotencyKey?: string; rawBody?: string; path?: string},
): Promise<Response> {
  const payload = rawBody ?? JSON.stringify(body)
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'sanity-webhook-signature': await encodeSignatureHeader(payload, timestamp, secret),
      ...(idempotencyKey ? {'idempotency-key': idempotencyKey} : {}),
    },
    body: payload,
  })
}

export interface Status {
  current: {release: string} | null
  building: {id: string} | null
  queue: {pendingEvents: number; nextBuildAt: string | null}
  buildsTotal: number
  builds: Array<{id: string; trigger: string; result: 'ok' | 'failed'; error?: string; logTail?: string[]; documents: Array<{id: string}>; durationMs: number}>
}

/** The whole status, as the operator sees it with the service's `REBUILD_TOKEN`. */
export async function status(url: string, token: string): Promise<Status> {
  const response = await fetch(`${url}/status`, {headers: {authorization: `Bearer ${token}`}})
  if (!response.ok) throw new Error(`GET ${url}/status answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as Status
}

/** Waits until no build is running or due, and returns the status then. */
export async function settled(url: string, token: string, timeoutMs = 90_000): Promise<Status> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const current = await status(url, token)
    if (!current.building && current.queue.nextBuildAt === null) return current
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`The service at ${url} was still building after ${timeoutMs} ms`)
}

/** Polls a page until its HTML contains `text`; returns how long that took. */
export async function waitForText(url: string, text: string, timeoutMs = 60_000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const response = await fetch(url)
    if ((await response.text()).includes(text)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${url} did not show “${text}” within ${timeoutMs} ms`)
}
