'use client';

import { useEffect, useRef } from 'react';
import { segmentText, type SpanLike } from './segments';

type Props<T extends SpanLike> = {
  text: string;
  claims: T[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** Scrolls the selected claim into view when it changes. */
  scrollToSelected?: boolean;
};

/**
 * Article text with every claim marked at its exact span. Text is rendered as React text
 * nodes only, never as HTML, so ingested content cannot run script.
 */
export function HighlightedText<T extends SpanLike>({ text, claims, selectedId, onSelect, scrollToSelected = false }: Props<T>) {
  const segments = segmentText(text.length, claims);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Scroll only the text's own box: scrollIntoView would scroll the page too and hide its top bar.
    const box = container.current;
    const mark = box?.querySelector<HTMLElement>('mark.selected');
    if (!scrollToSelected || !box || !mark) return;
    const offset = mark.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTop = Math.max(0, offset - box.clientHeight / 2);
  }, [scrollToSelected, selectedId]);
  return (
    <div className="article-text" data-testid="article-text" ref={container}>
      {segments.map((segment) => {
        const slice = text.slice(segment.start, segment.end);
        const innermost = segment.claimIds[0];
        if (!innermost) return <span key={segment.start}>{slice}</span>;
        const isSelected = selectedId !== null && segment.claimIds.includes(selectedId);
        return (
          <mark
            key={segment.start}
            className={`claim-mark depth-${Math.min(segment.claimIds.length, 3)}${isSelected ? ' selected' : ''}`}
            data-claim-id={innermost}
            role="button"
            tabIndex={0}
            onClick={() => onSelect(innermost)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(innermost);
              }
            }}
          >
            {slice}
          </mark>
        );
      })}
    </div>
  );
}
