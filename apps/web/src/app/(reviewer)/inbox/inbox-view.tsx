'use client';

import type { TInboxItem } from '@claimledger/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTRPC } from '../../../trpc/client';
import { ErrorNote } from '../error-note';

const KIND_LABELS: Record<TInboxItem['kind'], string> = {
  assigned: 'Assigned to you',
  sent_back: 'Your review was sent back',
  awaiting_approval: 'Waiting for your approval',
  mention: 'You were mentioned',
  repeat: 'A claim you checked was said again',
};

const when = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What needs the signed-in person, newest first; unread items in bold until marked read. */
export function InboxView() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data } = useQuery(trpc.inbox.get.queryOptions());
  const markSeen = useMutation(
    trpc.inbox.markSeen.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.inbox.pathFilter());
        router.refresh();
      },
    }),
  );
  const items = data?.items ?? [];
  return (
    <div className="inbox">
      <h1>Inbox</h1>
      <p className="meta" data-testid="inbox-summary">
        {data ? `${items.length} items, ${data.unread} unread` : 'Loading…'}
        {data && data.unread > 0 ? (
          <>
            {' · '}
            <button type="button" onClick={() => markSeen.mutate()} disabled={markSeen.isPending}>
              Mark all as read
            </button>
          </>
        ) : null}
      </p>
      <ErrorNote error={markSeen.error} />
      {data && items.length === 0 ? (
        <div className="empty-state" data-testid="inbox-empty">
          <p>
            <strong>Nothing needs you right now.</strong> Claims assigned to you, reviews sent back or waiting for your approval,
            and comments that mention you (@name) appear here.
          </p>
          <Link href="/claims?assignee=unassigned">Take an unassigned claim from the queue</Link>
        </div>
      ) : null}
      <ol className="inbox-list" data-testid="inbox">
        {items.map((item, i) => (
          <li key={`${item.kind}-${item.claimId}-${i}`} className={item.isUnread ? 'unread' : undefined} data-kind={item.kind}>
            <span className="kind">{KIND_LABELS[item.kind]}</span>
            {item.isUnread ? <span className="sr-only"> (unread)</span> : null}{' '}
            {/* The sentence as said, not the bare fragment ("40 buses"), so the item reads on its own. */}
            <Link href={`/claims/${item.claimId}`}>{clip(item.claimSentence || item.claimText, 200)}</Link>
            <div className="meta">
              <cite>{clip(item.articleTitle, 80)}</cite>
              {' · '}
              {item.by ? `${item.by} · ` : ''}
              <time dateTime={item.at.toISOString()}>{when(item.at)}</time>
            </div>
            {item.note ? <p className="quote">{item.note}</p> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
