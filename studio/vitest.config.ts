import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {extends: true, test: {name: 'studio', include: ['test/*.test.ts']}},
      // The built Studio in Chromium: built once, for these files only. A test waits up to SETTLE_MS
      // for each step (test/support/studio-page.ts), so a test of several steps gets minutes.
      {extends: true, test: {name: 'browser', include: ['test/browser/*.test.ts'], globalSetup: ['test/support/global-setup.ts'], testTimeout: 300_000}},
    ],
  },
})
