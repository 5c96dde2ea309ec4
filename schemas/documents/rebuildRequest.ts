import {RefreshIcon} from '@sanity/icons/Refresh'
import {defineField, defineType} from 'sanity'
import {REBUILD_REQUEST_TYPE} from '../rules/rebuild-request'
import {isAdministrator} from '../rules/roles'

export {REBUILD_REQUEST_ID} from '../rules/rebuild-request'

/**
 * A request to rebuild the site, written by the Website tool with the id REBUILD_REQUEST_ID. It is
 * not content: the site never reads it, the desk does not list it and no one creates it by hand.
 * Only administrators may change it in a form; a custom role can also deny editors the type.
 */
export const rebuildRequest = defineType({
  name: REBUILD_REQUEST_TYPE,
  title: 'Rebuild request',
  type: 'document',
  icon: RefreshIcon,
  readOnly: ({currentUser}) => !isAdministrator(currentUser),
  fields: [
    defineField({
      name: 'requestedAt',
      title: 'Requested at',
      type: 'datetime',
      description: 'When the rebuild was asked for.',
    }),
    defineField({
      name: 'requestedBy',
      title: 'Requested by',
      type: 'string',
      description: 'The name of the person who asked for the rebuild.',
    }),
  ],
  preview: {
    select: {requestedAt: 'requestedAt', requestedBy: 'requestedBy'},
    prepare: ({requestedAt, requestedBy}: {requestedAt?: string; requestedBy?: string}) => ({
      title: 'Rebuild request',
      subtitle: [requestedBy, requestedAt].filter(Boolean).join(', '),
    }),
  },
})
