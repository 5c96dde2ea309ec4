import {describe, expect, it} from 'vitest'
import {CDN_BUILD_GRACE_MS, liveState, type LiveStateInput, type ServiceStatus, type SiteBuild} from '../live/live-state'
import {siteAddress} from '../live/site-address'

const PUBLISHED_AT = '2026-11-27T10:00:00.000Z'
const BEFORE = '2026-11-27T09:00:00.000Z'
const AFTER = '2026-11-27T10:05:00.000Z'

const build = (documents: SiteBuild['documents'], builtAt = AFTER): SiteBuild => ({builtAt, documents})
const idle: ServiceStatus = {building: null, queue: {pendingEvents: 0, nextBuildAt: null}, waiting: [], lastBuild: {result: 'ok', finishedAt: AFTER}}

/** A published FAQ at revision `r2`, the service idle, the site built before the publish with `r1`. */
function input(overrides: Partial<LiveStateInput> = {}): LiveStateInput {
  return {
    documentId: 'faq-a',
    documentType: 'faq',
    hasPublished: true,
    publishedRev: 'r2',
    publishedAt: PUBLISHED_AT,
    build: build({'faq-a': {rev: 'r1', path: '/faq/a/'}}, BEFORE),
    status: {...idle, lastBuild: {result: 'ok', finishedAt: BEFORE}},
    now: new Date(AFTER),
    ...overrides,
  }
}

describe('a published document whose revision the live build read', () => {
  it('is Live, since the build time, with its page', () => {
    const state = liveState(input({build: build({'faq-a': {rev: 'r2', path: '/faq/a/'}})}))
    expect(state).toMatchObject({state: 'live', label: 'Live', tone: 'positive', href: '/faq/a/'})
    expect(state.detail).toMatch(/^On the site since Nov 27, 2026/)
  })

  it('is Live without a page when its type has none (a hotline)', () => {
    const state = liveState(input({documentId: 'hotline-a', documentType: 'hotline', build: build({'hotline-a': {rev: 'r2'}})}))
    expect(state).toMatchObject({state: 'live', label: 'Live'})
    expect(state.href).toBeUndefined()
  })

  it('is "Published, not shown on the site" when its type has pages but it got none (a closed job)', () => {
    const state = liveState(input({documentId: 'job-a', documentType: 'jobOpening', build: build({'job-a': {rev: 'r2'}})}))
    expect(state).toMatchObject({state: 'not-shown', label: 'Published, not shown on the site', tone: 'caution'})
    expect(state.detail).toContain('closed job opening')
  })

  it('is Live on a CDN host too: build.json alone decides', () => {
    expect(liveState(input({status: null, build: build({'faq-a': {rev: 'r2', path: '/faq/a/'}})})).state).toBe('live')
  })
})

describe('a published revision not on the site yet, with the rebuild service', () => {
  it('is Publishing… while a build runs, keeping the old page to open', () => {
    const state = liveState(input({status: {...idle, building: {startedAt: AFTER}}}))
    expect(state).toMatchObject({state: 'publishing', label: 'Publishing…', tone: 'primary', href: '/faq/a/'})
    expect(state.detail).toContain('A build is running since')
  })

  it('is Publishing… while its id waits for a build', () => {
    const state = liveState(input({status: {...idle, lastBuild: null, waiting: [{id: 'faq-a'}], queue: {pendingEvents: 1, nextBuildAt: AFTER}}}))
    expect(state).toMatchObject({state: 'publishing', label: 'Publishing…'})
    expect(state.detail).toContain('The next build starts at')
  })

  it('is Publishing… right after Publish, before the webhook arrives', () => {
    expect(liveState(input()).state).toBe('publishing')
  })

  it('is "Not live: the last build failed" with the reason, when the build after the publish failed', () => {
    const state = liveState(input({status: {...idle, waiting: [{id: 'faq-a'}], lastBuild: {result: 'failed', finishedAt: AFTER, reason: 'faq "faq-b" has no answer'}}}))
    expect(state).toMatchObject({state: 'failed', label: 'Not live: the last build failed', tone: 'critical', href: '/faq/a/'})
    expect(state.detail).toMatch(/failed: faq "faq-b" has no answer\. The earlier version stays on the site\.$/)
  })

  it('is not failed by a build that failed before the publish', () => {
    const state = liveState(input({status: {...idle, waiting: [{id: 'faq-a'}], queue: {pendingEvents: 1, nextBuildAt: null}, lastBuild: {result: 'failed', finishedAt: BEFORE, reason: 'old'}}}))
    expect(state.state).toBe('publishing')
  })

  it('is Publishing… again once a new build runs after the failure', () => {
    const state = liveState(input({status: {...idle, building: {startedAt: AFTER}, lastBuild: {result: 'failed', finishedAt: AFTER, reason: 'x'}}}))
    expect(state.state).toBe('publishing')
  })

  it('is "Published, not shown on the site" when a build after the publish did not read it', () => {
    const state = liveState(input({build: build({})}))
    expect(state).toMatchObject({state: 'not-shown', label: 'Published, not shown on the site'})
    expect(state.detail).toContain('nothing on the site lists it')
  })
})

