import {DatasetFileError, isPublishedId} from '@cast/schemas/dataset'
import {isSluggedType, SLUG_PREFIXES} from '@cast/schemas/routing/reserved-paths'
import {webAddress} from '@cast/schemas/routing/web-address'
import {readdir, rm, rmdir, stat, writeFile} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import {PREVIEW_DOCUMENT} from '../content/preview'
import {ContentSourceError, sourceFromEnv} from '../content/source'
import {SiteBuildError} from './site-build-error'

/** What `preview.json` says of a preview: which document, its page, and the revision read. */
interface PreviewRecord {
  documentId: string
  type: string
  /** The page's address on the public site, e.g. `/faq/<slug>/`. */
  path: string
  /** The `_rev` read before the page was rendered: the draft's when there is one. */
  rev: string | null
  fromDraft: boolean
  builtAt: string
}

/** The characters of a Sanity document id; a preview's id also names a folder and a path segment. */
const DOCUMENT_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/

/**
 * The build's environment: for a preview of `id`, the same content source read in the drafts
 * perspective; for a public build, never, whatever the caller's environment holds.
 */
export function previewEnv(env: NodeJS.ProcessEnv, id: string | undefined): NodeJS.ProcessEnv {
  const {[PREVIEW_DOCUMENT]: _ignored, ...rest} = env
  return id === undefined ? rest : {...rest, [PREVIEW_DOCUMENT]: id}
}

/**
 * Reads the document a preview is for, drafts over published, before Astro starts: an unknown id,
 * or a type without a page of its own, fails at once, naming the id.
 */
export async function previewTarget(id: string, env: NodeJS.ProcessEnv, siteDir: string): Promise<Omit<PreviewRecord, 'builtAt'>> {
  if (!DOCUMENT_ID.test(id) || !isPublishedId(id)) {
    throw new SiteBuildError(`"${id}" is not a published document id: preview a document by its id without "drafts." (letters, digits, "_", "-" and ".").`)
  }
  const source = await sourceFromEnv(previewEnv(env, id), siteDir).catch((error: unknown) => {
    if (error instanceof ContentSourceError || error instanceof DatasetFileError) throw new SiteBuildError(error.message, {cause: error})
    throw error
  })
  const document = await source
    .fetch<{_type: string; _rev?: string; _originalId?: string; slug?: string; language?: string | null} | null>('*[_id == $id][0]{_type, _rev, _originalId, "slug": slug.current, language}', {id})
    .catch((error: unknown) => {
      if (error instanceof ContentSourceError) throw new SiteBuildError(error.message, {cause: error})
      throw error
    })
  if (!document) throw new SiteBuildError(`No document has the id ${id} in ${source.description}, neither published nor as a draft: check the id.`)
  const {_type: type} = document
  if (!isSluggedType(type)) {
    throw new SiteBuildError(`Document ${id} is a ${type}, which has no page of its own: only ${Object.keys(SLUG_PREFIXES).join(', ')} documents can be previewed.`)
  }
  if (!document.slug) throw new SiteBuildError(`Document ${id} (${type}), field slug: it is empty, so the page has no address: generate the slug in the Studio.`)
  return {
    documentId: id,
    type,
    path: webAddress(type, document.slug, document.language ?? undefined),
    rev: document._rev ?? null,
    fromDraft: document._originalId?.startsWith('drafts.') ?? false,
  }
}

/** The files a page loads and the host reads, kept beside it: Astro's scripts and styles, the media, `_headers`. */
const KEPT = ['_astro', 'media', '_headers']

/**
 * Leaves in `dist` only the previewed page and what it loads, and writes `preview.json`. Astro
 * renders the fixed pages (home, lists, search, 404, `build.json`) in a preview too; they are
 * few and quick, so they are removed here rather than taken out of Astro's routes.
 */
export async function finishPreview(dist: string, target: Omit<PreviewRecord, 'builtAt'>): Promise<void> {
  const page = join(dist, target.path, 'index.html')
  const built = await stat(page).catch(() => undefined)
  if (!built?.isFile()) {
    throw new SiteBuildError(
      `Document ${target.documentId} (${target.type}) got no page from its draft: a job opening past its closing date and a topic without questions have none.`,
    )
  }
  const entries = await readdir(dist, {withFileTypes: true, recursive: true})
  const folders: string[] = []
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name)
    if (entry.isDirectory()) folders.push(path)
    else if (path !== page && !KEPT.includes(relative(dist, path).split(sep)[0]!)) await rm(path)
  }
  // Deepest first, so a folder's emptied subfolders are gone before it is looked at.
  for (const folder of folders.sort((a, b) => b.length - a.length)) {
    if ((await readdir(folder)).length === 0) await rmdir(folder)
  }
  const record: PreviewRecord = {...target, builtAt: new Date().toISOString()}
  await writeFile(join(dist, 'preview.json'), `${JSON.stringify(record, null, 2)}\n`)
}
