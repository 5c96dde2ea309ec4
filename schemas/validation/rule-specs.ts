/** A rule's checks, which Sanity's rule type keeps to itself. */
interface RuleSpecs {
  _rules: Array<{flag: string}>
}

export function specsOf(rule: object): RuleSpecs['_rules'] {
  return (rule as RuleSpecs)._rules
}

/**
 * Sanity's slug and reference types put checks of their own into every rule of the field, each
 * with the rule's message or Sanity's own words. A rule that checks something else leaves them
 * out, so staff do not read Sanity's words beside ours; the field's other rule keeps them.
 */
export function withoutSpecs<Rule extends object>(rule: Rule, specs: Set<unknown>): Rule {
  // Each rule here is a fresh copy made by custom(): changing it changes no other.
  const own = rule as unknown as RuleSpecs
  own._rules = own._rules.filter((spec) => !specs.has(spec))
  return rule
}
