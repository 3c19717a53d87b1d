/**
 * Links made by older versions of the flow, brought up to the current one. Shared links and
 * bookmarks live for years, so a change that renames or removes a question id or option code
 * bumps FLOW_VERSION and adds a step here: `MIGRATIONS['1']` turns a v1 query into a v2 query.
 * Version 1 is the first, so there is nothing to migrate yet.
 */
export const MIGRATIONS: Readonly<Record<string, (query: URLSearchParams) => URLSearchParams>> = {};

/** Apply every migration from `version` up to `current`; undefined when the version is unknown. */
export function migrateQuery(query: URLSearchParams, version: string, current: string): URLSearchParams | undefined {
  let migrated = query;
  let at = version;
  while (at !== current) {
    // `v` comes from the link: never let it reach Object.prototype (v=valueOf, v=constructor).
    const step = Object.hasOwn(MIGRATIONS, at) ? MIGRATIONS[at] : undefined;
    if (!step) return undefined;
    migrated = step(migrated);
    at = String(Number(at) + 1);
  }
  return migrated;
}
