import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * The embedded dataset's folder: `production.ndjson` with the sample files it names in `files/`
 * and `images/`. The site builds from it when no other content source is set.
 */
export const EMBEDDED_DATASET_FOLDER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'studio', 'seed')

/** The embedded dataset, in Sanity's export format (`sanity dataset import` loads it). */
export const EMBEDDED_DATASET = join(EMBEDDED_DATASET_FOLDER, 'production.ndjson')
