import {SETTLE_MS} from './studio-page'

/**
 * Calls `check` every 50 ms until it returns true, as `expect.poll` does, but also outside a test
 * runner (the publish-loop benchmark drives the same steps). Returns `Date.now()` at the moment
 * it held; an error `check` throws stops the wait at once. Fails after `timeoutMs` with `message`.
 */
export async function until(check: () => boolean | Promise<boolean>, message: string | (() => string), timeoutMs = SETTLE_MS): Promise<number> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return Date.now()
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs} ms until ${typeof message === 'string' ? message : message()}, in vain.`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
