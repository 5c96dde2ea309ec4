import {siteAddress} from './live/site-address'

/**
 * Where the Studio reads and writes content. The Studio bundle only sees variables prefixed
 * `SANITY_STUDIO_`; `sanity.cli.ts` copies the project's own `SANITY_PROJECT_ID` and
 * `SANITY_DATASET` into them, so one set of variables configures the site and the Studio.
 *
 * Without a project id the Studio still builds, validates its schema and generates types
 * offline; it only needs a real project to show content.
 */
const OFFLINE_PROJECT_ID = 'offline'

export const projectId =
  process.env.SANITY_STUDIO_PROJECT_ID || process.env.SANITY_PROJECT_ID || OFFLINE_PROJECT_ID
export const dataset =
  process.env.SANITY_STUDIO_DATASET || process.env.SANITY_DATASET || 'production'

/** The public site, whose `build.json` and `/status` say what is live (`live/`); empty when unset. */
export const siteUrl = siteAddress(process.env.SANITY_STUDIO_SITE_URL)
