import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {copySeed} from '../src/dataset/working-copy'
import {REBUILD_TOKEN, SCRIPTS_DIR, SECRET, startService, type RunningService} from './support/service'

/**
 * The Studio, served from STUDIO_ORIGIN, reads `build.json` and the public status from the
 * browser to show staff what is live; no other origin may.
 */
const run = promisify(execFile)
const STUDIO = 'https://cast.sanity.studio'

let work: string
let service: RunningService
let dataDir: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-studio-cors-'))
  dataDir = join(work, 'data')
  service = await startService({CONTENT_FILE: await copySeed(join(work, 'content')), DATA_DIR: dataDir, STUDIO_ORIGIN: STUDIO})
})
afterAll(async () => {
  await service?.stop()
  await rm(work, {recursive: true, force: true})
})

describe('STUDIO_ORIGIN', () => {
  it.each(['/build.json', '/status'])('lets the Studio read %s, and says the answer varies by origin', async (path) => {
    const response = await fetch(`${service.url}${path}`, {headers: {origin: STUDIO}})
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(STUDIO)
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/)
  })

  it.each(['/build.json', '/status'])('gives another origin, or none, no access to %s', async (path) => {
    for (const headers of [{origin: 'https://evil.example'}, {origin: `${STUDIO}.evil.example`}, {}] as Array<Record<string, string>>) {
      const response = await fetch(`${service.url}${path}`, {headers})
      expect(response.status).toBe(200)
      expect(response.headers.get('access-control-allow-origin'), JSON.stringify(headers)).toBeNull()
    }
  })

  it('answers the preflight for the Studio, and not for another origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${service.url}/build.json`, {method: 'OPTIONS', headers: {origin, 'access-control-request-method': 'GET'}})
    const studio = await preflight(STUDIO)
    expect(studio.status).toBe(204)
    expect(studio.headers.get('access-control-allow-origin')).toBe(STUDIO)
    expect(studio.headers.get('access-control-allow-methods')).toBe('GET, HEAD')
    const other = await preflight('https://evil.example')
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    expect(other.headers.get('access-control-allow-methods')).toBeNull()
  })

  it('never opens the private status or the operator endpoints to the Studio', async () => {
    const preflight = await fetch(`${service.url}/status`, {method: 'OPTIONS', headers: {origin: STUDIO, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization'}})
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull()
    const rebuild = await fetch(`${service.url}/rebuild`, {method: 'POST', headers: {origin: STUDIO, authorization: `Bearer ${REBUILD_TOKEN}`}})
    expect(rebuild.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('passes STUDIO_ORIGIN to builds, so the release’s _headers let the Studio read build.json from a CDN too', async () => {
    const headers = await readFile(join(dataDir, 'current', '_headers'), 'utf8')
    expect(headers).toContain(`/build.json\n  Cache-Control: no-cache\n  Access-Control-Allow-Origin: ${STUDIO}\n  Vary: Origin\n`)
  })

  it('refuses to start with a STUDIO_ORIGIN that is not an origin, and says which variable', async () => {
    const env = {...process.env, SANITY_WEBHOOK_SECRET: SECRET, DATA_DIR: join(work, 'refused'), PORT: '0', STUDIO_ORIGIN: `${STUDIO}/desk`}
    // A service that starts after all is stopped, and the test fails on its exit code.
    const failure = await run(process.execPath, ['--import', 'tsx', 'src/service/server.ts'], {cwd: SCRIPTS_DIR, env, timeout: 60_000}).catch((error: {code: number; stderr: string}) => error)
    expect(failure).toMatchObject({code: 1})
    expect((failure as {stderr: string}).stderr).toContain(`The rebuild service cannot start: STUDIO_ORIGIN is "${STUDIO}/desk", which is more than an origin`)
  })
})
