import Link from 'next/link';

/** Answered with HTTP 404 for unknown pages and for claims, articles and citations that do not exist. */
export default function NotFound() {
  return (
    <section className="notice" data-testid="not-found">
      <h1>Not found</h1>
      <p>There is nothing at this address: the link may be mistyped, or the record was never created.</p>
      <p>
        <Link href="/claims">Go to the queue</Link> or <Link href="/articles">browse the articles</Link>.
      </p>
    </section>
  );
}
