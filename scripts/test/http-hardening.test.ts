import {execFile} from 'node:child_process'
import {request} from 'node:http'
import {mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {promisify} from 'node:util'
import {encodeSignatureHeader} from '@sanity/webhook'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {Releases} from '../src/service/releases'
import {copySeed} from '../src/dataset/working-copy'
import {writeFakeSite} from './support/fake-site'
import {REBUILD_TOKEN, SCRIPTS_DIR, SECRET, sendWebhook, settled, startService, status, type RunningService} from './support/service'

const run = promisify(execFile)

interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A GET with the path sent exactly as written: fetch and URL would normalise `..`, `%2e` and `\`. */
function rawGet(base: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const {hostname, port} = new URL(base)
  return new Promise((resolve, reject) => {
    const outgoing = request({host: hostname, port, path, method: 'GET', headers}, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({status: response.statusCode ?? 0, headers: response.headers, body}))
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

/** POSTs a body with a signature header written by hand. */
function postSigned(base: string, body: string, signature: string | string[]): Promise<Response> {
  const headers = new Headers({'content-type': 'application/json'})
  for (const value of [signature].flat()) headers.append('sanity-webhook-signature', value)
  return fetch(`${base}/webhooks/sanity`, {method: 'POST', headers, body})
}

const auth = {authorization: `Bearer ${REBUILD_TOKEN}`}

async function privateStatus(url: string) {
  const response = await fetch(`${url}/status`, {headers: auth})
  expect(response.status).toBe(200)
  return (await response.json()) as {
    current: {release: string} | null
    releases: Array<{id: string; live: boolean}>
    rolledBack: {release: string} | null
    builds: Array<{id: string; result: string; error?: string; logTail?: string[]}>
  }
}

let work: string
let service: RunningService
let contentFile: string
let dataDir: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-http-hardening-'))
  contentFile = await copySeed(join(work, 'content'))
  dataDir = join(work, 'data')
  // A longer quiet window, so the documents waiting for a build can be seen on /status.
  service = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir, QUIET_MS: '1500', KEEP_RELEASES: '4'})
})
afterAll(async () => {
  await service?.stop()
  await rm(work, {recursive: true, force: true})
})

describe('webhook signatures', () => {
  it('counts a captured request replayed 2,000 times, without idempotency-key, as one event', async () => {
    const body = JSON.stringify({_id: 'faq-replayed', _type: 'faq'})
    const signature = await encodeSignatureHeader(body, Date.now(), SECRET)
    const answers: Array<{status: number; duplicate: boolean}> = []
    let next = 0
    const worker = async () => {
      while (next < 2000) {
        next++
        const response = await postSigned(service.url, body, signature)
        const json = (await response.json()) as {duplicate?: boolean}
        answers.push({status: response.status, duplicate: json.duplicate === true})
      }
    }
    await Promise.all(Array.from({length: 20}, worker))
    expect(answers).toHaveLength(2000)
    expect(answers.filter((answer) => answer.status !== 202)).toEqual([])
    expect(answers.filter((answer) => answer.duplicate)).toHaveLength(1999)
    const journal = await readFile(join(dataDir, 'journal.ndjson'), 'utf8')
    expect(journal.match(/"documentId":"faq-replayed"/g)).toHaveLength(1)
    await settled(service.url)
  })

  it('answers 401, never 500, to a timestamp that is not sane or a header that is not one signature', async () => {
    const body = JSON.stringify({_id: 'faq-what-is-cast', _type: 'faq'})
    const valid = await encodeSignatureHeader(body, Date.now(), SECRET)
    const v1 = valid.split('v1=')[1]!
    const cases: Array<[string, string | string[], string?]> = [
      ['letters', `t=abc,v1=${v1}`],
      ['exponent', `t=1e400,v1=${v1}`],
      ['negative', `t=-1,v1=${v1}`],
      ['beyond any date', await encodeSignatureHeader(body, 99999999999999999999, SECRET)],
      ['400 digits', `t=${'9'.repeat(400)},v1=${v1}`],
      ['empty', ''],
      ['several t=', `t=${Date.now()},t=${Date.now()},v1=${v1}`],
      ['two headers', [valid, valid]],
      ['signed empty body', `t=${Date.now()},v1=${v1}`, ''],
    ]
    for (const [name, header, rawBody] of cases) {
      const response = await postSigned(service.url, rawBody ?? body, header)
      expect(response.status, name).toBe(401)
      expect(((await response.json()) as {error: string}).error, name).toMatch(/^Unauthorized: .+/)
    }
  })

  it('refuses an _id or _type that is not a string of at most 200 characters with 400, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{_id: 'x'.repeat(201), _type: 'faq'}, '_id'],
      [{_id: 'faq-what-is-cast', _type: 't'.repeat(201)}, '_type'],
      [{_id: 42, _type: 'faq'}, '_id'],
      [{_id: {nested: true}, _type: 'faq'}, '_id'],
      [{_id: 'faq-what-is-cast', _type: ['faq']}, '_type'],
    ]
    for (const [body, field] of cases) {
      const response = await sendWebhook(service.url, body)
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400)
      const {error} = (await response.json()) as {error: string}
      expect(error).toContain(field)
      expect(error).toContain('200')
    }
    const journal = await readFile(join(dataDir, 'journal.ndjson'), 'utf8')
    expect(journal).not.toContain('x'.repeat(201))
  })
})

describe('status', () => {
  it('shows only the public view without the token: no paths, logs or drafts', async () => {
    await sendWebhook(service.url, {_id: 'faq-what-is-cast', _type: 'faq'})
    await sendWebhook(service.url, {_id: 'drafts.faq-secret-plan', _type: 'faq'})
    const waiting = (await (await fetch(`${service.url}/status`)).json()) as {waiting: Array<{id: string; type?: string}>}
    expect(waiting.waiting).toContainEqual({id: 'faq-what-is-cast', type: 'faq'})
    expect(JSON.stringify(waiting)).not.toContain('secret-plan')
    await settled(service.url)

    // A build that fails on a missing content file: its reason names a path on this machine.
    await rename(contentFile, `${contentFile}.away`)
    try {
      await fetch(`${service.url}/rebuild`, {method: 'POST', headers: auth})
      await expect.poll(async () => (await status(service.url)).builds[0]?.result, {timeout: 60_000}).toBe('failed')
    } finally {
      await rename(`${contentFile}.away`, contentFile)
    }
    const response = await fetch(`${service.url}/status`)
    expect(response.status).toBe(200)
    const text = await response.text()
    const view = JSON.parse(text) as Record<string, unknown>
    expect(Object.keys(view).sort()).toEqual(['building', 'builds', 'current', 'lastBuild', 'queue', 'waiting'])
    expect(view.current).toMatchObject({release: expect.any(String), builtAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/)})
    expect(view.lastBuild).toMatchObject({result: 'failed', finishedAt: expect.any(String), reason: expect.any(String)})
    const reason = (view.lastBuild as {reason: string}).reason
    expect(reason).not.toMatch(/\n/)
    expect(reason.length).toBeGreaterThan(10)
    for (const secret of [work, dataDir, SCRIPTS_DIR, tmpdir(), 'logTail', 'at ', 'drafts.']) expect(text, secret).not.toContain(secret)

    // The private view has the whole story, paths included.
    const full = await privateStatus(service.url)
    expect(full.builds[0]!.error).toContain(contentFile)
    expect(full.builds[0]!.logTail!.length).toBeGreaterThan(0)
  })

  it('answers 401 to a wrong token, and the whole status to the right one', async () => {
    const wrong = await fetch(`${service.url}/status`, {headers: {authorization: 'Bearer not-the-token-at-all-0000'}})
    expect(wrong.status).toBe(401)
    const full = await privateStatus(service.url)
    expect(full.releases.length).toBeGreaterThanOrEqual(2)
    expect(full.releases.filter((release) => release.live)).toEqual([{id: full.current!.release, live: true}])
  })
})

describe('static serving', () => {
  it('never redirects to another host', async () => {
    const paths = [
      '/%2F%2Fevil.example%2F..%2Ffaq',
      '/%2f%2fevil.example%2f..%2ffaq',
      '/%5C%5Cevil.example%5C..%5Cfaq',
      '/%5Cevil.example/../faq',
      '/\\evil.example/../faq',
      '/\\/evil.example/../faq',
      '//evil.example/../faq',
      '//faq',
      '/%2Ffaq',
      '/%09/evil.example/../faq',
    ]
    for (const path of paths) {
      const response = await rawGet(service.url, path)
      const location = response.headers.location
      if (location === undefined) continue
      expect(String(location), path).toMatch(/^\/(?![/\\])/)
      expect(new URL(String(location), 'http://site.example').host, path).toBe('site.example')
      expect(String(location), path).not.toContain('evil')
    }
  })

  it('answers a folder outside the release exactly as a folder that does not exist', async () => {
    for (const [outside, missing] of [
      ['/%2e%2e/%2e%2e/releases', '/%2e%2e/%2e%2e/no-such-folder'],
      ['/..%2f..%2freleases', '/..%2f..%2fno-such-folder'],
      ['/%2e%2e/%2e%2e/%2e%2e/content', '/%2e%2e/%2e%2e/%2e%2e/no-such-folder'],
    ] as const) {
      const a = await rawGet(service.url, outside)
      const b = await rawGet(service.url, missing)
      expect(a.status, outside).toBe(404)
      expect(a.status, outside).toBe(b.status)
      expect(a.headers.location, outside).toBeUndefined()
      expect(a.body, outside).toBe(b.body)
    }
  })

  it('answers 400 to CR or LF in the path', async () => {
    for (const path of ['/faq%0d%0aSet-Cookie:%20a=b', '/faq%0A', '/%0Dfaq/', '/faq/%0d%0a.html']) {
      const response = await rawGet(service.url, path)
      expect(response.status, path).toBe(400)
      expect(response.headers['set-cookie'], path).toBeUndefined()
    }
  })

  it('does not follow a symbolic link out of the release', async () => {
    const release = join(dataDir, 'current')
    await symlink(join(dataDir, 'journal.ndjson'), join(release, 'leak.txt'))
    await symlink(dataDir, join(release, 'leak'))
    await symlink(join(dataDir, 'journal.ndjson'), join(release, 'leak-page.html'))
    for (const path of ['/leak.txt', '/leak/journal.ndjson', '/leak-page.html', '/leak/releases/', '/leak/releases']) {
      const response = await rawGet(service.url, path)
      expect(response.status, path).toBe(404)
      expect(response.body, path).not.toContain('"kind":"event"')
      expect(response.headers.location, path).toBeUndefined()
    }
  })

  it('never marks a 404 as immutable', async () => {
    for (const path of ['/_astro/does-not-exist.css', '/pagefind/does-not-exist.pf_meta', '/no-such-page/']) {
      const response = await fetch(`${service.url}${path}`)
      expect(response.status, path).toBe(404)
      const cacheControl = response.headers.get('cache-control') ?? ''
      expect(cacheControl, path).not.toContain('immutable')
      expect(cacheControl, path).toMatch(/no-store|no-cache|max-age=0/)
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
    }
  })
})

describe('rollback', () => {
  it('needs the token', async () => {
    expect((await fetch(`${service.url}/rollback`, {method: 'POST'})).status).toBe(401)
    expect((await fetch(`${service.url}/rollback`, {method: 'POST', headers: {authorization: 'Bearer not-the-token-at-all-0000'}})).status).toBe(401)
  })

  it('switches back to the previous release, then to a named one, and refuses what is not a kept release', async () => {
    const before = await privateStatus(service.url)
    const [live, previous] = before.releases
    expect(live).toMatchObject({live: true})
    // A release without its _headers file: serving it must say so in the log, at error level.
    await rm(join(dataDir, 'releases', previous!.id, '_headers'))

    const back = await fetch(`${service.url}/rollback`, {method: 'POST', headers: auth})
    expect(back.status).toBe(200)
    expect(await back.json()).toMatchObject({live: previous!.id, previous: live!.id})
    const after = await privateStatus(service.url)
    expect(after.current!.release).toBe(previous!.id)
    expect(after.rolledBack).toMatchObject({release: previous!.id})
    expect((await fetch(`${service.url}/faq/`)).status).toBe(200)
    await service.waitForLog((line) => line.level === 50 && String(line.msg).includes('_headers'), 10_000)

    for (const release of ['../../etc', '/etc', 'no-such-release', '', 42]) {
      const response = await fetch(`${service.url}/rollback`, {method: 'POST', headers: {...auth, 'content-type': 'application/json'}, body: JSON.stringify({release})})
      expect(response.status, String(release)).toBe(400)
      expect(((await response.json()) as {error: string}).error).toMatch(/release/)
    }

    // The command, against the running service.
    const env = {...process.env, PORT: new URL(service.url).port, HOST: '127.0.0.1', REBUILD_TOKEN}
    const listed = await run(process.execPath, ['--import', 'tsx', 'src/service/rollback-cli.ts', '--list'], {cwd: SCRIPTS_DIR, env})
    expect(listed.stdout).toContain(live!.id)
    expect(listed.stdout).toContain(previous!.id)
    const named = await run(process.execPath, ['--import', 'tsx', 'src/service/rollback-cli.ts', live!.id], {cwd: SCRIPTS_DIR, env})
    expect(named.stdout).toContain(live!.id)
    expect((await privateStatus(service.url)).current!.release).toBe(live!.id)
    const refused = await run(process.execPath, ['--import', 'tsx', 'src/service/rollback-cli.ts', 'no-such-release'], {cwd: SCRIPTS_DIR, env}).catch((error: {code: number; stderr: string}) => error)
    expect(refused).toMatchObject({code: 1})
    expect((refused as {stderr: string}).stderr).toContain('no-such-release')

    // The next accepted event ends the rollback.
    await sendWebhook(service.url, {_id: 'faq-what-is-cast', _type: 'faq'})
    expect((await privateStatus(service.url)).rolledBack).toBeNull()
    await settled(service.url)
  })
})

describe('a rollback across a restart', () => {
  it('stays live, and the events that were waiting wait for the next publish', async () => {
    const site = await writeFakeSite(join(work, 'restart-site'))
    const restartData = join(work, 'restart-data')
    // A long quiet window keeps a webhook's event waiting while the operator rolls back.
    const env = {SITE_DIR: site, DATA_DIR: restartData, QUIET_MS: '600000', MAX_DELAY_MS: '600000'}
    const first = await startService(env)
    let second: RunningService | undefined
    try {
      await fetch(`${first.url}/rebuild`, {method: 'POST', headers: auth})
      await expect.poll(async () => (await privateStatus(first.url)).releases.length, {timeout: 30_000}).toBe(2)
      // The release is listed a moment before the build is over; a rollback during it is refused.
      await settled(first.url)
      const [, older] = (await privateStatus(first.url)).releases
      expect((await sendWebhook(first.url, {_id: 'faq-what-is-cast', _type: 'faq'})).status).toBe(202)
      expect((await fetch(`${first.url}/rollback`, {method: 'POST', headers: auth})).status).toBe(200)
      await first.stop()

      second = await startService({...env, QUIET_MS: '0', MAX_DELAY_MS: '0'})
      const after = await privateStatus(second.url)
      expect(after.current!.release).toBe(older!.id)
      expect(after.rolledBack).toMatchObject({release: older!.id})
      expect((await status(second.url)).queue).toMatchObject({pendingEvents: 1, nextBuildAt: null})
      expect(second.logs.some((line) => line.event === 'rolled-back')).toBe(true)
    } finally {
      await first.stop()
      await second?.stop()
    }
  })
})

describe('pruning', () => {
  it('never removes the live release, even when the data folder is given as a relative path', async () => {
    const dir = join(work, 'prune')
    for (const id of ['2026-01-01', '2026-01-02', '2026-01-03']) {
      await mkdir(join(dir, 'releases', id), {recursive: true})
      await writeFile(join(dir, 'releases', id, 'index.html'), id)
    }
    const releases = new Releases(relative(process.cwd(), dir))
    await releases.switchTo(join(releases.root, '2026-01-01'))
    await releases.prune(2)
    expect(await readFile(join(dir, 'current', 'index.html'), 'utf8')).toBe('2026-01-01')
  })
})
