import {readNdjson, type DatasetDocument} from '@cast/schemas/dataset'
import {schemaTypes} from '@cast/schemas'
import {STUDIO_ONLY_TYPES} from '@cast/schemas/rules/rebuild-request'
import {validationLocaleStrings} from '@sanity/validation/_internal'
import {evaluate, parse, type ExprNode} from 'groq-js'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import * as queries from '../../site/src/content/queries'
import * as shapes from '../../site/src/content/shapes'
import {validateDataset} from '../dataset/validate'

/**
 * One contract, checked both ways: every field the site's zod shapes require is required by the
 * Studio, with an error that staff can act on. The cases are derived from the shapes and the
 * site's GROQ projections, so a field added to either side is covered without a new test.
 */

/** The smallest document of each type the Studio accepts; `site/test/contract.test.ts` builds them. */
const MINIMAL_DOCUMENTS = join(import.meta.dirname, 'fixtures', 'minimal-documents.ndjson')
const minimal = await readNdjson(MINIMAL_DOCUMENTS)

/** Which query and shape the site reads each document type with. */
/** What these checks read of a zod schema (the studio package does not depend on zod itself). */
interface Schema {
  safeParse(value: unknown): {success: boolean; error?: {issues: unknown[]}}
  _zod: {def: {type: string; shape?: Record<string, Schema>; element?: Schema; innerType?: Schema}}
}

const contracts: Record<string, {query: string; shape: Schema}> = {
  siteSettings: {query: queries.settingsQuery, shape: shapes.settings},
  hotline: {query: queries.hotlinesQuery, shape: shapes.hotline},
  faqCategory: {query: queries.faqCategoriesQuery, shape: shapes.faqCategory},
  faq: {query: queries.faqsQuery, shape: shapes.faq},
  report: {query: queries.reportsQuery, shape: shapes.report},
  jobOpening: {query: queries.jobOpeningsQuery, shape: shapes.jobOpening},
  page: {query: queries.pagesQuery, shape: shapes.page},
}

/** Document types that are not content: the Studio writes them, the site never reads them. */
const NOT_CONTENT = new Set(STUDIO_ONLY_TYPES.keys())

/**
 * Shapes of documents "Translate" writes, not staff: the translation groups, whose rules are
 * `schemas/rules/translations.ts` (test/translations.test.ts), not the Studio schema's.
 */
const WRITTEN_BY_PLUGIN = new Set<unknown>([shapes.translations])

type Path = Array<string | number>

/** A field of the stored document that the site cannot do without. */
interface RequiredField {
  type: string
  id: string
  path: Path
}

type Attribute = {type: 'ObjectAttributeValue'; name: string; value: ExprNode}

/** The attributes of a projection `{…}`, whatever it is applied to. */
function projectionAttributes(node: ExprNode): Attribute[] {
  if (node.type === 'Projection' && node.expr.type === 'Object') return node.expr.attributes as Attribute[]
  if (node.type === 'Map' || node.type === 'Projection') return projectionAttributes(node.expr)
  if (node.type === 'Select' && node.alternatives.length === 1) return projectionAttributes(node.alternatives[0]!.value)
  throw new Error(`The query has no projection where one was expected (found ${node.type}).`)
}

/** The stored path an expression reads (`slug.current` → ['slug', 'current']), or undefined for anything else. */
function sourcePath(node: ExprNode): Path | undefined {
  if (node.type === 'AccessAttribute') {
    if (!node.base || node.base.type === 'This') return [node.name]
    const base = sourcePath(node.base)
    return base && [...base, node.name]
  }
  if (node.type === 'Deref' || node.type === 'ArrayCoerce') return sourcePath(node.base)
  if (node.type === 'Projection' || node.type === 'Map') return sourcePath(node.base)
  // `select(cond => field{…})`: a field the site reads only when it is usable (a cover image with a file).
  if (node.type === 'Select' && node.alternatives.length === 1 && !node.fallback) return sourcePath(node.alternatives[0]!.value)
  return undefined
}

