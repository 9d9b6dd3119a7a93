'use client';

import { useEffect } from 'react';

/**
 * Escape hides the hover/focus notes of quotes and dates until the pointer or focus moves on, as WCAG
 * 1.4.13 asks of content that appears on hover. The notes themselves are pure CSS.
 */
export function DismissNotes() {
  useEffect(() => {
    const root = document.documentElement;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') root.dataset.notesHidden = 'true';
    };
    const reset = () => {
      if (root.dataset.notesHidden) delete root.dataset.notesHidden;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', reset);
    document.addEventListener('pointerover', reset);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', reset);
      document.removeEventListener('pointerover', reset);
    };
  }, []);
  return null;
}
