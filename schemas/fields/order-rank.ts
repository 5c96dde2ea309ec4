import {defineField, type SortOrdering} from 'sanity'
import {API_VERSION} from '../rules/api-version'
import {rankAfter} from '../rules/order-rank'

/**
 * The place of a document in its list, set by dragging it in the Studio's orderable list and
 * read by the site's queries. Hidden: staff order by drag and drop, not by typing a rank.
 * A new document goes last.
 */
export function orderRankField(type: string) {
  return defineField({
    name: 'orderRank',
    title: 'Place in the list',
    type: 'string',
    readOnly: true,
    hidden: true,
    initialValue: async (_params: unknown, {getClient}) => {
      const last = await getClient({apiVersion: API_VERSION}).fetch<string | null>(
        '*[_type == $type && defined(orderRank)] | order(orderRank desc)[0].orderRank',
        {type},
      )
      return rankAfter(last)
    },
  })
}

/** The Studio's "drag and drop order" sort, the order the site shows. */
export const orderRankOrdering: SortOrdering = {
  title: 'Order on the site',
  name: 'orderRank',
  by: [{field: 'orderRank', direction: 'asc'}],
}
