import type {Loader} from 'astro/loaders'
import {z} from 'astro/zod'
import {fileURLToPath} from 'node:url'
import {withoutControlCharacters} from './control-characters'
import {siteLanguages} from '../lib/languages'
import {slugProblems} from './slugs'
import {contentSource} from './source'

/** A document that does not fit what the site needs; names the document, its type and the field. */
class ContentShapeError extends Error {
  override name = 'ContentShapeError'
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(document)'}: ${issue.message}`)
    .join('; ')
}

interface SanityLoaderOptions<Schema extends z.ZodObject> {
  /** The GROQ query, from `queries.ts`. */
  query: string
  /** The shape of one result, from `shapes.ts`. */
  schema: Schema
  /** The site cannot be built without at least one of these (the settings). */
  required?: boolean
}

/**
 * An Astro content loader that runs one GROQ query against the build's content source and
 * checks every result against its shape. A result that does not fit stops the build with its
 * document id, type, field and what was wrong; so do web addresses that would break pages.
 * Control characters are removed from every string first, so no page, feed or index gets them.
 */
export function sanityLoader<Schema extends z.ZodObject>({query, schema, required = false}: SanityLoaderOptions<Schema>) {
  return {
    name: 'cast-sanity-loader',
    // Astro's store does not keep insertion order, so each entry records its place in the
    // query's result, and `read.ts` sorts by it: the GROQ `order()` stays the one rule.
    schema: schema.extend({_position: z.number()}) as unknown as z.ZodObject<Schema['shape'] & {_position: z.ZodNumber}>,
    async load({collection, store, logger, generateDigest, config}) {
      const started = performance.now()
      const source = await contentSource(fileURLToPath(config.root))
      const result = await source.fetch<unknown>(query)
      const items = withoutControlCharacters(result as unknown[])
      if (required && items.length === 0) {
        throw new ContentShapeError(`The content source (${source.description}) has no ${collection} document: the site cannot be built without it.`)
      }
      store.clear()
      const entries: Array<Record<string, unknown> & {_id: string}> = []
      for (const [position, item] of items.entries()) {
        const raw = item as {_id?: string; _type?: string}
        const parsed = schema.safeParse(item)
        if (!parsed.success) {
          throw new ContentShapeError(
            `Document ${raw._id ?? '(no _id)'} (${raw._type ?? collection}) does not fit the site: ${describeIssues(parsed.error.issues)}.`,
          )
        }
        const data = {...(parsed.data as Record<string, unknown> & {_id: string}), _position: position}
        entries.push(data)
      }
      if ('slug' in schema.shape) {
        const problems = slugProblems(entries, siteLanguages().map(({id}) => id))
        if (problems.length) throw new ContentShapeError(problems.join('\n'))
      }
      for (const data of entries) store.set({id: data._id, data, digest: generateDigest(data)})
      logger.info(`${items.length} ${collection} from ${source.description} in ${Math.round(performance.now() - started)} ms`)
    },
  } satisfies Loader
}
