/**
 * Whether a signed-in user has Sanity's `administrator` role: the Studio shows administrators
 * tools (Vision, "Rebuild now") that editors do not get. Imports nothing.
 */
export function isAdministrator(user: {roles: ReadonlyArray<{name: string}>} | null | undefined): boolean {
  return user?.roles.some((role) => role.name === 'administrator') ?? false
}
