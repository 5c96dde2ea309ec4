import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {copySeed, editDocument} from '../src/dataset/working-copy'
import {sendWebhook, startService, waitForText, type RunningService} from './support/service'

let work: string
let service: RunningService
let contentFile: string
let dataDir: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-redirects-'))
  contentFile = await copySeed(join(work, 'content'))
  dataDir = join(work, 'data')
  service = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir})
})
afterAll(async () => {
  await service?.stop()
  await rm(work, {recursive: true, force: true})
})

const get = (path: string) => fetch(`${service.url}${path}`, {redirect: 'manual'})

describe("the live release's _redirects", () => {
  // First: the file is read at the first request the release answers, so this edit is what it reads.
  it('skips a line it cannot follow, names it in the log, and follows the others', async () => {
    const lines = [
      '# a comment',
      '/faq/cast/ /faq/what-is-cast/ 301',
      'one-field',
      '/faq/elsewhere/ https://evil.example/ 301',
      '/faq/protocol-relative/ //evil.example/ 301',
      '/faq/ok-status/ /faq/what-is-cast/ 200',
    ]
    await writeFile(join(dataDir, 'current', '_redirects'), lines.join('\n'))
    const followed = await get('/faq/cast/')
    expect(followed.status).toBe(301)
    expect(followed.headers.get('location')).toBe('/faq/what-is-cast/')
    for (const path of ['/faq/elsewhere/', '/faq/protocol-relative/', '/faq/ok-status/']) expect((await get(path)).status).toBe(404)
    const problems = service.logs.filter((line) => line.event === 'redirects-file').map((line) => String(line.problem))
    expect(problems).toEqual([
      expect.stringMatching(/^line 3 .*expected “from to \[status\]”/),
      expect.stringMatching(/^line 4 .*“https:\/\/evil.example\/” is not a path of this site/),
      expect.stringMatching(/^line 5 .*“\/\/evil.example\/” is not a path of this site/),
      expect.stringMatching(/^line 6 .*“200” is not a redirect status/),
    ])
  })

  it('leads the earlier address of a published document to its new one, with or without the slash', async () => {
    await editDocument(contentFile, 'faq-what-is-cast', (doc) => ({...doc, slug: {_type: 'slug', current: 'about-cast'}, previousSlugs: ['what-is-cast']}))
    expect((await sendWebhook(service.url, {_id: 'faq-what-is-cast', _type: 'faq'})).status).toBe(202)
    await waitForText(`${service.url}/faq/about-cast/`, 'What is Cast?')
    for (const path of ['/faq/what-is-cast/', '/faq/what-is-cast']) {
      const response = await get(path)
      expect(response.status).toBe(301)
      expect(response.headers.get('location')).toBe('/faq/about-cast/')
    }
  })

  it('answers a path that is neither a page nor in the file with the 404 page', async () => {
    const response = await get('/faq/never-was/')
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('</html>')
  })
})
