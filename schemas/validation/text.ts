import type {RuleDef} from 'sanity'

/** Whether a text field holds more than spaces: the site refuses to build a page without it. */
export function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== ''
}

/**
 * Text the site cannot do without: missing, empty or only spaces is an error (never a warning),
 * with one message that says what to write.
 */
export function requiredText<R extends RuleDef<R, string>>(rule: R, message: string): R {
  return rule
    .required()
    .custom((value) => (value === undefined || hasText(value) ? true : message))
    .error(message)
}
