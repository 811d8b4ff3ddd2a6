'use client';

import { useState } from 'react';
import { IngestForm } from './ingest-form';
import { UrlForm } from './url-form';

/** Two ways in: fetch a URL, or paste the text or HTML. */
export function AddArticle() {
  const [mode, setMode] = useState<'url' | 'paste'>('paste');
  return (
    <>
      <fieldset className="mode-switch">
        <legend>Add by</legend>
        <label>
          <input type="radio" name="mode" checked={mode === 'paste'} onChange={() => setMode('paste')} /> Pasted text or HTML
        </label>
        <label>
          <input type="radio" name="mode" checked={mode === 'url'} onChange={() => setMode('url')} /> Fetch from a URL
        </label>
      </fieldset>
      {mode === 'url' ? <UrlForm /> : <IngestForm />}
    </>
  );
}