/** The object shape inside a zod schema (through arrays), to follow a nested projection into. */
function innerObject(schema: Schema): Schema | undefined {
  const def = schema._zod.def
  if (def.type === 'object') return schema
  if (def.type === 'array' && def.element) return innerObject(def.element)
  if (def.innerType) return innerObject(def.innerType)
  return undefined
}

function valueAt(document: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], document)
}

/**
 * The stored paths behind each key the shape requires. A plain sub-projection (`salary{min}`,
 * `socialLinks[]{label}`) is followed into its fields; a dereference (`category->{title}`) is
 * not: the referenced document's own fields are its type's cases.
 */
function requiredPaths(shape: Schema, attributes: Attribute[], document: DatasetDocument, prefix: Path): Path[] {
  const paths: Path[] = []
  for (const [key, schema] of Object.entries(shape._zod.def.shape ?? {})) {
    if (key.startsWith('_')) continue
    const attribute = attributes.find((candidate) => candidate.name === key)
    if (!attribute) throw new Error(`The site's shape requires “${key}”, which its query does not project.`)
    const source = sourcePath(attribute.value)
    if (!source) throw new Error(`Cannot tell which stored field the projection of “${key}” reads.`)
    const path = [...prefix, ...source]
    if (!schema.safeParse(undefined).success) paths.push(path)
    const nested = innerObject(schema)
    const value = valueAt(document, path)
    if (!nested || attribute.value.type === 'AccessAttribute' || containsDeref(attribute.value) || value === undefined) continue
    const inner = projectionAttributes(attribute.value)
    if (Array.isArray(value)) value.forEach((_, index) => paths.push(...requiredPaths(nested, inner, document, [...path, index])))
    else paths.push(...requiredPaths(nested, inner, document, path))
  }
  return paths
}

function containsDeref(node: ExprNode): boolean {
  if (node.type === 'Deref') return true
  if (node.type === 'Map' && containsDeref(node.expr)) return true
  return 'base' in node && node.base ? containsDeref(node.base as ExprNode) : false
}

function requiredFields(): RequiredField[] {
  return minimal.flatMap((document) => {
    const contract = contracts[document._type]
    if (!contract) return []
    const attributes = projectionAttributes(parse(contract.query))
    return requiredPaths(contract.shape, attributes, document, []).map((path) => ({type: document._type, id: document._id, path}))
  })
}

function formatPath(path: Path): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : key)).join('.').replace(/\.\[/g, '[')
}

