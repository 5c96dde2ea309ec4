import {describe, expect, it} from 'vitest'
import {translationBadge} from '../live/translation-state'
import {seedDocument} from './helpers'

/**
 * The badge on a translated document: an original without a translation says so, a translation
 * older than its original's last change says that; both are warnings, never errors.
 */

const member = (language: string, ref: string) => ({_key: language, _type: 'internationalizedArrayReferenceValue', language, value: {_type: 'reference', _ref: ref, _weak: true}})
const group = (...members: Array<ReturnType<typeof member>>) => ({_id: 'hotline-cast-translations', _type: 'translation.metadata', schemaTypes: ['hotline'], translations: members})

const english = {...seedDocument('hotline-cast'), _updatedAt: '2026-11-02T09:00:00Z'}
const spanish = {...seedDocument('hotline-cast-es'), _updatedAt: '2026-11-01T09:00:00Z'}

describe('the translation badge', () => {
  it('says an original has no Spanish version, whether it has no group or a group without Spanish', () => {
    const none = {label: 'No Spanish version', tone: 'caution', detail: expect.stringContaining('“Translations”')}
    expect(translationBadge(english, null, [])).toEqual(none)
    expect(translationBadge(english, group(member('en', english._id)), [english])).toEqual(none)
  })

  it('says nothing of an original with its translations, or of a translation newer than its original', () => {
    const newer = {...spanish, _updatedAt: '2026-11-03T09:00:00Z'}
    expect(translationBadge(english, group(member('en', english._id), member('es', newer._id)), [english, newer])).toBeNull()
    expect(translationBadge(newer, group(member('en', english._id), member('es', newer._id)), [english, newer])).toBeNull()
  })

  it('says English changed since a translation older than its original was made', () => {
    expect(translationBadge(spanish, group(member('en', english._id), member('es', spanish._id)), [english, spanish])).toEqual({
      label: 'English changed since this was translated',
      tone: 'caution',
      detail: 'English changed since this was translated: hotline-cast was updated on 2026-11-02, this Spanish version on 2026-11-01. Compare them and update this one.',
    })
  })

  it('gives untranslated types no badge', () => {
    expect(translationBadge({_id: 'rebuild', _type: 'rebuildRequest'}, null, [])).toBeNull()
  })
})
