/** The message of every `order` field, which sorts documents on the page. */
export const WHOLE_NUMBER = 'Use a whole number, for example 10: lower numbers come first.'
