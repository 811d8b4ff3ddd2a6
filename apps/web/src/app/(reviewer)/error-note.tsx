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

type RequestError = { message: string; data?: unknown } | null;

/** One field's messages, shown under the field; the field points at it with aria-describedby. */
export function FieldError({ error, field, id }: { error: RequestError; field: string; id: string }) {
  const messages = fieldErrorsOf(error?.data)[field];
  return messages ? (
    <p className="error" id={id}>
      {messages.join(' ')}
    </p>
  ) : null;
}

/** The props that tie a field to its FieldError, when it has one. */
export function describedByError(error: RequestError, field: string, id: string) {
  return fieldErrorsOf(error?.data)[field] ? { 'aria-invalid': true, 'aria-describedby': id } : {};
}

/**
 * The end of a form: the request's error when no field carries it (field errors sit under their
 * fields), then the submit button, which says what is happening while the request runs.
 */
export function FormFooter({
  error,
  isPending,
  label,
  pendingLabel,
}: {
  error: RequestError;
  isPending: boolean;
  label: string;
  pendingLabel: string;
}) {
  const hasFieldErrors = Object.keys(fieldErrorsOf(error?.data)).length > 0;
  return (
    <>
      <ErrorNote error={hasFieldErrors ? null : error} />
      <button type="submit" disabled={isPending}>
        {isPending ? pendingLabel : label}
      </button>
    </>
  );
}

/** The flattened zod field errors our error formatter adds to every error's data. */
function fieldErrorsOf(data: unknown): Record<string, string[]> {
  if (!data || typeof data !== 'object' || !('fieldErrors' in data)) return {};
  const { fieldErrors } = data as { fieldErrors: unknown };
  return fieldErrors && typeof fieldErrors === 'object' ? (fieldErrors as Record<string, string[]>) : {};
}
