import {schemaTypes} from '@cast/schemas'
import {normalizeValidationRules} from '@sanity/validation/_internal'
import {isDeepStrictEqual} from 'node:util'
import {createSchema, type SchemaType} from 'sanity'
import {describe, expect, it} from 'vitest'

/**
 * Sanity's default messages (“Required”, “Does not match allowed protocols/schemes”) do not
 * tell staff what to do. Every rule of the content model that adds a check of Sanity's own
 * (required, uri, min, max, regex…) to a field carries a message of ours; custom checks return
 * their own.
 */

interface RuleSpec {
  flag: string
  constraint?: unknown
}

interface CompiledRule {
  _message?: unknown
  _rules: RuleSpec[]
}

const schema = createSchema({name: 'default', types: schemaTypes})

function rulesOf(type: SchemaType): CompiledRule[] {
  return normalizeValidationRules(type) as unknown as CompiledRule[]
}

/** The checks a type has before any rule of ours: its base type's own (date format, email…). */
function builtInSpecs(type: SchemaType): RuleSpec[] {
  return rulesOf({...type, validation: undefined} as SchemaType).flatMap((rule) => rule._rules)
}

/** Every field of every type of ours, with a readable path, each visited once. */
function* fieldsOf(type: SchemaType, path: string, seen = new Set<SchemaType>()): Generator<[string, SchemaType]> {
  if (seen.has(type)) return
  seen.add(type)
  yield [path, type]
  // The fields of Sanity's own types (a slug's `current`, an image's crop) are not ours to word.
  if (type.name === 'slug' || type.name.startsWith('sanity.')) return
  if ('fields' in type && Array.isArray(type.fields)) {
    for (const field of type.fields) yield* fieldsOf(field.type, `${path}.${field.name}`, seen)
  }
  if ('of' in type && Array.isArray(type.of)) {
    for (const member of type.of as SchemaType[]) yield* fieldsOf(member, `${path}[${member.name}]`, seen)
  }
}

function defaultMessageRules(): string[] {
  const found: string[] = []
  for (const {name} of schemaTypes) {
    for (const [path, type] of fieldsOf(schema.get(name)!, name)) {
      const builtIn = builtInSpecs(type)
      for (const rule of rulesOf(type)) {
        const own = rule._rules.filter((spec) => spec.flag !== 'custom' && !builtIn.some((base) => isDeepStrictEqual(base, spec)))
        if (own.length > 0 && rule._message === undefined) found.push(`${path}: ${own.map((spec) => spec.flag).join(', ')}`)
      }
    }
  }
  return found
}

describe('messages for staff', () => {
  it('finds the rules of the content model', () => {
    // The walk reaches nested fields: a walk that finds nothing would pass whatever the schema says.
    const paths = schemaTypes.flatMap(({name}) => [...fieldsOf(schema.get(name)!, name)].map(([path]) => path))
    expect(paths).toEqual(expect.arrayContaining(['jobOpening.salary.max', 'siteSettings.socialLinks[socialLink].label', 'faq.question']))
  })

  it('gives every rule with a check of Sanity’s own a message that says what to do', () => {
    expect(defaultMessageRules()).toEqual([])
  })
})
