import {describe, expect, it} from 'vitest'
import {schemaTypes} from '../index'

interface FormType {
  name: string
  type: string
  icon?: unknown
  groups?: Array<{name: string; title?: string; default?: boolean}>
  fields?: Array<{name: string; group?: string | string[]}>
}

const types = schemaTypes as unknown as FormType[]
const documents = types.filter((type) => type.type === 'document')
/** Forms long enough that staff need tabs to find a field. */
const LONG_FORMS = ['jobOpening', 'hotline', 'siteSettings']

describe('what staff see in the Studio', () => {
  it.each(documents.map((type) => type.name))('shows an icon for %s', (name) => {
    expect(documents.find((type) => type.name === name)?.icon, `${name} has no icon`).toBeTruthy()
  })

  it.each(LONG_FORMS)('splits the %s form into titled groups, every field in one of them', (name) => {
    const type = documents.find((candidate) => candidate.name === name)
    expect(type, `no document type ${name}`).toBeDefined()
    const groups = type!.groups ?? []
    expect(groups.length, `${name} has no field groups`).toBeGreaterThan(1)
    expect(groups.filter((group) => group.default), `${name}: one group opens first`).toHaveLength(1)
    for (const group of groups) expect(group.title, `${name}: group ${group.name} has a title`).toBeTruthy()
    const names = new Set(groups.map((group) => group.name))
    for (const field of type!.fields ?? []) {
      const fieldGroups = [field.group ?? []].flat()
      expect(fieldGroups.length, `${name}.${field.name} is in no group`).toBeGreaterThan(0)
      for (const group of fieldGroups) expect(names.has(group), `${name}.${field.name} names unknown group ${group}`).toBe(true)
    }
  })
})
