import { useState } from 'react';

/** The address that opens an article with one highlight in view. */
export function annotationUrl(articleId: string, annotationId: string): string {
  const path = `/articles/${encodeURIComponent(articleId)}#annotation=${encodeURIComponent(annotationId)}`;
  return new URL(path, window.location.origin).href;
}

/** "Copy link": puts the highlight's address on the clipboard and says so. */
export function CopyLinkButton({
  articleId,
  annotationId,
}: {
  articleId: string;
  annotationId: string;
}) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    const url = annotationUrl(articleId, annotationId);
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Link copied.');
    } catch {
      setSaid(`Copying is blocked here; the link is ${url}`);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span aria-live="polite" style={{ marginLeft: '0.5rem', fontSize: '0.85rem' }}>
        {said}
      </span>
    </>
  );
}