/** `path` as the Studio names it: array items by key. */
function studioPath(document: DatasetDocument, path: Path): string {
  return path
    .map((key, index) => {
      if (typeof key === 'string') return key
      const item = valueAt(document, [...path.slice(0, index), key]) as {_key?: string} | undefined
      return item?._key ? `[_key=="${item._key}"]` : `[${key}]`
    })
    .join('.')
    .replace(/\.\[/g, '[')
}

function withChange(id: string, path: Path, change: 'remove' | 'blank'): DatasetDocument[] {
  return minimal.map((document) => {
    if (document._id !== id) return document
    const changed = structuredClone(document)
    const parent = valueAt(changed, path.slice(0, -1)) as Record<string | number, unknown>
    const key = path[path.length - 1]!
    if (change === 'blank') parent[key] = blank(parent[key])
    else if (path.length > 1 && Object.keys(parent).every((name) => name === key || name === '_type' || name === '_key')) {
      // The Studio's inputs remove an object whose last field is cleared (an emptied web address
      // unsets the whole slug), so that is how the field goes missing.
      delete (valueAt(changed, path.slice(0, -2)) as Record<string | number, unknown>)[path[path.length - 2]!]
    } else delete parent[key]
    return changed
  })
}

/** The emptiest value of the same kind: spaces for text, no items for a list, only its type for an object. */
function blank(value: unknown): unknown {
  if (typeof value === 'string') return '  '
  if (Array.isArray(value)) return []
  if (value && typeof value === 'object') return {_type: (value as {_type?: string})._type}
  return value
}

/** Whether the site, reading `documents` with its own query and shape, accepts document `id`. */
async function siteAccepts(documents: DatasetDocument[], type: string, id: string): Promise<ReturnType<Schema['safeParse']>> {
  const {query, shape} = contracts[type]!
  const result = await (await evaluate(parse(query), {dataset: documents})).get()
  const found = Array.isArray(result) ? result.find((item: {_id: string}) => item._id === id) : result
  return shape.safeParse(found)
}

/** Sanity's own English messages, which do not tell staff what to do. */
const defaultMessages = Object.values(validationLocaleStrings).map(
  (text) => new RegExp(`^${String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{[^}]*\\\}\\\}/g, '.*')}$`),
)

function isDefaultMessage(message: string): boolean {
  return defaultMessages.some((pattern) => pattern.test(message))
}

/**
 * Sanity's own slug type requires its `current` with a message no schema can change; the slug
 * field's own rule says what to do at the slug itself, beside it.
 */
function isBuiltInSlugCheck(path: string): boolean {
  return /(^|\.)slug\.current$/.test(path)
}

const fields = requiredFields()
const cases = fields.flatMap((field) => {
  const value = valueAt(minimal.find((document) => document._id === field.id), field.path)
  // A number has no blank form: it is there or missing.
  const changes: Array<'remove' | 'blank'> = blank(value) === value ? ['remove'] : ['remove', 'blank']
  return changes.map((change) => ({...field, change, name: `${field.type} ${change === 'remove' ? 'without' : 'with a blank'} ${formatPath(field.path)}`}))
})

describe('the minimal documents', () => {
  it('cover every document type of the Studio, and every type the site reads', () => {
    const documentTypes = schemaTypes.filter((type) => type.type === 'document' && !NOT_CONTENT.has(type.name)).map((type) => type.name)
    expect(Object.keys(contracts).sort()).toEqual([...documentTypes].sort())
    const used = new Set(Object.values(contracts).map(({shape}) => shape))
    expect(Object.entries(shapes).filter(([, shape]) => !used.has(shape) && !WRITTEN_BY_PLUGIN.has(shape)).map(([name]) => name), 'shapes no document type is checked against').toEqual([])
    expect(minimal.map((document) => document._type).sort()).toEqual([...documentTypes].sort())
  })

  it('leave out only types the site never reads', () => {
    for (const query of Object.values(queries)) for (const type of NOT_CONTENT) expect(query).not.toContain(type)
  })

  it('pass Studio validation', async () => {
    expect(await validateDataset(minimal)).toEqual([])
  })

  it.each(minimal.map((document) => [document._id, document._type]))('%s fits the site’s shape for %s', async (id, type) => {
    const parsed = await siteAccepts(minimal, type, id)
    expect(parsed.error?.issues ?? []).toEqual([])
  })
})

describe('every field the site requires is required in the Studio', () => {
  it('finds the required fields from the site’s shapes and queries', () => {
    // A few fields the site cannot do without, so a derivation that finds nothing fails.
    const found = fields.map((field) => `${field.type} ${formatPath(field.path)}`)
    expect(found).toEqual(expect.arrayContaining(['faqCategory title', 'faq slug.current', 'faq category', 'jobOpening salary.min', 'siteSettings socialLinks[0].label', 'report coverImage.alt', 'hotline name']))
  })

  it.each(cases)('$name is refused by both', async ({type, id, path, change}) => {
    const documents = withChange(id, path, change)
    const site = await siteAccepts(documents, type, id)
    expect(site.success, 'the site accepts it, so this is not a required field').toBe(false)

    const document = documents.find((doc) => doc._id === id)!
    const expected = studioPath(document, path)
    const errors = (await validateDataset(documents)).filter((problem) => problem.id === id && problem.level === 'error')
    const atField = errors
      .filter((problem) => expected === problem.path || expected.startsWith(`${problem.path}.`) || expected.startsWith(`${problem.path}[`))
      .filter((problem) => !isBuiltInSlugCheck(problem.path))
    expect(atField, `no error at ${expected}; errors: ${JSON.stringify(errors)}`).not.toEqual([])
    for (const problem of atField) expect(isDefaultMessage(problem.message), `“${problem.message}” at ${problem.path} is Sanity’s default`).toBe(false)
  })
})
