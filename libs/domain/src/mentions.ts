/** The @handles in a comment, lower-cased, each once: "@rita", "@Eddie.Editor", "@reviewer". */
export function findMentionHandles(body: string): string[] {
  const handles = [...body.matchAll(/(?:^|[^\w@.])@([\p{L}\d][\p{L}\d._-]*[\p{L}\d]|[\p{L}\d])/gu)].map((m) =>
    (m[1] ?? '').toLowerCase(),
  );
  return [...new Set(handles)];
}

/**
 * Whether a handle names this person: their first name, their full name without spaces (or
 * with dots), or the part of their e-mail before the @.
 */
export function handleNamesPerson(handle: string, person: { name: string; email: string }): boolean {
  const name = person.name.trim().toLowerCase();
  const candidates = [
    name.split(/\s+/)[0] ?? '',
    name.replace(/\s+/g, ''),
    name.replace(/\s+/g, '.'),
    (person.email.split('@')[0] ?? '').toLowerCase(),
  ];
  return candidates.some((c) => c.length > 0 && c === handle);
}
