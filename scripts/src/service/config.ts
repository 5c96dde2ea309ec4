import {resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {studioOriginProblem} from '@cast/schemas/routing/studio-origin'
import {z} from 'zod'

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** The rebuild service's settings, read from the environment and checked at start-up. */
const schema = z.object({
  /** The secret Sanity signs webhooks with (Sanity: API → Webhooks → Secret). Required. */
  SANITY_WEBHOOK_SECRET: z.string({error: 'is not set: it is the secret Sanity signs webhooks with'}).min(16, 'must be at least 16 characters'),
  /** Bearer token for `POST /rebuild`; without it the endpoint is off. */
  REBUILD_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /**
   * The origin the Studio is served from (`https://cast.sanity.studio`): it may read `build.json`
   * and the public `GET /status` from the browser. Builds get it too, for the `_headers` rule.
   */
  STUDIO_ORIGIN: z
    .string()
    .optional()
    .superRefine((value, context) => {
      // Set but empty counts as unset, as in the site's build.
      const problem = value ? studioOriginProblem(value) : undefined
      if (problem) context.addIssue({code: 'custom', message: problem})
    }),
  /**
   * The Content Lake the site builds from; previews need it and `SANITY_READ_TOKEN` (which checks
   * preview secrets and reads drafts). Builds get them from the environment as they are.
   */
  SANITY_PROJECT_ID: z.string().trim().optional(),
  SANITY_DATASET: z.string().trim().default('production'),
  SANITY_API_HOST: z.string().trim().optional(),
  SANITY_READ_TOKEN: z.string().trim().optional(),
  /** Where the site is served. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  HOST: z.string().default('127.0.0.1'),
  /** Releases, the event journal and build logs live here. */
  DATA_DIR: z.string().default(resolve(REPO_ROOT, 'var')),
  /** The Astro site to build. */
  SITE_DIR: z.string().default(resolve(REPO_ROOT, 'site')),
  /** Wait this long after the last event before building, so a burst of publishes makes one build. */
  QUIET_MS: z.coerce.number().int().min(0).default(1000),
  /** A burst may postpone a build by at most this long after its first event. */
  MAX_DELAY_MS: z.coerce.number().int().min(0).default(10_000),
  /** Signatures older (or further ahead) than this are refused, against replayed requests. */
  SIGNATURE_TOLERANCE_MS: z.coerce.number().int().min(1000).default(5 * 60_000),
  /** How many releases to keep on disk, the live one included. */
  KEEP_RELEASES: z.coerce.number().int().min(2).default(5),
  /** Preview requests for a document within this long make one preview build. */
  PREVIEW_QUIET_MS: z.coerce.number().int().min(0).default(300),
  /** A build that runs longer than this is stopped and counted as failed. */
  BUILD_TIMEOUT_MS: z.coerce.number().int().min(1000).default(10 * 60_000),
  /** Once `journal.ndjson` passes this many bytes, events already live and old builds are dropped from it. */
  JOURNAL_COMPACT_BYTES: z.coerce.number().int().min(1024).default(4 * 1024 * 1024),
  /** How often the content source's fingerprint is compared with the live release's, to find missed webhooks. */
  RECONCILE_MS: z.coerce.number().int().min(1000).default(5 * 60_000),
  /** A chat or paging webhook that receives alerts as JSON POSTs; alerts are logged at error level either way. */
  ALERT_URL: z.url({protocol: /^https?$/, error: 'must be an http(s) URL'}).optional(),
  /** Alert when this many builds in a row have failed. */
  ALERT_AFTER_FAILURES: z.coerce.number().int().min(1).default(3),
  /** Alert when an accepted change has not been live for this long. */
  ALERT_BEHIND_MS: z.coerce.number().int().min(1000).default(15 * 60_000),
})

export type Config = z.infer<typeof schema>

/** Thrown when the environment does not configure the service; names each variable and why. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)
    throw new ConfigError(`The rebuild service cannot start: ${problems.join('; ')}.`)
  }
  return parsed.data
}