describe('a published revision not on the site yet, on a CDN host (no status)', () => {
  it('is Publishing… until the build has it', () => {
    expect(liveState(input({status: null}))).toMatchObject({state: 'publishing', label: 'Publishing…'})
  })

  it('is "Not on the site yet" once the grace for a CDN build has passed', () => {
    const late = new Date(Date.parse(PUBLISHED_AT) + CDN_BUILD_GRACE_MS + 1000)
    const state = liveState(input({status: null, now: late}))
    expect(state).toMatchObject({state: 'delayed', label: 'Not on the site yet', tone: 'caution'})
    expect(state.detail).toContain("check the host's deploy log")
  })

  it('is "Published, not shown on the site" when a newer build did not read it', () => {
    expect(liveState(input({status: null, build: build({})})).state).toBe('not-shown')
  })

  it('is unknown, saying why, when build.json cannot be read', () => {
    const state = liveState(input({status: null, build: null, buildError: 'HTTP 404'}))
    expect(state).toMatchObject({state: 'unknown', tone: 'neutral'})
    expect(state.detail).toContain('(HTTP 404)')
  })
})

describe('a document without a published revision', () => {
  it('is Not published', () => {
    expect(liveState(input({hasPublished: false, publishedRev: undefined, publishedAt: undefined, build: build({})}))).toMatchObject({state: 'not-published', label: 'Not published', tone: 'neutral'})
  })

  it('is Not published even when the site cannot be read', () => {
    expect(liveState(input({hasPublished: false, build: null, status: null})).state).toBe('not-published')
  })

  it('is "Unpublished, still on the site" while the live build still has it', () => {
    const state = liveState(input({hasPublished: false, publishedRev: undefined, build: build({'faq-a': {rev: 'r1', path: '/faq/a/'}})}))
    expect(state).toMatchObject({state: 'unpublished-live', label: 'Unpublished, still on the site', tone: 'caution', href: '/faq/a/'})
    expect(state.detail).toContain('until the next build')
  })
})

describe('a build.json from before documents were listed', () => {
  it('is unknown and says to rebuild', () => {
    const state = liveState(input({build: {builtAt: AFTER}}))
    expect(state).toMatchObject({state: 'unknown', label: 'Live state unknown'})
    expect(state.detail).toContain('rebuild the site')
  })
})

describe('the site address (SANITY_STUDIO_SITE_URL)', () => {
  it('is empty when unset: no badge, no request', () => {
    expect(siteAddress(undefined)).toBe('')
    expect(siteAddress('')).toBe('')
  })

  it('is kept without a trailing slash', () => {
    expect(siteAddress('https://cast.example/')).toBe('https://cast.example')
    expect(siteAddress('https://example.org/cast/')).toBe('https://example.org/cast')
  })

  it('refuses an address that is not http(s), naming the variable', () => {
    expect(() => siteAddress('cast.example')).toThrow(/SANITY_STUDIO_SITE_URL.*"cast\.example".*https:\/\//)
    expect(() => siteAddress('ftp://cast.example')).toThrow(/SANITY_STUDIO_SITE_URL/)
  })
})
