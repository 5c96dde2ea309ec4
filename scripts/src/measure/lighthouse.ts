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

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']

/**
 * Runs Lighthouse against each URL in one headless Chromium (Debian's), offline: the browser
 * resolves no host but 127.0.0.1.
 */
export async function runLighthouse(urls: string[], categories: string[]): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS]})
  try {
    const results: LighthouseScores[] = []
    for (const url of urls) {
      const result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories})
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      const {lhr} = result
      const scores: Record<string, number | null> = {}
      const failing: Record<string, string[]> = {}
      for (const category of categories) {
        const entry = lhr.categories[category]
        scores[category] = entry?.score ?? null
        failing[category] = (entry?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id]!)
          .filter((audit) => audit.score !== null && audit.score < 1)
          .map((audit) => `${audit.id}: ${audit.title}`)
      }
      const metrics = Object.fromEntries(
        METRICS.filter((id) => typeof lhr.audits[id]?.numericValue === 'number').map((id) => [id, lhr.audits[id]!.numericValue!]),
      )
      results.push({url, scores, failing, metrics})
    }
    return results
  } finally {
    chrome.kill()
  }
}
