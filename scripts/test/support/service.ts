import * as driver from '../../src/service/driver'

export {SCRIPTS_DIR, waitForText, type RunningService} from '../../src/service/driver'

export const SECRET = 'test-webhook-secret-0123456789'
export const REBUILD_TOKEN = 'test-rebuild-token-0123456789'

/** Starts the service with the tests' secret and token and a 1 s quiet window, unless `env` says otherwise. */
export function startService(env: Record<string, string>, options: {fileSizeLimitKiB?: number} = {}): Promise<driver.RunningService> {
  return driver.startService({SANITY_WEBHOOK_SECRET: SECRET, REBUILD_TOKEN, QUIET_MS: '1000', ...env}, options)
}

/** Sends a webhook signed with the tests' secret, unless another is given. */
export function sendWebhook(
  url: string,
  body: unknown,
  {secret = SECRET, ...options}: {secret?: string; timestamp?: number; idempotencyKey?: string; rawBody?: string; path?: string} = {},
): Promise<Response> {
  return driver.sendWebhook(url, body, {secret, ...options})
}

/** The whole status, as the operator sees it with the tests' token. */
export const status = (url: string) => driver.status(url, REBUILD_TOKEN)

/** Waits until no build is running or due, and returns the status then. */
export const settled = (url: string, timeoutMs?: number) => driver.settled(url, REBUILD_TOKEN, timeoutMs)
