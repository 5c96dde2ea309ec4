import {chromium, type Browser} from 'playwright-core'

/**
 * Debian's Chromium (or `CHROMIUM_PATH`), with no background traffic and no DNS look-ups beyond
 * this machine: the browser the tests, the benchmarks and Lighthouse run in.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
]

/** A headless Chromium under Playwright's control. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS})
}
