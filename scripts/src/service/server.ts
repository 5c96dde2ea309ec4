/**
 * The rebuild service's process: configuration, logging, start-up, listening and shutdown.
 *
 *   pnpm serve
 *
 * Needs SANITY_WEBHOOK_SECRET; see the README for the rest.
 */
import {join} from 'node:path'
import pino from 'pino'
import {buildApp} from './app'
import {ConfigError, loadConfig, type Config} from './config'
import {Journal} from './journal'
import {PreviewBuilds} from './preview-builds'
import {previewSecretCheck} from './preview-secret'
import {Publisher} from './publisher'
import {Alerts} from './alerts'
import {Reconciler} from './reconciler'
import {Releases} from './releases'
import {buildPreview, buildRelease, contentFingerprint, stopOrphanedBuild} from './site-build'

/** Reading the content source's fingerprint may take this long before the attempt is given up. */
const FINGERPRINT_TIMEOUT_MS = 60_000

async function main(config: Config) {
  const logger = pino({base: {service: 'cast-rebuild'}, timestamp: pino.stdTimeFunctions.isoTime})
  const journal = await Journal.open(join(config.DATA_DIR, 'journal.ndjson'), {
    logger,
    compactBytes: config.JOURNAL_COMPACT_BYTES,
    // A signature stays valid this long either side of now; a replay within it must be recognised.
    dedupeWindowMs: 2 * config.SIGNATURE_TOLERANCE_MS,
    // Rollback needs the records of every kept release.
    keepBuilds: Math.max(20, config.KEEP_RELEASES),
  })
  const releases = new Releases(config.DATA_DIR)
  const pidFile = join(config.DATA_DIR, 'build.pid')
  const fingerprintPidFile = join(config.DATA_DIR, 'fingerprint.pid')
  const previewPidFile = join(config.DATA_DIR, 'preview.pid')
  for (const file of [pidFile, fingerprintPidFile, previewPidFile]) {
    const orphan = await stopOrphanedBuild(file)
    if (orphan) logger.warn({event: 'orphaned-build', group: orphan}, 'Stopped a build left running by a previous process')
  }
  const publisher = new Publisher(config, journal, releases, (outDir, onLine) =>
    buildRelease({siteDir: config.SITE_DIR, outDir, timeoutMs: config.BUILD_TIMEOUT_MS, pidFile}, onLine), logger)
  const reconciler = new Reconciler({
    intervalMs: config.RECONCILE_MS,
    fingerprint: () => contentFingerprint({siteDir: config.SITE_DIR, timeoutMs: FINGERPRINT_TIMEOUT_MS, pidFile: fingerprintPidFile}),
    publisher,
    releases,
    log: logger,
  })
  const alerts = new Alerts({url: config.ALERT_URL, failures: config.ALERT_AFTER_FAILURES, behindMs: config.ALERT_BEHIND_MS, publisher, log: logger})
  const previews = new PreviewBuilds(config.DATA_DIR, config.PREVIEW_QUIET_MS, (documentId, outDir, signal, onLine) =>
    buildPreview({siteDir: config.SITE_DIR, outDir, documentId, timeoutMs: config.BUILD_TIMEOUT_MS, pidFile: previewPidFile, signal}, onLine), logger)
  publisher.onBuilding = (running) => previews.publishBuilding(running)
  const app = await buildApp({config, publisher, releases, previews: {builds: previews, checkSecret: previewSecretCheck(config)}, logger})

  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    logger.info({event: 'shutdown', signal}, 'Shutting down')
    await app.close()
    await reconciler.stop()
    await alerts.stop()
    await previews.stop()
    await publisher.stop()
    await journal.close()
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))

  await publisher.start()
  reconciler.start()
  alerts.start()
  const address = await app.listen({port: config.PORT, host: config.HOST})
  logger.info({event: 'listening', address}, `Serving the live release at ${address}`)
}

let config: Config
try {
  config = loadConfig()
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
await main(config).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
