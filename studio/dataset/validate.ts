import {validateDocumentWithWorkspace, type ValidationSource} from '@sanity/validation'
import {getFallbackLocaleSource} from '@sanity/validation/_internal'
import {evaluate, parse} from 'groq-js'
import {createSchema} from 'sanity'
import {schemaTypes} from '@cast/schemas'
import type {DatasetDocument} from '@cast/schemas/dataset'
import {METADATA_TYPE, staleTranslations, translationGroupProblems} from '@cast/schemas/rules/translations'

/** One failed validation rule, located by document id and field path. */
export interface DatasetProblem {
  id: string
  type: string
  path: string
  level: 'error' | 'warning' | 'info'
  message: string
}

const studioSchema = createSchema({name: 'default', types: schemaTypes})

/**
 * A stand-in for the Content Lake that answers GROQ from the dataset itself, with Sanity's own
 * GROQ engine. Custom rules and the built-in slug uniqueness check query through it, so the
 * whole dataset is checked offline, against itself.
 */
function datasetClient(documents: DatasetDocument[]): ReturnType<ValidationSource['getClient']> {
  const fetch = async (query: string, params?: Record<string, unknown>) => {
    const result = await evaluate(parse(query, {params}), {dataset: documents, params})
    return result.get()
  }
  const client = {
    fetch,
    getDataUrl: (operation: string, path?: string) => `/data/${operation}/dataset${path ? `/${path}` : ''}`,
    observable: {
      fetch: () => {
        throw new Error('The dataset check does not support observable queries.')
      },
      request: () => {
        throw new Error('The dataset check does not make HTTP requests.')
      },
    },
    withConfig: () => client,
  }
  return client as unknown as ReturnType<ValidationSource['getClient']>
}

function formatPath(path: ReadonlyArray<unknown>): string {
  return path
    .map((segment) => {
      if (typeof segment === 'string') return segment
      if (typeof segment === 'number') return `[${segment}]`
      if (segment && typeof segment === 'object' && '_key' in segment) return `[_key=="${(segment as {_key: string})._key}"]`
      return String(segment)
    })
    .join('.')
    .replace(/\.\[/g, '[')
}

/**
 * Runs every document through Sanity's validation against the Studio schema. A document of a
 * type the schema does not know is a problem too: the site would not know what to do with it.
 * Groups of translations are checked by the rules of `schemas/rules/translations.ts`.
 */
export async function validateDataset(documents: DatasetDocument[]): Promise<DatasetProblem[]> {
  const client = datasetClient(documents)
  const workspace: ValidationSource = {schema: studioSchema, getClient: () => client, i18n: getFallbackLocaleSource()}
  const ids = new Set(documents.map((doc) => doc._id))
  const problems: DatasetProblem[] = []
  for (const document of documents) {
    if (document._type.startsWith('sanity.') || document._type.startsWith('system.')) continue
    // Groups of translations are the plugin's type, not the content model's: checked below.
    if (document._type === METADATA_TYPE) continue
    if (!studioSchema.get(document._type)) {
      problems.push({
        id: document._id,
        type: document._type,
        path: '_type',
        level: 'error',
        message: `Unknown document type “${document._type}”.`,
      })
      continue
    }
    // Validated as the Studio validates before it lets staff publish. Outside the Studio, Sanity
    // appends a `.warning()` unknown-field check to every rule of an object field, which turns
    // that field's errors (a taken slug, a pay range upside down) into warnings.
    const markers = await validateDocumentWithWorkspace({
      document: document as Parameters<typeof validateDocumentWithWorkspace>[0]['document'],
      workspace,
      environment: 'studio',
      getDocumentExists: async ({id}) => ids.has(id),
    })
    for (const marker of markers) {
      problems.push({
        id: document._id,
        type: document._type,
        path: formatPath(marker.path) || '(document)',
        level: marker.level,
        message: marker.message,
      })
    }
  }
  problems.push(...translationGroupProblems(documents).map((problem) => ({...problem, level: 'error' as const})))
  // Staff publish the original first: a translation that has not caught up yet is not an error.
  problems.push(...staleTranslations(documents).map((problem) => ({...problem, level: 'warning' as const})))
  return problems
}

export function formatProblem(problem: DatasetProblem): string {
  return `${problem.level}: ${problem.id} (${problem.type}) ${problem.path}: ${problem.message}`
}
