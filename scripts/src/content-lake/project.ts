/** The signed-in user; `roles` are Sanity's role names (`administrator`, `editor`, `viewer`). */
export interface LakeUser {
  id: string
  name: string
  email: string
  roles: string[]
}

/** Document permissions of Sanity's built-in roles, as the dataset ACL lists them. */
const ROLE_GRANTS: Record<string, Array<{filter: string; permissions: string[]}>> = {
  administrator: [{filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update']}],
  editor: [{filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update']}],
  viewer: [{filter: '_id in path("**")', permissions: ['read', 'history']}],
}

/**
 * The answers about the signed-in user and the project that the Studio asks for before it shows
 * content, by path below the API version. `undefined` when the path is not one of them.
 */
export function projectAnswer(path: string, user: LakeUser, projectId: string, dataset: string): unknown {
  const me = {
    id: user.id,
    name: user.name,
    email: user.email,
    provider: 'sanity',
    role: user.roles[0],
    roles: user.roles.map((name) => ({name, title: name.charAt(0).toUpperCase() + name.slice(1)})),
  }
  if (path === '/users/me') return me
  if (path.startsWith('/users/me/keyvalue/')) return []
  if (path === `/projects/${projectId}`) {
    return {id: projectId, displayName: 'Cast (local)', studioHost: null, organizationId: null, metadata: {}, members: [{...me, isCurrentUser: true}]}
  }
  if (path === `/projects/${projectId}/datasets`) return [{name: dataset, aclMode: 'public'}]
  if (path === `/projects/${projectId}/datasets/${dataset}/acl`) {
    return user.roles.flatMap((role) => {
      const grants = ROLE_GRANTS[role]
      if (!grants) throw new Error(`Role "${role}" of user ${user.id} is not known to the stand-in (${Object.keys(ROLE_GRANTS).join(', ')})`)
      return grants
    })
  }
  if (path === `/projects/${projectId}/grants`) return {}
  if (path === `/projects/${projectId}/user-applications`) return []
  if (path === '/features') return []
  if (path === '/ping') return {}
  if (path.startsWith('/journey/')) return {}
  if (path === '/help') return {}
  if (path === `/schedules/${projectId}/${dataset}`) return {schedules: []}
  // The Studio's own error reports: taken and dropped, as nothing leaves this machine.
  if (path === '/intake/feedback') return {}
  // Telemetry is refused: the Studio then sends none.
  if (path === '/intake/telemetry-status') return {status: 'denied'}
  return undefined
}
