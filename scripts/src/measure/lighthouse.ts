import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './browser'

export interface LighthouseScores {
  url: string
  scores: Record<string, number | null>
  /** Audits that did not pass, per category, for a readable failure. */
  failing: Record<string, string[]>
  /** Lab timings in milliseconds (and layout shift), when the performance category ran. */
  metrics: Record<string, number>
}

/** Lighthouse's runtime errors for a page that did not load: its request failed or answered an error. */
const PAGE_FAILED = new Set(['ERRORED_DOCUMENT_REQUEST', 'FAILED_DOCUMENT_REQUEST'])

/** Why a run has no scores, and whether another run could have them. */
interface Unmeasured {
  reason: string
  /** False when the page itself failed (an error status, no answer): a second run would too. */
  worthRetrying: boolean
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']

/**
 * Runs Lighthouse against each URL in one headless Chromium (Debian's), offline: the browser
 * resolves no host but 127.0.0.1. A page Lighthouse could not measure (its run failed, or a
 * category has no score) is tried once more, unless the page itself failed to load; then the
 * whole run fails with Lighthouse's reason.
 */
export async function runLighthouse(urls: string[], categories: string[]): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS]})
  try {
    const results: LighthouseScores[] = []
    for (const url of urls) {
      let measured = await measure(url, categories, chrome.port)
      if ('worthRetrying' in measured && measured.worthRetrying) measured = await measure(url, categories, chrome.port)
      if ('reason' in measured) throw new Error(`Lighthouse could not measure ${url}: ${measured.reason}`)
      results.push(measured)
    }
    return results
  } finally {
    chrome.kill()
  }
}

/** One Lighthouse run: the page's scores, or why there are none. */
async function measure(url: string, categories: string[], port: number): Promise<LighthouseScores | Unmeasured> {
  const result = await lighthouse(url, {port, output: 'json', logLevel: 'error', onlyCategories: categories})
  if (!result) return {reason: 'Lighthouse returned no result', worthRetrying: true}
  const {lhr} = result
  const error = lhr.runtimeError
  if (error) return {reason: `${error.code}: ${error.message}`, worthRetrying: !PAGE_FAILED.has(error.code)}
  const scores: Record<string, number | null> = {}
  const failing: Record<string, string[]> = {}
  for (const category of categories) {
    const entry = lhr.categories[category]
    const audits = (entry?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => lhr.audits[ref.id]!)
    if (typeof entry?.score !== 'number') {
      const errors = audits.filter((audit) => audit.errorMessage).map((audit) => `${audit.id}: ${audit.errorMessage}`)
      return {reason: `no ${category} score (${errors.join('; ') || 'no audit says why'})`, worthRetrying: true}
    }
    scores[category] = entry.score
    failing[category] = audits.filter((audit) => audit.score !== null && audit.score < 1).map((audit) => `${audit.id}: ${audit.title}`)
  }
  const metrics = Object.fromEntries(METRICS.filter((id) => typeof lhr.audits[id]?.numericValue === 'number').map((id) => [id, lhr.audits[id]!.numericValue!]))
  return {url, scores, failing, metrics}
}
