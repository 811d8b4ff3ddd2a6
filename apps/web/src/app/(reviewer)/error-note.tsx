'use client';

/** A failed request's message (conflicts name who changed what), announced to screen readers. */
export function ErrorNote({ error }: { error: { message: string; data?: unknown } | null }) {
  if (!error) return null;
  const fields = Object.entries(fieldErrorsOf(error.data));
  return (
    <div className="error" role="alert">
      <p>{error.message}</p>
      {fields.length > 0 ? (
        <ul>
          {fields.map(([field, messages]) => (
            <li key={field}>
              {field}: {messages.join('; ')}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The flattened zod field errors our error formatter adds to every error's data. */
function fieldErrorsOf(data: unknown): Record<string, string[]> {
  if (!data || typeof data !== 'object' || !('fieldErrors' in data)) return {};
  const { fieldErrors } = data as { fieldErrors: unknown };
  return fieldErrors && typeof fieldErrors === 'object' ? (fieldErrors as Record<string, string[]>) : {};
}
