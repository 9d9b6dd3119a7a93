export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Dispatch turns wire stories into data: every person, quote and date links back to the words that state
        it. <a href="/data/">Download the data</a>.
      </p>
    </footer>
  );
}
