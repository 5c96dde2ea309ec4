import {spawn} from 'node:child_process'
import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {copySeed, editDocument, setQuestion} from '../src/dataset/working-copy'
import {isAlive, setFakeMode, writeFakeSite} from './support/fake-site'
import {REBUILD_TOKEN, SECRET, sendWebhook, settled, startService, status, waitForText} from './support/service'

/**
 * How the service runs builds: what they may see, how they are stopped, and that they share no
 * working state with each other or with a build started by hand.
 */
let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-builds-'))
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

const rebuild = (url: string) => fetch(`${url}/rebuild`, {method: 'POST', headers: {authorization: `Bearer ${REBUILD_TOKEN}`}})

/** Every file under a folder, with its text. */
async function filesUnder(dir: string): Promise<Array<{path: string; text: string}>> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return Promise.all(entries.filter((entry) => entry.isFile()).map(async (entry) => ({path: join(entry.parentPath, entry.name), text: await readFile(join(entry.parentPath, entry.name), 'latin1')})))
}

describe('what a build may see', () => {
  it('passes the build only the environment it needs, never the service secrets', async () => {
    const site = await writeFakeSite(join(work, 'env-site'))
    const dataDir = join(work, 'env-data')
    const service = await startService({SITE_DIR: site, DATA_DIR: dataDir, CONTENT_FILE: '/content.ndjson', SITE_URL: 'https://example.org', UNRELATED_SECRET: 'unrelated-0123456789'})
    try {
      const seen = JSON.parse(await readFile(join(dataDir, 'current', 'env.json'), 'utf8')) as Record<string, string>
      expect(seen).toMatchObject({CONTENT_FILE: '/content.ndjson', SITE_URL: 'https://example.org'})
      expect(seen).not.toHaveProperty('SANITY_WEBHOOK_SECRET')
      expect(seen).not.toHaveProperty('REBUILD_TOKEN')
      expect(seen).not.toHaveProperty('UNRELATED_SECRET')
      expect(JSON.stringify(seen)).not.toContain(SECRET)
    } finally {
      await service.stop()
    }
  })

  it('publishes no secret when content names /proc/self/environ as a report file', async () => {
    const contentFile = await copySeed(join(work, 'environ', 'content'))
    const dataDir = join(work, 'environ', 'data')
    const service = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir})
    try {
      await editDocument(contentFile, 'report-sample-annual-report-2025', (doc) => ({...doc, file: {_type: 'file', _sanityAsset: 'file@file:///proc/self/environ'}}))
      await sendWebhook(service.url, {_id: 'report-sample-annual-report-2025', _type: 'report'})
      await expect.poll(async () => (await settled(service.url)).builds[0]?.trigger, {timeout: 60_000}).toBe('webhook')
      const {builds} = await status(service.url)
      expect(builds[0]).toMatchObject({result: 'failed'})
      expect(builds[0]!.error).toContain('report-sample-annual-report-2025')
      for (const release of await readdir(join(dataDir, 'releases'))) {
        for (const file of await filesUnder(join(dataDir, 'releases', release))) {
          expect(file.text.includes(SECRET) || file.text.includes(REBUILD_TOKEN), file.path).toBe(false)
        }
      }
    } finally {
      await service.stop()
    }
  })
})

describe('stopping builds', () => {
  it('stops every process of a build that runs past BUILD_TIMEOUT_MS, says so, and goes on', async () => {
    const site = await writeFakeSite(join(work, 'timeout-site'))
    const service = await startService({SITE_DIR: site, DATA_DIR: join(work, 'timeout-data'), BUILD_TIMEOUT_MS: '1500'})
    try {
      await setFakeMode(site, 'hang')
      await rebuild(service.url)
      await expect.poll(async () => (await settled(service.url)).builds[0]?.trigger, {timeout: 30_000}).toBe('rebuild')
      const failed = (await status(service.url)).builds[0]!
      expect(failed.result).toBe('failed')
      expect(failed.error).toMatch(/^The build took longer than BUILD_TIMEOUT_MS \(1500 ms\) and was stopped/)
      const grandchild = Number(await readFile(join(site, 'grandchild.pid'), 'utf8'))
      await expect.poll(() => isAlive(grandchild), {timeout: 5000}).toBe(false)

      await setFakeMode(site, 'ok')
      await rebuild(service.url)
      await expect.poll(async () => (await settled(service.url)).builds[0]?.result, {timeout: 30_000}).toBe('ok')
    } finally {
      await service.stop()
    }
  })

  it('leaves no process of a build running after the service is killed and restarted', async () => {
    const site = await writeFakeSite(join(work, 'orphan-site'))
    const dataDir = join(work, 'orphan-data')
    const service = await startService({SITE_DIR: site, DATA_DIR: dataDir})
    await setFakeMode(site, 'hang')
    await writeFile(join(site, 'grandchild.pid'), '')
    await rebuild(service.url)
    await expect.poll(async () => Number(await readFile(join(site, 'grandchild.pid'), 'utf8')), {timeout: 30_000}).toBeGreaterThan(0)
    const grandchild = Number(await readFile(join(site, 'grandchild.pid'), 'utf8'))
    await service.stop('SIGKILL')
    expect(isAlive(grandchild)).toBe(true)

    await setFakeMode(site, 'ok')
    const restarted = await startService({SITE_DIR: site, DATA_DIR: dataDir})
    try {
      await restarted.waitForLog((line) => line.event === 'orphaned-build')
      await expect.poll(() => isAlive(grandchild), {timeout: 5000}).toBe(false)
    } finally {
      await restarted.stop()
    }
  })
})

