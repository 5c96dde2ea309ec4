import {LexoRank} from 'lexorank'

/**
 * Ranks in the format `@sanity/orderable-document-list` stores in `orderRank` (Jira's LexoRank),
 * so a document can move between two others by changing only its own rank.
 */

/** The rank of a document placed after the one ranked `last` (or first, with no rank yet). */
export function rankAfter(last: string | null | undefined): string {
  const after = last ? LexoRank.parse(last) : LexoRank.min()
  return after.genNext().genNext().toString()
}

/** `count` ranks in ascending order, as "Reset order" in the Studio writes them. */
export function ranksInOrder(count: number): string[] {
  const ranks: string[] = []
  for (let index = 0; index < count; index++) ranks.push(rankAfter(ranks.at(-1)))
  return ranks
}
