import type { InContext } from '@dispatch/core';

/** A sentence with the words of interest marked: before, <mark>match</mark>, after. Text only. */
export function InContextText({ context }: { context: InContext }) {
  return (
    <>
      {context.before}
      <mark>{context.match}</mark>
      {context.after}
    </>
  );
}
