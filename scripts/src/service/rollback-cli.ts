/**
 * Switches the running rebuild service back to a kept release.
 *
 *   pnpm rollback              the release before the live one
 *   pnpm rollback <release-id> that release
 *   pnpm rollback --list       the kept releases, newest first
 *
 * Talks to the service at http://HOST:PORT (127.0.0.1:4321 by default) with REBUILD_TOKEN.
 */
import {parseArgs} from 'node:util'

interface Release {
  id: string
  live: boolean
}

async function main(): Promise<number> {
  const {values, positionals} = parseArgs({options: {list: {type: 'boolean', default: false}}, allowPositionals: true})
  const token = process.env.REBUILD_TOKEN
  if (!token) {
    console.error('REBUILD_TOKEN is not set: set it to the token the rebuild service was started with.')
    return 1
  }
  if (positionals.length > 1) {
    console.error(`Give one release id at most, not ${positionals.length}. Run with --list to see the kept releases.`)
    return 1
  }
  // The service listens on HOST; a wildcard address is reached through the loopback one.
  const host = !process.env.HOST || process.env.HOST === '0.0.0.0' || process.env.HOST === '::' ? '127.0.0.1' : process.env.HOST
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${process.env.PORT ?? '4321'}`
  const headers = {authorization: `Bearer ${token}`}

  let response: Response
  try {
    response = values.list
      ? await fetch(`${base}/status`, {headers})
      : positionals[0] === undefined
        ? await fetch(`${base}/rollback`, {method: 'POST', headers})
        : await fetch(`${base}/rollback`, {method: 'POST', headers: {...headers, 'content-type': 'application/json'}, body: JSON.stringify({release: positionals[0]})})
  } catch (error) {
    console.error(`Cannot reach the rebuild service at ${base} (${(error as Error).message}): is it running, and are HOST and PORT its own?`)
    return 1
  }
  const body = (await response.json().catch(() => ({}))) as {error?: string; releases?: Release[]; live?: string; previous?: string | null}
  if (!response.ok) {
    console.error(`The rebuild service at ${base} refused (${response.status}): ${body.error ?? 'no reason given'}`)
    return 1
  }
  if (values.list) {
    for (const release of body.releases ?? []) console.log(`${release.id}${release.live ? '  (live)' : ''}`)
    return 0
  }
  console.log(`Release ${body.live} is live${body.previous ? ` (was ${body.previous})` : ''}. The next publish or rebuild replaces it.`)
  return 0
}

process.exitCode = await main()