describe('the check before a release goes live', () => {
  it('refuses a build without _headers, says why, and keeps the last release live with its headers', async () => {
    const site = await writeFakeSite(join(work, 'headers-site'))
    const service = await startService({SITE_DIR: site, DATA_DIR: join(work, 'headers-data')})
    try {
      const live = (await status(service.url)).current!.release
      await setFakeMode(site, 'no-headers')
      await rebuild(service.url)
      await expect.poll(async () => (await settled(service.url)).builds[0]?.trigger, {timeout: 30_000}).toBe('rebuild')
      const after = await status(service.url)
      expect(after.builds[0]).toMatchObject({result: 'failed', error: 'The build finished but _headers is missing or empty, so it was not put live.'})
      expect(after.current?.release).toBe(live)
      const home = await fetch(`${service.url}/`)
      expect(home.status).toBe(200)
      expect(home.headers.get('x-fake')).toBe('1')
    } finally {
      await service.stop()
    }
  })
})

describe('working state', () => {
  it('builds with DATA_DIR on another filesystem than the checkout', async () => {
    const dataDir = await mkdtemp('/dev/shm/cast-data-')
    const contentFile = await copySeed(join(work, 'shm', 'content'))
    try {
      const service = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir})
      try {
        await setQuestion(contentFile, 'faq-what-is-cast', 'What is Cast, from another disk?')
        await sendWebhook(service.url, {_id: 'faq-what-is-cast', _type: 'faq'})
        await waitForText(`${service.url}/faq/what-is-cast/`, 'What is Cast, from another disk?')
      } finally {
        await service.stop()
      }
    } finally {
      await rm(dataDir, {recursive: true, force: true})
    }
  })

  it('keeps a build run by hand in the same checkout out of the live release', async () => {
    const contentFile = await copySeed(join(work, 'side-by-side', 'service-content'))
    const handFile = await copySeed(join(work, 'side-by-side', 'hand-content'))
    await setQuestion(handFile, 'faq-what-is-cast', 'Built by hand, never live')
    const service = await startService({CONTENT_FILE: contentFile, DATA_DIR: join(work, 'side-by-side', 'data'), QUIET_MS: '0'})
    try {
      for (let round = 1; round <= 3; round++) {
        await setQuestion(contentFile, 'faq-what-is-cast', `Built by the service, round ${round}`)
        const before = (await settled(service.url)).buildsTotal
        const [hand] = await Promise.all([
          buildByHand(join(work, 'side-by-side', `hand-${round}`), handFile),
          sendWebhook(service.url, {_id: 'faq-what-is-cast', _type: 'faq'}),
        ])
        expect(hand.code).toBe(0)
        await expect.poll(async () => (await settled(service.url)).buildsTotal, {timeout: 60_000}).toBeGreaterThan(before)
        const live = await (await fetch(`${service.url}/faq/what-is-cast/`)).text()
        expect(live).toContain(`Built by the service, round ${round}`)
        expect(live).not.toContain('Built by hand')
        const handPage = await readFile(join(work, 'side-by-side', `hand-${round}`, 'faq', 'what-is-cast', 'index.html'), 'utf8')
        expect(handPage).toContain('Built by hand, never live')
        expect(handPage).not.toContain('Built by the service')
      }
    } finally {
      await service.stop()
    }
  })
})

describe('why a build failed', () => {
  it('names the line of a broken dataset file', async () => {
    const contentFile = await copySeed(join(work, 'broken-line', 'content'))
    const service = await startService({CONTENT_FILE: contentFile, DATA_DIR: join(work, 'broken-line', 'data')})
    try {
      await writeFile(contentFile, `${await readFile(contentFile, 'utf8')}{"_id": "faq-cut", "_type": "fa\n`)
      await sendWebhook(service.url, {_id: 'faq-cut', _type: 'faq'})
      await expect.poll(async () => (await settled(service.url)).builds[0]?.trigger, {timeout: 60_000}).toBe('webhook')
      const failed = (await status(service.url)).builds[0]!
      expect(failed.result).toBe('failed')
      const lines = (await readFile(contentFile, 'utf8')).trimEnd().split('\n').length
      expect(failed.error).toContain(`${contentFile}, line ${lines} is not valid JSON`)
      expect(failed.error).not.toContain('\n')
    } finally {
      await service.stop()
    }
  })

  it('says in plain words when the disk refuses a write', async () => {
    const contentFile = await copySeed(join(work, 'full', 'content'))
    const dataDir = join(work, 'full', 'data')
    const first = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir})
    await first.stop()
    // Every file the build writes past 64 KiB fails, as on a full disk.
    const service = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir}, {fileSizeLimitKiB: 64})
    try {
      await rebuild(service.url)
      await expect.poll(async () => (await settled(service.url)).builds[0]?.trigger, {timeout: 60_000}).toBe('rebuild')
      const failed = (await status(service.url)).builds[0]!
      expect(failed.result).toBe('failed')
      expect(failed.error).toMatch(/^The disk is full or a file grew past its size limit while the site was built \(.*(EFBIG|[Ff]ile too large).*\): free space for the build and publish again\.$/)
      expect((await fetch(`${service.url}/faq/`)).status).toBe(200)
    } finally {
      await service.stop()
    }
  })
})

/** `pnpm build` by hand, into another folder, from another dataset. */
async function buildByHand(outDir: string, contentFile: string): Promise<{code: number | null; output: string}> {
  const siteDir = join(import.meta.dirname, '..', '..', 'site')
  return new Promise((resolve) => {
    let output = ''
    const child = spawn(process.execPath, ['--import', 'tsx', join(siteDir, 'src', 'build', 'build-cli.ts'), '--out', outDir], {
      cwd: siteDir,
      env: {...process.env, CONTENT_FILE: contentFile, ASTRO_TELEMETRY_DISABLED: '1'},
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({code, output}))
  })
}
