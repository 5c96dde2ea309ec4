import type {BenchQuery, QueryGroup} from './search-queries'

/** Whether a query may be looked at while choosing synonyms and weights (`tune`) or not (`held-out`). */
export type Half = 'tune' | 'held-out'

export interface QueryResult extends BenchQuery {
  half: Half
  /** The paths of the results shown, in order. */
  found: string[]
  /** The search page's status line. */
  status: string
}

export interface Scores {
  queries: number
  hit1: number
  hit3: number
  mrr: number
}

/** Every other query of each group is held out, in the order the query file lists them. */
export function halves(queries: BenchQuery[]): Array<BenchQuery & {half: Half}> {
  const seen = new Map<QueryGroup, number>()
  return queries.map((query) => {
    const index = seen.get(query.group) ?? 0
    seen.set(query.group, index + 1)
    return {...query, half: index % 2 === 0 ? 'tune' : 'held-out'}
  })
}

/** The rank (1-based) of the first answer among the results, or 0 when none is shown. */
export function rankOf(result: Pick<QueryResult, 'found' | 'answers'>): number {
  return result.found.findIndex((path) => result.answers.includes(path)) + 1
}

export function score(results: QueryResult[]): Scores {
  const ranks = results.map(rankOf)
  const share = (ok: (rank: number) => boolean) => (ranks.length ? round(ranks.filter(ok).length / ranks.length) : NaN)
  return {
    queries: ranks.length,
    hit1: share((rank) => rank === 1),
    hit3: share((rank) => rank > 0 && rank <= 3),
    mrr: ranks.length ? round(ranks.reduce((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / ranks.length) : NaN,
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000
